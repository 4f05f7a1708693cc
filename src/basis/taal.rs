//! The two languages of messages and labels (SPEC §3 options: `taal`).

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Taal {
    #[default]
    Nl,
    En,
}

impl Taal {
    pub fn code(self) -> &'static str {
        match self {
            Taal::Nl => "nl",
            Taal::En => "en",
        }
    }
}

/// A text in Dutch and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Taalpaar {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Taalpaar {
    pub fn in_taal(self, taal: Taal) -> &'static str {
        match taal {
            Taal::Nl => self.nl,
            Taal::En => self.en,
        }
    }
}

/// A text in both languages. Built without the `engels` feature (the page's own module,
/// `scripts/build.mjs`), the English is left out of the module and English is Dutch: the page
/// loads the whole module when someone asks for English.
pub const fn tp(nl: &'static str, en: &'static str) -> Taalpaar {
    if cfg!(feature = "engels") {
        Taalpaar { nl, en }
    } else {
        Taalpaar { nl, en: nl }
    }
}

/// A rule's explanation for the catalogue (`titel`, `waarom`, `voorbeeld`, `lezing`). Built
/// without the `uitleg` feature it is empty: the page's own module has no `catalogus()`, and
/// the page fetches the catalogue as JSON when someone opens "Waarom?".
pub const fn ul(nl: &'static str, en: &'static str) -> Taalpaar {
    if cfg!(feature = "uitleg") {
        tp(nl, en)
    } else {
        Taalpaar { nl: "", en: "" }
    }
}
