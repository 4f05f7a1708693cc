//! The price (§5): the hourly tariff times the Begeleidingsuren, one line per activity and
//! one for the administration, each rounded half-up to a cent; the total is the sum of the
//! lines. Praktijkassessment has a fixed price instead. Tariffs come from the options (they
//! win) or the bundled, dated ones (`bron::tarieven`).

use super::Berekening;
use crate::basis::breuk::Breuk;
use crate::bron::{tarief_op, Tarief};
use crate::lezen::opties::Opties;
use crate::plan::{Dienst, Plan, Veld};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Prijsberekening {
    /// The hourly tariff used; `None` when none is known (P03) or for a fixed price.
    pub tarief: Option<Tariefkeuze>,
    pub regels: Vec<Prijspost>,
    /// Excluding VAT. `None` when no price can be computed (P02, P03).
    pub totaal_cent: Option<i128>,
    /// True for Praktijkassessment.
    pub vaste_prijs: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tariefkeuze {
    pub uurtarief_cent: i64,
    pub bron: Tariefbron,
}

/// Where a tariff or price comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tariefbron {
    /// Given in the options.
    Opties,
    /// Bundled, valid for the Opdracht's date.
    Meegeleverd(&'static Tarief),
}

/// What a price line is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Postsoort {
    /// An activity (its index), with the start of its description when it has one.
    Activiteit {
        index: usize,
        omschrijving: Option<String>,
    },
    Administratie,
    VastePrijs,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prijspost {
    pub post: Postsoort,
    /// `None` for a fixed price.
    pub uren: Option<Breuk>,
    pub tarief_cent: Option<i64>,
    pub bedrag_cent: i128,
}

pub(super) fn bereken(plan: &Plan, opties: &Opties, b: &mut Berekening) {
    let p = &mut b.prijs;
    if plan.dienst.kopie() == Some(Dienst::Praktijkassessment) {
        p.vaste_prijs = true;
        if let Some(vast) = opties.tarieven.vaste_prijs_praktijkassessment_cent {
            p.regels.push(Prijspost {
                post: Postsoort::VastePrijs,
                uren: None,
                tarief_cent: None,
                bedrag_cent: i128::from(vast),
            });
            p.totaal_cent = Some(i128::from(vast));
        }
        return;
    }

    let tarief = match opties.tarieven.uurtarief_cent {
        Some(cent) => Some(Tariefkeuze { uurtarief_cent: cent, bron: Tariefbron::Opties }),
        None => {
            // The Opdracht's date decides the tariff; Werkbehoud has only an Inkooporder.
            let peil = plan.datums.opdracht.kopie().or(plan.datums.inkooporder.kopie()).or(opties.peildatum);
            peil.and_then(tarief_op)
                .map(|t| Tariefkeuze { uurtarief_cent: t.uurtarief_cent, bron: Tariefbron::Meegeleverd(t) })
        }
    };
    let Some(tarief) = tarief else { return };
    p.tarief = Some(tarief);

    let mut totaal: i128 = 0;
    let mut regel = |post: Postsoort, uren: Breuk, cent: i64| -> Option<Prijspost> {
        let bedrag = uren.maal(Breuk::geheel(cent))?.afgerond();
        totaal = totaal.checked_add(bedrag)?;
        Some(Prijspost { post, uren: Some(uren), tarief_cent: Some(cent), bedrag_cent: bedrag })
    };
    if let Veld::Waarde(lijst) = &plan.activiteiten {
        for (i, (a, uren)) in lijst.iter().zip(&b.uren.activiteiten).enumerate() {
            let Some(uren) = *uren else { continue };
            let cent = a.uurtarief_cent.exact().and_then(Breuk::als_i64).unwrap_or(tarief.uurtarief_cent);
            let omschrijving = a.omschrijving.waarde().map(|t| kort(t, 80));
            if let Some(r) = regel(Postsoort::Activiteit { index: i, omschrijving }, uren, cent) {
                p.regels.push(r);
            }
        }
    }
    if let Some(admin) = b.uren.administratie.filter(|a| !a.is_nul()) {
        if let Some(r) = regel(Postsoort::Administratie, admin, tarief.uurtarief_cent) {
            p.regels.push(r);
        }
    }
    p.totaal_cent = Some(totaal);
}

/// The first `n` characters of a text, with an ellipsis when cut.
fn kort(t: &str, n: usize) -> String {
    let t = t.trim();
    match t.char_indices().nth(n) {
        Some((eind, _)) => crate::basis::cijfers::plak(&[t.get(..eind).unwrap_or(t), "…"]),
        None => t.to_string(),
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
