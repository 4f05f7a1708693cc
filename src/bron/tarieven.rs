//! Hourly tariffs, dated, with where they come from (SPEC §3). Not in the Overzicht itself
//! (§5 refers to UWV's Dossier Financiële Afspraken).

use chrono::NaiveDate;

use super::datum;
use crate::basis::taal::{tp, Taalpaar};

/// An hourly tariff with the date it is valid from and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tarief {
    pub geldig_vanaf: NaiveDate,
    pub uurtarief_cent: i64,
    pub bron: Taalpaar,
}

/// The bundled tariffs, oldest first: UWV raised the hourly rate for re-integration
/// services to € 86 for Opdrachten from 1 January 2023, travel costs included.
pub const TARIEVEN: [Tarief; 1] = [Tarief {
    geldig_vanaf: datum(2023, 1, 1),
    uurtarief_cent: 8600,
    bron: tp(
        "UWV-uurtarief voor re-integratiediensten voor Opdrachten vanaf 1 januari 2023, reiskosten inbegrepen (meegeleverd met Plantoets)",
        "UWV hourly rate for re-integration services for Opdrachten from 1 January 2023, travel costs included (bundled with Plantoets)",
    ),
}];

/// The bundled tariff valid on this date.
pub fn tarief_op(d: NaiveDate) -> Option<&'static Tarief> {
    TARIEVEN.iter().rev().find(|t| t.geldig_vanaf <= d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tarieven() {
        let d = |j, m, dd| NaiveDate::from_ymd_opt(j, m, dd).unwrap();
        assert_eq!(tarief_op(d(2025, 3, 3)).unwrap().uurtarief_cent, 8600);
        assert_eq!(tarief_op(d(2023, 1, 1)).unwrap().uurtarief_cent, 8600);
        assert!(tarief_op(d(2022, 12, 31)).is_none());
    }
}
