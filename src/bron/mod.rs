//! The source as dated data: the *Overzicht Re-integratiediensten*, one value per version
//! with the date it holds from, chosen once per check by the date of the Opdracht (§1:
//! "de datum van de Opdracht bepaalt welke versie van toepassing is") and handed to every
//! rule. A number of the source exists here once, and reaches a sentence only as a fact.
//!
//! To add a version: a new file beside `v7_1.rs` with its [`Overzicht`] (start from
//! `V7_1` with `..V7_1` and change what changed), and its entry in [`OVERZICHTEN`].

use chrono::NaiveDate;

use crate::plan::{Dienst, Hoofdactiviteit, Onderdeel};

pub mod tarieven;
mod v7_1;
pub mod woorden;

pub use tarieven::{tarief_op, Tarief, TARIEVEN};
pub use v7_1::V7_1;

/// The first day any version of the Overzicht held (§1): no date of the process is earlier.
pub const VROEGSTE_DATUM: NaiveDate = V7_1.versies[0].geldig_vanaf;
/// No date of a plan is later than this (a typing error such as 2205 for 2025).
pub const LAATSTE_DATUM: NaiveDate = datum(2100, 12, 31);

/// Every version of the Overzicht whose rules are implemented, oldest first.
pub const OVERZICHTEN: &[&Overzicht] = &[&V7_1];

/// One version of the Overzicht: everything the rules need from it.
#[derive(Debug, Clone, Copy)]
pub struct Overzicht {
    /// The version, as in the table of §1 ("7.1").
    pub versie: &'static str,
    /// The first Opdracht date it applies to.
    pub geldig_vanaf: NaiveDate,
    /// Tabel III, Tabel IV and §4.8 per service, in the order of SPEC §1. A service that
    /// does not exist in this version is not in the list.
    pub diensten: &'static [DienstInfo],
    pub termijnen: Termijnregels,
    /// Werkbehoud exists from this date (§5) and may be used this many times for one
    /// werkhervatting (§3.5).
    pub werkbehoud_sinds: NaiveDate,
    pub werkbehoud_max_inzet: u32,
    /// The participatieladder's first step of paid work (§2.1 Tabel I).
    pub trede_betaald_werk: u32,
    /// Begeleiding bij Scholing: the doorlooptijd never exceeds this many months (§3.7 Tabel IV).
    pub scholing_max_maanden: u32,
    /// The version table of §1: which version held when (for C01).
    pub versies: &'static [Versie],
    /// The word lists of the text rules.
    pub woorden: &'static woorden::Woorden,
}

impl Overzicht {
    /// The service's numbers in this version; `None` when it does not exist in it.
    pub fn dienst(&self, dienst: Dienst) -> Option<&'static DienstInfo> {
        self.diensten.iter().find(|d| d.dienst == dienst)
    }

    /// The version of §1's table that held on this date; `None` before the first one.
    pub fn versie_op(&self, d: NaiveDate) -> Option<&'static Versie> {
        self.versies
            .iter()
            .rev()
            .find(|v| v.geldig_vanaf <= d && v.geldig_tot.is_none_or(|tot| d <= tot))
            .or_else(|| self.versies.iter().rev().find(|v| v.geldig_vanaf <= d))
    }
}

/// The implemented version that applies on a date: the newest one valid on it; before the
/// oldest, the oldest (C01 says so); with no date, the newest.
pub fn kies<'o>(overzichten: &[&'o Overzicht], datum: Option<NaiveDate>) -> Option<&'o Overzicht> {
    let nieuwste = overzichten.iter().max_by_key(|o| o.geldig_vanaf).copied();
    let Some(d) = datum else { return nieuwste };
    overzichten
        .iter()
        .filter(|o| o.geldig_vanaf <= d)
        .max_by_key(|o| o.geldig_vanaf)
        .or_else(|| overzichten.iter().min_by_key(|o| o.geldig_vanaf))
        .copied()
}

/// How a service limits its hours (§3.6 Tabel III).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urenregel {
    /// A fixed maximum; some services allow a higher one with UWV's approval (footnotes 2, 3).
    Maximum { maximum: u32, verhoogd_maximum: Option<u32> },
    /// Begeleiding bij Scholing: on average so many hours per week of scholing, at most so many a year.
    PerWeek { uren_per_week: u32, maximum_per_jaar: u32 },
    /// Praktijkassessment: no maximum, a fixed price.
    VastePrijs,
}

/// One service, with everything the source fixes for it.
#[derive(Debug, Clone, Copy)]
pub struct DienstInfo {
    pub dienst: Dienst,
    /// Perceel and paragraph describing the service.
    pub perceel: u8,
    pub paragraaf: &'static str,
    pub uren: Urenregel,
    /// Administration hours inside the total (§3.6).
    pub max_administratie_uren: u32,
    /// Maximale generale doorlooptijd in months (§3.7 Tabel IV). Begeleiding bij Scholing:
    /// the scholing's duration, at most this.
    pub max_doorlooptijd_maanden: u32,
    /// Naar werk: work must resume within the doorlooptijd or this many months after (§3.7).
    pub werkhervatting_na_maanden: Option<u32>,
    /// Eindrapportage within this many calendar days after the end (§4.8).
    pub eindrapportage_dagen: u32,
    /// Werkbehoud has no Re-integratieplan (§3.5, §4.1).
    pub heeft_plan: bool,
    /// The steps of the participatieladder the service is meant for, for AG clients (§2.1,
    /// §3.1): Participatie interventie trede 1, Bevorderen maatschappelijke deelname trede 2,
    /// Werkfit maken and Naar werk from trede 3.
    pub tredes: (u32, u32),
    /// Werkfit maken: the three main activities (§3.2, Tabel II).
    pub hoofdactiviteiten: &'static [Hoofdactiviteit],
    /// Praktijkassessment: its two parts (§3.4).
    pub onderdelen: &'static [Onderdeel],
    pub bron_uren: &'static str,
    pub bron_doorlooptijd: &'static str,
}

/// Deadlines in calendar days and periods in months (§3.2.1, §4.4.1), and our own two.
#[derive(Debug, Clone, Copy)]
pub struct Termijnregels {
    /// Submit the plan within so many days of the Opdracht (§4.4.1).
    pub indienen_dagen: u32,
    /// UWV judges within so many days of the submission (§4.4.1).
    pub oordeel_uwv_dagen: u32,
    /// After a rejection, re-submit within so many days, once (§4.4.1).
    pub herindienen_dagen: u32,
    /// Werkfit maken: the evaluatiemoment so many months after the Inkooporder (§3.2.1),
    /// for a client with a ZW benefit and for everyone else (§4.1 "alle overige Cliënten").
    pub evaluatie_maanden_zw: u32,
    pub evaluatie_maanden_overig: u32,
    /// Ours, not the source's: the start is estimated at UWV's days to judge after the
    /// submission (SPEC §2), and T02 warns this many days before the deadline.
    pub start_schatting_dagen: u32,
    pub bijna_te_laat_dagen: u32,
}

/// One row of the version table of §1.
#[derive(Debug, Clone, Copy)]
pub struct Versie {
    pub versie: &'static str,
    /// The date the version was issued, as in the table.
    pub uitgegeven: NaiveDate,
    pub geldig_vanaf: NaiveDate,
    /// Inclusive; `None` for the current version.
    pub geldig_tot: Option<NaiveDate>,
}

/// A date in a `const`.
pub(crate) const fn datum(j: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(j, m, d) {
        Some(d) => d,
        None => NaiveDate::MIN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(j: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dd).unwrap()
    }

    #[test]
    fn tabel_volgt_de_enum() {
        for (i, d) in V7_1.diensten.iter().enumerate() {
            assert_eq!(d.dienst as usize, i);
            assert_eq!(V7_1.dienst(d.dienst).unwrap().dienst, d.dienst);
        }
    }

    #[test]
    fn versies() {
        let v = |dt| V7_1.versie_op(dt).unwrap().versie;
        assert_eq!(v(d(2025, 1, 1)), "7.1");
        assert_eq!(v(d(2026, 6, 1)), "7.1");
        assert_eq!(v(d(2024, 12, 31)), "6.2");
        assert_eq!(v(d(2023, 3, 31)), "6.1");
        assert_eq!(v(d(2019, 6, 1)), "4.1");
        assert_eq!(v(d(2016, 7, 1)), "1.1");
        assert_eq!(v(d(2022, 12, 31)), "6.0");
        assert!(V7_1.versie_op(d(2016, 6, 30)).is_none());
    }

    #[test]
    fn kiezen_op_datum() {
        const V9: Overzicht = Overzicht { versie: "9", geldig_vanaf: datum(2027, 1, 1), ..V7_1 };
        let alle: &[&Overzicht] = &[&V7_1, &V9];
        assert_eq!(kies(alle, Some(d(2026, 12, 31))).unwrap().versie, "7.1");
        assert_eq!(kies(alle, Some(d(2027, 1, 1))).unwrap().versie, "9");
        assert_eq!(kies(alle, Some(d(2020, 1, 1))).unwrap().versie, "7.1");
        assert_eq!(kies(alle, None).unwrap().versie, "9");
    }
}
