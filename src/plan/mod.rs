//! The plan (SPEC §3) as typed data, declared once in [`velden`].
//!
//! A draft is mostly empty and often wrong, so every field is a [`Veld`]: absent, present
//! but unreadable (already reported by the reader, so no rule reports it again as
//! missing), or a value. Numbers are [`Getal`]s: exact, or a non-number that JavaScript can
//! hand us (NaN, Infinity). Texts borrow from the input where they can (`Cow`), which keeps
//! checking on every keystroke cheap.
//!
//! Whoever fills a plan (the reader) does so through [`Plek`]: mutable access to one field
//! by its kind, found by the field's name in the table. So the plan knows nothing of JSON,
//! and the reader knows nothing of the plan's fields but their table.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::basis::breuk::Breuk;
use crate::basis::taal::{tp, Taalpaar};

pub mod velden;

pub use velden::*;

/// A field of a draft plan.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Veld<T> {
    /// Absent, `null`, or an empty text.
    #[default]
    Leeg,
    /// Present but unreadable or out of range; the reader already reported why (I02–I05, I08).
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

impl Veld<Getal> {
    /// The exact value (the reader has already judged its range: I04).
    pub fn exact(&self) -> Option<Breuk> {
        match self {
            Veld::Waarde(Getal::Exact(b)) => Some(*b),
            _ => None,
        }
    }

    /// A whole value as `u32` (months, counts).
    pub fn geheel(&self) -> Option<u32> {
        self.exact().and_then(Breuk::als_i64).and_then(|n| u32::try_from(n).ok())
    }
}

pub type Tekst<'a> = Cow<'a, str>;

/// One allowed value of a choice, with its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Optie {
    pub code: &'static str,
    pub naam: Taalpaar,
}

/// A field whose value is one of fixed texts.
pub trait Keuze: Copy + 'static {
    /// Every value, in the order of SPEC §3, with its name.
    const OPTIES: &'static [Optie];
    fn uit_code(code: &str) -> Option<Self>;
    fn code(self) -> &'static str;
    fn naam(self) -> Taalpaar;
}

/// Defines an enumeration whose values are fixed texts in the plan, with their names.
macro_rules! keuze {
    ($(#[$m:meta])* $naam:ident { $($variant:ident = $code:literal ($nl:literal, $en:literal)),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $naam { $($variant),+ }

        impl $naam {
            /// Every value, in the order of SPEC §3.
            pub const ALLE: &'static [$naam] = &[$($naam::$variant),+];
        }

        impl Keuze for $naam {
            const OPTIES: &'static [Optie] = &[$(Optie { code: $code, naam: tp($nl, $en) }),+];
            fn uit_code(code: &str) -> Option<$naam> {
                match code { $($code => Some($naam::$variant),)+ _ => None }
            }
            fn code(self) -> &'static str {
                match self { $($naam::$variant => $code),+ }
            }
            fn naam(self) -> Taalpaar {
                match self { $($naam::$variant => tp($nl, $en)),+ }
            }
        }
    };
}

keuze! {
    /// The eight services of SPEC §1 (Tabel III and IV).
    Dienst {
        ParticipatieInterventie = "participatie-interventie" ("Participatie interventie", "Participation intervention"),
        BevorderenMaatschappelijkeDeelname = "bevorderen-maatschappelijke-deelname" ("Bevorderen maatschappelijke deelname", "Promoting participation in society"),
        BegeleidingBijScholing = "begeleiding-bij-scholing" ("Begeleiding bij Scholing", "Support during training"),
        WerkfitMaken = "werkfit-maken" ("Werkfit maken", "Getting fit for work"),
        NaarWerk = "naar-werk" ("Naar werk", "Into work"),
        Praktijkassessment = "praktijkassessment" ("Praktijkassessment", "Practical assessment"),
        WerkbehoudLoondienst = "werkbehoud-loondienst" ("Werkbehoud bij werk in loondienst", "Job retention (employed)"),
        WerkbehoudZelfstandige = "werkbehoud-zelfstandige" ("Werkbehoud als zelfstandig ondernemer", "Job retention (self-employed)"),
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
    Soort {
        Initieel = "initieel" ("Eerste plan", "First plan"),
        Bijstelling = "bijstelling" ("Bijstelling van een goedgekeurd plan", "Adjustment of an approved plan"),
    }
}

keuze! {
    /// The client's benefit (§2).
    Uitkering {
        Ag = "AG" ("AG — arbeidsongeschiktheid (WGA, WAO, Wajong, WAZ)", "AG — incapacity for work (WGA, WAO, Wajong, WAZ)"),
        Zw = "ZW" ("ZW — Ziektewet", "ZW — Sickness Benefits Act"),
        Ww = "WW" ("WW — werkloosheid", "WW — unemployment"),
        Iva = "IVA" ("IVA — volledig en duurzaam arbeidsongeschikt", "IVA — fully and permanently unable to work"),
        WajongDga = "WAJONG-DGA" ("Wajong — duurzaam geen arbeidsvermogen", "Wajong — permanently no capacity for work"),
    }
}

keuze! {
    /// One-to-one or a group activity (§3.6).
    Vorm {
        Individueel = "individueel" ("Individueel", "Individual"),
        Groep = "groep" ("Groep", "Group"),
    }
}

keuze! {
    /// The three main activities of Werkfit maken (§3.2, Tabel II).
    Hoofdactiviteit {
        Werknemersvaardigheden = "werknemersvaardigheden" ("Versterken van de werknemersvaardigheden", "Strengthening employee skills"),
        PersoonlijkeEffectiviteit = "persoonlijke-effectiviteit" ("Verbeteren van de persoonlijke effectiviteit", "Improving personal effectiveness"),
        Arbeidsmarktpositie = "arbeidsmarktpositie" ("Arbeidsmarktpositie in beeld brengen", "Mapping the labour-market position"),
    }
}

keuze! {
    /// The two parts of a Praktijkassessment (§3.4).
    Onderdeel {
        Assessment = "assessment" ("Assessment met gesprekken en testen", "Assessment with conversations and tests"),
        Praktijkobservatie = "praktijkobservatie" ("Observatie in een werksituatie", "Observation in a work situation"),
    }
}

/// The steps of the participatieladder (§2.1 Tabel I), the names of `client.trede`.
pub const TREDES: &[Optie] = &[
    Optie { code: "1", naam: tp("1 — geïsoleerd", "1 — isolated") },
    Optie { code: "2", naam: tp("2 — sociale contacten buitenshuis", "2 — social contacts outside the home") },
    Optie {
        code: "3",
        naam: tp("3 — deelname aan georganiseerde activiteiten", "3 — taking part in organised activities"),
    },
    Optie { code: "4", naam: tp("4 — onbetaald werk", "4 — unpaid work") },
    Optie { code: "5", naam: tp("5 — betaald werk met ondersteuning", "5 — paid work with support") },
    Optie { code: "6", naam: tp("6 — betaald werk", "6 — paid work") },
];

// ---- the shape of a field ----------------------------------------------------------------

/// Limits on a number (I04).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grens {
    /// A whole number is needed.
    pub geheel: bool,
    /// The smallest allowed value.
    pub min: Min,
    /// The largest value that is not absurd.
    pub max: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Min {
    /// ≥ 0.
    Nul,
    /// > 0.
    Positief,
    /// ≥ 1 (whole numbers that count something).
    Een,
}

/// What a field holds.
#[derive(Debug, Clone, Copy)]
pub enum Veldsoort {
    Tekst,
    /// A number within limits; a few (the trede) have named values.
    Getal(Grens, &'static [Optie]),
    Datum(Datumbereik),
    JaNee,
    Keuze(&'static [Optie]),
    Object(&'static [VeldDef]),
    /// A list of items of one kind, at most [`MAX_ITEMS`] long; `item` names one item
    /// ("Activiteit", numbered from 1 in labels).
    Lijst {
        item: &'static Veldsoort,
        naam: Taalpaar,
    },
}

/// Which dates are plausible (I04).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Datumbereik {
    /// A date of the process: from the first version of the Overzicht (§1) to the year 2100.
    Proces,
    /// A date in the client's life (the day work was resumed): from 1900 to the year 2100.
    Leven,
}

/// One field: its JSON name, what it holds, its label as the form shows it, and (for the
/// fields at the top) the part of the form it belongs to.
#[derive(Debug, Clone, Copy)]
pub struct VeldDef {
    pub naam: &'static str,
    pub soort: Veldsoort,
    pub label: Taalpaar,
    /// The part of the plan (and of the page's form) a top-level field belongs to.
    pub groep: &'static str,
}

// ---- filling a plan ----------------------------------------------------------------------

/// Mutable access to one field by its kind.
pub enum Plek<'p, 'a> {
    Tekst(&'p mut Veld<Tekst<'a>>),
    Getal(&'p mut Veld<Getal>),
    Datum(&'p mut Veld<NaiveDate>),
    JaNee(&'p mut Veld<bool>),
    Keuze(&'p mut dyn KeuzePlek),
    Object(&'p mut dyn Deel<'a>),
    Lijst(&'p mut dyn LijstPlek<'a>),
}

/// A part of the plan that is an object: its fields by name.
pub trait Deel<'a> {
    fn tabel(&self) -> &'static [VeldDef];
    /// The field of that name (one of the table's), to fill.
    fn plek(&mut self, naam: &str) -> Option<Plek<'_, 'a>>;
    /// Marks every field unreadable (the object itself was not an object, I02).
    fn ongeldig(&mut self);
}

/// A choice field, filled from its code.
pub trait KeuzePlek {
    /// Sets the value of this code; false when the code is unknown.
    fn zet(&mut self, code: &str) -> bool;
    fn zet_ongeldig(&mut self);
    fn opties(&self) -> &'static [Optie];
}

impl<K: Keuze> KeuzePlek for Veld<K> {
    fn zet(&mut self, code: &str) -> bool {
        match K::uit_code(code) {
            Some(k) => {
                *self = Veld::Waarde(k);
                true
            }
            None => {
                *self = Veld::Ongeldig;
                false
            }
        }
    }
    fn zet_ongeldig(&mut self) {
        *self = Veld::Ongeldig;
    }
    fn opties(&self) -> &'static [Optie] {
        K::OPTIES
    }
}

/// A list field: its state, and new items to fill.
pub trait LijstPlek<'a> {
    fn zet_ongeldig(&mut self);
    /// Makes it an empty list, ready for items.
    fn begin(&mut self);
    /// Adds an item, after `vul` has filled it through its place.
    fn voeg_toe(&mut self, vul: &mut dyn FnMut(Plek<'_, 'a>));
}

/// An item of a list: an object or a choice.
pub trait Item<'a>: Default {
    fn plek(&mut self) -> Plek<'_, 'a>;
}

impl<'a, K: Keuze> Item<'a> for Veld<K> {
    fn plek(&mut self) -> Plek<'_, 'a> {
        Plek::Keuze(self)
    }
}

impl<'a, T: Item<'a>> LijstPlek<'a> for Veld<Vec<T>> {
    fn zet_ongeldig(&mut self) {
        *self = Veld::Ongeldig;
    }
    fn begin(&mut self) {
        *self = Veld::Waarde(Vec::new());
    }
    fn voeg_toe(&mut self, vul: &mut dyn FnMut(Plek<'_, 'a>)) {
        let mut item = T::default();
        vul(item.plek());
        match self {
            Veld::Waarde(lijst) => lijst.push(item),
            anders => *anders = Veld::Waarde(vec![item]),
        }
    }
}
