//! The options of a check (SPEC §3): the reference date, the language, tariffs.

use chrono::NaiveDate;

use crate::berekening::binnen;
use crate::bericht::{sj, vul, Feit};
use crate::breuk::Breuk;
use crate::json::{self, Json};
use crate::lezen::lees_opties;
use crate::plan::Getal;
use crate::rapport::{Bevinding, Taal};
use crate::velden::{Grens, Min, Type, Veld};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Opties {
    /// "Today" for the deadline rules (T01–T03). `None`: those parts are skipped. The page
    /// and the command line pass today's date.
    pub peildatum: Option<NaiveDate>,
    pub taal: Taal,
    pub tarieven: Tarieven,
}

/// Tariffs that win over the bundled one (SPEC §3).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tarieven {
    pub uurtarief_cent: Option<i64>,
    pub vaste_prijs_praktijkassessment_cent: Option<i64>,
}

/// A tariff in cents: whole, positive, at most € 100 000 per hour.
pub const UURTARIEF: Grens = crate::velden::CENTEN;
/// A fixed price in cents: whole, positive, at most € 10 000 000.
pub const VASTE_PRIJS: Grens = Grens { geheel: true, min: Min::Positief, max: 1_000_000_000 };

pub const TARIEVEN_VELDEN: &[Veld] = &[
    Veld {
        naam: "uurtariefCent",
        soort: Type::Getal(UURTARIEF),
        uitleg: "Hourly tariff in euro cents (wins over the bundled one)",
    },
    Veld {
        naam: "vastePrijsPraktijkassessmentCent",
        soort: Type::Getal(VASTE_PRIJS),
        uitleg: "Fixed price of a Praktijkassessment in euro cents",
    },
];

pub const OPTIES_VELDEN: &[Veld] = &[
    Veld { naam: "peildatum", soort: Type::Datum, uitleg: "'Today' for deadline checks (YYYY-MM-DD)" },
    Veld { naam: "taal", soort: Type::Keuze(&["nl", "en"]), uitleg: "Language of the messages" },
    Veld { naam: "tarieven", soort: Type::Object(TARIEVEN_VELDEN), uitleg: "Tariffs" },
];

impl Opties {
    /// Reads options from JSON text. Problems become findings on the plan as a whole
    /// (`pad` ""), their message starting with "Opties:", and the option is ignored.
    pub fn lees(tekst: &str) -> (Opties, Vec<Bevinding>) {
        if tekst.trim().is_empty() {
            return (Opties::default(), Vec::new());
        }
        let j = json::parse(tekst);
        // The language first, so that everything else is reported in it.
        let taal = match &j {
            Ok(Json::Object(leden)) => match leden.iter().rev().find(|(k, _)| k == "taal") {
                Some((_, Json::Tekst(t))) if t == "en" => Taal::En,
                _ => Taal::Nl,
            },
            _ => Taal::Nl,
        };
        let j = match j {
            Ok(j) => j,
            Err(_) => Json::Tekst("".into()), // reported below as "not an object"
        };
        let (ruw, mut bevindingen) = lees_opties(j, taal);
        let mut opties =
            Opties { peildatum: ruw.peildatum, taal: ruw.taal.unwrap_or(taal), tarieven: Tarieven::default() };
        for (getal, grens, doel, naam) in [
            (ruw.uurtarief, UURTARIEF, &mut opties.tarieven.uurtarief_cent, "uurtariefCent"),
            (
                ruw.vaste_prijs,
                VASTE_PRIJS,
                &mut opties.tarieven.vaste_prijs_praktijkassessment_cent,
                "vastePrijsPraktijkassessmentCent",
            ),
        ] {
            let Some(getal) = getal else { continue };
            match binnen(getal, grens).ok().and_then(Breuk::als_i64) {
                Some(n) => *doel = Some(n),
                None => {
                    let bericht = vul(
                        &sj(
                            "Opties: ‘{naam}’ moet een heel, positief aantal centen zijn; het is genegeerd.",
                            "Options: ‘{naam}’ must be a whole, positive number of cents; it was ignored.",
                        ),
                        taal,
                        &[("naam", Feit::Tekst(naam))],
                    );
                    bevindingen.push(crate::regels::invoer::I04.bevinding(
                        crate::rapport::Ernst::Fout,
                        String::new(),
                        bericht,
                    ));
                }
            }
        }
        (opties, bevindingen)
    }
}

/// Options as read, before their values are judged.
#[derive(Debug, Default)]
pub struct RuweOpties {
    pub peildatum: Option<NaiveDate>,
    pub taal: Option<Taal>,
    pub uurtarief: Option<Getal>,
    pub vaste_prijs: Option<Getal>,
}
