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

pub const fn tp(nl: &'static str, en: &'static str) -> Taalpaar {
    Taalpaar { nl, en }
}
