//! Reads a plan leniently (SPEC §3, rules I01 I02 I03 I05 I07 I08).
//!
//! Every malformed field becomes its own finding with a JSON Pointer, and reading goes on:
//! a draft with ten mistakes gets ten findings, not the first one. What cannot be read is
//! [`Veld::Ongeldig`], so the rules do not report it a second time as missing. The rest of
//! the I rules judge values, not the text, and live with the other rules
//! (`regels/invoer.rs`: I04, I06, I09).

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::bericht::{sj, vul, Feit, Sjabloon};
use crate::breuk::Breuk;
use crate::datum;
use crate::diensten::Taalpaar;
use crate::json::{self, Json};
use crate::pad::Pad;
use crate::plan::*;
use crate::rapport::{Bevinding, Taal};
use crate::regels::invoer::{I01, I02, I03, I05, I07, I08};
use crate::regels::regel::tp;
use crate::regels::Regel;
use crate::velden::{self, MAX_ITEMS, MAX_TEKST};

/// Larger input is not a plan (I08); it is not even parsed.
pub const MAX_INVOER_BYTES: usize = 16 * 1024 * 1024;

/// The key of the object the JavaScript binding puts where a value is not JSON: a
/// function, a symbol, a BigInt, NaN, Infinity, a cycle, or a getter that threw.
pub const JS_MARKER: &str = "\u{0}plantoets";

/// Reads a plan from JSON text. `None` when the text is not a plan at all (I01, or too
/// large to read, I08): then there is nothing for the rules to check.
pub fn lees_tekst(tekst: &str, taal: Taal) -> (Option<Plan<'_>>, Vec<Bevinding>) {
    let mut l = Lezer { taal, uit: Vec::new() };
    if tekst.len() > MAX_INVOER_BYTES {
        l.meld(
            &I08,
            &Pad::WORTEL,
            sj(
                "De invoer is {mb} MB; dat is te groot voor een plan (meer dan 16 MB). Het plan is niet gecontroleerd.",
                "The input is {mb} MB, too large for a plan (more than 16 MB). The plan was not checked.",
            ),
            &[("mb", Feit::Geheel((tekst.len() / (1024 * 1024)) as i64))],
        );
        return (None, l.uit);
    }
    match json::parse(tekst) {
        Ok(j) => {
            let plan = l.plan(j);
            (plan, l.uit)
        }
        Err(f) => {
            l.meld(
                &I01,
                &Pad::WORTEL,
                sj(
                    "De tekst is geen geldige JSON: {wat} (regel {regel}, kolom {kolom}).",
                    "The text is not valid JSON: {wat} (line {regel}, column {kolom}).",
                ),
                &[
                    ("wat", Feit::Taal(tp(f.verwacht.nl(), f.verwacht.en()))),
                    ("regel", Feit::Geheel(f.regel as i64)),
                    ("kolom", Feit::Geheel(f.kolom as i64)),
                ],
            );
            (None, l.uit)
        }
    }
}

/// Reads a plan from a parsed JSON value (`None`: not a plan, I01).
pub fn lees_json(j: Json<'_>, taal: Taal) -> (Option<Plan<'_>>, Vec<Bevinding>) {
    let mut l = Lezer { taal, uit: Vec::new() };
    let plan = l.plan(j);
    (plan, l.uit)
}

/// What a field holds before reading.
enum Invoer<'a> {
    Afwezig,
    /// The enclosing object was unreadable (already reported).
    Ongeldig,
    Json(Json<'a>),
}

/// A value the JavaScript binding could not turn into JSON (see [`JS_MARKER`]).
fn js_vreemd<'j>(j: &'j Json<'_>) -> Option<&'j str> {
    match j {
        Json::Object(leden) if leden.len() == 1 && leden[0].0 == JS_MARKER => match &leden[0].1 {
            Json::Tekst(t) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

pub(crate) struct Lezer {
    pub taal: Taal,
    pub uit: Vec<Bevinding>,
}

impl Lezer {
    /// Reports a finding of a reading rule (with its first severity) at this pointer.
    #[inline(never)]
    fn meld(&mut self, regel: &Regel, pad: &Pad, sjabloon: Sjabloon, feiten: &[(&str, Feit)]) {
        let bericht = vul(&sjabloon, self.taal, feiten);
        self.uit.push(regel.bevinding(regel.ernst[0], pad.tekst(), bericht));
    }

    fn plan<'a>(&mut self, j: Json<'a>) -> Option<Plan<'a>> {
        let wortel = Pad::WORTEL;
        if j == Json::TeVeel || js_vreemd(&j) == Some("te-groot") {
            self.meld(
                &I08,
                &wortel,
                sj(
                    "De invoer heeft meer dan {max} waarden; dat is te groot voor een plan. Het plan is niet gecontroleerd.",
                    "The input has more than {max} values, too large for a plan. The plan was not checked.",
                ),
                &[("max", Feit::Geheel(json::MAX_WAARDEN as i64))],
            );
            return None;
        }
        if !matches!(j, Json::Object(_)) || js_vreemd(&j).is_some() {
            let (soort, voorbeeld) = beschrijf(&j);
            self.meld(
                &I01,
                &wortel,
                sj(
                    "Een plan is een JSON-object met velden, zoals {\"dienst\": …}; dit is {soort}{voorbeeld}.",
                    "A plan is a JSON object with fields, such as {\"dienst\": …}; this is {soort}{voorbeeld}.",
                ),
                &[("soort", Feit::Taal(soort)), ("voorbeeld", Feit::Tekst(&voorbeeld))],
            );
            return None;
        }
        let mut p = Plan::default();
        self.object(Invoer::Json(j), &wortel, velden::PLAN, |l, naam, w, pad| match naam {
            "dienst" => p.dienst = l.keuze(w, pad, Dienst::uit_code, Dienst::CODES),
            "soort" => p.soort = l.keuze(w, pad, Soort::uit_code, Soort::CODES),
            "ordernummer" => p.ordernummer = l.tekst(w, pad),
            "uwvContactpersoon" => p.uwv_contactpersoon = l.tekst(w, pad),
            "opdrachtnemer" => p.opdrachtnemer = l.opdrachtnemer(w, pad),
            "client" => p.client = l.client(w, pad),
            "datums" => p.datums = l.datums(w, pad),
            "doorlooptijdMaanden" => p.doorlooptijd_maanden = l.getal(w, pad),
            "werkplan" => p.werkplan = l.werkplan(w, pad),
            "onderbouwingAfwijking" => p.onderbouwing_afwijking = l.tekst(w, pad),
            "uitzonderingUwv" => p.uitzondering_uwv = l.ja_nee(w, pad),
            "beoogdResultaat" => p.beoogd_resultaat = l.tekst(w, pad),
            "afspraken" => p.afspraken = l.tekst(w, pad),
            "verwijzingen" => p.verwijzingen = l.tekst(w, pad),
            "administratieUren" => p.administratie_uren = l.getal(w, pad),
            "scholing" => p.scholing = l.scholing(w, pad),
            "werkbehoud" => p.werkbehoud = l.werkbehoud(w, pad),
            "bijstelling" => p.bijstelling = l.bijstelling(w, pad),
            "activiteiten" => p.activiteiten = l.lijst(w, pad, Lezer::activiteit),
            "mijlpalen" => p.mijlpalen = l.lijst(w, pad, Lezer::mijlpaal),
            _ => {}
        });
        Some(p)
    }

    fn opdrachtnemer<'a>(&mut self, w: Invoer<'a>, pad: &Pad) -> Opdrachtnemer<'a> {
        let mut o = Opdrachtnemer::default();
        self.object(w, pad, velden::OPDRACHTNEMER, |l, naam, w, pad| match naam {
            "naam" => o.naam = l.tekst(w, pad),
            "contactpersoon" => o.contactpersoon = l.tekst(w, pad),
            "telefoon" => o.telefoon = l.tekst(w, pad),
            "email" => o.email = l.tekst(w, pad),
            _ => {}
        });
        o
    }

    fn client<'a>(&mut self, w: Invoer<'a>, pad: &Pad) -> Client<'a> {
        let mut c = Client::default();
        self.object(w, pad, velden::CLIENT, |l, naam, w, pad| match naam {
            "naam" => c.naam = l.tekst(w, pad),
            "bsn" => c.bsn = l.tekst(w, pad),
            "uitkering" => c.uitkering = l.keuze(w, pad, Uitkering::uit_code, Uitkering::CODES),
            "trede" => c.trede = l.getal(w, pad),
            "startsituatie" => c.startsituatie = l.tekst(w, pad),
            "visie" => c.visie = l.tekst(w, pad),
            "belastbaarheid" => c.belastbaarheid = l.tekst(w, pad),
            "voorGezienGetekend" => c.voor_gezien_getekend = l.ja_nee(w, pad),
            _ => {}
        });
        c
    }

    fn datums(&mut self, w: Invoer<'_>, pad: &Pad) -> Datums {
        let mut d = Datums::default();
        self.object(w, pad, velden::DATUMS, |l, naam, w, pad| match naam {
            "opdracht" => d.opdracht = l.datum(w, pad),
            "indiening" => d.indiening = l.datum(w, pad),
            "afkeuring" => d.afkeuring = l.datum(w, pad),
            "akkoord" => d.akkoord = l.datum(w, pad),
            "inkooporder" => d.inkooporder = l.datum(w, pad),
            "werkhervatting" => d.werkhervatting = l.datum(w, pad),
            _ => {}
        });
        d
    }

    fn werkplan(&mut self, w: Invoer<'_>, pad: &Pad) -> Werkplan {
        let mut wp = Werkplan::default();
        self.object(w, pad, velden::WERKPLAN, |l, naam, w, pad| match naam {
            "uren" => wp.uren = l.getal(w, pad),
            "doorlooptijdMaanden" => wp.doorlooptijd_maanden = l.getal(w, pad),
            "hoofdactiviteiten" => {
                wp.hoofdactiviteiten =
                    l.lijst(w, pad, |l, w, pad| l.keuze(w, pad, Hoofdactiviteit::uit_code, Hoofdactiviteit::CODES))
            }
            _ => {}
        });
        wp
    }

    fn scholing(&mut self, w: Invoer<'_>, pad: &Pad) -> Scholing {
        let mut s = Scholing::default();
        self.object(w, pad, velden::SCHOLING, |l, naam, w, pad| match naam {
            "start" => s.start = l.datum(w, pad),
            "eind" => s.eind = l.datum(w, pad),
            "getoetst" => s.getoetst = l.ja_nee(w, pad),
            _ => {}
        });
        s
    }

    fn werkbehoud(&mut self, w: Invoer<'_>, pad: &Pad) -> Werkbehoud {
        let mut wb = Werkbehoud::default();
        self.object(w, pad, velden::WERKBEHOUD, |l, naam, w, pad| {
            if naam == "eerdereInzet" {
                wb.eerdere_inzet = l.getal(w, pad);
            }
        });
        wb
    }

    fn bijstelling(&mut self, w: Invoer<'_>, pad: &Pad) -> Bijstelling {
        let mut b = Bijstelling::default();
        self.object(w, pad, velden::BIJSTELLING, |l, naam, w, pad| match naam {
            "eerdereSubstantieel" => b.eerdere_substantieel = l.getal(w, pad),
            "vorigeDoorlooptijdMaanden" => b.vorige_doorlooptijd_maanden = l.getal(w, pad),
            "vorigeUren" => b.vorige_uren = l.getal(w, pad),
            _ => {}
        });
        b
    }

    fn activiteit<'a>(&mut self, w: Invoer<'a>, pad: &Pad) -> Activiteit<'a> {
        let mut a = Activiteit::default();
        self.object(w, pad, velden::ACTIVITEIT, |l, naam, w, pad| match naam {
            "omschrijving" => a.omschrijving = l.tekst(w, pad),
            "hoofdactiviteit" => a.hoofdactiviteit = l.keuze(w, pad, Hoofdactiviteit::uit_code, Hoofdactiviteit::CODES),
            "onderdeel" => a.onderdeel = l.keuze(w, pad, Onderdeel::uit_code, Onderdeel::CODES),
            "vorm" => a.vorm = l.keuze(w, pad, Vorm::uit_code, Vorm::CODES),
            "deelnemers" => a.deelnemers = l.getal(w, pad),
            "sessies" => a.sessies = l.getal(w, pad),
            "minutenPerSessie" => a.minuten_per_sessie = l.getal(w, pad),
            "doel" => a.doel = l.tekst(w, pad),
            "resultaat" => a.resultaat = l.tekst(w, pad),
            "start" => a.start = l.datum(w, pad),
            "eind" => a.eind = l.datum(w, pad),
            "uurtariefCent" => a.uurtarief_cent = l.getal(w, pad),
            _ => {}
        });
        a
    }

    fn mijlpaal<'a>(&mut self, w: Invoer<'a>, pad: &Pad) -> Mijlpaal<'a> {
        let mut m = Mijlpaal::default();
        self.object(w, pad, velden::MIJLPAAL, |l, naam, w, pad| match naam {
            "datum" => m.datum = l.datum(w, pad),
            "omschrijving" => m.omschrijving = l.tekst(w, pad),
            _ => {}
        });
        m
    }

    // ---- the building blocks -------------------------------------------------------------

    /// Reads an object against its field table: every known field is handed to `veld` (in
    /// table order, absent ones as [`Invoer::Afwezig`]); unknown fields give I07. When the
    /// value is not an object (I02) or unreadable, every field is handed over as
    /// [`Invoer::Ongeldig`], so nothing below it is reported as missing.
    fn object<'a>(
        &mut self,
        w: Invoer<'a>,
        pad: &Pad,
        tabel: &'static [velden::Veld],
        mut veld: impl FnMut(&mut Lezer, &'static str, Invoer<'a>, &Pad),
    ) {
        self.object_dyn(w, pad, tabel, &mut veld)
    }

    /// One copy of the object reader for all tables (a generic one would be copied per
    /// closure, which costs kilobytes of WebAssembly).
    #[inline(never)]
    fn object_dyn<'a>(
        &mut self,
        w: Invoer<'a>,
        pad: &Pad,
        tabel: &'static [velden::Veld],
        veld: &mut dyn FnMut(&mut Lezer, &'static str, Invoer<'a>, &Pad),
    ) {
        let leden = match w {
            Invoer::Afwezig | Invoer::Json(Json::Null) => {
                for v in tabel {
                    veld(self, v.naam, Invoer::Afwezig, &pad.sleutel(v.naam));
                }
                return;
            }
            Invoer::Json(Json::Object(leden)) if !is_js_vreemd(&leden) => leden,
            Invoer::Json(j) => {
                self.verkeerd_type(&j, pad, tp("een object (met velden)", "an object (with fields)"));
                for v in tabel {
                    veld(self, v.naam, Invoer::Ongeldig, &pad.sleutel(v.naam));
                }
                return;
            }
            Invoer::Ongeldig => {
                for v in tabel {
                    veld(self, v.naam, Invoer::Ongeldig, &pad.sleutel(v.naam));
                }
                return;
            }
        };
        if leden.len() > MAX_ITEMS {
            let naam = pad.naam();
            self.meld(
                &I08,
                pad,
                sj(
                    "‘{naam}’ heeft {n} velden; meer dan {max} is te groot voor een plan. Dit deel is niet gecontroleerd.",
                    "‘{naam}’ has {n} fields; more than {max} is too large for a plan. This part was not checked.",
                ),
                &[("naam", Feit::Tekst(&naam)), ("n", Feit::Geheel(leden.len() as i64)), ("max", Feit::Geheel(MAX_ITEMS as i64))],
            );
            for v in tabel {
                veld(self, v.naam, Invoer::Ongeldig, &pad.sleutel(v.naam));
            }
            return;
        }
        // One slot per known field; a later duplicate wins, as with JSON.parse.
        let mut vakjes: [Option<Json<'a>>; 24] = Default::default();
        let mut onbekend: Vec<(Cow<'a, str>, Json<'a>)> = Vec::new();
        for (sleutel, waarde) in leden {
            match tabel.iter().position(|v| v.naam == sleutel) {
                Some(i) if i < vakjes.len() => vakjes[i] = Some(waarde),
                _ => onbekend.push((sleutel, waarde)),
            }
        }
        for (v, vakje) in tabel.iter().zip(vakjes.iter_mut()) {
            let invoer = match vakje.take() {
                Some(j) => Invoer::Json(j),
                None => Invoer::Afwezig,
            };
            veld(self, v.naam, invoer, &pad.sleutel(v.naam));
        }
        // Unknown fields in input order; a repeated one once, with its last value (as JSON.parse).
        for (i, (sleutel, _)) in onbekend.iter().enumerate() {
            if onbekend[..i].iter().any(|(k, _)| k == sleutel) {
                continue;
            }
            if let Some((_, laatste)) = onbekend.iter().rev().find(|(k, _)| k == sleutel) {
                self.onbekend_veld(sleutel, laatste, pad, tabel);
            }
        }
    }

    /// I07: an unknown field, with the closest known name (I08 when it is nested too deep).
    #[inline(never)]
    fn onbekend_veld(&mut self, sleutel: &str, waarde: &Json<'_>, pad: &Pad, tabel: &'static [velden::Veld]) {
        let pad = pad.sleutel(sleutel);
        if overgeslagen(waarde).is_some() {
            self.verkeerd_type(waarde, &pad, tp("", ""));
            return;
        }
        let voorbeeld: String = sleutel.chars().take(60).collect();
        match velden::dichtstbij(sleutel, tabel) {
            Some(s) => self.meld(
                &I07,
                &pad,
                sj(
                    "Onbekend veld ‘{veld}’: bedoelt u ‘{suggestie}’? Dit veld wordt niet gecontroleerd.",
                    "Unknown field ‘{veld}’: did you mean ‘{suggestie}’? This field is not checked.",
                ),
                &[("veld", Feit::Tekst(&voorbeeld)), ("suggestie", Feit::Tekst(s))],
            ),
            None => self.meld(
                &I07,
                &pad,
                sj(
                    "Onbekend veld ‘{veld}’; het hoort niet bij een plan en wordt niet gecontroleerd.",
                    "Unknown field ‘{veld}’; it is not part of a plan and is not checked.",
                ),
                &[("veld", Feit::Tekst(&voorbeeld))],
            ),
        }
    }

    /// Reads a list, at most [`MAX_ITEMS`] long (I08).
    fn lijst<'a, T>(
        &mut self,
        w: Invoer<'a>,
        pad: &Pad,
        mut item: impl FnMut(&mut Lezer, Invoer<'a>, &Pad) -> T,
    ) -> Veld<Vec<T>> {
        match self.lijst_items(w, pad) {
            Ok(items) => Veld::Waarde(
                items.into_iter().enumerate().map(|(i, j)| item(self, Invoer::Json(j), &pad.index(i))).collect(),
            ),
            Err(veld) => veld.als(),
        }
    }

    /// The items of a list, or what the field is when it is not a (small enough) list.
    #[inline(never)]
    fn lijst_items<'a>(&mut self, w: Invoer<'a>, pad: &Pad) -> Result<Vec<Json<'a>>, Veld<()>> {
        match w {
            Invoer::Afwezig | Invoer::Json(Json::Null) => Err(Veld::Leeg),
            Invoer::Ongeldig => Err(Veld::Ongeldig),
            Invoer::Json(Json::Lijst(items)) if items.len() > MAX_ITEMS => {
                let naam = pad.naam();
                self.meld(
                    &I08,
                    pad,
                    sj(
                        "‘{naam}’ heeft {n} items; meer dan {max} is te groot voor een plan. Dit deel is niet gecontroleerd.",
                        "‘{naam}’ has {n} items; more than {max} is too large for a plan. This part was not checked.",
                    ),
                    &[("naam", Feit::Tekst(&naam)), ("n", Feit::Geheel(items.len() as i64)), ("max", Feit::Geheel(MAX_ITEMS as i64))],
                );
                Err(Veld::Ongeldig)
            }
            Invoer::Json(Json::Lijst(items)) => Ok(items),
            Invoer::Json(j) => {
                self.verkeerd_type(&j, pad, tp("een lijst [ … ]", "a list [ … ]"));
                Err(Veld::Ongeldig)
            }
        }
    }

    /// A text; `""` and whitespace count as absent. Longer than [`MAX_TEKST`] characters: I08.
    #[inline(never)]
    fn tekst<'a>(&mut self, w: Invoer<'a>, pad: &Pad) -> Veld<Cow<'a, str>> {
        match w {
            Invoer::Afwezig | Invoer::Json(Json::Null) => Veld::Leeg,
            Invoer::Ongeldig => Veld::Ongeldig,
            Invoer::Json(Json::Tekst(t)) => {
                if t.len() > MAX_TEKST {
                    let n = t.chars().count();
                    if n > MAX_TEKST {
                        let naam = pad.naam();
                        self.meld(
                            &I08,
                            pad,
                            sj(
                                "‘{naam}’ is {n} tekens lang; meer dan {max} past niet in een plan. Deze tekst is niet gecontroleerd.",
                                "‘{naam}’ is {n} characters long; more than {max} does not fit in a plan. This text was not checked.",
                            ),
                            &[("naam", Feit::Tekst(&naam)), ("n", Feit::Geheel(n as i64)), ("max", Feit::Geheel(MAX_TEKST as i64))],
                        );
                        return Veld::Ongeldig;
                    }
                }
                if t.trim().is_empty() {
                    Veld::Leeg
                } else {
                    Veld::Waarde(t)
                }
            }
            Invoer::Json(j) => {
                self.verkeerd_type(&j, pad, tp("een tekst", "a text"));
                Veld::Ongeldig
            }
        }
    }

    /// A number, kept exact. NaN and Infinity (from JavaScript) are kept for rule I04.
    #[inline(never)]
    fn getal(&mut self, w: Invoer<'_>, pad: &Pad) -> Veld<Getal> {
        match w {
            Invoer::Afwezig | Invoer::Json(Json::Null) => Veld::Leeg,
            Invoer::Ongeldig => Veld::Ongeldig,
            Invoer::Json(Json::Getal(t)) => match Breuk::uit_tekst(t) {
                Some(b) => Veld::Waarde(Getal::Exact(b)),
                None => Veld::Waarde(Getal::Onmogelijk(Onmogelijk::TeVeelCijfers)),
            },
            Invoer::Json(j) => match js_vreemd(&j) {
                Some("NaN") => Veld::Waarde(Getal::Onmogelijk(Onmogelijk::NaN)),
                Some("Infinity" | "-Infinity") => Veld::Waarde(Getal::Onmogelijk(Onmogelijk::Oneindig)),
                _ => {
                    self.verkeerd_type(&j, pad, tp("een getal", "a number"));
                    Veld::Ongeldig
                }
            },
        }
    }

    /// A date, `YYYY-MM-DD` (I03 when not, or when it does not exist).
    #[inline(never)]
    fn datum(&mut self, w: Invoer<'_>, pad: &Pad) -> Veld<NaiveDate> {
        match w {
            Invoer::Afwezig | Invoer::Json(Json::Null) => Veld::Leeg,
            Invoer::Ongeldig => Veld::Ongeldig,
            Invoer::Json(Json::Tekst(t)) if t.trim().is_empty() => Veld::Leeg,
            Invoer::Json(Json::Tekst(t)) => match datum::lees(&t) {
                Some(d) => Veld::Waarde(d),
                None => {
                    self.geen_datum(&t, pad);
                    Veld::Ongeldig
                }
            },
            Invoer::Json(j) if js_vreemd(&j) == Some("ongeldige-datum") => {
                self.geen_datum("Invalid Date", pad);
                Veld::Ongeldig
            }
            Invoer::Json(j) => {
                self.verkeerd_type(&j, pad, tp("een datum als tekst (JJJJ-MM-DD)", "a date as text (YYYY-MM-DD)"));
                Veld::Ongeldig
            }
        }
    }

    /// I03.
    #[inline(never)]
    fn geen_datum(&mut self, t: &str, pad: &Pad) {
        let naam = pad.naam();
        let kort: String = t.chars().take(40).collect();
        // A JavaScript Date arrives as "2025-03-03T00:00:00.000Z": say what to do.
        let met_tijd = t.len() > 10 && datum::lees(t.get(..10).unwrap_or("")).is_some();
        let vorm_klopt = t.len() == 10 && t.as_bytes().get(4) == Some(&b'-') && t.as_bytes().get(7) == Some(&b'-');
        let sjabloon = if met_tijd {
            sj(
                "‘{naam}’ moet alleen een datum zijn (JJJJ-MM-DD), zonder tijd: \"{waarde}\".",
                "‘{naam}’ must be a date only (YYYY-MM-DD), without a time: \"{waarde}\".",
            )
        } else if vorm_klopt {
            sj("‘{naam}’: de datum \"{waarde}\" bestaat niet.", "‘{naam}’: the date \"{waarde}\" does not exist.")
        } else {
            sj(
                "‘{naam}’ moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2025-03-31; nu: \"{waarde}\".",
                "‘{naam}’ must be a date written YYYY-MM-DD, for example 2025-03-31; now: \"{waarde}\".",
            )
        };
        self.meld(&I03, pad, sjabloon, &[("naam", Feit::Tekst(&naam)), ("waarde", Feit::Tekst(&kort))]);
    }

    #[inline(never)]
    fn ja_nee(&mut self, w: Invoer<'_>, pad: &Pad) -> Veld<bool> {
        match w {
            Invoer::Afwezig | Invoer::Json(Json::Null) => Veld::Leeg,
            Invoer::Ongeldig => Veld::Ongeldig,
            Invoer::Json(Json::Bool(b)) => Veld::Waarde(b),
            Invoer::Json(j) => {
                self.verkeerd_type(&j, pad, tp("true of false", "true or false"));
                Veld::Ongeldig
            }
        }
    }

    /// One of fixed values (I05 lists them when the value is unknown).
    fn keuze<T>(&mut self, w: Invoer<'_>, pad: &Pad, uit_code: fn(&str) -> Option<T>, codes: &[&str]) -> Veld<T> {
        match self.keuze_tekst(w, pad) {
            Ok(t) => match uit_code(&t) {
                Some(k) => Veld::Waarde(k),
                None => {
                    self.onbekende_keuze(&t, pad, codes);
                    Veld::Ongeldig
                }
            },
            Err(veld) => veld.als(),
        }
    }

    /// The text of a choice field, or what the field is when it has none.
    #[inline(never)]
    fn keuze_tekst<'a>(&mut self, w: Invoer<'a>, pad: &Pad) -> Result<Cow<'a, str>, Veld<()>> {
        match w {
            Invoer::Afwezig | Invoer::Json(Json::Null) => Err(Veld::Leeg),
            Invoer::Ongeldig => Err(Veld::Ongeldig),
            Invoer::Json(Json::Tekst(t)) if t.trim().is_empty() => Err(Veld::Leeg),
            Invoer::Json(Json::Tekst(t)) => Ok(t),
            Invoer::Json(j) => {
                self.verkeerd_type(&j, pad, tp("een tekst", "a text"));
                Err(Veld::Ongeldig)
            }
        }
    }

    /// I05.
    #[inline(never)]
    fn onbekende_keuze(&mut self, t: &str, pad: &Pad, codes: &[&str]) {
        let naam = pad.naam();
        let kort: String = t.chars().take(60).collect();
        let mut lijst = String::new();
        for c in codes {
            if !lijst.is_empty() {
                lijst.push_str(", ");
            }
            lijst.push('"');
            lijst.push_str(c);
            lijst.push('"');
        }
        self.meld(
            &I05,
            pad,
            sj(
                "‘{naam}’ heeft de onbekende waarde \"{waarde}\"; kies uit {lijst}.",
                "‘{naam}’ has the unknown value \"{waarde}\"; choose from {lijst}.",
            ),
            &[("naam", Feit::Tekst(&naam)), ("waarde", Feit::Tekst(&kort)), ("lijst", Feit::Tekst(&lijst))],
        );
    }

    /// I02 (or I08 for a part nested too deep).
    #[inline(never)]
    fn verkeerd_type(&mut self, j: &Json<'_>, pad: &Pad, verwacht: Taalpaar) {
        let naam = pad.naam();
        match overgeslagen(j) {
            Some(Overslag::Diep) => {
                self.meld(
                    &I08,
                    pad,
                    sj(
                        "‘{naam}’ is dieper genest dan {max} niveaus; dit deel is niet gecontroleerd.",
                        "‘{naam}’ is nested deeper than {max} levels; this part was not checked.",
                    ),
                    &[("naam", Feit::Tekst(&naam)), ("max", Feit::Geheel(json::MAX_DIEPTE as i64))],
                );
                return;
            }
            Some(Overslag::Veel) => {
                self.meld(
                    &I08,
                    pad,
                    sj(
                        "‘{naam}’ brengt de invoer boven {max} waarden; dat is te groot voor een plan. Dit deel is niet gecontroleerd.",
                        "‘{naam}’ takes the input past {max} values, too large for a plan. This part was not checked.",
                    ),
                    &[("naam", Feit::Tekst(&naam)), ("max", Feit::Geheel(json::MAX_WAARDEN as i64))],
                );
                return;
            }
            None => {}
        }
        let (soort, voorbeeld) = beschrijf(j);
        self.meld(
            &I02,
            pad,
            sj(
                "‘{naam}’ moet {verwacht} zijn, maar is {soort}{voorbeeld}.",
                "‘{naam}’ must be {verwacht}, but is {soort}{voorbeeld}.",
            ),
            &[
                ("naam", Feit::Tekst(&naam)),
                ("verwacht", Feit::Taal(verwacht)),
                ("soort", Feit::Taal(soort)),
                ("voorbeeld", Feit::Tekst(&voorbeeld)),
            ],
        );
    }
}

impl<T> Veld<T> {
    /// The same state for a field of another type (empty stays empty, unreadable stays unreadable).
    fn als<U>(self) -> Veld<U> {
        match self {
            Veld::Leeg => Veld::Leeg,
            _ => Veld::Ongeldig,
        }
    }
}

/// Why the parser skipped part of a value (I08).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Overslag {
    /// Nested deeper than [`json::MAX_DIEPTE`].
    Diep,
    /// Past [`json::MAX_WAARDEN`] values.
    Veel,
}

/// Whether a value holds a part the parser skipped, and why.
fn overgeslagen(j: &Json<'_>) -> Option<Overslag> {
    match j {
        Json::TeDiep => Some(Overslag::Diep),
        Json::TeVeel => Some(Overslag::Veel),
        // The JavaScript binding's stand-in for a value too large to walk (naar_json.js).
        _ if js_vreemd(j) == Some("te-groot") => Some(Overslag::Veel),
        Json::Lijst(items) => items.iter().find_map(overgeslagen),
        Json::Object(leden) => leden.iter().find_map(|(_, w)| overgeslagen(w)),
        _ => None,
    }
}

fn is_js_vreemd(leden: &[(Cow<'_, str>, Json<'_>)]) -> bool {
    leden.len() == 1 && leden[0].0 == JS_MARKER
}

/// What a value is, for messages, and a short preview of it (` ("abc")`, or nothing).
fn beschrijf(j: &Json<'_>) -> (Taalpaar, String) {
    if let Some(vreemd) = js_vreemd(j) {
        let soort = match vreemd {
            "function" => tp("een JavaScript-functie", "a JavaScript function"),
            "symbol" => tp("een JavaScript-symbool", "a JavaScript symbol"),
            "bigint" => tp("een BigInt", "a BigInt"),
            "NaN" => tp("NaN (geen getal)", "NaN (not a number)"),
            "Infinity" | "-Infinity" => tp("oneindig", "infinite"),
            "kring" => {
                tp("een verwijzing naar zichzelf terug (kringverwijzing)", "a reference back to itself (a cycle)")
            }
            "leesfout" => tp("onleesbaar: het opvragen gaf een fout", "unreadable: reading it threw an error"),
            "ongeldige-datum" => tp("een ongeldige datum (Invalid Date)", "an invalid date (Invalid Date)"),
            _ => tp("een onbekende JavaScript-waarde", "an unknown JavaScript value"),
        };
        return (soort, String::new());
    }
    let voorbeeld = |t: &str, aanhalen: bool| {
        let mut v = String::from(if aanhalen { " (\"" } else { " (" });
        v.extend(t.chars().take(30));
        if t.chars().nth(30).is_some() {
            v.push('…');
        }
        v.push_str(if aanhalen { "\")" } else { ")" });
        v
    };
    match j {
        Json::Null => (tp("leeg (null)", "empty (null)"), String::new()),
        Json::Bool(true) => (tp("true (ja/nee)", "true (a boolean)"), String::new()),
        Json::Bool(false) => (tp("false (ja/nee)", "false (a boolean)"), String::new()),
        Json::Getal(t) => (tp("een getal", "a number"), voorbeeld(t, false)),
        Json::Tekst(t) => (tp("een tekst", "a text"), voorbeeld(t, true)),
        Json::Lijst(_) => (tp("een lijst", "a list"), String::new()),
        Json::Object(_) | Json::TeDiep | Json::TeVeel => (tp("een object", "an object"), String::new()),
    }
}

/// Reads the options of a check with the same building blocks. Findings are about the
/// options, not a field of the plan: they get `pad` "" and a message starting "Opties:".
pub(crate) fn lees_opties(j: Json<'_>, taal: Taal) -> (crate::opties::RuweOpties, Vec<Bevinding>) {
    use crate::opties::{RuweOpties, OPTIES_VELDEN, TARIEVEN_VELDEN};
    let mut l = Lezer { taal, uit: Vec::new() };
    let mut o = RuweOpties::default();
    if !matches!(j, Json::Object(_)) || js_vreemd(&j).is_some() {
        l.meld(
            &I01,
            &Pad::WORTEL,
            sj(
                "De opties moeten een JSON-object zijn, zoals {\"peildatum\": \"2025-03-20\"}; ze zijn genegeerd.",
                "The options must be a JSON object, such as {\"peildatum\": \"2025-03-20\"}; they were ignored.",
            ),
            &[],
        );
        return (o, l.uit);
    }
    let wortel = Pad::WORTEL;
    l.object(Invoer::Json(j), &wortel, OPTIES_VELDEN, |l, naam, w, pad| match naam {
        "peildatum" => o.peildatum = l.datum(w, pad).kopie(),
        "taal" => {
            o.taal = l
                .keuze(
                    w,
                    pad,
                    |t| match t {
                        "nl" => Some(Taal::Nl),
                        "en" => Some(Taal::En),
                        _ => None,
                    },
                    &["nl", "en"],
                )
                .kopie()
        }
        "tarieven" => l.object(w, pad, TARIEVEN_VELDEN, |l, naam, w, pad| match naam {
            "uurtariefCent" => o.uurtarief = l.getal(w, pad).kopie(),
            "vastePrijsPraktijkassessmentCent" => o.vaste_prijs = l.getal(w, pad).kopie(),
            _ => {}
        }),
        _ => {}
    });
    let voor = if taal == Taal::Nl { "Opties: " } else { "Options: " };
    for b in &mut l.uit {
        b.pad.clear();
        b.bericht.insert_str(0, voor);
    }
    (o, l.uit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn te_veel_waarden_in_het_hele_plan() {
        let tekst = format!("{{\"x\":[{}],\"dienst\":\"naar-werk\"}}", vec!["0"; json::MAX_WAARDEN].join(","));
        let (plan, bevindingen) = lees_tekst(&tekst, Taal::Nl);
        assert!(plan.is_none());
        assert_eq!(bevindingen.len(), 1);
        assert_eq!((bevindingen[0].code, bevindingen[0].pad.as_str()), ("I08", ""));
        assert!(bevindingen[0].bericht.contains("100000"), "{}", bevindingen[0].bericht);
    }

    #[test]
    fn een_overgeslagen_deel_in_een_gebouwde_boom() {
        // Through lees_json a caller can hand over a tree with a skipped part anywhere.
        let j = Json::Object(vec![
            ("client".into(), Json::TeVeel),
            ("activiteiten".into(), Json::Lijst(vec![Json::TeDiep])),
        ]);
        let (plan, bevindingen) = lees_json(j, Taal::En);
        assert!(plan.is_some());
        let i08: Vec<_> =
            bevindingen.iter().filter(|b| b.code == "I08").map(|b| (b.pad.as_str(), b.bericht.as_str())).collect();
        assert_eq!(i08.len(), 2, "{i08:?}");
        assert!(i08.iter().any(|(p, b)| *p == "/client" && b.contains("100000")));
        assert!(i08.iter().any(|(p, b)| *p == "/activiteiten/0" && b.contains("32")));
    }

    #[test]
    fn de_javascript_stand_in_voor_te_groot_is_i08_op_zijn_veld() {
        // As naar_json.js writes it: the marker's key escaped in JSON text.
        let groot = || r#"{"\u0000plantoets":"te-groot"}"#.to_string();
        let tekst = format!(
            "{{\"dienst\":\"naar-werk\",\"activiteiten\":{},\"client\":{{\"naam\":{}}},\"x\":{}}}",
            groot(),
            groot(),
            groot()
        );
        let (plan, bevindingen) = lees_tekst(&tekst, Taal::Nl);
        assert!(plan.is_some());
        let i08: Vec<_> = bevindingen.iter().filter(|b| b.code == "I08").map(|b| b.pad.as_str()).collect();
        assert_eq!(i08, ["/client/naam", "/activiteiten", "/x"], "{bevindingen:?}");
        let wortel = groot();
        let (plan, bevindingen) = lees_tekst(&wortel, Taal::Nl);
        assert!(plan.is_none());
        assert_eq!((bevindingen[0].code, bevindingen[0].pad.as_str()), ("I08", ""));
    }
}
