//! Numbers, hours, money and dates as a reader of each language writes them: "41,5" /
//! "41.5", "2,5 uur" / "2.5 hours", "€ 3.311,00" / "€3,311.00", "7 april 2025" /
//! "7 April 2025".

use chrono::{Datelike, NaiveDate};

use crate::basis::breuk::Breuk;
use crate::basis::cijfers::{cijfers, honderdsten, per_honderd};
use crate::basis::taal::Taal;

/// An exact number, rounded to two decimals, without trailing zeros: "41,5".
pub fn getal(b: Breuk, taal: Taal) -> String {
    let mut s = String::new();
    match b.honderdsten() {
        Some(h) => honderdsten(h, if taal == Taal::Nl { ',' } else { '.' }, &mut s),
        None => s.push('?'),
    }
    s
}

/// A whole number with thousands separated: "100.000" / "100,000" (from five digits on).
pub fn geheel(n: i64, taal: Taal) -> String {
    let mut ruw = String::new();
    cijfers(i128::from(n.unsigned_abs()), &mut ruw);
    let mut s = String::with_capacity(ruw.len() + 4);
    if n < 0 {
        s.push('-');
    }
    if ruw.len() < 5 {
        s.push_str(&ruw);
        return s;
    }
    for (i, c) in ruw.chars().enumerate() {
        if i > 0 && (ruw.len() - i) % 3 == 0 {
            s.push(if taal == Taal::Nl { '.' } else { ',' });
        }
        s.push(c);
    }
    s
}

/// An amount of hours, switching to minutes below one hour so that a tiny excess does not
/// read as "0 uur": "2,5 uur", "0,14 minuten", "1 hour".
pub fn uren(u: Breuk, taal: Taal) -> String {
    let nl = taal == Taal::Nl;
    if u < Breuk::geheel(1) && !u.is_nul() && !u.is_negatief() {
        let minuten = u.maal(Breuk::geheel(60)).map_or_else(|| "?".into(), |m| getal(m, taal));
        let een = u == Breuk::new(1, 60).unwrap_or(Breuk::NUL);
        let eenheid = match (nl, een) {
            (true, true) => " minuut",
            (true, false) => " minuten",
            (false, true) => " minute",
            (false, false) => " minutes",
        };
        return minuten + eenheid;
    }
    let een = u == Breuk::geheel(1);
    getal(u, taal)
        + match (nl, een) {
            (true, _) => " uur",
            (false, true) => " hour",
            (false, false) => " hours",
        }
}

/// Euro cents: "€ 3.311,00" (nl) or "€3,311.00" (en).
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

const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "7 april 2025" / "7 April 2025".
pub fn datum(d: NaiveDate, taal: Taal) -> String {
    let namen = if taal == Taal::Nl { &MAANDEN } else { &MONTHS };
    let mut s = String::with_capacity(20);
    cijfers(d.day().into(), &mut s);
    s.push(' ');
    s.push_str(namen.get(d.month0() as usize).copied().unwrap_or(""));
    s.push(' ');
    cijfers(d.year().into(), &mut s);
    s
}

/// A list as a sentence: "a, b en c" / "a, b and c" (`of`: "a, b of c" / "a, b or c").
pub fn opsomming(delen: &[String], taal: Taal, of: bool) -> String {
    let voeg = match (taal, of) {
        (Taal::Nl, false) => " en ",
        (Taal::Nl, true) => " of ",
        (Taal::En, false) => " and ",
        (Taal::En, true) => " or ",
    };
    match delen {
        [] => String::new(),
        [een] => een.clone(),
        [rest @ .., laatste] => rest.join(", ") + voeg + laatste,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn getallen_en_geld() {
        assert_eq!(getal(Breuk::new(83, 2).unwrap(), Taal::Nl), "41,5");
        assert_eq!(getal(Breuk::new(83, 2).unwrap(), Taal::En), "41.5");
        assert_eq!(geheel(100_000, Taal::Nl), "100.000");
        assert_eq!(geheel(2025, Taal::Nl), "2025");
        assert_eq!(euro(331100, Taal::Nl), "€ 3.311,00");
        assert_eq!(euro(331100, Taal::En), "€3,311.00");
        assert_eq!(euro(8600, Taal::Nl), "€ 86,00");
        assert_eq!(euro(5, Taal::Nl), "€ 0,05");
        assert_eq!(euro(123456789, Taal::Nl), "€ 1.234.567,89");
    }

    #[test]
    fn uren_en_minuten() {
        assert_eq!(uren(Breuk::new(5, 2).unwrap(), Taal::Nl), "2,5 uur");
        assert_eq!(uren(Breuk::geheel(1), Taal::En), "1 hour");
        assert_eq!(uren(Breuk::geheel(56), Taal::En), "56 hours");
        assert_eq!(uren(Breuk::new(1, 420).unwrap(), Taal::Nl), "0,14 minuten");
        assert_eq!(uren(Breuk::new(1, 60).unwrap(), Taal::Nl), "1 minuut");
    }

    #[test]
    fn datums_en_lijsten() {
        let d = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
        assert_eq!(datum(d, Taal::Nl), "1 december 2025");
        assert_eq!(datum(d, Taal::En), "1 December 2025");
        let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(opsomming(&l(&["a", "b", "c"]), Taal::Nl, true), "a, b of c");
        assert_eq!(opsomming(&l(&["a"]), Taal::En, false), "a");
    }
}
