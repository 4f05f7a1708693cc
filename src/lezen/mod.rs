//! Stage 1, reading: JSON text → a [`Plan`] and the findings of the reading rules (SPEC §6:
//! I01, I02, I03, I04, I05, I07, I08), each with its JSON Pointer and its facts.
//!
//! Every malformed field becomes its own finding and reading goes on: a draft with ten
//! mistakes gets ten findings, not the first one. What cannot be read, or is out of range,
//! is [`Veld::Ongeldig`], so no later rule reports it again as missing. The reader walks the
//! field tables of `plan::velden`; it knows no field by name.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::basis::bevinding::{naam, Bevinding, Ernst, Feit, Feiten, Naam, Regel, F, W};
use crate::basis::breuk::Breuk;
use crate::basis::datum;
use crate::basis::json::{self, Json};
use crate::basis::pad::Pad;
use crate::basis::taal::{tp, ul};
use crate::basis::tekens::is_blanco;
use crate::bron::{LAATSTE_DATUM, VROEGSTE_DATUM};
use crate::plan::*;

pub mod opties;

/// Larger input is not a plan (I08); it is not even parsed.
pub const MAX_INVOER_BYTES: usize = 16 * 1024 * 1024;

/// The key of the object the JavaScript binding puts where a value is not JSON: a
/// function, a symbol, a BigInt, NaN, Infinity, a cycle, a getter that threw, an invalid
/// Date, or a part too large to walk.
pub const JS_MARKER: &str = "\u{0}plantoets";

/// Reads a plan from JSON text. `None` when the text is not a plan at all (I01, or too
/// large to read, I08): then there is nothing for the rules to check.
pub fn lees_tekst(tekst: &str) -> (Option<Plan<'_>>, Vec<Bevinding>) {
    let mut l = Lezer { uit: Vec::new() };
    if tekst.len() > MAX_INVOER_BYTES {
        let mb = (tekst.len() / (1024 * 1024)) as i64;
        l.meld(&I08, &Pad::WORTEL, "invoer-groot", vec![("aantal", Feit::Geheel(mb)), ("maximum", Feit::Geheel(16))]);
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
                "geen-json",
                vec![
                    ("fout", Feit::Naam(verwacht_naam(f.verwacht))),
                    ("lijn", Feit::Geheel(f.regel as i64)),
                    ("kolom", Feit::Geheel(f.kolom as i64)),
                ],
            );
            (None, l.uit)
        }
    }
}

/// Reads a plan from a parsed JSON value (`None`: not a plan, I01).
#[cfg(test)]
pub fn lees_json(j: Json<'_>) -> (Option<Plan<'_>>, Vec<Bevinding>) {
    let mut l = Lezer { uit: Vec::new() };
    let plan = l.plan(j);
    (plan, l.uit)
}

// ---- the rules of reading ------------------------------------------------------------------

/// I01 — [`Lezer::plan`] and [`lees_tekst`].
pub static I01: Regel = Regel {
    code: "I01",
    ernst: F,
    bron: "Invoer: een plan is een JSON-object",
    titel: ul("Het plan is geen JSON-object", "The plan is not a JSON object"),
    waarom: ul(
        "Zonder leesbaar plan kan niets worden gecontroleerd.",
        "Nothing can be checked without a readable plan.",
    ),
    voorbeeld: ul(
        "Begin met {\"dienst\": \"werkfit-maken\", …} en controleer komma's en aanhalingstekens op de genoemde regel.",
        "Start with {\"dienst\": \"werkfit-maken\", …} and check commas and quotes on the line named.",
    ),
    lezing: None,
    feiten: &["fout", "lijn", "kolom", "soort", "optie"],
    berichten: &[
        sj(
            "geen-json",
            "Dit is geen leesbaar plan: {fout} (regel {lijn}, kolom {kolom}). Controleer daar de komma's, haakjes en aanhalingstekens.",
            "This is not a readable plan: {fout} (line {lijn}, column {kolom}). Check the commas, brackets and quotes there.",
        ),
        sj(
            "geen-object",
            "Dit is geen plan: een plan bestaat uit velden met waarden, maar hier staat {soort}.",
            "This is not a plan: a plan consists of fields with values, but this is {soort}.",
        ),
        sj(
            "opties",
            "De opties zijn geen groep velden met waarden (hier staat {soort}); ze zijn genegeerd.",
            "The options are not a group of fields with values (this is {soort}); they were ignored.",
        ),
    ],
};

/// I02 — [`Lezer::verkeerd_type`].
pub static I02: Regel = Regel {
    code: "I02",
    ernst: F,
    bron: "Invoer: elk veld heeft zijn eigen soort waarde",
    titel: ul("Een veld heeft het verkeerde type", "A field has the wrong type"),
    waarom: ul(
        "Een getal als tekst of een lijst waar één waarde hoort, kan niet worden meegeteld; elk zo'n veld wordt apart gemeld.",
        "A number written as text, or a list where one value belongs, cannot be counted; each such field is reported on its own.",
    ),
    voorbeeld: ul("\"sessies\": 4 in plaats van \"sessies\": \"4\".", "\"sessies\": 4 instead of \"sessies\": \"4\"."),
    lezing: None,
    feiten: &["verwacht", "soort", "waarde", "optie"],
    berichten: &[
        sj("geen-getal", "Vul een getal in; “{waarde}” is geen getal.", "Enter a number; “{waarde}” is not a number."),
        sj(
            "met-waarde",
            "Hier hoort {verwacht}, maar er staat {soort}: {waarde}.",
            "This should be {verwacht}, but it is {soort}: {waarde}.",
        ),
        sj("zonder-waarde", "Hier hoort {verwacht}, maar er staat {soort}.", "This should be {verwacht}, but it is {soort}."),
    ],
};

/// I03 — [`Lezer::geen_datum`].
pub static I03: Regel = Regel {
    code: "I03",
    ernst: F,
    bron: "Invoer: een datum als JJJJ-MM-DD",
    titel: ul("Een datum is niet JJJJ-MM-DD of bestaat niet", "A date is not YYYY-MM-DD or does not exist"),
    waarom: ul(
        "Termijnen en doorlooptijd worden vanaf deze datums geteld.",
        "Deadlines and the doorlooptijd are counted from these dates.",
    ),
    voorbeeld: ul("\"opdracht\": \"2025-03-03\".", "\"opdracht\": \"2025-03-03\"."),
    lezing: None,
    feiten: &["waarde", "optie"],
    berichten: &[
        sj(
            "met-tijd",
            "Vul alleen een datum in, zonder tijd (nu: “{waarde}”).",
            "Enter a date only, without a time (now: “{waarde}”).",
        ),
        sj(
            "bestaat-niet",
            "De datum “{waarde}” bestaat niet; controleer de dag en de maand.",
            "The date “{waarde}” does not exist; check the day and the month.",
        ),
        sj(
            "vorm",
            "Vul een datum in als jaar-maand-dag (JJJJ-MM-DD); nu staat er “{waarde}”.",
            "Enter a date as year-month-day (YYYY-MM-DD); it says “{waarde}”.",
        ),
        sj("ongeldig", "Dit is geen geldige datum.", "This is not a valid date."),
    ],
};

/// I04 — [`Lezer::getal`] (numbers against their limits in `plan::velden`), [`Lezer::datum`]
/// (implausible dates) and `regels::invoer::i04` (an activity's hours).
pub static I04: Regel = Regel {
    code: "I04",
    ernst: F,
    bron: "Invoer: getallen en datums binnen hun bereik",
    titel: ul("Een getal of datum valt buiten het mogelijke bereik", "A number or date is out of range"),
    waarom: ul(
        "Negatieve uren, een halve sessie, 500 maanden of het jaar 0 zijn tikfouten die de berekening zinloos maken.",
        "Negative hours, half a session, 500 months or the year 0 are typing errors that make the calculation meaningless.",
    ),
    voorbeeld: ul(
        "Sessies en deelnemers zijn hele getallen vanaf 1; uren en minuten zijn niet negatief; een doorlooptijd is 1 tot 120 maanden.",
        "Sessions and participants are whole numbers from 1; hours and minutes are not negative; a doorlooptijd is 1 to 120 months.",
    ),
    lezing: Some(ul(
        "Onwaarschijnlijk groot: meer dan 10 000 uur, 10 000 deelnemers of 120 maanden; voor een uurtarief meer dan € 100 000. Een datum vóór de eerste versie van het Overzicht (1 juli 2016) of na 2100 kan geen datum van dit proces zijn (de werkhervatting mag vanaf 1900).",
        "Absurdly large: more than 10,000 hours, 10,000 participants or 120 months; for an hourly tariff more than € 100,000. A date before the first version of the Overzicht (1 July 2016) or after 2100 cannot be a date of this process (the resumption of work may be from 1900).",
    )),
    feiten: &["waarde", "minimum", "maximum", "activiteit", "datum", "vanaf", "tot", "optie"],
    berichten: &[
        sj("niet-eindig", "Vul een gewoon getal in; dit is geen eindig getal.", "Enter an ordinary number; this is not a finite number."),
        sj(
            "te-veel-cijfers",
            "Dit getal heeft meer cijfers dan exact te rekenen is; vul een gewoon getal in.",
            "This number has more digits than can be computed exactly; enter an ordinary number.",
        ),
        sj("negatief", "Vul nul of meer in, niet {waarde}.", "Enter zero or more, not {waarde}."),
        sj("nul", "Vul een getal groter dan nul in.", "Enter a number greater than zero."),
        sj("minimum", "Vul een heel getal van {minimum} of meer in, niet {waarde}.", "Enter a whole number of {minimum} or more, not {waarde}."),
        sj("geen-geheel", "Vul een heel getal in, niet {waarde}.", "Enter a whole number, not {waarde}."),
        sj(
            "te-groot",
            "{waarde} is onwaarschijnlijk veel (meer dan {maximum}); controleer het getal.",
            "{waarde} is implausibly large (more than {maximum}); check the number.",
        ),
        sj(
            "activiteit-te-groot",
            "Deze activiteit komt op meer dan {maximum} uur; controleer de sessies en de minuten.",
            "This activity comes to more than {maximum} hours; check the sessions and the minutes.",
        ),
        sj(
            "datum-te-vroeg",
            "{datum} kan niet kloppen: het Overzicht Re-integratiediensten geldt pas sinds {vanaf}. Controleer het jaar.",
            "{datum} cannot be right: the Overzicht Re-integratiediensten only holds since {vanaf}. Check the year.",
        ),
        sj(
            "datum-te-laat",
            "{datum} ligt onwaarschijnlijk ver in de toekomst (na {tot}); controleer het jaar.",
            "{datum} is implausibly far in the future (after {tot}); check the year.",
        ),
    ],
};

/// I05 — [`Lezer::keuze`].
pub static I05: Regel = Regel {
    code: "I05",
    ernst: F,
    bron: "Invoer: een van de toegestane waarden",
    titel: ul("Een onbekende waarde voor een keuzeveld", "An unknown value for a choice field"),
    waarom: ul(
        "De regels hangen af van de dienst, de uitkering en de vorm; een onbekende waarde laat ze niet toe.",
        "The rules depend on the service, the benefit and the form; an unknown value leaves them unable to apply.",
    ),
    voorbeeld: ul("\"vorm\": \"groep\" (niet \"groepsgewijs\").", "\"vorm\": \"groep\" (not \"groepsgewijs\")."),
    lezing: Some(ul(
        "Hoofdletters en spaties tellen mee; bij een waarde die alleen daarin afwijkt, noemt het bericht de bedoelde waarde.",
        "Capitals and spaces count; for a value that differs only in those, the message names the value meant.",
    )),
    feiten: &["waarde", "toegestaan", "suggestie", "optie"],
    berichten: &[
        sj(
            "onbekend",
            "Kies een van deze waarden: {toegestaan}. “{waarde}” kent Plantoets niet.",
            "Choose one of these values: {toegestaan}. Plantoets does not know “{waarde}”.",
        ),
        sj(
            "bijna",
            "“{waarde}” kent Plantoets niet; bedoelt u “{suggestie}”? Let op spaties en hoofdletters.",
            "Plantoets does not know “{waarde}”; did you mean “{suggestie}”? Mind spaces and capitals.",
        ),
        sj(
            "negeer-onbekend",
            "“{waarde}” is geen regel of groep van Plantoets; het is genegeerd.",
            "“{waarde}” is not a rule or group of Plantoets; it was ignored.",
        ),
        sj(
            "negeer-lezen",
            "Onleesbare invoer wordt altijd gemeld; die regels kunnen niet worden overgeslagen.",
            "Input that cannot be read is always reported; those rules cannot be skipped.",
        ),
    ],
};

/// I07 — [`Lezer::onbekend_veld`].
pub static I07: Regel = Regel {
    code: "I07",
    ernst: W,
    bron: "Invoer: de velden van een plan",
    titel: ul("Een onbekend veld (waarschijnlijk een tikfout)", "An unknown field (probably a typo)"),
    waarom: ul(
        "Wat onder een verkeerde naam staat, wordt niet gecontroleerd en niet meegeteld.",
        "What is under a wrong name is neither checked nor counted.",
    ),
    voorbeeld: ul(
        "\"minutenPerSessie\" in plaats van \"minutenPerSesie\".",
        "\"minutenPerSessie\" instead of \"minutenPerSesie\".",
    ),
    lezing: None,
    feiten: &["naam", "suggestie", "optie"],
    berichten: &[
        sj(
            "met-suggestie",
            "Plantoets kent dit veld niet; bedoelt u “{suggestie}”? Wat hier staat, wordt niet gecontroleerd.",
            "Plantoets does not know this field; did you mean “{suggestie}”? What is here is not checked.",
        ),
        sj(
            "zonder-suggestie",
            "Plantoets kent dit veld niet; wat hier staat, wordt niet gecontroleerd.",
            "Plantoets does not know this field; what is here is not checked.",
        ),
    ],
};

/// I08 — [`lees_tekst`], [`Lezer::plan`], [`Lezer::deel`], [`Lezer::lijst`], [`Lezer::tekst`].
pub static I08: Regel = Regel {
    code: "I08",
    ernst: F,
    bron: "Invoer: de omvang van een plan",
    titel: ul("De invoer is te groot voor een plan", "The input is too large to be a plan"),
    waarom: ul(
        "Meer dan 500 activiteiten, een tekst van meer dan 20 000 tekens of meer dan 32 niveaus nesting is geen plan; dat deel wordt niet gecontroleerd, zodat de rest snel blijft.",
        "More than 500 activities, a text over 20,000 characters or nesting deeper than 32 levels is not a plan; that part is not checked, so the rest stays fast.",
    ),
    voorbeeld: ul("Splits een lange tekst op of vat hem samen.", "Split a long text or summarise it."),
    lezing: Some(ul(
        "Ook een object met meer dan 500 velden, invoer met meer dan 100 000 waarden en invoer groter dan 16 MB vallen hieronder; in die laatste twee gevallen wordt het hele plan niet gecontroleerd.",
        "An object with more than 500 fields, input holding more than 100,000 values and input larger than 16 MB count as well; in the last two cases the whole plan is not checked.",
    )),
    feiten: &["aantal", "maximum", "optie"],
    berichten: &[
        sj(
            "invoer-groot",
            "Dit is {aantal} MB; dat is te groot voor een plan (hooguit {maximum} MB). Het plan is niet gecontroleerd.",
            "This is {aantal} MB, too large for a plan (at most {maximum} MB). The plan was not checked.",
        ),
        sj(
            "invoer-waarden",
            "Dit bevat meer dan {maximum} waarden; dat is te groot voor een plan. Het plan is niet gecontroleerd.",
            "This holds more than {maximum} values, too large for a plan. The plan was not checked.",
        ),
        sj(
            "velden",
            "Hier staan {aantal} velden; meer dan {maximum} past niet in een plan. Dit deel is niet gecontroleerd.",
            "There are {aantal} fields here; more than {maximum} does not fit in a plan. This part was not checked.",
        ),
        sj(
            "items",
            "Hier staan {aantal} items; meer dan {maximum} past niet in een plan. Dit deel is niet gecontroleerd.",
            "There are {aantal} items here; more than {maximum} does not fit in a plan. This part was not checked.",
        ),
        sj(
            "tekst",
            "Deze tekst is {aantal} tekens lang; meer dan {maximum} past niet in een plan. Hij is niet gecontroleerd.",
            "This text is {aantal} characters long; more than {maximum} does not fit in a plan. It was not checked.",
        ),
        sj(
            "diep",
            "Dit deel is dieper genest dan {maximum} niveaus en is niet gecontroleerd.",
            "This part is nested deeper than {maximum} levels and was not checked.",
        ),
        sj(
            "deel-waarden",
            "Hier gaat de invoer over {maximum} waarden heen; dit deel is niet gecontroleerd.",
            "Here the input goes past {maximum} values; this part was not checked.",
        ),
        sj("deel-groot", "Dit deel is te groot voor een plan en is niet gecontroleerd.", "This part is too large for a plan and was not checked."),
    ],
};

use crate::basis::bevinding::sj;

// ---- the reader ------------------------------------------------------------------------------

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
    pub uit: Vec<Bevinding>,
}

impl Lezer {
    /// Reports a finding of a reading rule (with its first severity) at this pointer.
    #[inline(never)]
    fn meld(&mut self, regel: &'static Regel, pad: &Pad, sleutel: &str, feiten: Feiten) {
        let ernst = regel.ernst.first().copied().unwrap_or(Ernst::Fout);
        self.uit.push(regel.vind(ernst, pad.tekst(), sleutel, feiten));
    }

    fn plan<'a>(&mut self, j: Json<'a>) -> Option<Plan<'a>> {
        let wortel = Pad::WORTEL;
        if j == Json::TeVeel {
            self.meld(&I08, &wortel, "invoer-waarden", vec![("maximum", Feit::Geheel(json::MAX_WAARDEN as i64))]);
            return None;
        }
        if js_vreemd(&j) == Some("te-groot") {
            self.meld(&I08, &wortel, "deel-groot", vec![]);
            return None;
        }
        if !matches!(j, Json::Object(_)) || js_vreemd(&j).is_some() {
            self.meld(&I01, &wortel, "geen-object", vec![("soort", Feit::Naam(soort(&j)))]);
            return None;
        }
        let mut p = Plan::default();
        self.deel(j, &wortel, &mut p);
        Some(p)
    }

    /// Reads one field through its place in the plan.
    fn veld<'a>(&mut self, w: Json<'a>, pad: &Pad, soort: &Veldsoort, plek: Plek<'_, 'a>) {
        match (plek, *soort) {
            (Plek::Tekst(v), _) => *v = self.tekstveld(w, pad),
            (Plek::Getal(v), Veldsoort::Getal(grens, _)) => *v = self.getal(w, pad, grens),
            (Plek::Datum(v), Veldsoort::Datum(bereik)) => *v = self.datum(w, pad, bereik),
            (Plek::JaNee(v), _) => *v = self.ja_nee(w, pad),
            (Plek::Keuze(k), _) => self.keuze(w, pad, k),
            (Plek::Object(d), _) => self.deel(w, pad, d),
            (Plek::Lijst(l), Veldsoort::Lijst { item, .. }) => self.lijst(w, pad, item, l),
            // The declaration pairs every kind with its place; nothing else reaches here.
            (Plek::Getal(v), _) => *v = Veld::Ongeldig,
            (Plek::Datum(v), _) => *v = Veld::Ongeldig,
            (Plek::Lijst(l), _) => l.zet_ongeldig(),
        }
    }

    /// Reads an object against its field table; unknown fields give I07. When the value is
    /// not an object (I02) or unreadable, every field is marked unreadable, so nothing
    /// below it is reported as missing.
    #[inline(never)]
    fn deel<'a>(&mut self, w: Json<'a>, pad: &Pad, deel: &mut dyn Deel<'a>) {
        let leden = match w {
            Json::Null => return,
            Json::Object(leden) if !is_js_vreemd(&leden) => leden,
            j => {
                self.verkeerd_type(&j, pad, VERWACHT_OBJECT);
                deel.ongeldig();
                return;
            }
        };
        let tabel = deel.tabel();
        if leden.len() > MAX_ITEMS {
            self.meld(
                &I08,
                pad,
                "velden",
                vec![("aantal", Feit::Geheel(leden.len() as i64)), ("maximum", Feit::Geheel(MAX_ITEMS as i64))],
            );
            deel.ongeldig();
            return;
        }
        // One slot per known field; a later duplicate wins, as with JSON.parse.
        let mut vakjes: Vec<Option<Json<'a>>> = tabel.iter().map(|_| None).collect();
        let mut onbekend: Vec<(Cow<'a, str>, Json<'a>)> = Vec::new();
        for (sleutel, waarde) in leden {
            match tabel.iter().position(|v| v.naam == sleutel).and_then(|i| vakjes.get_mut(i)) {
                Some(vakje) => *vakje = Some(waarde),
                None => onbekend.push((sleutel, waarde)),
            }
        }
        for (def, vakje) in tabel.iter().zip(vakjes) {
            let Some(j) = vakje else { continue };
            if let Some(plek) = deel.plek(def.naam) {
                self.veld(j, &pad.sleutel(def.naam), &def.soort, plek);
            }
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

    /// I07: an unknown field, with the closest known one (I08 when it is nested too deep).
    #[inline(never)]
    fn onbekend_veld(&mut self, sleutel: &str, waarde: &Json<'_>, pad: &Pad, tabel: &'static [VeldDef]) {
        let pad = pad.sleutel(sleutel);
        if overgeslagen(waarde).is_some() {
            self.verkeerd_type(waarde, &pad, VERWACHT_OBJECT);
            return;
        }
        let naam_feit = ("naam", Feit::Tekst(sleutel.chars().take(60).collect()));
        match dichtstbij(sleutel, tabel) {
            Some(s) => self.meld(
                &I07,
                &pad,
                "met-suggestie",
                vec![naam_feit, ("suggestie", Feit::Naam(Naam { code: s.naam, naam: s.label }))],
            ),
            None => self.meld(&I07, &pad, "zonder-suggestie", vec![naam_feit]),
        }
    }

    /// Reads a list, at most [`MAX_ITEMS`] long (I08).
    #[inline(never)]
    fn lijst<'a>(&mut self, w: Json<'a>, pad: &Pad, item: &Veldsoort, lijst: &mut dyn LijstPlek<'a>) {
        let items = match w {
            Json::Null => return,
            Json::Lijst(items) if items.len() > MAX_ITEMS => {
                self.meld(
                    &I08,
                    pad,
                    "items",
                    vec![("aantal", Feit::Geheel(items.len() as i64)), ("maximum", Feit::Geheel(MAX_ITEMS as i64))],
                );
                lijst.zet_ongeldig();
                return;
            }
            Json::Lijst(items) => items,
            j => {
                self.verkeerd_type(&j, pad, VERWACHT_LIJST);
                lijst.zet_ongeldig();
                return;
            }
        };
        lijst.begin();
        for (i, j) in items.into_iter().enumerate() {
            let mut j = Some(j);
            let pad = pad.index(i);
            lijst.voeg_toe(&mut |plek| {
                if let Some(j) = j.take() {
                    self.veld(j, &pad, item, plek);
                }
            });
        }
    }

    /// A text; `""` and invisible characters count as absent. Longer than [`MAX_TEKST`]: I08.
    #[inline(never)]
    fn tekstveld<'a>(&mut self, w: Json<'a>, pad: &Pad) -> Veld<Cow<'a, str>> {
        match w {
            Json::Null => Veld::Leeg,
            Json::Tekst(t) => {
                if t.len() > MAX_TEKST {
                    let n = t.chars().count();
                    if n > MAX_TEKST {
                        self.meld(
                            &I08,
                            pad,
                            "tekst",
                            vec![("aantal", Feit::Geheel(n as i64)), ("maximum", Feit::Geheel(MAX_TEKST as i64))],
                        );
                        return Veld::Ongeldig;
                    }
                }
                if is_blanco(&t) {
                    Veld::Leeg
                } else {
                    Veld::Waarde(t)
                }
            }
            j => {
                self.verkeerd_type(&j, pad, VERWACHT_TEKST);
                Veld::Ongeldig
            }
        }
    }

    /// A number, kept exact and within its limits (I04).
    #[inline(never)]
    fn getal(&mut self, w: Json<'_>, pad: &Pad, grens: Grens) -> Veld<Getal> {
        let getal = match w {
            Json::Null => return Veld::Leeg,
            Json::Getal(t) => match Breuk::uit_tekst(t) {
                Some(b) => Getal::Exact(b),
                None => Getal::Onmogelijk(Onmogelijk::TeVeelCijfers),
            },
            j => match js_vreemd(&j) {
                Some("NaN") => Getal::Onmogelijk(Onmogelijk::NaN),
                Some("Infinity" | "-Infinity") => Getal::Onmogelijk(Onmogelijk::Oneindig),
                _ => {
                    self.verkeerd_type(&j, pad, VERWACHT_GETAL);
                    return Veld::Ongeldig;
                }
            },
        };
        match binnen(getal, grens) {
            Ok(_) => Veld::Waarde(getal),
            Err(probleem) => {
                self.buiten_bereik(getal, grens, probleem, pad);
                Veld::Ongeldig
            }
        }
    }

    /// I04 for a number.
    #[inline(never)]
    fn buiten_bereik(&mut self, getal: Getal, grens: Grens, probleem: Probleem, pad: &Pad) {
        let waarde = match getal {
            Getal::Exact(b) => Feit::Getal(b),
            Getal::Onmogelijk(_) => Feit::Tekst(String::new()),
        };
        let (sleutel, feiten) = match probleem {
            Probleem::NietEindig => ("niet-eindig", vec![]),
            Probleem::TeVeelCijfers => ("te-veel-cijfers", vec![]),
            Probleem::Negatief if grens.min == Min::Een => {
                ("minimum", vec![("waarde", waarde), ("minimum", Feit::Geheel(1))])
            }
            Probleem::Negatief => ("negatief", vec![("waarde", waarde)]),
            Probleem::Nul if grens.min == Min::Een => {
                ("minimum", vec![("waarde", waarde), ("minimum", Feit::Geheel(1))])
            }
            Probleem::Nul => ("nul", vec![("waarde", waarde)]),
            Probleem::GeenGeheel => ("geen-geheel", vec![("waarde", waarde)]),
            Probleem::Absurd => ("te-groot", vec![("waarde", waarde), ("maximum", Feit::Geheel(grens.max))]),
        };
        self.meld(&I04, pad, sleutel, feiten);
    }

    /// A date, `YYYY-MM-DD` (I03 when not, or when it does not exist; I04 when implausible).
    #[inline(never)]
    fn datum(&mut self, w: Json<'_>, pad: &Pad, bereik: Datumbereik) -> Veld<NaiveDate> {
        let d = match w {
            Json::Null => return Veld::Leeg,
            Json::Tekst(t) if is_blanco(&t) => return Veld::Leeg,
            Json::Tekst(t) => match datum::lees(&t) {
                Some(d) => d,
                None => {
                    self.geen_datum(&t, pad);
                    return Veld::Ongeldig;
                }
            },
            j if js_vreemd(&j) == Some("ongeldige-datum") => {
                self.meld(&I03, pad, "ongeldig", vec![]);
                return Veld::Ongeldig;
            }
            j => {
                self.verkeerd_type(&j, pad, VERWACHT_DATUM);
                return Veld::Ongeldig;
            }
        };
        let vroegste = match bereik {
            Datumbereik::Proces => VROEGSTE_DATUM,
            Datumbereik::Leven => crate::bron::datum(1900, 1, 1),
        };
        if d < vroegste {
            self.meld(&I04, pad, "datum-te-vroeg", vec![("datum", Feit::Datum(d)), ("vanaf", Feit::Datum(vroegste))]);
            return Veld::Ongeldig;
        }
        if d > LAATSTE_DATUM {
            self.meld(&I04, pad, "datum-te-laat", vec![("datum", Feit::Datum(d)), ("tot", Feit::Datum(LAATSTE_DATUM))]);
            return Veld::Ongeldig;
        }
        Veld::Waarde(d)
    }

    /// I03.
    #[inline(never)]
    fn geen_datum(&mut self, t: &str, pad: &Pad) {
        let kort: String = t.chars().take(40).collect();
        // A JavaScript Date arrives as "2025-03-03T00:00:00.000Z": say what to do.
        let met_tijd = t.len() > 10 && datum::lees(t.get(..10).unwrap_or("")).is_some();
        let vorm_klopt = t.len() == 10
            && t.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
        let sleutel = if met_tijd {
            "met-tijd"
        } else if vorm_klopt {
            "bestaat-niet"
        } else {
            "vorm"
        };
        self.meld(&I03, pad, sleutel, vec![("waarde", Feit::Tekst(kort))]);
    }

    #[inline(never)]
    fn ja_nee(&mut self, w: Json<'_>, pad: &Pad) -> Veld<bool> {
        match w {
            Json::Null => Veld::Leeg,
            Json::Bool(b) => Veld::Waarde(b),
            j => {
                self.verkeerd_type(&j, pad, VERWACHT_JA_NEE);
                Veld::Ongeldig
            }
        }
    }

    /// One of fixed values (I05 lists them when the value is unknown).
    #[inline(never)]
    fn keuze(&mut self, w: Json<'_>, pad: &Pad, k: &mut dyn KeuzePlek) {
        let t = match w {
            Json::Null => return,
            Json::Tekst(t) if is_blanco(&t) => return,
            Json::Tekst(t) => t,
            j => {
                self.verkeerd_type(&j, pad, VERWACHT_TEKST);
                return k.zet_ongeldig();
            }
        };
        if k.zet(&t) {
            return;
        }
        let opties = k.opties();
        let waarde = ("waarde", Feit::Tekst(t.chars().take(60).collect()));
        // A value that differs only in spaces or capitals: name the one meant.
        let bedoeld = opties.iter().find(|o| o.code.eq_ignore_ascii_case(t.trim()));
        match bedoeld {
            Some(o) => self.meld(&I05, pad, "bijna", vec![waarde, ("suggestie", Feit::Tekst(o.code.into()))]),
            None => {
                let namen = opties.iter().map(|o| Naam { code: o.code, naam: o.naam }).collect();
                self.meld(&I05, pad, "onbekend", vec![waarde, ("toegestaan", Feit::Namen(namen))]);
            }
        }
    }

    /// I02 (or I08 for a part nested too deep, too large, or too large to walk).
    #[inline(never)]
    fn verkeerd_type(&mut self, j: &Json<'_>, pad: &Pad, verwacht: Naam) {
        match overgeslagen(j) {
            Some(Overslag::Diep) => {
                return self.meld(&I08, pad, "diep", vec![("maximum", Feit::Geheel(json::MAX_DIEPTE as i64))]);
            }
            Some(Overslag::Veel) => {
                return self.meld(&I08, pad, "deel-waarden", vec![("maximum", Feit::Geheel(json::MAX_WAARDEN as i64))]);
            }
            Some(Overslag::Groot) => return self.meld(&I08, pad, "deel-groot", vec![]),
            None => {}
        }
        let soort_feit = ("soort", Feit::Naam(soort(j)));
        let verwacht_feit = ("verwacht", Feit::Naam(verwacht));
        match (verwacht.code, j) {
            ("getal", Json::Tekst(t)) => {
                self.meld(&I02, pad, "geen-getal", vec![verwacht_feit, soort_feit, ("waarde", Feit::Tekst(kort(t)))]);
            }
            (_, Json::Tekst(t)) => self.meld(
                &I02,
                pad,
                "met-waarde",
                vec![
                    verwacht_feit,
                    soort_feit,
                    ("waarde", Feit::Tekst(crate::basis::cijfers::plak(&["“", &kort(t), "”"]))),
                ],
            ),
            (_, Json::Getal(t)) => {
                self.meld(&I02, pad, "met-waarde", vec![verwacht_feit, soort_feit, ("waarde", Feit::Tekst(kort(t)))]);
            }
            _ => self.meld(&I02, pad, "zonder-waarde", vec![verwacht_feit, soort_feit]),
        }
    }
}

/// The first characters of a value, for a message.
fn kort(t: &str) -> String {
    let mut v: String = t.chars().take(30).collect();
    if t.chars().nth(30).is_some() {
        v.push('…');
    }
    v
}

const VERWACHT_OBJECT: Naam = naam("object", "een groep velden", "a group of fields");
const VERWACHT_LIJST: Naam = naam("lijst", "een lijst", "a list");
const VERWACHT_TEKST: Naam = naam("tekst", "een tekst", "a text");
const VERWACHT_GETAL: Naam = naam("getal", "een getal", "a number");
const VERWACHT_DATUM: Naam = naam("datum", "een datum (JJJJ-MM-DD)", "a date (YYYY-MM-DD)");
const VERWACHT_JA_NEE: Naam = naam("ja-nee", "ja of nee", "yes or no");

/// What a value is, for messages.
fn soort(j: &Json<'_>) -> Naam {
    if let Some(vreemd) = js_vreemd(j) {
        return match vreemd {
            "function" => naam("functie", "een JavaScript-functie", "a JavaScript function"),
            "symbol" => naam("symbool", "een JavaScript-symbool", "a JavaScript symbol"),
            "bigint" => naam("bigint", "een BigInt", "a BigInt"),
            "NaN" => naam("nan", "NaN (geen getal)", "NaN (not a number)"),
            "Infinity" | "-Infinity" => naam("oneindig", "oneindig", "infinity"),
            "kring" => naam("kring", "een verwijzing naar zichzelf (een kring)", "a reference to itself (a cycle)"),
            "leesfout" => naam(
                "leesfout",
                "iets onleesbaars (het opvragen gaf een fout)",
                "something unreadable (reading it failed)",
            ),
            "ongeldige-datum" => naam("ongeldige-datum", "een ongeldige datum", "an invalid date"),
            "te-groot" => naam("te-groot", "iets te groots", "something too large"),
            _ => naam("onbekend", "een onbekende JavaScript-waarde", "an unknown JavaScript value"),
        };
    }
    match j {
        Json::Null => naam("null", "niets (null)", "nothing (null)"),
        Json::Bool(true) => naam("ja", "ja (true)", "yes (true)"),
        Json::Bool(false) => naam("nee", "nee (false)", "no (false)"),
        Json::Getal(_) => VERWACHT_GETAL,
        Json::Tekst(_) => VERWACHT_TEKST,
        Json::Lijst(_) => VERWACHT_LIJST,
        Json::Object(_) | Json::TeDiep | Json::TeVeel => VERWACHT_OBJECT,
    }
}

/// What the JSON parser expected where it stopped, named for people.
fn verwacht_naam(v: json::Verwacht) -> Naam {
    use json::Verwacht::*;
    let code = v.code();
    match v {
        Waarde => Naam { code, naam: tp("hier ontbreekt een waarde", "a value is missing here") },
        KommaOfEinde => Naam {
            code,
            naam: tp("hier ontbreekt een komma of een sluithaakje", "a comma or closing bracket is missing here"),
        },
        Sleutel => Naam {
            code,
            naam: tp("hier hoort een veldnaam tussen aanhalingstekens", "a field name in double quotes belongs here"),
        },
        Dubbelepunt => Naam { code, naam: tp("hier ontbreekt een dubbele punt", "a colon is missing here") },
        EindeTekst => Naam {
            code,
            naam: tp(
                "een tekst is niet afgesloten met een aanhalingsteken",
                "a text is not closed with a double quote",
            ),
        },
        GeldigGetal => Naam { code, naam: tp("hier staat een ongeldig getal", "an invalid number stands here") },
        GeldigeEscape => Naam {
            code,
            naam: tp("na een backslash staat een ongeldig teken", "an invalid character follows a backslash"),
        },
        GeenBesturingsteken => Naam {
            code,
            naam: tp(
                "een regeleinde of tab in een tekst moet als \\n of \\t",
                "a line break or tab inside a text must be written as \\n or \\t",
            ),
        },
        NietsMeer => Naam { code, naam: tp("na het einde staat nog iets", "something follows the end") },
    }
}

/// Why a number is not acceptable (I04).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Probleem {
    NietEindig,
    TeVeelCijfers,
    Negatief,
    Nul,
    GeenGeheel,
    Absurd,
}

/// The number, if it is within its limits.
pub(crate) fn binnen(getal: Getal, grens: Grens) -> Result<Breuk, Probleem> {
    let b = match getal {
        Getal::Exact(b) => b,
        Getal::Onmogelijk(Onmogelijk::TeVeelCijfers) => return Err(Probleem::TeVeelCijfers),
        Getal::Onmogelijk(_) => return Err(Probleem::NietEindig),
    };
    if b.is_negatief() {
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

/// Why the parser skipped part of a value (I08).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Overslag {
    /// Nested deeper than [`json::MAX_DIEPTE`].
    Diep,
    /// Past [`json::MAX_WAARDEN`] values.
    Veel,
    /// Too large for the JavaScript binding to walk (`naar_json.js` marks it "te-groot").
    Groot,
}

/// Whether a value holds a part the parser skipped, and why.
fn overgeslagen(j: &Json<'_>) -> Option<Overslag> {
    match j {
        Json::TeDiep => Some(Overslag::Diep),
        Json::TeVeel => Some(Overslag::Veel),
        _ if js_vreemd(j) == Some("te-groot") => Some(Overslag::Groot),
        Json::Lijst(items) => items.iter().find_map(overgeslagen),
        Json::Object(leden) => leden.iter().find_map(|(_, w)| overgeslagen(w)),
        _ => None,
    }
}

fn is_js_vreemd(leden: &[(Cow<'_, str>, Json<'_>)]) -> bool {
    leden.len() == 1 && leden[0].0 == JS_MARKER
}

/// The known field closest to an unknown name, for I07: by edit distance, ignoring (ASCII)
/// case, and only when it is close enough to be a plausible typo.
fn dichtstbij(onbekend: &str, velden: &'static [VeldDef]) -> Option<&'static VeldDef> {
    let doel: Vec<char> = onbekend.chars().map(|c| c.to_ascii_lowercase()).collect();
    if doel.len() > 64 {
        return None;
    }
    velden
        .iter()
        .map(|v| {
            let naam: Vec<char> = v.naam.chars().map(|c| c.to_ascii_lowercase()).collect();
            (afstand(&doel, &naam), v)
        })
        .filter(|&(d, v)| d <= (v.naam.len() / 3).max(2))
        .min_by_key(|&(d, _)| d)
        .map(|(_, v)| v)
}

/// Levenshtein distance.
fn afstand(a: &[char], b: &[char]) -> usize {
    let mut vorige: Vec<usize> = (0..=b.len()).collect();
    let mut rij = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        rij[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let kosten = usize::from(ca != cb);
            rij[j + 1] = (vorige[j] + kosten).min(vorige[j + 1] + 1).min(rij[j] + 1);
        }
        std::mem::swap(&mut vorige, &mut rij);
    }
    vorige[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn te_veel_waarden_in_het_hele_plan() {
        let tekst = format!("{{\"x\":[{}],\"dienst\":\"naar-werk\"}}", vec!["0"; json::MAX_WAARDEN].join(","));
        let (plan, bevindingen) = lees_tekst(&tekst);
        assert!(plan.is_none());
        assert_eq!(bevindingen.len(), 1);
        assert_eq!((bevindingen[0].code, bevindingen[0].pad.as_str()), ("I08", ""));
        assert_eq!(bevindingen[0].feit("maximum"), Some(&Feit::Geheel(100_000)));
    }

    #[test]
    fn een_overgeslagen_deel_in_een_gebouwde_boom() {
        // Through lees_json a caller can hand over a tree with a skipped part anywhere.
        let j = Json::Object(vec![
            ("client".into(), Json::TeVeel),
            ("activiteiten".into(), Json::Lijst(vec![Json::TeDiep])),
        ]);
        let (plan, bevindingen) = lees_json(j);
        assert!(plan.is_some());
        let i08: Vec<_> =
            bevindingen.iter().filter(|b| b.code == "I08").map(|b| (b.pad.as_str(), b.feit("maximum"))).collect();
        assert_eq!(i08, [("/client", Some(&Feit::Geheel(100_000))), ("/activiteiten/0", Some(&Feit::Geheel(32)))]);
    }

    #[test]
    fn de_javascript_stand_in_voor_te_groot_is_i08_op_zijn_veld() {
        let marker = r#"{"\u0000plantoets":"te-groot"}"#;
        for (tekst, pad) in [
            (format!(r#"{{"activiteiten": {marker}}}"#), "/activiteiten"),
            (format!(r#"{{"client": {{"visie": {marker}}}}}"#), "/client/visie"),
            (format!(r#"{{"onbekend": {marker}}}"#), "/onbekend"),
            (marker.to_string(), ""),
        ] {
            let (_, b) = lees_tekst(&tekst);
            assert_eq!(b.iter().map(|b| (b.code, b.pad.as_str())).collect::<Vec<_>>(), [("I08", pad)], "{tekst}");
        }
    }

    #[test]
    fn suggesties() {
        let s = |n, t| dichtstbij(n, t).map(|v| v.naam);
        assert_eq!(s("dienstt", PLAN), Some("dienst"));
        assert_eq!(s("doorloopTijdMaanden", PLAN), Some("doorlooptijdMaanden"));
        assert_eq!(s("activiteit", PLAN), Some("activiteiten"));
        assert_eq!(s("minutenPerSesie", ACTIVITEIT), Some("minutenPerSessie"));
        assert_eq!(s("BSN", CLIENT), Some("bsn"));
        assert_eq!(s("kleur", PLAN), None);
    }

    #[test]
    fn meer_dan_vierentwintig_velden_in_een_object() {
        // The reader has no fixed number of slots: every field of a table is read.
        assert!(PLAN.len() > 20);
        let (plan, b) = lees_tekst(r#"{"toelichtingen": [{"code": "C08", "pad": "/x", "tekst": "a b c d"}]}"#);
        assert!(b.is_empty(), "{b:?}");
        assert_eq!(plan.unwrap().toelichtingen.waarde().map(Vec::len), Some(1));
    }
}
