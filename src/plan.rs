//! The plan (SPEC §3) as typed data.
//!
//! A draft is mostly empty and often wrong, so every field is a [`Veld`]: absent, present
//! but unreadable (already reported by the reader, so no rule reports it again as
//! missing), or a value. Numbers are [`Getal`]s: exact, or a non-number that JavaScript can
//! hand us (NaN, Infinity), which rule I04 reports. Texts borrow from the input where they
//! can (`Cow`), which keeps checking on every keystroke cheap.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::breuk::Breuk;

/// A field of a draft plan.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Veld<T> {
    /// Absent, `null`, or an empty text.
    #[default]
    Leeg,
    /// Present but unreadable; the reader already reported why (I02, I03, I05, I08).
    Ongeldig,
    Waarde(T),
}

impl<T> Veld<T> {
    pub fn waarde(&self) -> Option<&T> {
        match self {
            Veld::Waarde(w) => Some(w),
            _ => None,
        }
    }
    pub fn is_leeg(&self) -> bool {
        matches!(self, Veld::Leeg)
    }
}

impl<T: Copy> Veld<T> {
    pub fn kopie(&self) -> Option<T> {
        self.waarde().copied()
    }
}

impl<T> From<T> for Veld<T> {
    fn from(w: T) -> Self {
        Veld::Waarde(w)
    }
}

/// A number as given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Getal {
    Exact(Breuk),
    /// NaN, ±Infinity, or more digits than we can hold exactly.
    Onmogelijk(Onmogelijk),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Onmogelijk {
    NaN,
    Oneindig,
    TeVeelCijfers,
}

impl From<i64> for Getal {
    fn from(n: i64) -> Getal {
        Getal::Exact(Breuk::geheel(n))
    }
}

pub type Tekst<'a> = Cow<'a, str>;

/// Defines an enumeration whose values are fixed texts in the plan.
macro_rules! keuze {
    ($(#[$m:meta])* $naam:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $naam { $($variant),+ }

        impl $naam {
            /// Every value, in the order of SPEC §3.
            pub const ALLE: &'static [$naam] = &[$($naam::$variant),+];
            /// Every value as written in the plan.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            pub fn code(self) -> &'static str {
                match self { $($naam::$variant => $code),+ }
            }

            pub fn uit_code(code: &str) -> Option<$naam> {
                match code { $($code => Some($naam::$variant),)+ _ => None }
            }
        }

        impl $crate::schrijven::Schrijf for $naam {
            fn schrijf(&self, s: &mut $crate::schrijven::Schrijver) {
                s.tekst(self.code());
            }
        }
    };
}

keuze! {
    /// The eight services of SPEC §1 (Tabel III and IV).
    Dienst {
        ParticipatieInterventie = "participatie-interventie",
        BevorderenMaatschappelijkeDeelname = "bevorderen-maatschappelijke-deelname",
        BegeleidingBijScholing = "begeleiding-bij-scholing",
        WerkfitMaken = "werkfit-maken",
        NaarWerk = "naar-werk",
        Praktijkassessment = "praktijkassessment",
        WerkbehoudLoondienst = "werkbehoud-loondienst",
        WerkbehoudZelfstandige = "werkbehoud-zelfstandige",
    }
}

impl Dienst {
    /// Werkbehoud has no Re-integratieplan (§3.5, §4.1).
    pub fn is_werkbehoud(self) -> bool {
        matches!(self, Dienst::WerkbehoudLoondienst | Dienst::WerkbehoudZelfstandige)
    }
}

keuze! {
    /// An initial plan, or an adjustment during the service (§4.5).
    Soort { Initieel = "initieel", Bijstelling = "bijstelling" }
}

keuze! {
    /// The client's benefit (§2).
    Uitkering { Ag = "AG", Zw = "ZW", Ww = "WW", Iva = "IVA", WajongDga = "WAJONG-DGA" }
}

keuze! {
    /// One-to-one or a group activity (§3.6).
    Vorm { Individueel = "individueel", Groep = "groep" }
}

keuze! {
    /// The three main activities of Werkfit maken (§3.2, Tabel II).
    Hoofdactiviteit {
        Werknemersvaardigheden = "werknemersvaardigheden",
        PersoonlijkeEffectiviteit = "persoonlijke-effectiviteit",
        Arbeidsmarktpositie = "arbeidsmarktpositie",
    }
}

keuze! {
    /// The two parts of a Praktijkassessment (§3.4).
    Onderdeel { Assessment = "assessment", Praktijkobservatie = "praktijkobservatie" }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan<'a> {
    pub dienst: Veld<Dienst>,
    pub soort: Veld<Soort>,
    pub ordernummer: Veld<Tekst<'a>>,
    pub uwv_contactpersoon: Veld<Tekst<'a>>,
    pub opdrachtnemer: Opdrachtnemer<'a>,
    pub client: Client<'a>,
    pub datums: Datums,
    pub doorlooptijd_maanden: Veld<Getal>,
    pub werkplan: Werkplan,
    pub onderbouwing_afwijking: Veld<Tekst<'a>>,
    pub uitzondering_uwv: Veld<bool>,
    pub beoogd_resultaat: Veld<Tekst<'a>>,
    pub afspraken: Veld<Tekst<'a>>,
    pub verwijzingen: Veld<Tekst<'a>>,
    pub administratie_uren: Veld<Getal>,
    pub scholing: Scholing,
    pub werkbehoud: Werkbehoud,
    pub bijstelling: Bijstelling,
    pub activiteiten: Veld<Vec<Activiteit<'a>>>,
    pub mijlpalen: Veld<Vec<Mijlpaal<'a>>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Opdrachtnemer<'a> {
    pub naam: Veld<Tekst<'a>>,
    pub contactpersoon: Veld<Tekst<'a>>,
    pub telefoon: Veld<Tekst<'a>>,
    pub email: Veld<Tekst<'a>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Client<'a> {
    pub naam: Veld<Tekst<'a>>,
    pub bsn: Veld<Tekst<'a>>,
    pub uitkering: Veld<Uitkering>,
    pub trede: Veld<Getal>,
    pub startsituatie: Veld<Tekst<'a>>,
    pub visie: Veld<Tekst<'a>>,
    pub belastbaarheid: Veld<Tekst<'a>>,
    pub voor_gezien_getekend: Veld<bool>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Datums {
    pub opdracht: Veld<NaiveDate>,
    pub indiening: Veld<NaiveDate>,
    pub afkeuring: Veld<NaiveDate>,
    pub akkoord: Veld<NaiveDate>,
    pub inkooporder: Veld<NaiveDate>,
    pub werkhervatting: Veld<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Werkplan {
    pub uren: Veld<Getal>,
    pub doorlooptijd_maanden: Veld<Getal>,
    pub hoofdactiviteiten: Veld<Vec<Veld<Hoofdactiviteit>>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scholing {
    pub start: Veld<NaiveDate>,
    pub eind: Veld<NaiveDate>,
    pub getoetst: Veld<bool>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Werkbehoud {
    pub eerdere_inzet: Veld<Getal>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bijstelling {
    pub eerdere_substantieel: Veld<Getal>,
    pub vorige_doorlooptijd_maanden: Veld<Getal>,
    pub vorige_uren: Veld<Getal>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Activiteit<'a> {
    pub omschrijving: Veld<Tekst<'a>>,
    pub hoofdactiviteit: Veld<Hoofdactiviteit>,
    pub onderdeel: Veld<Onderdeel>,
    pub vorm: Veld<Vorm>,
    pub deelnemers: Veld<Getal>,
    pub sessies: Veld<Getal>,
    pub minuten_per_sessie: Veld<Getal>,
    pub doel: Veld<Tekst<'a>>,
    pub resultaat: Veld<Tekst<'a>>,
    pub start: Veld<NaiveDate>,
    pub eind: Veld<NaiveDate>,
    pub uurtarief_cent: Veld<Getal>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Mijlpaal<'a> {
    pub datum: Veld<NaiveDate>,
    pub omschrijving: Veld<Tekst<'a>>,
}
