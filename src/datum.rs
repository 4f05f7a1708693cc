//! Dates and the conventions of SPEC §2.
//!
//! The source counts periods in months (§3.7 Tabel IV, §3.2.1) and deadlines in calendar
//! days (§4.4.1, §4.8), without saying how to count. Our reading, which the README and the
//! page repeat:
//! - a period of N months that starts on day S ends on S + N months − 1 day, inclusive;
//!   adding months keeps the day of the month, clamped to the month's last day
//!   (31 January + 1 month = 28/29 February);
//! - "within D calendar days after X" ends on X + D days, inclusive.

use chrono::{Datelike, Days, Months, NaiveDate};

/// Reads `YYYY-MM-DD` strictly: ten characters, and a date that exists.
/// (Hand-split digits and `from_ymd_opt`: chrono's format parser costs ~7 KB in WASM.)
pub fn lees(tekst: &str) -> Option<NaiveDate> {
    let b = tekst.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let getal = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let jaar = i32::try_from(getal(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(jaar, getal(5..7)?, getal(8..10)?)
}

/// `YYYY-MM-DD`.
pub fn tekst(d: NaiveDate) -> String {
    let mut s = String::with_capacity(10);
    let jaar = d.year().clamp(0, 9999) as u32;
    for (n, breedte) in [(jaar, 4), (d.month(), 2), (d.day(), 2)] {
        if !s.is_empty() {
            s.push('-');
        }
        let mut deler = 10u32.pow(breedte - 1);
        while deler > 0 {
            s.push(char::from(b'0' + ((n / deler) % 10) as u8));
            deler /= 10;
        }
    }
    s
}

/// The same date N months later, clamped to the end of the month.
pub fn plus_maanden(d: NaiveDate, maanden: u32) -> Option<NaiveDate> {
    d.checked_add_months(Months::new(maanden))
}

pub fn plus_dagen(d: NaiveDate, dagen: u64) -> Option<NaiveDate> {
    d.checked_add_days(Days::new(dagen))
}

pub fn min_dagen(d: NaiveDate, dagen: u64) -> Option<NaiveDate> {
    d.checked_sub_days(Days::new(dagen))
}

/// The last day of a period of N months starting on `start` (SPEC §2).
pub fn einde_periode(start: NaiveDate, maanden: u32) -> Option<NaiveDate> {
    min_dagen(plus_maanden(start, maanden)?, 1)
}

/// Days from `van` to `tot` (negative when `tot` is earlier).
pub fn dagen_tussen(van: NaiveDate, tot: NaiveDate) -> i64 {
    tot.signed_duration_since(van).num_days()
}

/// A date in Dutch for messages: "7 april 2025".
pub fn nl(d: NaiveDate) -> String {
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
    dag_maand_jaar(d, MAANDEN.get(d.month0() as usize).copied().unwrap_or(""))
}

/// A date in English for messages: "7 April 2025".
pub fn en(d: NaiveDate) -> String {
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
    dag_maand_jaar(d, MONTHS.get(d.month0() as usize).copied().unwrap_or(""))
}

fn dag_maand_jaar(d: NaiveDate, maand: &str) -> String {
    let mut s = String::with_capacity(20);
    crate::schrijven::cijfers(d.day().into(), &mut s);
    s.push(' ');
    s.push_str(maand);
    s.push(' ');
    crate::schrijven::cijfers(d.year().into(), &mut s);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(t: &str) -> NaiveDate {
        lees(t).unwrap()
    }

    #[test]
    fn leest_strikt() {
        assert_eq!(tekst(d("2025-03-03")), "2025-03-03");
        assert!(lees("2024-02-29").is_some());
        for slecht in [
            "2025-02-30",
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-3-3",
            "2025-03-03T00:00:00Z",
            "03-03-2025",
            "",
            "２０２５-03-03",
            "+025-03-03",
            "2025/03/03",
        ] {
            assert!(lees(slecht).is_none(), "{slecht}");
        }
    }

    #[test]
    fn maanden_aan_het_einde_van_de_maand() {
        assert_eq!(plus_maanden(d("2025-01-31"), 1), Some(d("2025-02-28")));
        assert_eq!(plus_maanden(d("2024-01-31"), 1), Some(d("2024-02-29")));
        assert_eq!(plus_maanden(d("2024-02-29"), 12), Some(d("2025-02-28")));
        assert_eq!(plus_maanden(d("2025-08-31"), 6), Some(d("2026-02-28")));
        // A period of 1 month from 31 January ends on 27/28 February (SPEC §2: +N months −1 day).
        assert_eq!(einde_periode(d("2025-01-31"), 1), Some(d("2025-02-27")));
        assert_eq!(einde_periode(d("2024-01-31"), 1), Some(d("2024-02-28")));
        assert_eq!(einde_periode(d("2025-04-07"), 6), Some(d("2025-10-06")));
        assert_eq!(einde_periode(d("2025-03-01"), 1), Some(d("2025-03-31")));
    }

    #[test]
    fn dagen() {
        assert_eq!(plus_dagen(d("2025-03-03"), 28), Some(d("2025-03-31")));
        assert_eq!(plus_dagen(d("2024-02-28"), 1), Some(d("2024-02-29")));
        assert_eq!(dagen_tussen(d("2025-03-31"), d("2025-03-28")), -3);
        assert_eq!(nl(d("2025-04-07")), "7 april 2025");
        assert_eq!(en(d("2025-04-07")), "7 April 2025");
    }
}
