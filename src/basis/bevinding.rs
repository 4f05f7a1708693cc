//! What a rule is (its catalogue entry, SPEC §6) and what it finds: a finding with its code,
//! severity, JSON Pointer and the facts its message is made from (SPEC §4 `feiten`). Words
//! are not made here: the report fills the rule's message template with the facts, in the
//! language asked for, and names the field.

use chrono::NaiveDate;

use super::breuk::Breuk;
use super::taal::{tp, Taalpaar};

/// Severity (SPEC §6: F, W, I).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ernst {
    Fout,
    Waarschuwing,
    Info,
}

impl Ernst {
    pub fn code(self) -> &'static str {
        match self {
            Ernst::Fout => "fout",
            Ernst::Waarschuwing => "waarschuwing",
            Ernst::Info => "info",
        }
    }
}

pub const F: &[Ernst] = &[Ernst::Fout];
pub const W: &[Ernst] = &[Ernst::Waarschuwing];
pub const I: &[Ernst] = &[Ernst::Info];
pub const FW: &[Ernst] = &[Ernst::Fout, Ernst::Waarschuwing];
pub const FI: &[Ernst] = &[Ernst::Fout, Ernst::Info];

/// A message in both languages. `{naam}` is replaced by the fact of that name;
/// `{naam|dag|dagen}` by a count with its noun in the singular or the plural ("1 dag",
/// "3 dagen"). A template holds no number of the source: numbers come from facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sjabloon {
    /// The name a rule uses to pick this message.
    pub sleutel: &'static str,
    pub nl: &'static str,
    pub en: &'static str,
}

pub const fn sj(sleutel: &'static str, nl: &'static str, en: &'static str) -> Sjabloon {
    let t = tp(nl, en);
    Sjabloon { sleutel, nl: t.nl, en: t.en }
}

/// A rule's catalogue entry: code, severities, source paragraph, explanation in both
/// languages, the names of its facts and its messages. `catalogus()`, the page and
/// `docs/regels.md` read it.
#[derive(Debug)]
pub struct Regel {
    pub code: &'static str,
    /// The severities it can have; two for the F/W and F/I rules.
    pub ernst: &'static [Ernst],
    pub bron: &'static str,
    /// One line: what it checks.
    pub titel: Taalpaar,
    /// Why it matters.
    pub waarom: Taalpaar,
    /// What a good plan does instead.
    pub voorbeeld: Taalpaar,
    /// Where we chose a reading of the source (clippy's "known problems").
    pub lezing: Option<Taalpaar>,
    /// The names of the facts its findings carry; the same name means the same thing in
    /// every rule (`activiteit` is an activity's number, `gevonden` the words that triggered).
    pub feiten: &'static [&'static str],
    /// Its messages, each under a key.
    pub berichten: &'static [Sjabloon],
}

impl Regel {
    /// A finding of this rule. `sleutel` names one of its messages.
    pub fn vind(&'static self, ernst: Ernst, pad: String, sleutel: &str, feiten: Feiten) -> Bevinding {
        debug_assert!(self.ernst.contains(&ernst), "{} kan geen {:?} zijn", self.code, ernst);
        debug_assert!(
            feiten.iter().all(|(n, _)| self.feiten.contains(n)),
            "{}: feit niet in de catalogus: {:?}",
            self.code,
            feiten.iter().map(|(n, _)| *n).collect::<Vec<_>>()
        );
        Bevinding {
            code: self.code,
            ernst,
            pad,
            bron: self.bron,
            sjabloon: self.bericht(sleutel),
            feiten,
            toelichting: None,
            veld: String::new(),
            bericht: String::new(),
        }
    }

    /// The message under a key (the first one when the key is unknown, which the tests catch).
    pub fn bericht(&'static self, sleutel: &str) -> &'static Sjabloon {
        debug_assert!(self.berichten.iter().any(|s| s.sleutel == sleutel), "{}: geen bericht ‘{sleutel}’", self.code);
        self.berichten.iter().find(|s| s.sleutel == sleutel).unwrap_or(&GEEN_BERICHT)
    }
}

static GEEN_BERICHT: Sjabloon = sj("", "", "");

/// The facts of a finding, by name, in the order the rule gave them.
pub type Feiten = Vec<(&'static str, Feit)>;

/// A fact a message was made from. In the report's `feiten` a number is a JSON number, a
/// date `YYYY-MM-DD`, a named value its code; in a message each is written as a reader of
/// that language writes it ("2,5 uur", "1 december 2025", "€ 86,00", "Werkfit maken").
#[derive(Debug, Clone, PartialEq)]
pub enum Feit {
    Geheel(i64),
    /// An exact number ("41,5").
    Getal(Breuk),
    /// Hours: "2,5 uur", or minutes below an hour ("0,14 minuten").
    Uren(Breuk),
    Datum(NaiveDate),
    /// Euro cents.
    Euro(i128),
    /// Words the same in both languages: a quote of the input, a version number.
    Tekst(String),
    /// Words found in a text (a text rule's trigger).
    Woorden(Vec<String>),
    /// A named value: its code in `feiten`, its name in a message.
    Naam(Naam),
    /// Named values: their codes in `feiten`, their names in a message ("A, B of C").
    Namen(Vec<Naam>),
    JaNee(bool),
}

/// A value with a code and a name in both languages (a service, an agency, a field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Naam {
    pub code: &'static str,
    pub naam: Taalpaar,
}

pub const fn naam(code: &'static str, nl: &'static str, en: &'static str) -> Naam {
    Naam { code, naam: tp(nl, en) }
}

/// One problem or remark about the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Bevinding {
    pub code: &'static str,
    pub ernst: Ernst,
    /// JSON Pointer (RFC 6901) into the plan; `""` for the plan as a whole.
    pub pad: String,
    pub bron: &'static str,
    pub sjabloon: &'static Sjabloon,
    pub feiten: Feiten,
    /// The writer's answer to this waarschuwing (SPEC §3 `toelichtingen`); it is then info.
    pub toelichting: Option<String>,
    /// Made by the report: the field's label, as a person names it.
    pub veld: String,
    /// Made by the report: the message, from the template and the facts.
    pub bericht: String,
}

impl Bevinding {
    pub fn feit(&self, naam: &str) -> Option<&Feit> {
        self.feiten.iter().find(|(n, _)| *n == naam).map(|(_, f)| f)
    }
}
