//! The dates of a plan (SPEC §2): deadlines of §4.4.1, the start, the end of the
//! doorlooptijd (§3.7), the evaluatiemoment (§3.2.1), the latest werkhervatting (§3.7) and
//! the eindrapportage (§4.8).

use chrono::NaiveDate;

use super::Berekening;
use crate::basis::datum;
use crate::bron::Overzicht;
use crate::plan::{Dienst, Plan, Soort, Uitkering};

/// The computed dates; `None` for each that does not apply or cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Termijnen {
    pub indienen_uiterlijk: Option<NaiveDate>,
    pub oordeel_uwv_uiterlijk: Option<NaiveDate>,
    pub herindienen_uiterlijk: Option<NaiveDate>,
    pub start: Option<NaiveDate>,
    pub start_geschat: bool,
    pub einde_doorlooptijd: Option<NaiveDate>,
    pub evaluatiemoment: Option<NaiveDate>,
    pub werkhervatting_uiterlijk: Option<NaiveDate>,
    pub eindrapportage_uiterlijk: Option<NaiveDate>,
}

pub(super) fn bereken(plan: &Plan, o: &Overzicht, b: &mut Berekening) {
    let dienst = plan.dienst.kopie();
    let info = dienst.and_then(|d| o.dienst(d));
    let heeft_plan = info.is_none_or(|i| i.heeft_plan);
    let bijstelling = plan.soort.kopie() == Some(Soort::Bijstelling);
    let d = &plan.datums;
    let tr = &o.termijnen;
    let dagen = |van: Option<NaiveDate>, n: u32| van.and_then(|v| datum::plus_dagen(v, u64::from(n)));
    let t = &mut b.termijnen;

    if heeft_plan {
        if !bijstelling {
            t.indienen_uiterlijk = dagen(d.opdracht.kopie(), tr.indienen_dagen);
        }
        t.oordeel_uwv_uiterlijk = dagen(d.indiening.kopie(), tr.oordeel_uwv_dagen);
        t.herindienen_uiterlijk = dagen(d.afkeuring.kopie(), tr.herindienen_dagen);
    }

    // Start (SPEC §2): akkoord; Werkbehoud: the Inkooporder; else estimated.
    if dienst.is_some_and(Dienst::is_werkbehoud) {
        t.start = d.inkooporder.kopie();
    } else if let Some(a) = d.akkoord.kopie() {
        t.start = Some(a);
    } else if let Some(basis) = d.indiening.kopie().or(t.indienen_uiterlijk) {
        t.start = dagen(Some(basis), tr.start_schatting_dagen);
        t.start_geschat = t.start.is_some();
    }

    let maanden = plan.doorlooptijd_maanden.geheel();
    if let (Some(start), Some(n)) = (t.start, maanden) {
        b.einde_zonder_kap = datum::einde_periode(start, n);
        let mut einde = b.einde_zonder_kap;
        if dienst == Some(Dienst::BegeleidingBijScholing) {
            // Tabel IV: the scholing's duration, at most a year.
            let jaar = datum::einde_periode(start, o.scholing_max_maanden);
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
            Some(Uitkering::Zw) => Some(tr.evaluatie_maanden_zw),
            Some(_) => Some(tr.evaluatie_maanden_overig),
            None => None,
        };
        if let (Some(basis), Some(m)) = (basis, maanden) {
            let moment = datum::plus_maanden(basis, m);
            // After the end there is no evaluatiemoment within this doorlooptijd (SPEC v2 §2).
            match (moment, t.einde_doorlooptijd) {
                (Some(m), Some(einde)) if m > einde => b.evaluatie_na_einde = Some(m),
                _ => t.evaluatiemoment = moment,
            }
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
