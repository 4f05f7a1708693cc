//! Begeleidingsuren (§3.6): per activity sessies × minutenPerSessie ÷ deelnemers (groep) ÷
//! 60, exactly; the total with the administration; the maximum of the service; and for
//! Begeleiding bij Scholing the weeks of scholing inside the doorlooptijd.

use super::{Berekening, Termijnen};
use crate::basis::breuk::{keer, Breuk};
use crate::basis::datum;
use crate::bron::{Overzicht, Urenregel};
use crate::plan::{Activiteit, Plan, Veld, Vorm, MAX_UREN};

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

/// An activity's Begeleidingsuren (§3.6). `None` when a number is missing or was out of
/// range (U06, U07, I04 say which). An activity without `vorm` counts as individual (U10).
pub fn activiteit_uren(a: &Activiteit) -> Option<Breuk> {
    let sessies = a.sessies.exact()?;
    let minuten = a.minuten_per_sessie.exact()?;
    let deelnemers = match a.vorm {
        Veld::Waarde(Vorm::Groep) => a.deelnemers.exact()?,
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

pub(super) fn bereken(plan: &Plan, o: &Overzicht, b: &mut Berekening) {
    let u = &mut b.uren;
    let max_activiteit = Breuk::geheel(MAX_UREN);
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
    u.administratie = plan.administratie_uren.exact();
    if let Some(a) = u.administratie {
        totaal = totaal.and_then(|t| t.plus(a));
    }
    u.totaal = totaal;

    let Some(info) = plan.dienst.kopie().and_then(|d| o.dienst(d)) else {
        return;
    };
    match info.uren {
        Urenregel::Maximum { maximum, verhoogd_maximum } => {
            u.maximum = Some(Breuk::geheel(i64::from(maximum)));
            u.verhoogd_maximum = verhoogd_maximum.map(|m| Breuk::geheel(i64::from(m)));
        }
        Urenregel::PerWeek { uren_per_week, maximum_per_jaar } => {
            let jaar = Breuk::geheel(i64::from(maximum_per_jaar));
            u.scholing_weken = scholing_weken(plan, &b.termijnen, o);
            let per_week = u.scholing_weken.and_then(|w| w.maal(Breuk::geheel(i64::from(uren_per_week))));
            u.maximum = Some(per_week.map_or(jaar, |w| std::cmp::min(w, jaar)));
        }
        Urenregel::VastePrijs => {}
    }
}

/// Weeks of scholing inside the doorlooptijd (§3.6 Tabel III: on average one hour per week
/// "zolang de Cliënt scholing volgt"). Without a start: the scholing itself, at most a year.
fn scholing_weken(plan: &Plan, t: &Termijnen, o: &Overzicht) -> Option<Breuk> {
    let (s_start, s_eind) = (plan.scholing.start.kopie()?, plan.scholing.eind.kopie()?);
    let (van, tot) = match (t.start, t.einde_doorlooptijd) {
        (Some(start), Some(einde)) => (s_start.max(start), s_eind.min(einde)),
        _ => (s_start, s_eind.min(datum::einde_periode(s_start, o.scholing_max_maanden)?)),
    };
    let dagen = (datum::dagen_tussen(van, tot) + 1).max(0);
    Breuk::new(i128::from(dagen), 7)
}
