//! Hours (§3.6), dates (§2 of the spec: §3.2.1, §3.7, §4.4.1, §4.8) and price (§5),
//! computed once per check. The rules and the report read them from here, so a number
//! shown to the user is the number a rule judged.

use chrono::NaiveDate;

use crate::bericht::{sj, vul, Feit};
use crate::breuk::{keer, Breuk};
use crate::datum;
use crate::diensten::{self, Urenregel};
use crate::plan::{Activiteit, Dienst, Getal, Plan, Soort, Uitkering, Veld, Vorm};
use crate::rapport::{Prijs, Prijsregel, Taal, Termijnen, Uren, UrenRapport};
use crate::velden::{self, Grens, Min};
use crate::Opties;

/// Why a number is not acceptable (rule I04 words it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probleem {
    NietEindig,
    TeVeelCijfers,
    Negatief,
    Nul,
    GeenGeheel,
    Absurd,
}

/// The number, if it is within its limits.
pub fn binnen(getal: Getal, grens: Grens) -> Result<Breuk, Probleem> {
    let b = match getal {
        Getal::Exact(b) => b,
        Getal::Onmogelijk(crate::plan::Onmogelijk::TeVeelCijfers) => return Err(Probleem::TeVeelCijfers),
        Getal::Onmogelijk(_) => return Err(Probleem::NietEindig),
    };
    if b.is_negatief() && grens.min != Min::Geen {
        return Err(Probleem::Negatief);
    }
    if b.is_nul() && matches!(grens.min, Min::Positief | Min::Een) {
        return Err(Probleem::Nul);
    }
    if grens.geheel && !b.is_geheel() {
        return Err(Probleem::GeenGeheel);
    }
    if grens.min == Min::Een && b < Breuk::geheel(1) {
        return Err(Probleem::Nul);
    }
    if b > Breuk::geheel(grens.max) {
        return Err(Probleem::Absurd);
    }
    Ok(b)
}

/// The field's value when it is present and within its limits.
pub fn geldig(veld: &Veld<Getal>, grens: Grens) -> Option<Breuk> {
    veld.kopie().and_then(|g| binnen(g, grens).ok())
}

/// A whole, valid number as `u32` (months, counts).
pub fn geldig_u32(veld: &Veld<Getal>, grens: Grens) -> Option<u32> {
    geldig(veld, grens).and_then(Breuk::als_i64).and_then(|n| u32::try_from(n).ok())
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Berekening {
    pub uren: Urenberekening,
    pub termijnen: Termijnen,
    /// The period activities and milestones must fall in (D05, D06). When the start is
    /// estimated, it runs from the earliest possible start to the end counted from the
    /// estimate, so an estimate alone never makes an activity wrong.
    pub venster: Option<(NaiveDate, NaiveDate)>,
    /// start + doorlooptijdMaanden − 1 day, before the caps of Begeleiding bij Scholing (D01).
    pub einde_zonder_kap: Option<NaiveDate>,
    pub tarief: Option<Tariefkeuze>,
    pub prijs: Prijs,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Urenberekening {
    /// Exact hours per activity; `None` where they cannot be computed.
    pub activiteiten: Vec<Option<Breuk>>,
    /// Activities whose hours are absurd (> 10 000): rule I04 reports them.
    pub absurd: Vec<usize>,
    pub administratie: Option<Breuk>,
    /// Everything that can be computed, summed; `None` when the activities could not be
    /// read or the sum overflowed.
    pub totaal: Option<Breuk>,
    /// Every activity's hours are known.
    pub volledig: bool,
    pub maximum: Option<Breuk>,
    pub verhoogd_maximum: Option<Breuk>,
    /// Begeleiding bij Scholing: weeks of scholing inside the doorlooptijd (U05).
    pub scholing_weken: Option<Breuk>,
}

impl Urenberekening {
    /// The maximum that applies: the exceptional one when UWV agreed to it.
    pub fn geldend_maximum(&self, uitzondering: bool) -> Option<Breuk> {
        if uitzondering {
            self.verhoogd_maximum.or(self.maximum)
        } else {
            self.maximum
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tariefkeuze {
    pub uurtarief_cent: i64,
    pub bron: String,
}

/// An activity's Begeleidingsuren: sessies × minutenPerSessie ÷ deelnemers (groep) ÷ 60 (§3.6).
/// `None` when a number is missing or out of range (U06, U07, I04 say which).
pub fn activiteit_uren(a: &Activiteit) -> Option<Breuk> {
    let sessies = geldig(&a.sessies, velden::SESSIES)?;
    let minuten = geldig(&a.minuten_per_sessie, velden::MINUTEN)?;
    let deelnemers = match a.vorm {
        Veld::Waarde(Vorm::Groep) => {
            let d = geldig(&a.deelnemers, velden::DEELNEMERS)?;
            if d < Breuk::geheel(1) {
                return None;
            }
            d
        }
        Veld::Ongeldig => return None,
        _ => Breuk::geheel(1),
    };
    // One fraction, reduced once; the step-by-step product only when that overflows.
    let snel = || {
        let teller = keer(keer(sessies.teller(), minuten.teller())?, deelnemers.noemer())?;
        let noemer = keer(keer(keer(sessies.noemer(), minuten.noemer())?, deelnemers.teller())?, 60)?;
        Breuk::new(teller, noemer)
    };
    snel().or_else(|| sessies.maal(minuten)?.gedeeld(deelnemers)?.gedeeld(Breuk::geheel(60)))
}

pub fn bereken(plan: &Plan, opties: &Opties) -> Berekening {
    let mut b = Berekening::default();
    termijnen(plan, &mut b);
    uren(plan, &mut b);
    prijs(plan, opties, &mut b);
    b
}

fn termijnen(plan: &Plan, b: &mut Berekening) {
    let dienst = plan.dienst.kopie();
    let info = dienst.map(Dienst::info);
    let heeft_plan = info.is_none_or(|i| i.heeft_plan);
    let bijstelling = plan.soort.kopie() == Some(Soort::Bijstelling);
    let d = &plan.datums;
    let t = &mut b.termijnen;

    if heeft_plan {
        if !bijstelling {
            t.indienen_uiterlijk = d.opdracht.kopie().and_then(|o| datum::plus_dagen(o, diensten::INDIENEN_DAGEN));
        }
        t.oordeel_uwv_uiterlijk = d.indiening.kopie().and_then(|i| datum::plus_dagen(i, diensten::OORDEEL_UWV_DAGEN));
        t.herindienen_uiterlijk = d.afkeuring.kopie().and_then(|a| datum::plus_dagen(a, diensten::HERINDIENEN_DAGEN));
    }

    // Start (SPEC §2): akkoord; Werkbehoud: the Inkooporder; else estimated.
    if dienst.is_some_and(Dienst::is_werkbehoud) {
        t.start = d.inkooporder.kopie();
    } else if let Some(a) = d.akkoord.kopie() {
        t.start = Some(a);
    } else if let Some(basis) = d.indiening.kopie().or(t.indienen_uiterlijk) {
        t.start = datum::plus_dagen(basis, diensten::START_SCHATTING_DAGEN);
        t.start_geschat = t.start.is_some();
    }

    let maanden = geldig_u32(&plan.doorlooptijd_maanden, velden::MAANDEN);
    if let (Some(start), Some(n)) = (t.start, maanden) {
        b.einde_zonder_kap = datum::einde_periode(start, n);
        let mut einde = b.einde_zonder_kap;
        if dienst == Some(Dienst::BegeleidingBijScholing) {
            // Tabel IV: the scholing's duration, at most one year.
            let jaar = datum::einde_periode(start, diensten::SCHOLING_MAX_MAANDEN);
            for kap in [plan.scholing.eind.kopie(), jaar].into_iter().flatten() {
                einde = einde.map(|e| e.min(kap));
            }
        }
        t.einde_doorlooptijd = einde;
        if let Some(extra) = info.and_then(|i| i.werkhervatting_na_maanden) {
            t.werkhervatting_uiterlijk = datum::einde_periode(start, n + extra);
        }
    }

    if dienst == Some(Dienst::WerkfitMaken) {
        let basis = d.inkooporder.kopie().or(t.start);
        let maanden = match plan.client.uitkering.kopie() {
            Some(Uitkering::Zw) => Some(diensten::EVALUATIE_MAANDEN_ZW),
            Some(_) => Some(diensten::EVALUATIE_MAANDEN_OVERIG),
            None => None,
        };
        if let (Some(basis), Some(m)) = (basis, maanden) {
            t.evaluatiemoment = datum::plus_maanden(basis, m);
        }
    }

    if let (Some(einde), Some(info)) = (t.einde_doorlooptijd, info) {
        t.eindrapportage_uiterlijk = datum::plus_dagen(einde, u64::from(info.eindrapportage_dagen));
    }

    // The window for activities and milestones.
    if let (Some(start), Some(einde)) = (t.start, t.einde_doorlooptijd) {
        let vroegste =
            if t.start_geschat { d.indiening.kopie().or(d.opdracht.kopie()).unwrap_or(start) } else { start };
        b.venster = Some((vroegste.min(start), einde));
    }
}

fn uren(plan: &Plan, b: &mut Berekening) {
    let u = &mut b.uren;
    let max_activiteit = Breuk::geheel(velden::MAX_UREN);
    let mut totaal = Some(Breuk::NUL);
    u.volledig = true;
    match &plan.activiteiten {
        Veld::Waarde(lijst) => {
            for (i, a) in lijst.iter().enumerate() {
                let mut uren = activiteit_uren(a);
                if uren.is_some_and(|h| h > max_activiteit) {
                    u.absurd.push(i);
                    uren = None;
                }
                match uren {
                    Some(h) => totaal = totaal.and_then(|t| t.plus(h)),
                    None => u.volledig = false,
                }
                u.activiteiten.push(uren);
            }
        }
        Veld::Ongeldig => {
            totaal = None;
            u.volledig = false;
        }
        Veld::Leeg => {}
    }
    u.administratie = geldig(&plan.administratie_uren, velden::UREN);
    if let Some(a) = u.administratie {
        totaal = totaal.and_then(|t| t.plus(a));
    }
    u.totaal = totaal;

    let Some(info) = plan.dienst.kopie().map(Dienst::info) else {
        return;
    };
    match info.uren {
        Urenregel::Maximum { maximum, verhoogd_maximum } => {
            u.maximum = Some(Breuk::geheel(i64::from(maximum)));
            u.verhoogd_maximum = verhoogd_maximum.map(|m| Breuk::geheel(i64::from(m)));
        }
        Urenregel::PerWeek { uren_per_week, maximum_per_jaar } => {
            let jaar = Breuk::geheel(i64::from(maximum_per_jaar));
            u.scholing_weken = scholing_weken(plan, &b.termijnen);
            let per_week = u.scholing_weken.and_then(|w| w.maal(Breuk::geheel(i64::from(uren_per_week))));
            u.maximum = Some(per_week.map_or(jaar, |w| std::cmp::min(w, jaar)));
        }
        Urenregel::VastePrijs => {}
    }
}

/// Weeks of scholing inside the doorlooptijd (§3.6 Tabel III: on average one hour per week
/// "zolang de Cliënt scholing volgt"). Without a start: the scholing itself, at most a year.
fn scholing_weken(plan: &Plan, t: &Termijnen) -> Option<Breuk> {
    let (s_start, s_eind) = (plan.scholing.start.kopie()?, plan.scholing.eind.kopie()?);
    let (van, tot) = match (t.start, t.einde_doorlooptijd) {
        (Some(start), Some(einde)) => (s_start.max(start), s_eind.min(einde)),
        _ => (s_start, s_eind.min(datum::einde_periode(s_start, diensten::SCHOLING_MAX_MAANDEN)?)),
    };
    let dagen = (datum::dagen_tussen(van, tot) + 1).max(0);
    Breuk::new(i128::from(dagen), 7)
}

fn prijs(plan: &Plan, opties: &Opties, b: &mut Berekening) {
    let taal = opties.taal;
    let tekst = |nl: &'static str, en: &'static str, feiten: &[(&str, Feit)]| vul(&sj(nl, en), taal, feiten);
    let p = &mut b.prijs;
    if plan.dienst.kopie() == Some(Dienst::Praktijkassessment) {
        p.vaste_prijs = true;
        if let Some(vast) = opties.tarieven.vaste_prijs_praktijkassessment_cent {
            let omschrijving = tekst("Praktijkassessment (vaste prijs)", "Practical assessment (fixed price)", &[]);
            p.regels.push(Prijsregel { omschrijving, uren: None, tarief_cent: None, bedrag_cent: i128::from(vast) });
            p.totaal_cent = Some(i128::from(vast));
            p.tarief_bron = Some(tekst(
                "Vaste prijs opgegeven in de opties (Dossier Financiële Afspraken van UWV)",
                "Fixed price given in the options (UWV's Dossier Financiële Afspraken)",
                &[],
            ));
        }
        return;
    }

    let tarief = match opties.tarieven.uurtarief_cent {
        Some(cent) => Some(Tariefkeuze {
            uurtarief_cent: cent,
            bron: tekst(
                "Uurtarief {tarief} opgegeven in de opties",
                "Hourly tariff {tarief} given in the options",
                &[("tarief", Feit::Euro(cent.into()))],
            ),
        }),
        None => {
            let peil = plan.datums.opdracht.kopie().or(plan.datums.inkooporder.kopie()).or(opties.peildatum);
            peil.and_then(diensten::tarief_op).map(|t| Tariefkeuze {
                uurtarief_cent: t.uurtarief_cent,
                bron: (if taal == Taal::Nl { t.bron.nl } else { t.bron.en }).to_string(),
            })
        }
    };
    let Some(tarief) = tarief else { return };
    p.uurtarief_cent = Some(tarief.uurtarief_cent);
    p.tarief_bron = Some(tarief.bron.clone());

    let mut totaal: i128 = 0;
    let mut regel = |omschrijving: String, uren: Breuk, cent: i64| -> Option<Prijsregel> {
        let bedrag = uren.maal(Breuk::geheel(cent))?.afgerond();
        totaal = totaal.checked_add(bedrag)?;
        Some(Prijsregel { omschrijving, uren: Uren::uit(uren), tarief_cent: Some(cent), bedrag_cent: bedrag })
    };
    if let Veld::Waarde(lijst) = &plan.activiteiten {
        for (i, (a, uren)) in lijst.iter().zip(&b.uren.activiteiten).enumerate() {
            let Some(uren) = *uren else { continue };
            let cent =
                geldig(&a.uurtarief_cent, velden::CENTEN).and_then(Breuk::als_i64).unwrap_or(tarief.uurtarief_cent);
            let omschrijving = match a.omschrijving.waarde() {
                Some(t) => kort(t, 80),
                None => tekst("Activiteit {n}", "Activity {n}", &[("n", Feit::Geheel(i as i64 + 1))]),
            };
            if let Some(r) = regel(omschrijving, uren, cent) {
                p.regels.push(r);
            }
        }
    }
    if let Some(admin) = b.uren.administratie.filter(|a| !a.is_nul()) {
        let omschrijving = tekst("Administratie (plan en rapportages)", "Administration (plan and reports)", &[]);
        if let Some(r) = regel(omschrijving, admin, tarief.uurtarief_cent) {
            p.regels.push(r);
        }
    }
    p.totaal_cent = Some(totaal);
    b.tarief = Some(tarief);
}

/// The first `n` characters of a text, with an ellipsis when cut.
pub fn kort(t: &str, n: usize) -> String {
    let t = t.trim();
    match t.char_indices().nth(n) {
        Some((eind, _)) => format!("{}…", t.get(..eind).unwrap_or(t)),
        None => t.to_string(),
    }
}

/// The hours part of the report.
pub fn uren_rapport(b: &Berekening, uitzondering: bool) -> UrenRapport {
    let u = &b.uren;
    let geldend = u.geldend_maximum(uitzondering);
    UrenRapport {
        activiteiten: u.activiteiten.iter().map(|h| h.and_then(Uren::uit)).collect(),
        administratie: u.administratie.and_then(Uren::uit),
        totaal: u.totaal.and_then(Uren::uit),
        maximum: u.maximum.and_then(Uren::uit),
        verhoogd_maximum: u.verhoogd_maximum.and_then(Uren::uit),
        resterend: match (geldend, u.totaal) {
            (Some(m), Some(t)) => m.minus(t).and_then(Uren::uit),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kort_knipt_op_tekens() {
        assert_eq!(kort("  Sollicitatietraining  ", 80), "Sollicitatietraining");
        assert_eq!(kort("Diëtist en coach", 7), "Diëtist…");
        assert_eq!(kort("abc", 3), "abc");
        assert_eq!(kort("", 3), "");
    }
}
