//! Stage 2, computing: hours (§3.6), dates (SPEC §2: §3.2.1, §3.7, §4.4.1, §4.8) and price
//! (§5), once per check, from the plan and the chosen version of the Overzicht. Facts only:
//! no words are made here. The rules and the report read these numbers, so a number shown
//! to the user is the number a rule judged.

use chrono::NaiveDate;

use crate::bron::Overzicht;
use crate::lezen::opties::Opties;
use crate::plan::Plan;

mod prijs;
mod termijnen;
mod uren;

pub use prijs::{Postsoort, Prijsberekening, Tariefbron};
pub use termijnen::Termijnen;
pub use uren::{activiteit_uren, Urenberekening};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Berekening {
    pub uren: Urenberekening,
    pub termijnen: Termijnen,
    /// The period activities and milestones must fall in (D05, D06). When the start is
    /// estimated, it runs from the earliest possible start to the end counted from the
    /// estimate, so an estimate alone never makes an activity wrong.
    pub venster: Option<(NaiveDate, NaiveDate)>,
    /// start + doorlooptijdMaanden, before the caps of Begeleiding bij Scholing (D01).
    pub einde_zonder_kap: Option<NaiveDate>,
    /// Werkfit maken: the evaluatiemoment when it falls after the end of the doorlooptijd,
    /// so that there is none within it (SPEC v2 §2, D04).
    pub evaluatie_na_einde: Option<NaiveDate>,
    pub prijs: Prijsberekening,
}

/// Computes everything, in order: the dates first (the hours of Begeleiding bij Scholing
/// depend on them), then the hours, then the price.
pub fn bereken(plan: &Plan, opties: &Opties, overzicht: &Overzicht) -> Berekening {
    let mut b = Berekening::default();
    termijnen::bereken(plan, overzicht, &mut b);
    uren::bereken(plan, overzicht, &mut b);
    prijs::bereken(plan, opties, &mut b);
    b
}
