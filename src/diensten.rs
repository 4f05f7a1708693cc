//! The numbers of the Overzicht, once: Tabel III (Begeleidingsuren, §3.6), Tabel IV
//! (doorlooptijd, §3.7), the deadlines of §3.2.1, §4.4.1 and §4.8, the version table of §1,
//! and the hourly tariff. Everything else (rules, report, the page through `diensten()`)
//! reads them from here.

use chrono::NaiveDate;

use crate::plan::{Dienst, Hoofdactiviteit, Onderdeel};
use crate::schrijven::{object, Schrijf, Schrijver};

/// How a service limits its hours (§3.6 Tabel III).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urenregel {
    /// A fixed maximum; some services allow a higher one with UWV's approval (footnotes 2, 3).
    Maximum { maximum: u32, verhoogd_maximum: Option<u32> },
    /// Begeleiding bij Scholing: on average one hour per week of scholing, at most 49 a year.
    PerWeek { uren_per_week: u32, maximum_per_jaar: u32 },
    /// Praktijkassessment: no maximum, a fixed price.
    VastePrijs,
}

impl Schrijf for Urenregel {
    fn schrijf(&self, s: &mut Schrijver) {
        s.begin_object();
        match *self {
            Urenregel::Maximum { maximum, verhoogd_maximum } => {
                s.veld("soort", "maximum");
                s.veld("maximum", &maximum);
                s.veld("verhoogdMaximum", &verhoogd_maximum);
            }
            Urenregel::PerWeek { uren_per_week, maximum_per_jaar } => {
                s.veld("soort", "perWeek");
                s.veld("urenPerWeek", &uren_per_week);
                s.veld("maximumPerJaar", &maximum_per_jaar);
            }
            Urenregel::VastePrijs => s.veld("soort", "vastePrijs"),
        }
        s.einde_object();
    }
}

/// One service, with everything the source fixes for it.
#[derive(Debug, Clone, Copy)]
pub struct DienstInfo {
    pub dienst: Dienst,
    pub naam: Taalpaar,
    /// Perceel and paragraph describing the service.
    pub perceel: u8,
    pub paragraaf: &'static str,
    pub uren: Urenregel,
    /// Administration hours inside the total: 3, for Werkbehoud 1 (§3.6).
    pub max_administratie_uren: u32,
    /// Maximale generale doorlooptijd in months (§3.7 Tabel IV). Begeleiding bij Scholing:
    /// the scholing's duration, at most 12.
    pub max_doorlooptijd_maanden: u32,
    /// Naar werk: work must resume within the doorlooptijd or this many months after (§3.7).
    pub werkhervatting_na_maanden: Option<u32>,
    /// Eindrapportage within this many calendar days after the end (§4.8).
    pub eindrapportage_dagen: u32,
    /// Werkbehoud has no Re-integratieplan (§3.5, §4.1).
    pub heeft_plan: bool,
    /// Werkfit maken: the three main activities (§3.2, Tabel II).
    pub hoofdactiviteiten: &'static [Hoofdactiviteit],
    /// Praktijkassessment: its two parts (§3.4).
    pub onderdelen: &'static [Onderdeel],
    pub bron_uren: &'static str,
    pub bron_doorlooptijd: &'static str,
}

impl Schrijf for DienstInfo {
    fn schrijf(&self, s: &mut Schrijver) {
        s.begin_object();
        s.veld("dienst", &self.dienst);
        s.veld("naam", &self.naam);
        s.veld("perceel", &self.perceel);
        s.veld("paragraaf", self.paragraaf);
        s.veld("uren", &self.uren);
        s.veld("maxAdministratieUren", &self.max_administratie_uren);
        s.veld("maxDoorlooptijdMaanden", &self.max_doorlooptijd_maanden);
        s.veld("werkhervattingNaMaanden", &self.werkhervatting_na_maanden);
        s.veld("eindrapportageDagen", &self.eindrapportage_dagen);
        s.veld("heeftPlan", &self.heeft_plan);
        // With their names (Tabel II, §3.4), so the page needs no copy of them.
        s.veld(
            "hoofdactiviteiten",
            &self.hoofdactiviteiten.iter().map(|h| Benoemd { code: h.code(), naam: h.naam() }).collect::<Vec<_>>(),
        );
        s.veld(
            "onderdelen",
            &self.onderdelen.iter().map(|o| Benoemd { code: o.code(), naam: o.naam() }).collect::<Vec<_>>(),
        );
        s.veld("bronUren", self.bron_uren);
        s.veld("bronDoorlooptijd", self.bron_doorlooptijd);
        s.einde_object();
    }
}

/// A text in Dutch and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Taalpaar {
    pub nl: &'static str,
    pub en: &'static str,
}

object!(Taalpaar { "nl" => nl, "en" => en });

const fn tp(nl: &'static str, en: &'static str) -> Taalpaar {
    Taalpaar { nl, en }
}

const GEEN_HOOFD: &[Hoofdactiviteit] = &[];
const GEEN_ONDERDEEL: &[Onderdeel] = &[];

/// §3.6 Tabel III, §3.7 Tabel IV, §4.8, in the order of SPEC §1.
pub const DIENSTEN: [DienstInfo; 8] = [
    DienstInfo {
        dienst: Dienst::ParticipatieInterventie,
        naam: tp("Participatie interventie", "Participation intervention"),
        perceel: 1,
        paragraaf: "§3.1.1",
        uren: Urenregel::Maximum { maximum: 21, verhoogd_maximum: None },
        max_administratie_uren: 3,
        max_doorlooptijd_maanden: 5,
        werkhervatting_na_maanden: None,
        eindrapportage_dagen: 14,
        heeft_plan: true,
        hoofdactiviteiten: GEEN_HOOFD,
        onderdelen: GEEN_ONDERDEEL,
        bron_uren: "§3.6 Tabel III",
        bron_doorlooptijd: "§3.7 Tabel IV",
    },
    DienstInfo {
        dienst: Dienst::BevorderenMaatschappelijkeDeelname,
        naam: tp("Bevorderen maatschappelijke deelname", "Promoting participation in society"),
        perceel: 1,
        paragraaf: "§3.1.2",
        uren: Urenregel::Maximum { maximum: 21, verhoogd_maximum: None },
        max_administratie_uren: 3,
        max_doorlooptijd_maanden: 5,
        werkhervatting_na_maanden: None,
        eindrapportage_dagen: 14,
        heeft_plan: true,
        hoofdactiviteiten: GEEN_HOOFD,
        onderdelen: GEEN_ONDERDEEL,
        bron_uren: "§3.6 Tabel III",
        bron_doorlooptijd: "§3.7 Tabel IV",
    },
    DienstInfo {
        dienst: Dienst::BegeleidingBijScholing,
        naam: tp("Begeleiding bij Scholing", "Support during training"),
        perceel: 1,
        paragraaf: "§3.1.3",
        uren: Urenregel::PerWeek { uren_per_week: 1, maximum_per_jaar: 49 },
        max_administratie_uren: 3,
        max_doorlooptijd_maanden: 12,
        werkhervatting_na_maanden: None,
        eindrapportage_dagen: 14,
        heeft_plan: true,
        hoofdactiviteiten: GEEN_HOOFD,
        onderdelen: GEEN_ONDERDEEL,
        bron_uren: "§3.6 Tabel III",
        bron_doorlooptijd: "§3.7 Tabel IV",
    },
    DienstInfo {
        dienst: Dienst::WerkfitMaken,
        naam: tp("Werkfit maken", "Getting fit for work"),
        perceel: 2,
        paragraaf: "§3.2",
        uren: Urenregel::Maximum { maximum: 41, verhoogd_maximum: Some(60) },
        max_administratie_uren: 3,
        max_doorlooptijd_maanden: 18,
        werkhervatting_na_maanden: None,
        eindrapportage_dagen: 14,
        heeft_plan: true,
        hoofdactiviteiten: Hoofdactiviteit::ALLE,
        onderdelen: GEEN_ONDERDEEL,
        bron_uren: "§3.6 Tabel III, voetnoot 2",
        bron_doorlooptijd: "§3.7 Tabel IV",
    },
    DienstInfo {
        dienst: Dienst::NaarWerk,
        naam: tp("Naar werk", "Into work"),
        perceel: 3,
        paragraaf: "§3.3",
        uren: Urenregel::Maximum { maximum: 26, verhoogd_maximum: Some(40) },
        max_administratie_uren: 3,
        max_doorlooptijd_maanden: 9,
        werkhervatting_na_maanden: Some(3),
        eindrapportage_dagen: 28,
        heeft_plan: true,
        hoofdactiviteiten: GEEN_HOOFD,
        onderdelen: GEEN_ONDERDEEL,
        bron_uren: "§3.6 Tabel III, voetnoot 3",
        bron_doorlooptijd: "§3.7 Tabel IV",
    },
    DienstInfo {
        dienst: Dienst::Praktijkassessment,
        naam: tp("Praktijkassessment", "Practical assessment"),
        perceel: 4,
        paragraaf: "§3.4",
        uren: Urenregel::VastePrijs,
        max_administratie_uren: 3,
        max_doorlooptijd_maanden: 4,
        werkhervatting_na_maanden: None,
        eindrapportage_dagen: 14,
        heeft_plan: true,
        hoofdactiviteiten: GEEN_HOOFD,
        onderdelen: Onderdeel::ALLE,
        bron_uren: "§3.6 Tabel III",
        bron_doorlooptijd: "§3.7 Tabel IV",
    },
    DienstInfo {
        dienst: Dienst::WerkbehoudLoondienst,
        naam: tp("Werkbehoud bij werk in loondienst", "Job retention (employed)"),
        perceel: 5,
        paragraaf: "§3.5.1",
        uren: Urenregel::Maximum { maximum: 18, verhoogd_maximum: None },
        max_administratie_uren: 1,
        max_doorlooptijd_maanden: 3,
        werkhervatting_na_maanden: None,
        eindrapportage_dagen: 14,
        heeft_plan: false,
        hoofdactiviteiten: GEEN_HOOFD,
        onderdelen: GEEN_ONDERDEEL,
        bron_uren: "§3.6 Tabel III",
        bron_doorlooptijd: "§3.7 Tabel IV",
    },
    DienstInfo {
        dienst: Dienst::WerkbehoudZelfstandige,
        naam: tp("Werkbehoud als zelfstandig ondernemer", "Job retention (self-employed)"),
        perceel: 5,
        paragraaf: "§3.5.2",
        uren: Urenregel::Maximum { maximum: 18, verhoogd_maximum: None },
        max_administratie_uren: 1,
        max_doorlooptijd_maanden: 3,
        werkhervatting_na_maanden: None,
        eindrapportage_dagen: 14,
        heeft_plan: false,
        hoofdactiviteiten: GEEN_HOOFD,
        onderdelen: GEEN_ONDERDEEL,
        bron_uren: "§3.6 Tabel III",
        bron_doorlooptijd: "§3.7 Tabel IV",
    },
];

impl Dienst {
    pub fn info(self) -> &'static DienstInfo {
        &DIENSTEN[self as usize]
    }
}

impl Hoofdactiviteit {
    /// The names of Tabel II (§3.2).
    pub fn naam(self) -> Taalpaar {
        match self {
            Hoofdactiviteit::Werknemersvaardigheden => {
                tp("Versterken van de werknemersvaardigheden", "Strengthening employee skills")
            }
            Hoofdactiviteit::PersoonlijkeEffectiviteit => {
                tp("Verbeteren van de persoonlijke effectiviteit", "Improving personal effectiveness")
            }
            Hoofdactiviteit::Arbeidsmarktpositie => {
                tp("Arbeidsmarktpositie in beeld brengen", "Mapping the labour-market position")
            }
        }
    }
}

impl Onderdeel {
    /// The two parts of a Praktijkassessment (§3.4).
    pub fn naam(self) -> Taalpaar {
        match self {
            Onderdeel::Assessment => {
                tp("Assessment met gesprekken en testen", "Assessment with conversations and tests")
            }
            Onderdeel::Praktijkobservatie => tp("Observatie in een werksituatie", "Observation in a work situation"),
        }
    }
}

/// A value with its name, for the page: `{"code": "…", "naam": {"nl": "…", "en": "…"}}`.
struct Benoemd {
    code: &'static str,
    naam: Taalpaar,
}
object!(Benoemd { "code" => code, "naam" => naam });

/// Begeleiding bij Scholing: the doorlooptijd never exceeds one year (§3.7 Tabel IV).
pub const SCHOLING_MAX_MAANDEN: u32 = 12;

/// Deadlines in calendar days (§4.4.1).
pub const INDIENEN_DAGEN: u64 = 28;
pub const OORDEEL_UWV_DAGEN: u64 = 14;
pub const HERINDIENEN_DAGEN: u64 = 7;
/// Our estimate of the start when UWV has not decided yet: its 14 days to judge (SPEC §2).
pub const START_SCHATTING_DAGEN: u64 = 14;
/// Werkfit maken: evaluatiemoment after the Inkooporder (§3.2.1): 3 months for a client
/// with a ZW benefit, 6 months for everyone else (§4.1 "alle overige Cliënten").
pub const EVALUATIE_MAANDEN_ZW: u32 = 3;
pub const EVALUATIE_MAANDEN_OVERIG: u32 = 6;
/// Werkbehoud: at most twice for one werkhervatting (§3.5).
pub const WERKBEHOUD_MAX_INZET: i64 = 2;
/// T02 warns when this many days or fewer are left.
pub const BIJNA_TE_LAAT_DAGEN: i64 = 3;

const fn datum(j: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(j, m, d) {
        Some(d) => d,
        None => NaiveDate::MIN,
    }
}

/// Werkbehoud exists from 1 January 2025 (§5).
pub const WERKBEHOUD_SINDS: NaiveDate = datum(2025, 1, 1);

/// One version of the Overzicht (§1, "Versiebeheer"). The date of the Opdracht decides which
/// version applies.
#[derive(Debug, Clone, Copy)]
pub struct Versie {
    pub versie: &'static str,
    /// The date the version was issued, as in the table.
    pub uitgegeven: NaiveDate,
    pub geldig_vanaf: NaiveDate,
    /// Inclusive; `None` for the current version.
    pub geldig_tot: Option<NaiveDate>,
}

const fn versie(versie: &'static str, uitgegeven: NaiveDate, vanaf: NaiveDate, tot: Option<NaiveDate>) -> Versie {
    Versie { versie, uitgegeven, geldig_vanaf: vanaf, geldig_tot: tot }
}

/// §1, the version table, oldest first. (7.0 was valid for one day, 1 January 2025, and
/// was replaced by 7.1 from that same date; a date of 2025-01-01 or later is 7.1.)
pub const VERSIES: [Versie; 11] = [
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

/// The version implemented here.
pub const HUIDIGE_VERSIE: &Versie = &VERSIES[10];

/// The version that applies to an Opdracht of this date: the newest one valid on it.
/// `None` before the first version (1 July 2016).
pub fn versie_op(d: NaiveDate) -> Option<&'static Versie> {
    VERSIES
        .iter()
        .rev()
        .find(|v| v.geldig_vanaf <= d && v.geldig_tot.is_none_or(|tot| d <= tot))
        .or_else(|| VERSIES.iter().rev().find(|v| v.geldig_vanaf <= d))
}

/// An hourly tariff with the date it is valid from and where it comes from (SPEC §3).
#[derive(Debug, Clone, Copy)]
pub struct Tarief {
    pub geldig_vanaf: NaiveDate,
    pub uurtarief_cent: i64,
    pub bron: Taalpaar,
}

/// The bundled tariffs, oldest first. Not in the Overzicht itself (§5 refers to the DFA):
/// UWV raised the hourly rate for re-integration services to € 86 for Opdrachten from
/// 1 January 2023, travel costs included.
pub const TARIEVEN: [Tarief; 1] = [Tarief {
    geldig_vanaf: datum(2023, 1, 1),
    uurtarief_cent: 8600,
    bron: tp(
        "UWV-uurtarief re-integratiediensten € 86,00 voor Opdrachten vanaf 1 januari 2023, reiskosten inbegrepen (meegeleverd met Plantoets)",
        "UWV hourly rate for re-integration services € 86.00 for Opdrachten from 1 January 2023, travel costs included (bundled with Plantoets)",
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
    fn tabel_volgt_de_enum() {
        for (i, d) in DIENSTEN.iter().enumerate() {
            assert_eq!(d.dienst as usize, i);
            assert_eq!(d.dienst.info().dienst, d.dienst);
        }
    }

    #[test]
    fn versies() {
        let d = |j, m, dd| NaiveDate::from_ymd_opt(j, m, dd).unwrap();
        assert_eq!(versie_op(d(2025, 1, 1)).unwrap().versie, "7.1");
        assert_eq!(versie_op(d(2026, 6, 1)).unwrap().versie, "7.1");
        assert_eq!(versie_op(d(2024, 12, 31)).unwrap().versie, "6.2");
        assert_eq!(versie_op(d(2023, 3, 31)).unwrap().versie, "6.1");
        assert_eq!(versie_op(d(2019, 6, 1)).unwrap().versie, "4.1");
        assert_eq!(versie_op(d(2016, 7, 1)).unwrap().versie, "1.1");
        // 2023-01-01 .. not covered between 6.0 (to 2022-12-31) and 6.1: covered.
        assert_eq!(versie_op(d(2022, 12, 31)).unwrap().versie, "6.0");
        assert!(versie_op(d(2016, 6, 30)).is_none());
    }

    #[test]
    fn tarieven() {
        let d = |j, m, dd| NaiveDate::from_ymd_opt(j, m, dd).unwrap();
        assert_eq!(tarief_op(d(2025, 3, 3)).unwrap().uurtarief_cent, 8600);
        assert_eq!(tarief_op(d(2023, 1, 1)).unwrap().uurtarief_cent, 8600);
        assert!(tarief_op(d(2022, 12, 31)).is_none());
    }
}
