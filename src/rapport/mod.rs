//! Stage 4, the report (SPEC §4): the only place words are made. Every finding gets its
//! field's label (`veld`) and its message (`bericht`) in the language asked for, from its
//! rule's template and its facts; findings are put in document order; hours, dates and
//! price are turned into the report's shape.

use chrono::NaiveDate;

use crate::basis::bevinding::{Bevinding, Ernst};
use crate::basis::breuk::Breuk;
use crate::basis::cijfers::{als_tekst, plak};
use crate::basis::pad;
use crate::basis::sorteer;
use crate::basis::taal::Taal;
use crate::berekening::{Berekening, Postsoort, Tariefbron, Termijnen};
use crate::bron::Overzicht;
use crate::plan::{def_bij, Stap};
use crate::regels::Uitkomst;

pub mod bericht;
pub mod opmaak;
mod veld;

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// True when no finding is a fout.
    pub ok: bool,
    /// `ok`, and nothing a submitted plan needs is missing (no I10).
    pub indienbaar: bool,
    pub regelset: Regelset,
    pub bevindingen: Vec<Bevinding>,
    pub uren: UrenRapport,
    pub termijnen: Termijnen,
    pub prijs: Prijs,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Regelset {
    pub versie: &'static str,
    pub geldig_vanaf: NaiveDate,
    /// The codes not checked because the options said so (`negeer`).
    pub genegeerd: Vec<&'static str>,
}

/// Hours, rounded half-up to hundredths for the report (the checks use the exact values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Uren(pub i128);

impl Uren {
    pub fn uit(b: Breuk) -> Option<Uren> {
        b.honderdsten().map(Uren)
    }

    /// The hours as an exact number again.
    pub fn breuk(self) -> Breuk {
        Breuk::new(self.0, 100).unwrap_or(Breuk::NUL)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UrenRapport {
    /// Per activity, in input order; `null` where the hours cannot be computed (U07).
    pub activiteiten: Vec<Option<Uren>>,
    /// `null` when no administration hours are given.
    pub administratie: Option<Uren>,
    /// The sum of what can be computed; `null` when the activities could not be read.
    pub totaal: Option<Uren>,
    /// `null` for Praktijkassessment (fixed price) or an unknown service.
    pub maximum: Option<Uren>,
    pub verhoogd_maximum: Option<Uren>,
    /// Against the maximum that applies (the exceptional one when `uitzonderingUwv`);
    /// negative when over.
    pub resterend: Option<Uren>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Prijs {
    /// The hourly tariff used; `null` when none is known (P03) or for a fixed price.
    pub uurtarief_cent: Option<i64>,
    /// Where the tariff (or the fixed price) comes from.
    pub tarief_bron: Option<String>,
    pub regels: Vec<Prijspost>,
    /// Excluding VAT. `null` when no price can be computed (P02, P03).
    pub totaal_cent: Option<i128>,
    /// True for Praktijkassessment.
    pub vaste_prijs: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prijspost {
    pub omschrijving: String,
    /// `null` for a fixed price.
    pub uren: Option<Uren>,
    pub tarief_cent: Option<i64>,
    pub bedrag_cent: i128,
}

/// The report of a checked plan.
pub fn maak(uitkomst: Uitkomst, ber: &Berekening, overzicht: &Overzicht, uitzondering: bool, taal: Taal) -> Report {
    let mut r = leeg(uitkomst.bevindingen, overzicht, taal);
    r.regelset.genegeerd = uitkomst.genegeerd;
    r.uren = uren(ber, uitzondering);
    r.termijnen = ber.termijnen.clone();
    r.prijs = prijs(ber, taal);
    r
}

/// The report of input that is not a plan at all: only the findings of reading it.
pub fn onleesbaar(bevindingen: Vec<Bevinding>, overzicht: &Overzicht, taal: Taal) -> Report {
    leeg(bevindingen, overzicht, taal)
}

fn leeg(mut bevindingen: Vec<Bevinding>, overzicht: &Overzicht, taal: Taal) -> Report {
    for b in &mut bevindingen {
        b.veld = veld::label(b, taal);
        b.bericht = bericht::vul(b.sjabloon, taal, &b.feiten);
    }
    sorteer(&mut bevindingen);
    let ok = !bevindingen.iter().any(|b| b.ernst == Ernst::Fout);
    Report {
        ok,
        indienbaar: ok && !bevindingen.iter().any(|b| b.code == "I10"),
        regelset: Regelset { versie: overzicht.versie, geldig_vanaf: overzicht.geldig_vanaf, genegeerd: Vec::new() },
        bevindingen,
        uren: UrenRapport::default(),
        termijnen: Termijnen::default(),
        prijs: Prijs::default(),
    }
}

/// Findings in document order of their pointer (the order of the fields in SPEC §3, items
/// by index, unknown fields after the known ones by name), then by code.
pub fn sorteer(bevindingen: &mut [Bevinding]) {
    sorteer::stabiel_op_sleutel(bevindingen, |b| (volgorde(&b.pad), b.code, b.bericht.clone()));
}

/// The position of a pointer in the plan, part by part.
fn volgorde(p: &str) -> Vec<(u32, String)> {
    let delen: Vec<String> = pad::delen(p).collect();
    def_bij(delen.iter().map(String::as_str))
        .into_iter()
        .zip(delen)
        .map(|(stap, deel)| match stap {
            Stap::Veld { index, .. } => (index as u32, String::new()),
            Stap::Item { index, .. } => {
                (index.map_or(u32::MAX, |i| u32::try_from(i).unwrap_or(u32::MAX)), String::new())
            }
            Stap::Onbekend => (u32::MAX, deel),
        })
        .collect()
}

fn uren(b: &Berekening, uitzondering: bool) -> UrenRapport {
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

fn prijs(b: &Berekening, taal: Taal) -> Prijs {
    let p = &b.prijs;
    let nl = taal == Taal::Nl;
    let tarief_bron = match (p.vaste_prijs, p.tarief) {
        (true, _) if p.totaal_cent.is_some() => Some(if nl {
            "Vaste prijs opgegeven in de opties (Dossier Financiële Afspraken van UWV)".to_string()
        } else {
            "Fixed price given in the options (UWV's Dossier Financiële Afspraken)".to_string()
        }),
        (_, Some(t)) => Some(match t.bron {
            Tariefbron::Opties => {
                let bedrag = opmaak::euro(t.uurtarief_cent.into(), taal);
                if nl {
                    plak(&["Uurtarief ", &bedrag, " opgegeven in de opties"])
                } else {
                    plak(&["Hourly rate ", &bedrag, " given in the options"])
                }
            }
            Tariefbron::Meegeleverd(m) => m.bron.in_taal(taal).to_string(),
        }),
        _ => None,
    };
    let regels = p
        .regels
        .iter()
        .map(|r| Prijspost {
            omschrijving: match &r.post {
                Postsoort::Activiteit { omschrijving: Some(o), .. } => o.clone(),
                Postsoort::Activiteit { index, .. } => {
                    plak(&[if nl { "Activiteit " } else { "Activity " }, &als_tekst(*index as i128 + 1)])
                }
                Postsoort::Administratie => {
                    if nl { "Administratie (plan en rapportages)" } else { "Administration (plan and reports)" }.into()
                }
                Postsoort::VastePrijs => {
                    if nl { "Praktijkassessment (vaste prijs)" } else { "Practical assessment (fixed price)" }.into()
                }
            },
            uren: r.uren.and_then(Uren::uit),
            tarief_cent: r.tarief_cent,
            bedrag_cent: r.bedrag_cent,
        })
        .collect();
    Prijs {
        uurtarief_cent: if p.vaste_prijs { None } else { p.tarief.map(|t| t.uurtarief_cent) },
        tarief_bron,
        regels,
        totaal_cent: p.totaal_cent,
        vaste_prijs: p.vaste_prijs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volgorde_volgt_het_plan() {
        let mut paden = vec![
            "/activiteiten/10/doel",
            "",
            "/zzz",
            "/activiteiten/2/sessies",
            "/dienst",
            "/client/visie",
            "/activiteiten",
            "/activiteiten/2/omschrijving",
            "/client/onbekend",
            "/client/naam",
        ];
        paden.sort_by_key(|p| volgorde(p));
        assert_eq!(
            paden,
            [
                "",
                "/dienst",
                "/client/naam",
                "/client/visie",
                "/client/onbekend",
                "/activiteiten",
                "/activiteiten/2/omschrijving",
                "/activiteiten/2/sessies",
                "/activiteiten/10/doel",
                "/zzz"
            ]
        );
    }
}
