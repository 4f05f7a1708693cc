//! The options of a check (SPEC §3): the reference date, the language, tariffs, and the
//! rules not to check. They are read with the reader's own building blocks; a wrong option
//! is reported on the plan as a whole (`pad` ""), with the fact `optie` naming it, and is
//! ignored.

use chrono::NaiveDate;

use super::{binnen, Lezer};
use crate::basis::bevinding::{Bevinding, Feit};
use crate::basis::breuk::Breuk;
use crate::basis::json::{self, Json};
use crate::basis::pad::Pad;
use crate::basis::taal::{tp, Taal};
use crate::plan::*;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Opties {
    /// "Today" for the deadline rules (T01–T03). `None`: those parts are skipped. The page
    /// and the command line pass today's date.
    pub peildatum: Option<NaiveDate>,
    pub taal: Taal,
    pub tarieven: Tarieven,
    /// Codes, or groups of one letter, not to check at all (SPEC v2 §3), as given; the
    /// rules stage judges them against the catalogue.
    pub negeer: Vec<String>,
}

/// Tariffs that win over the bundled one (SPEC §3).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tarieven {
    pub uurtarief_cent: Option<i64>,
    pub vaste_prijs_praktijkassessment_cent: Option<i64>,
}

/// A tariff in cents: whole, positive, at most € 100 000 per hour (the same as an activity's).
pub const UURTARIEF: Grens = CENTEN;
/// A fixed price in cents: whole, positive, at most € 10 000 000.
pub const VASTE_PRIJS: Grens = Grens { geheel: true, min: Min::Positief, max: 1_000_000_000 };

const TALEN: &[Optie] =
    &[Optie { code: "nl", naam: tp("Nederlands", "Dutch") }, Optie { code: "en", naam: tp("Engels", "English") }];

/// The options' own fields (for I07's suggestions).
pub const OPTIES: &[VeldDef] = &[
    VeldDef {
        naam: "peildatum",
        soort: Veldsoort::Datum(Datumbereik::Leven),
        label: tp("Peildatum", "Reference date"),
        groep: "",
    },
    VeldDef { naam: "taal", soort: Veldsoort::Keuze(TALEN), label: tp("Taal", "Language"), groep: "" },
    VeldDef { naam: "tarieven", soort: Veldsoort::Object(TARIEVEN), label: tp("Tarieven", "Tariffs"), groep: "" },
    VeldDef { naam: "negeer", soort: Veldsoort::Tekst, label: tp("Niet controleren", "Do not check"), groep: "" },
];

pub const TARIEVEN: &[VeldDef] = &[
    VeldDef {
        naam: "uurtariefCent",
        soort: Veldsoort::Getal(UURTARIEF, &[]),
        label: tp("Uurtarief", "Hourly tariff"),
        groep: "",
    },
    VeldDef {
        naam: "vastePrijsPraktijkassessmentCent",
        soort: Veldsoort::Getal(VASTE_PRIJS, &[]),
        label: tp("Vaste prijs Praktijkassessment", "Fixed price Praktijkassessment"),
        groep: "",
    },
];

/// The language, as a choice the reader can fill.
#[derive(Debug, Default)]
struct TaalKeuze(Option<Taal>, bool);

impl KeuzePlek for TaalKeuze {
    fn zet(&mut self, code: &str) -> bool {
        self.0 = match code {
            "nl" => Some(Taal::Nl),
            // Built without English (the page's own module): the whole report in Dutch, not a mix.
            "en" if cfg!(feature = "engels") => Some(Taal::En),
            "en" => Some(Taal::Nl),
            _ => None,
        };
        self.0.is_some()
    }
    fn zet_ongeldig(&mut self) {
        self.1 = true;
    }
    fn opties(&self) -> &'static [Optie] {
        TALEN
    }
}

impl Opties {
    /// Reads options from JSON text; problems become findings about the options.
    pub fn lees(tekst: &str) -> (Opties, Vec<Bevinding>) {
        if tekst.trim().is_empty() {
            return (Opties::default(), Vec::new());
        }
        let mut l = Lezer { uit: Vec::new() };
        let mut o = Opties::default();
        let wortel = Pad::WORTEL;
        let leden = match json::parse(tekst) {
            Ok(Json::Object(leden)) if !super::is_js_vreemd(&leden) => leden,
            Ok(j) => {
                l.meld(&super::I01, &wortel, "opties", vec![("soort", Feit::Naam(super::soort(&j)))]);
                return (o, l.uit);
            }
            Err(_) => {
                l.meld(&super::I01, &wortel, "opties", vec![("soort", Feit::Naam(super::VERWACHT_TEKST))]);
                return (o, l.uit);
            }
        };
        // The last of a repeated key wins, as with JSON.parse.
        let mut bekend: Vec<(String, Json<'_>)> = Vec::new();
        for (sleutel, waarde) in leden.into_iter().rev() {
            if bekend.iter().any(|(k, _)| *k == sleutel) {
                continue;
            }
            bekend.push((sleutel.into_owned(), waarde));
        }
        bekend.reverse();
        for (sleutel, waarde) in bekend {
            let pad = wortel.sleutel(&sleutel);
            match sleutel.as_str() {
                "peildatum" => o.peildatum = l.datum(waarde, &pad, Datumbereik::Leven).kopie(),
                "taal" => {
                    let mut k = TaalKeuze::default();
                    l.keuze(waarde, &pad, &mut k);
                    if let Some(t) = k.0 {
                        o.taal = t;
                    }
                }
                "tarieven" => lees_tarieven(&mut l, waarde, &pad, &mut o.tarieven),
                "negeer" => o.negeer = lees_negeer(&mut l, waarde, &pad),
                _ => l.onbekend_veld(&sleutel, &waarde, &wortel, OPTIES),
            }
        }
        // Every finding is about the options, not a field of the plan.
        for b in &mut l.uit {
            let optie = b.pad.trim_start_matches('/').replace('/', ".");
            b.pad.clear();
            b.feiten.push(("optie", Feit::Tekst(optie)));
        }
        (o, l.uit)
    }
}

fn lees_tarieven(l: &mut Lezer, waarde: Json<'_>, pad: &Pad, t: &mut Tarieven) {
    let leden = match waarde {
        Json::Null => return,
        Json::Object(leden) if !super::is_js_vreemd(&leden) => leden,
        j => return l.verkeerd_type(&j, pad, super::VERWACHT_OBJECT),
    };
    for (sleutel, waarde) in leden {
        let p = pad.sleutel(&sleutel);
        let (doel, grens) = match sleutel.as_ref() {
            "uurtariefCent" => (&mut t.uurtarief_cent, UURTARIEF),
            "vastePrijsPraktijkassessmentCent" => (&mut t.vaste_prijs_praktijkassessment_cent, VASTE_PRIJS),
            _ => {
                l.onbekend_veld(&sleutel, &waarde, pad, TARIEVEN);
                continue;
            }
        };
        if let Some(Getal::Exact(b)) = l.getal(waarde, &p, grens).kopie() {
            *doel = binnen(Getal::Exact(b), grens).ok().and_then(Breuk::als_i64);
        }
    }
}

fn lees_negeer(l: &mut Lezer, waarde: Json<'_>, pad: &Pad) -> Vec<String> {
    let items = match waarde {
        Json::Null => return Vec::new(),
        Json::Lijst(items) if items.len() <= MAX_ITEMS => items,
        j => {
            l.verkeerd_type(&j, pad, super::VERWACHT_LIJST);
            return Vec::new();
        }
    };
    let mut uit = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        match item {
            Json::Tekst(t) => uit.push(t.trim().to_string()),
            j => l.verkeerd_type(&j, &pad.index(i), super::VERWACHT_TEKST),
        }
    }
    uit
}
