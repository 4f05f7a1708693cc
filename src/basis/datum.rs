//! Dates and the conventions of SPEC §2.
//!
//! The source counts periods in months (§3.7 Tabel IV, §3.2.1) and deadlines in calendar
//! days (§4.4.1, §4.8), without saying how to count. Our reading, which the README and the
//! page repeat:
//! - a period of N months that starts on day S ends on S + N months, inclusive (SPEC v2:
//!   §3.7's worked example runs a 9-month Naar werk "tot en met uiterlijk 9 maanden na Datum
//!   akkoord" and lets work resume "op 12 maanden na Datum akkoord"); adding months keeps
//!   the day of the month, clamped to the month's last day (31 January + 1 month = 28/29
//!   February);
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
pub fn iso(d: NaiveDate) -> String {
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

/// The last day of a period of N months starting on `start` (SPEC §2: S + N months, inclusive).
pub fn einde_periode(start: NaiveDate, maanden: u32) -> Option<NaiveDate> {
    plus_maanden(start, maanden)
}

/// The whole months from `start` to `eind`, rounded up: the fewest N with start + N months
/// on or after `eind` (1 September 2025 – 30 June 2026 is 10; SPEC §6 D01).
pub fn maanden_tussen(start: NaiveDate, eind: NaiveDate) -> Option<u32> {
    if eind <= start {
        return Some(0);
    }
    let ruw = (eind.year() - start.year()) * 12 + eind.month() as i32 - start.month() as i32;
    let mut n = u32::try_from(ruw - 1).unwrap_or(0);
    // At most two steps: the estimate is off by one at most, either way.
    for _ in 0..3 {
        if plus_maanden(start, n)? >= eind {
            return Some(n);
        }
        n += 1;
    }
    Some(n)
}

/// Days from `van` to `tot` (negative when `tot` is earlier).
pub fn dagen_tussen(van: NaiveDate, tot: NaiveDate) -> i64 {
    tot.signed_duration_since(van).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(t: &str) -> NaiveDate {
        lees(t).unwrap()
    }

    #[test]
    fn leest_strikt() {
        assert_eq!(iso(d("2025-03-03")), "2025-03-03");
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
        // SPEC v2 §2: a period of N months from S ends on S + N months, inclusive; §3.7's
        // worked example: akkoord 1 March 2025, 9 months, last day 1 December 2025.
        assert_eq!(einde_periode(d("2025-03-01"), 9), Some(d("2025-12-01")));
        assert_eq!(einde_periode(d("2025-03-01"), 12), Some(d("2026-03-01")));
        assert_eq!(einde_periode(d("2025-01-31"), 1), Some(d("2025-02-28")));
        assert_eq!(einde_periode(d("2024-01-31"), 1), Some(d("2024-02-29")));
        assert_eq!(einde_periode(d("2025-04-07"), 6), Some(d("2025-10-07")));
    }

    #[test]
    fn maanden_tussen_rondt_op() {
        assert_eq!(maanden_tussen(d("2025-09-01"), d("2026-06-30")), Some(10));
        assert_eq!(maanden_tussen(d("2025-09-01"), d("2026-08-31")), Some(12));
        assert_eq!(maanden_tussen(d("2025-09-01"), d("2026-09-01")), Some(12));
        assert_eq!(maanden_tussen(d("2025-09-01"), d("2026-09-02")), Some(13));
        assert_eq!(maanden_tussen(d("2025-01-31"), d("2025-02-28")), Some(1));
        assert_eq!(maanden_tussen(d("2025-09-01"), d("2025-09-01")), Some(0));
    }

    #[test]
    fn dagen() {
        assert_eq!(plus_dagen(d("2025-03-03"), 28), Some(d("2025-03-31")));
        assert_eq!(plus_dagen(d("2024-02-28"), 1), Some(d("2024-02-29")));
        assert_eq!(dagen_tussen(d("2025-03-31"), d("2025-03-28")), -3);
    }
}
