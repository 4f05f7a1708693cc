//! The report (SPEC §4): findings, hours, deadlines and price.

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::breuk::Breuk;
use crate::diensten::{als_datum_of_null, HUIDIGE_VERSIE};

/// The language of messages (SPEC §3 options: `taal`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Taal {
    #[default]
    Nl,
    En,
}

impl Taal {
    /// Picks the text for this language; only the chosen one is built.
    pub fn kies(self, nl: impl FnOnce() -> String, en: impl FnOnce() -> String) -> String {
        match self {
            Taal::Nl => nl(),
            Taal::En => en(),
        }
    }
}

/// Severity (SPEC §6: F, W, I).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Ernst {
    Fout,
    Waarschuwing,
    Info,
}

/// One problem or remark, pointing at the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bevinding {
    pub code: &'static str,
    pub ernst: Ernst,
    /// JSON Pointer (RFC 6901) into the plan; `""` for the plan as a whole.
    pub pad: String,
    pub bericht: String,
    pub bron: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// True when no finding is a fout.
    pub ok: bool,
    pub regelset: Regelset,
    pub bevindingen: Vec<Bevinding>,
    pub uren: UrenRapport,
    pub termijnen: Termijnen,
    pub prijs: Prijs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Regelset {
    pub versie: &'static str,
    #[serde(serialize_with = "crate::diensten::als_datum")]
    pub geldig_vanaf: NaiveDate,
}

impl Default for Regelset {
    fn default() -> Self {
        Regelset { versie: HUIDIGE_VERSIE.versie, geldig_vanaf: HUIDIGE_VERSIE.geldig_vanaf }
    }
}

/// Hours, rounded half-up to hundredths for the report (the checks use the exact values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Uren(pub i128);

impl Uren {
    pub fn uit(b: Breuk) -> Option<Uren> {
        b.honderdsten().map(Uren)
    }

    /// "38,5" in Dutch, "38.5" in English; at most two decimals, no trailing zeros.
    pub fn tekst(self, taal: Taal) -> String {
        let teken = if self.0 < 0 { "-" } else { "" };
        let n = self.0.unsigned_abs();
        let (heel, rest) = (n / 100, n % 100);
        let komma = if taal == Taal::Nl { ',' } else { '.' };
        match rest {
            0 => format!("{teken}{heel}"),
            r if r % 10 == 0 => format!("{teken}{heel}{komma}{}", r / 10),
            r => format!("{teken}{heel}{komma}{r:02}"),
        }
    }
}

impl Serialize for Uren {
    /// As a JSON number with at least one decimal: 3850 → `38.5`, 800 → `8.0`, 8 → `0.08`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // n/100 is the double nearest to the decimal, and shortest round-trip printing
        // gives back the two-decimal text.
        s.serialize_f64(self.0 as f64 / 100.0)
    }
}

/// An exact number printed for people: "41,5" or "41.5" (rounded to two decimals).
pub fn getal_tekst(b: Breuk, taal: Taal) -> String {
    match b.honderdsten() {
        Some(h) => Uren(h).tekst(taal),
        None => "?".into(),
    }
}

/// An amount of hours for people, switching to minutes below one hour so that a tiny
/// excess does not read as "0 uur": "2,5 uur", "0,14 minuten".
pub fn duur(uren: Breuk, taal: Taal) -> String {
    if uren < Breuk::geheel(1) && !uren.is_nul() {
        let minuten = uren.maal(Breuk::geheel(60)).map_or("?".into(), |m| getal_tekst(m, taal));
        return match taal {
            Taal::Nl => format!("{minuten} minuten"),
            Taal::En => format!("{minuten} minutes"),
        };
    }
    match taal {
        Taal::Nl => format!("{} uur", getal_tekst(uren, taal)),
        Taal::En if uren == Breuk::geheel(1) => "1 hour".into(),
        Taal::En => format!("{} hours", getal_tekst(uren, taal)),
    }
}

/// Euro cents for people: "€ 3.311,00" (nl) or "€3,311.00" (en).
pub fn euro(cent: i128, taal: Taal) -> String {
    let teken = if cent < 0 { "-" } else { "" };
    let n = cent.unsigned_abs();
    let (euros, centen) = (n / 100, n % 100);
    let cijfers = euros.to_string();
    let scheiding = if taal == Taal::Nl { '.' } else { ',' };
    let mut groepen = String::new();
    for (i, c) in cijfers.chars().enumerate() {
        if i > 0 && (cijfers.len() - i) % 3 == 0 {
            groepen.push(scheiding);
        }
        groepen.push(c);
    }
    match taal {
        Taal::Nl => format!("{teken}€ {groepen},{centen:02}"),
        Taal::En => format!("{teken}€{groepen}.{centen:02}"),
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UrenRapport {
    /// Per activity, in input order; `null` where the hours cannot be computed (U07).
    pub activiteiten: Vec<Option<Uren>>,
    /// `null` when no administration hours are given.
    pub administratie: Option<Uren>,
    /// The sum of what can be computed; `null` when the activities could not be read.
    pub totaal: Option<Uren>,
    /// `null` for Praktijkassessment (fixed price) or an unknown service.
    pub maximum: Option<Uren>,
    pub verhoogd_maximum: Option<Uren>,
    /// Against the maximum that applies (the exceptional one when `uitzonderingUwv`);
    /// negative when over.
    pub resterend: Option<Uren>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Termijnen {
    #[serde(serialize_with = "als_datum_of_null")]
    pub indienen_uiterlijk: Option<NaiveDate>,
    #[serde(serialize_with = "als_datum_of_null")]
    pub oordeel_uwv_uiterlijk: Option<NaiveDate>,
    #[serde(serialize_with = "als_datum_of_null")]
    pub herindienen_uiterlijk: Option<NaiveDate>,
    #[serde(serialize_with = "als_datum_of_null")]
    pub start: Option<NaiveDate>,
    pub start_geschat: bool,
    #[serde(serialize_with = "als_datum_of_null")]
    pub einde_doorlooptijd: Option<NaiveDate>,
    #[serde(serialize_with = "als_datum_of_null")]
    pub evaluatiemoment: Option<NaiveDate>,
    #[serde(serialize_with = "als_datum_of_null")]
    pub werkhervatting_uiterlijk: Option<NaiveDate>,
    #[serde(serialize_with = "als_datum_of_null")]
    pub eindrapportage_uiterlijk: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Prijs {
    /// The hourly tariff used; `null` when none is known (P03) or for a fixed price.
    pub uurtarief_cent: Option<i64>,
    /// Where the tariff (or the fixed price) comes from.
    pub tarief_bron: Option<String>,
    pub regels: Vec<Prijsregel>,
    /// Excluding VAT. `null` when no price can be computed (P02, P03).
    pub totaal_cent: Option<i128>,
    /// True for Praktijkassessment.
    pub vaste_prijs: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Prijsregel {
    pub omschrijving: String,
    /// `null` for a fixed price.
    pub uren: Option<Uren>,
    pub tarief_cent: Option<i64>,
    pub bedrag_cent: i128,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uren_als_tekst_en_json() {
        assert_eq!(Uren(3850).tekst(Taal::Nl), "38,5");
        assert_eq!(Uren(3850).tekst(Taal::En), "38.5");
        assert_eq!(Uren(8).tekst(Taal::Nl), "0,08");
        assert_eq!(Uren(4100).tekst(Taal::Nl), "41");
        assert_eq!(serde_json::to_string(&Uren(800)).unwrap(), "8.0");
        assert_eq!(serde_json::to_string(&Uren(8)).unwrap(), "0.08");
        assert_eq!(serde_json::to_string(&Uren(3850)).unwrap(), "38.5");
        assert_eq!(serde_json::to_string(&Uren(123456789)).unwrap(), "1234567.89");
        assert_eq!(serde_json::to_string(&Uren(-250)).unwrap(), "-2.5");
    }

    #[test]
    fn euro_bedragen() {
        assert_eq!(euro(331100, Taal::Nl), "€ 3.311,00");
        assert_eq!(euro(331100, Taal::En), "€3,311.00");
        assert_eq!(euro(8600, Taal::Nl), "€ 86,00");
        assert_eq!(euro(5, Taal::Nl), "€ 0,05");
        assert_eq!(euro(123456789, Taal::Nl), "€ 1.234.567,89");
    }
}
