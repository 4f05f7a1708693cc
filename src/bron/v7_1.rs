//! Version 7.1 of the Overzicht (20 December 2024, valid from 1 January 2025): Tabel III
//! (§3.6), Tabel IV (§3.7), the deadlines of §3.2.1, §4.4.1 and §4.8, Werkbehoud (§3.5,
//! §5) and the version table of §1.

use super::*;

const GEEN_HOOFD: &[Hoofdactiviteit] = &[];
const GEEN_ONDERDEEL: &[Onderdeel] = &[];

/// A service with the common values of 7.1 (three administration hours, eindrapportage
/// within 14 days, a plan); the differences are written out per service below.
const fn dienst(dienst: Dienst, perceel: u8, paragraaf: &'static str, uren: Urenregel, maanden: u32) -> DienstInfo {
    DienstInfo {
        dienst,
        perceel,
        paragraaf,
        uren,
        max_administratie_uren: 3,
        max_doorlooptijd_maanden: maanden,
        werkhervatting_na_maanden: None,
        eindrapportage_dagen: 14,
        heeft_plan: true,
        tredes: (1, 6),
        hoofdactiviteiten: GEEN_HOOFD,
        onderdelen: GEEN_ONDERDEEL,
        bron_uren: "§3.6 Tabel III",
        bron_doorlooptijd: "§3.7 Tabel IV",
    }
}

const fn max(maximum: u32) -> Urenregel {
    Urenregel::Maximum { maximum, verhoogd_maximum: None }
}

/// Werkbehoud: 18 hours, 3 months, only an eindrapportage (1 administration hour), no plan.
const fn werkbehoud(d: Dienst, paragraaf: &'static str) -> DienstInfo {
    DienstInfo { max_administratie_uren: 1, heeft_plan: false, ..dienst(d, 5, paragraaf, max(18), 3) }
}

/// §3.6 Tabel III, §3.7 Tabel IV, §4.8, in the order of SPEC §1.
const DIENSTEN: [DienstInfo; 8] = [
    DienstInfo { tredes: (1, 1), ..dienst(Dienst::ParticipatieInterventie, 1, "§3.1.1", max(21), 5) },
    DienstInfo { tredes: (2, 2), ..dienst(Dienst::BevorderenMaatschappelijkeDeelname, 1, "§3.1.2", max(21), 5) },
    dienst(
        Dienst::BegeleidingBijScholing,
        1,
        "§3.1.3",
        Urenregel::PerWeek { uren_per_week: 1, maximum_per_jaar: 49 },
        12,
    ),
    DienstInfo {
        hoofdactiviteiten: Hoofdactiviteit::ALLE,
        tredes: (3, 6),
        bron_uren: "§3.6 Tabel III, voetnoot 2",
        ..dienst(Dienst::WerkfitMaken, 2, "§3.2", Urenregel::Maximum { maximum: 41, verhoogd_maximum: Some(60) }, 18)
    },
    DienstInfo {
        werkhervatting_na_maanden: Some(3),
        tredes: (3, 6),
        eindrapportage_dagen: 28,
        bron_uren: "§3.6 Tabel III, voetnoot 3",
        ..dienst(Dienst::NaarWerk, 3, "§3.3", Urenregel::Maximum { maximum: 26, verhoogd_maximum: Some(40) }, 9)
    },
    DienstInfo {
        onderdelen: Onderdeel::ALLE,
        ..dienst(Dienst::Praktijkassessment, 4, "§3.4", Urenregel::VastePrijs, 4)
    },
    werkbehoud(Dienst::WerkbehoudLoondienst, "§3.5.1"),
    werkbehoud(Dienst::WerkbehoudZelfstandige, "§3.5.2"),
];

const fn versie(versie: &'static str, uitgegeven: NaiveDate, vanaf: NaiveDate, tot: Option<NaiveDate>) -> Versie {
    Versie { versie, uitgegeven, geldig_vanaf: vanaf, geldig_tot: tot }
}

/// §1, the version table, oldest first. (7.0 was valid for one day, 1 January 2025, and
/// was replaced by 7.1 from that same date; a date of 2025-01-01 or later is 7.1.)
const VERSIES: [Versie; 11] = [
    versie("1.1", datum(2016, 3, 11), datum(2016, 7, 1), Some(datum(2017, 9, 30))),
    versie("2.0", datum(2017, 8, 25), datum(2017, 10, 1), Some(datum(2018, 2, 28))),
    versie("3.0", datum(2018, 1, 31), datum(2018, 3, 1), Some(datum(2019, 4, 30))),
    versie("4.0", datum(2019, 4, 1), datum(2019, 5, 1), Some(datum(2019, 6, 1))),
    versie("4.1", datum(2019, 4, 30), datum(2019, 6, 1), Some(datum(2020, 6, 30))),
    versie("5.0", datum(2020, 5, 14), datum(2020, 7, 1), Some(datum(2021, 3, 31))),
    versie("6.0", datum(2021, 3, 26), datum(2021, 4, 1), Some(datum(2022, 12, 31))),
    versie("6.1", datum(2023, 1, 1), datum(2023, 1, 1), Some(datum(2023, 3, 31))),
    versie("6.2", datum(2023, 3, 31), datum(2023, 4, 1), Some(datum(2024, 12, 31))),
    versie("7.0", datum(2024, 11, 15), datum(2025, 1, 1), Some(datum(2025, 1, 1))),
    versie("7.1", datum(2024, 12, 20), datum(2025, 1, 1), None),
];

/// Version 7.1.
pub const V7_1: Overzicht = Overzicht {
    versie: "7.1",
    geldig_vanaf: datum(2025, 1, 1),
    diensten: &DIENSTEN,
    termijnen: Termijnregels {
        indienen_dagen: 28,
        oordeel_uwv_dagen: 14,
        herindienen_dagen: 7,
        evaluatie_maanden_zw: 3,
        evaluatie_maanden_overig: 6,
        start_schatting_dagen: 14,
        bijna_te_laat_dagen: 3,
    },
    werkbehoud_sinds: datum(2025, 1, 1),
    werkbehoud_max_inzet: 2,
    trede_betaald_werk: 5,
    scholing_max_maanden: 12,
    versies: &VERSIES,
    woorden: &woorden::WOORDEN,
};
