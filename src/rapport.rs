//! The report (SPEC §4): findings, hours, deadlines and price.

use crate::breuk::Breuk;
use crate::diensten::HUIDIGE_VERSIE;
use crate::schrijven::{cijfers, object, per_honderd, Schrijf, Schrijver};
use chrono::NaiveDate;

/// The language of messages (SPEC §3 options: `taal`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Taal {
    #[default]
    Nl,
    En,
}

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

impl Schrijf for Ernst {
    fn schrijf(&self, s: &mut Schrijver) {
        s.tekst(self.code());
    }
}

/// One problem or remark, pointing at the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bevinding {
    pub code: &'static str,
    pub ernst: Ernst,
    /// JSON Pointer (RFC 6901) into the plan; `""` for the plan as a whole.
    pub pad: String,
    pub bericht: String,
    pub bron: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// True when no finding is a fout.
    pub ok: bool,
    pub regelset: Regelset,
    pub bevindingen: Vec<Bevinding>,
    pub uren: UrenRapport,
    pub termijnen: Termijnen,
    pub prijs: Prijs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regelset {
    pub versie: &'static str,
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
        let mut s = String::new();
        if self.0 < 0 {
            s.push('-');
        }
        let (heel, rest) = per_honderd(self.0.unsigned_abs());
        cijfers(heel, &mut s);
        if rest != 0 {
            s.push(if taal == Taal::Nl { ',' } else { '.' });
            s.push(char::from(b'0' + rest / 10));
            if rest % 10 != 0 {
                s.push(char::from(b'0' + rest % 10));
            }
        }
        s
    }
}

impl Schrijf for Uren {
    /// As a JSON number with at least one decimal: 3850 → `38.5`, 800 → `8.0`, 8 → `0.08`.
    fn schrijf(&self, s: &mut Schrijver) {
        s.honderdsten(self.0);
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
/// excess does not read as "0 uur": "2,5 uur", "0,14 minuten", "1 hour".
pub fn duur(uren: Breuk, taal: Taal) -> String {
    let (getal, eenheid) = if uren < Breuk::geheel(1) && !uren.is_nul() {
        let minuten = uren.maal(Breuk::geheel(60)).map_or_else(|| "?".into(), |m| getal_tekst(m, taal));
        (minuten, if taal == Taal::Nl { " minuten" } else { " minutes" })
    } else {
        let enkel = taal == Taal::En && uren == Breuk::geheel(1);
        (
            getal_tekst(uren, taal),
            if taal == Taal::Nl {
                " uur"
            } else if enkel {
                " hour"
            } else {
                " hours"
            },
        )
    };
    getal + eenheid
}

/// Euro cents for people: "€ 3.311,00" (nl) or "€3,311.00" (en).
pub fn euro(cent: i128, taal: Taal) -> String {
    let nl = taal == Taal::Nl;
    let mut s = String::new();
    if cent < 0 {
        s.push('-');
    }
    s.push_str(if nl { "€ " } else { "€" });
    let (heel, centen) = per_honderd(cent.unsigned_abs());
    let mut euros = String::new();
    cijfers(heel, &mut euros);
    for (i, c) in euros.chars().enumerate() {
        if i > 0 && (euros.len() - i) % 3 == 0 {
            s.push(if nl { '.' } else { ',' });
        }
        s.push(c);
    }
    s.push(if nl { ',' } else { '.' });
    s.push(char::from(b'0' + centen / 10));
    s.push(char::from(b'0' + centen % 10));
    s
}

#[derive(Debug, Clone, PartialEq, Default)]
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

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Termijnen {
    pub indienen_uiterlijk: Option<NaiveDate>,
    pub oordeel_uwv_uiterlijk: Option<NaiveDate>,
    pub herindienen_uiterlijk: Option<NaiveDate>,
    pub start: Option<NaiveDate>,
    pub start_geschat: bool,
    pub einde_doorlooptijd: Option<NaiveDate>,
    pub evaluatiemoment: Option<NaiveDate>,
    pub werkhervatting_uiterlijk: Option<NaiveDate>,
    pub eindrapportage_uiterlijk: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prijsregel {
    pub omschrijving: String,
    /// `null` for a fixed price.
    pub uren: Option<Uren>,
    pub tarief_cent: Option<i64>,
    pub bedrag_cent: i128,
}

object!(Report { "ok" => ok, "regelset" => regelset, "bevindingen" => bevindingen, "uren" => uren, "termijnen" => termijnen, "prijs" => prijs });
object!(Regelset { "versie" => versie, "geldigVanaf" => geldig_vanaf });
object!(Bevinding { "code" => code, "ernst" => ernst, "pad" => pad, "bericht" => bericht, "bron" => bron });
object!(UrenRapport {
    "activiteiten" => activiteiten,
    "administratie" => administratie,
    "totaal" => totaal,
    "maximum" => maximum,
    "verhoogdMaximum" => verhoogd_maximum,
    "resterend" => resterend,
});
object!(Termijnen {
    "indienenUiterlijk" => indienen_uiterlijk,
    "oordeelUwvUiterlijk" => oordeel_uwv_uiterlijk,
    "herindienenUiterlijk" => herindienen_uiterlijk,
    "start" => start,
    "startGeschat" => start_geschat,
    "eindeDoorlooptijd" => einde_doorlooptijd,
    "evaluatiemoment" => evaluatiemoment,
    "werkhervattingUiterlijk" => werkhervatting_uiterlijk,
    "eindrapportageUiterlijk" => eindrapportage_uiterlijk,
});
object!(Prijs {
    "uurtariefCent" => uurtarief_cent,
    "tariefBron" => tarief_bron,
    "regels" => regels,
    "totaalCent" => totaal_cent,
    "vastePrijs" => vaste_prijs,
});
object!(Prijsregel { "omschrijving" => omschrijving, "uren" => uren, "tariefCent" => tarief_cent, "bedragCent" => bedrag_cent });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uren_als_tekst_en_json() {
        assert_eq!(Uren(3850).tekst(Taal::Nl), "38,5");
        assert_eq!(Uren(3850).tekst(Taal::En), "38.5");
        assert_eq!(Uren(8).tekst(Taal::Nl), "0,08");
        assert_eq!(Uren(4100).tekst(Taal::Nl), "41");
        let json = |u: Uren| crate::schrijven::json(&u);
        assert_eq!(json(Uren(800)), "8.0");
        assert_eq!(json(Uren(8)), "0.08");
        assert_eq!(json(Uren(3850)), "38.5");
        assert_eq!(json(Uren(123456789)), "1234567.89");
        assert_eq!(json(Uren(-250)), "-2.5");
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
