//! Reads a plan leniently (SPEC §3, rules I01 I02 I03 I05 I07 I08).
//!
//! Every malformed field becomes its own finding with a JSON Pointer, and reading goes on:
//! a draft with ten mistakes gets ten findings, not the first one. What cannot be read is
//! [`Veld::Ongeldig`], so the rules do not report it a second time as missing. The rest of
//! the I rules judge values, not the text, and live with the other rules
//! (`regels/invoer.rs`: I04, I06, I09).

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::breuk::Breuk;
use crate::datum;
use crate::json::{self, Json};
use crate::pad::Pad;
use crate::plan::*;
use crate::rapport::{Bevinding, Ernst, Taal};
use crate::regels::invoer::{I01, I02, I03, I05, I07, I08};
use crate::velden::{self, MAX_ITEMS, MAX_TEKST};

/// Larger input is not a plan (I08); it is not even parsed.
pub const MAX_INVOER_BYTES: usize = 16 * 1024 * 1024;

/// The key of the object the JavaScript binding puts where a value is not JSON: a
/// function, a symbol, a BigInt, NaN, Infinity, a cycle, or a getter that threw.
pub const JS_MARKER: &str = "\u{0}plantoets";

/// Reads a plan from JSON text.
pub fn lees_tekst(tekst: &str, taal: Taal) -> (Plan<'_>, Vec<Bevinding>) {
    let mut l = Lezer { taal, uit: Vec::new() };
    if tekst.len() > MAX_INVOER_BYTES {
        let mb = tekst.len() / (1024 * 1024);
        let bericht = taal.kies(
            || format!("De invoer is {mb} MB; dat is te groot voor een plan (meer dan 16 MB). Het plan is niet gecontroleerd."),
            || format!("The input is {mb} MB, too large for a plan (more than 16 MB). The plan was not checked."),
        );
        l.uit.push(I08.bevinding(Ernst::Fout, String::new(), bericht));
        return (Plan::default(), l.uit);
    }
    match json::parse(tekst) {
        Ok(j) => {
            let plan = l.plan(j);
            (plan, l.uit)
        }
        Err(f) => {
            let bericht = taal.kies(
                || {
                    format!(
                        "De tekst is geen geldige JSON: {} (regel {}, kolom {}).",
                        f.verwacht.nl(),
                        f.regel,
                        f.kolom
                    )
                },
                || format!("The text is not valid JSON: {} (line {}, column {}).", f.verwacht.en(), f.regel, f.kolom),
            );
            l.uit.push(I01.bevinding(Ernst::Fout, String::new(), bericht));
            (Plan::default(), l.uit)
        }
    }
}

/// Reads a plan from a parsed JSON value.
pub fn lees_json(j: Json<'_>, taal: Taal) -> (Plan<'_>, Vec<Bevinding>) {
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
    fn zeg(&self, nl: impl FnOnce() -> String, en: impl FnOnce() -> String) -> String {
        self.taal.kies(nl, en)
    }

    fn plan<'a>(&mut self, j: Json<'a>) -> Plan<'a> {
        let wortel = Pad::WORTEL;
        if !matches!(j, Json::Object(_)) || js_vreemd(&j).is_some() {
            let (nl, en) = beschrijf(&j);
            let bericht = self.zeg(
                || format!("Een plan is een JSON-object met velden, zoals {{\"dienst\": …}}; dit is {nl}."),
                || format!("A plan is a JSON object with fields, such as {{\"dienst\": …}}; this is {en}."),
            );
            self.uit.push(I01.bevinding(Ernst::Fout, String::new(), bericht));
            return Plan::default();
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
        p
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
        let leden = match w {
            Invoer::Afwezig | Invoer::Json(Json::Null) => {
                for v in tabel {
                    veld(self, v.naam, Invoer::Afwezig, &pad.sleutel(v.naam));
                }
                return;
            }
            Invoer::Json(Json::Object(leden)) if js_vreemd_leden(&leden).is_none() => leden,
            Invoer::Json(j) => {
                self.verkeerd_type(&j, pad, "een object (met velden)", "an object (with fields)");
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
        // One slot per known field; a later duplicate wins, as with JSON.parse.
        let mut vakjes: [Option<Json<'a>>; 24] = Default::default();
        if leden.len() > MAX_ITEMS {
            let (n, naam) = (leden.len(), pad.naam());
            let bericht = self.zeg(
                || format!("‘{naam}’ heeft {n} velden; meer dan {MAX_ITEMS} is te groot voor een plan. Dit deel is niet gecontroleerd."),
                || format!("‘{naam}’ has {n} fields; more than {MAX_ITEMS} is too large for a plan. This part was not checked."),
            );
            self.uit.push(I08.bevinding(Ernst::Fout, pad.tekst(), bericht));
            for v in tabel {
                veld(self, v.naam, Invoer::Ongeldig, &pad.sleutel(v.naam));
            }
            return;
        }
        let mut onbekend: Vec<(Cow<'a, str>, Json<'a>)> = Vec::new();
        for (sleutel, waarde) in leden {
            match tabel.iter().position(|v| v.naam == sleutel) {
                Some(i) if i < vakjes.len() => vakjes[i] = Some(waarde),
                _ => onbekend.push((sleutel, waarde)),
            }
        }
        // A repeated unknown key is reported once (the last one, as JSON.parse keeps).
        onbekend.reverse();
        let mut gezien: Vec<&str> = Vec::new();
        let onbekend: Vec<_> = onbekend
            .iter()
            .filter(|(k, _)| {
                let nieuw = !gezien.contains(&k.as_ref());
                gezien.push(k);
                nieuw
            })
            .collect();
        for (v, vakje) in tabel.iter().zip(vakjes.iter_mut()) {
            let invoer = match vakje.take() {
                Some(j) => Invoer::Json(j),
                None => Invoer::Afwezig,
            };
            veld(self, v.naam, invoer, &pad.sleutel(v.naam));
        }
        for (sleutel, waarde) in onbekend.into_iter().rev() {
            self.onbekend_veld(sleutel, waarde, pad, tabel);
        }
    }

    /// I07: an unknown field, with the closest known name (I08 when it is nested too deep).
    fn onbekend_veld(&mut self, sleutel: &str, waarde: &Json<'_>, pad: &Pad, tabel: &'static [velden::Veld]) {
        if te_diep(waarde) {
            self.verkeerd_type(waarde, &pad.sleutel(sleutel), "", "");
            return;
        }
        let voorbeeld: String = sleutel.chars().take(60).collect();
        let bericht = match velden::dichtstbij(sleutel, tabel) {
            Some(s) => self.zeg(
                || format!("Onbekend veld ‘{voorbeeld}’: bedoelt u ‘{s}’? Dit veld wordt niet gecontroleerd."),
                || format!("Unknown field ‘{voorbeeld}’: did you mean ‘{s}’? This field is not checked."),
            ),
            None => self.zeg(
                || format!("Onbekend veld ‘{voorbeeld}’; het hoort niet bij een plan en wordt niet gecontroleerd."),
                || format!("Unknown field ‘{voorbeeld}’; it is not part of a plan and is not checked."),
            ),
        };
        self.uit.push(I07.bevinding(Ernst::Waarschuwing, pad.sleutel(sleutel).tekst(), bericht));
    }

    /// Reads a list, at most [`MAX_ITEMS`] long (I08).
    fn lijst<'a, T>(
        &mut self,
        w: Invoer<'a>,
        pad: &Pad,
        mut item: impl FnMut(&mut Lezer, Invoer<'a>, &Pad) -> T,
    ) -> Veld<Vec<T>> {
        match w {
            Invoer::Afwezig | Invoer::Json(Json::Null) => Veld::Leeg,
            Invoer::Ongeldig => Veld::Ongeldig,
            Invoer::Json(Json::Lijst(items)) => {
                if items.len() > MAX_ITEMS {
                    let (n, naam) = (items.len(), pad.naam());
                    let bericht = self.zeg(
                        || format!("‘{naam}’ heeft {n} items; meer dan {MAX_ITEMS} is te groot voor een plan. Dit deel is niet gecontroleerd."),
                        || format!("‘{naam}’ has {n} items; more than {MAX_ITEMS} is too large for a plan. This part was not checked."),
                    );
                    self.uit.push(I08.bevinding(Ernst::Fout, pad.tekst(), bericht));
                    return Veld::Ongeldig;
                }
                let uit =
                    items.into_iter().enumerate().map(|(i, j)| item(self, Invoer::Json(j), &pad.index(i))).collect();
                Veld::Waarde(uit)
            }
            Invoer::Json(j) => {
                self.verkeerd_type(&j, pad, "een lijst [ … ]", "a list [ … ]");
                Veld::Ongeldig
            }
        }
    }

    /// A text; `""` and whitespace count as absent. Longer than [`MAX_TEKST`] characters: I08.
    fn tekst<'a>(&mut self, w: Invoer<'a>, pad: &Pad) -> Veld<Cow<'a, str>> {
        match w {
            Invoer::Afwezig | Invoer::Json(Json::Null) => Veld::Leeg,
            Invoer::Ongeldig => Veld::Ongeldig,
            Invoer::Json(Json::Tekst(t)) => {
                if t.len() > MAX_TEKST {
                    let n = t.chars().count();
                    if n > MAX_TEKST {
                        let naam = pad.naam();
                        let bericht = self.zeg(
                            || format!("‘{naam}’ is {n} tekens lang; meer dan {MAX_TEKST} past niet in een plan. Deze tekst is niet gecontroleerd."),
                            || format!("‘{naam}’ is {n} characters long; more than {MAX_TEKST} does not fit in a plan. This text was not checked."),
                        );
                        self.uit.push(I08.bevinding(Ernst::Fout, pad.tekst(), bericht));
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
                self.verkeerd_type(&j, pad, "een tekst", "a text");
                Veld::Ongeldig
            }
        }
    }

    /// A number, kept exact. NaN and Infinity (from JavaScript) are kept for rule I04.
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
                    self.verkeerd_type(&j, pad, "een getal", "a number");
                    Veld::Ongeldig
                }
            },
        }
    }

    /// A date, `YYYY-MM-DD` (I03 when not, or when it does not exist).
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
            Invoer::Json(j) => {
                self.verkeerd_type(&j, pad, "een datum als tekst (JJJJ-MM-DD)", "a date as text (YYYY-MM-DD)");
                Veld::Ongeldig
            }
        }
    }

    /// I03.
    fn geen_datum(&mut self, t: &str, pad: &Pad) {
        let naam = pad.naam();
        let kort: String = t.chars().take(40).collect();
        // A JavaScript Date arrives as "2025-03-03T00:00:00.000Z": say what to do.
        let met_tijd = t.len() > 10 && datum::lees(t.get(..10).unwrap_or("")).is_some();
        let vorm_klopt = t.len() == 10 && t.as_bytes().get(4) == Some(&b'-') && t.as_bytes().get(7) == Some(&b'-');
        let bericht = if met_tijd {
            self.zeg(
                || format!("‘{naam}’ moet alleen een datum zijn (JJJJ-MM-DD), zonder tijd: \"{kort}\"."),
                || format!("‘{naam}’ must be a date only (YYYY-MM-DD), without a time: \"{kort}\"."),
            )
        } else if vorm_klopt {
            self.zeg(
                || format!("‘{naam}’: de datum \"{kort}\" bestaat niet."),
                || format!("‘{naam}’: the date \"{kort}\" does not exist."),
            )
        } else {
            self.zeg(
                || {
                    format!(
                        "‘{naam}’ moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2025-03-31; nu: \"{kort}\"."
                    )
                },
                || format!("‘{naam}’ must be a date written YYYY-MM-DD, for example 2025-03-31; now: \"{kort}\"."),
            )
        };
        self.uit.push(I03.bevinding(Ernst::Fout, pad.tekst(), bericht));
    }

    fn ja_nee(&mut self, w: Invoer<'_>, pad: &Pad) -> Veld<bool> {
        match w {
            Invoer::Afwezig | Invoer::Json(Json::Null) => Veld::Leeg,
            Invoer::Ongeldig => Veld::Ongeldig,
            Invoer::Json(Json::Bool(b)) => Veld::Waarde(b),
            Invoer::Json(j) => {
                self.verkeerd_type(&j, pad, "true of false", "true or false");
                Veld::Ongeldig
            }
        }
    }

    /// One of fixed values (I05 lists them when the value is unknown).
    fn keuze<T>(&mut self, w: Invoer<'_>, pad: &Pad, uit_code: fn(&str) -> Option<T>, codes: &[&str]) -> Veld<T> {
        match w {
            Invoer::Afwezig | Invoer::Json(Json::Null) => Veld::Leeg,
            Invoer::Ongeldig => Veld::Ongeldig,
            Invoer::Json(Json::Tekst(t)) if t.trim().is_empty() => Veld::Leeg,
            Invoer::Json(Json::Tekst(t)) => match uit_code(&t) {
                Some(k) => Veld::Waarde(k),
                None => {
                    let naam = pad.naam();
                    let kort: String = t.chars().take(60).collect();
                    let lijst = codes.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
                    let bericht = self.zeg(
                        || format!("‘{naam}’ heeft de onbekende waarde \"{kort}\"; kies uit {lijst}."),
                        || format!("‘{naam}’ has the unknown value \"{kort}\"; choose from {lijst}."),
                    );
                    self.uit.push(I05.bevinding(Ernst::Fout, pad.tekst(), bericht));
                    Veld::Ongeldig
                }
            },
            Invoer::Json(j) => {
                self.verkeerd_type(&j, pad, "een tekst", "a text");
                Veld::Ongeldig
            }
        }
    }

    /// I02 (or I08 for a part nested too deep).
    fn verkeerd_type(&mut self, j: &Json<'_>, pad: &Pad, verwacht_nl: &str, verwacht_en: &str) {
        let naam = pad.naam();
        if te_diep(j) {
            let bericht = self.zeg(
                || {
                    format!(
                        "‘{naam}’ is dieper genest dan {} niveaus; dit deel is niet gecontroleerd.",
                        json::MAX_DIEPTE
                    )
                },
                || format!("‘{naam}’ is nested deeper than {} levels; this part was not checked.", json::MAX_DIEPTE),
            );
            self.uit.push(I08.bevinding(Ernst::Fout, pad.tekst(), bericht));
            return;
        }
        let (nl, en) = beschrijf(j);
        let bericht = self.zeg(
            || format!("‘{naam}’ moet {verwacht_nl} zijn, maar is {nl}."),
            || format!("‘{naam}’ must be {verwacht_en}, but is {en}."),
        );
        self.uit.push(I02.bevinding(Ernst::Fout, pad.tekst(), bericht));
    }
}

/// Whether a value holds a part nested deeper than [`json::MAX_DIEPTE`] (I08).
fn te_diep(j: &Json<'_>) -> bool {
    match j {
        Json::TeDiep => true,
        Json::Lijst(items) => items.iter().any(te_diep),
        Json::Object(leden) => leden.iter().any(|(_, w)| te_diep(w)),
        _ => false,
    }
}

fn js_vreemd_leden(leden: &[(Cow<'_, str>, Json<'_>)]) -> Option<()> {
    (leden.len() == 1 && leden[0].0 == JS_MARKER).then_some(())
}

/// What a value is, for messages, in Dutch and English (with a short preview).
fn beschrijf(j: &Json<'_>) -> (String, String) {
    if let Some(vreemd) = js_vreemd(j) {
        return match vreemd {
            "function" => ("een JavaScript-functie".into(), "a JavaScript function".into()),
            "symbol" => ("een JavaScript-symbool".into(), "a JavaScript symbol".into()),
            "bigint" => ("een BigInt".into(), "a BigInt".into()),
            "NaN" => ("NaN (geen getal)".into(), "NaN (not a number)".into()),
            "Infinity" | "-Infinity" => ("oneindig".into(), "infinite".into()),
            "kring" => (
                "een verwijzing naar zichzelf terug (kringverwijzing)".into(),
                "a reference back to itself (a cycle)".into(),
            ),
            "leesfout" => {
                ("onleesbaar: het opvragen gaf een fout".into(), "unreadable: reading it threw an error".into())
            }
            "undefined" => ("leeg (undefined)".into(), "empty (undefined)".into()),
            _ => ("een onbekende JavaScript-waarde".into(), "an unknown JavaScript value".into()),
        };
    }
    match j {
        Json::Null => ("leeg (null)".into(), "empty (null)".into()),
        Json::Bool(b) => (format!("{b} (ja/nee)"), format!("{b} (a boolean)")),
        Json::Getal(t) => {
            let kort: String = t.chars().take(30).collect();
            (format!("een getal ({kort})"), format!("a number ({kort})"))
        }
        Json::Tekst(t) => {
            let mut kort: String = t.chars().take(30).collect();
            if t.chars().nth(30).is_some() {
                kort.push('…');
            }
            (format!("een tekst (\"{kort}\")"), format!("a text (\"{kort}\")"))
        }
        Json::Lijst(_) => ("een lijst".into(), "a list".into()),
        Json::Object(_) | Json::TeDiep => ("een object".into(), "an object".into()),
    }
}

/// Reads the options of a check with the same building blocks. Findings are about the
/// options, not a field of the plan: they get `pad` "" and a message starting "Opties:".
pub(crate) fn lees_opties(j: Json<'_>, taal: Taal) -> (crate::opties::RuweOpties, Vec<Bevinding>) {
    use crate::opties::{RuweOpties, OPTIES_VELDEN, TARIEVEN_VELDEN};
    let mut l = Lezer { taal, uit: Vec::new() };
    let mut o = RuweOpties::default();
    if !matches!(j, Json::Object(_)) || js_vreemd(&j).is_some() {
        let bericht = taal.kies(
            || {
                "De opties moeten een JSON-object zijn, zoals {\"peildatum\": \"2025-03-20\"}; ze zijn genegeerd."
                    .into()
            },
            || "The options must be a JSON object, such as {\"peildatum\": \"2025-03-20\"}; they were ignored.".into(),
        );
        return (o, vec![I01.bevinding(Ernst::Fout, String::new(), bericht)]);
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
    let voor = taal.kies(|| "Opties: ".to_string(), || "Options: ".to_string());
    for b in &mut l.uit {
        b.pad.clear();
        b.bericht.insert_str(0, &voor);
    }
    (o, l.uit)
}
