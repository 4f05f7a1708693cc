//! Stage 3, the rules (SPEC §6): every code once, in order, with where it is implemented.
//! A rule is a `static` with its catalogue entry and its messages, directly above the
//! function of the same name in lower case (`U05` and `u05`); it finds, with facts, and
//! makes no words (the report does). Codes are never renumbered or reused.
//!
//! | group | file | paragraphs |
//! |---|---|---|
//! | I input | `crate::lezen` (I01–I05, I07, I08, read as the plan is read); `invoer.rs` (I04 for an activity's hours, I06, I09, I10, I12); `toelichting.rs` (I11) | |
//! | C service and client | `dienst.rs` | §1, §2, §3, §5, §6 |
//! | U Begeleidingsuren | `uren.rs` | §3.6, §4.4.2 |
//! | D doorlooptijd | `doorlooptijd.rs` | §3.7, §3.2.1, §4.5 |
//! | T deadlines | `termijnen.rs` | §4.4.1 |
//! | S SMART and content | `inhoud.rs` | §4.4.1, §3 |
//! | P price | `prijs.rs` | §5, §4.4.2 |
//!
//! The text rules (C08–C10, S04, S06, S11, S15) read sentences with `zinnen.rs`.

use crate::basis::bevinding::{Bevinding, Ernst, Feit, Feiten, Naam, Regel};
use crate::berekening::Berekening;
use crate::bron::{DienstInfo, Overzicht};
use crate::lezen::opties::Opties;
use crate::lezen::{I01, I02, I03, I04, I05, I07, I08};
use crate::plan::{Dienst, Keuze, Plan, Veld};

mod dienst;
mod doorlooptijd;
mod inhoud;
mod invoer;
mod prijs;
mod termijnen;
mod toelichting;
mod uren;
mod zinnen;

use dienst::*;
use doorlooptijd::*;
use inhoud::*;
use invoer::*;
use prijs::*;
use termijnen::*;
use toelichting::*;
use uren::*;

/// A catalogue entry and the function that checks it (`None`: reported by the reader, or
/// by the pass over the toelichtingen).
pub struct Registratie {
    pub regel: &'static Regel,
    pub toets: Option<fn(&mut Ctx)>,
}

const fn r(regel: &'static Regel, toets: fn(&mut Ctx)) -> Registratie {
    Registratie { regel, toets: Some(toets) }
}

const fn elders(regel: &'static Regel) -> Registratie {
    Registratie { regel, toets: None }
}

/// Every rule, in the order of SPEC §6.
pub static REGELS: &[Registratie] = &[
    elders(&I01),
    elders(&I02),
    elders(&I03),
    r(&I04, i04),
    elders(&I05),
    r(&I06, i06),
    elders(&I07),
    elders(&I08),
    r(&I09, i09),
    r(&I10, i10),
    elders(&I11),
    r(&I12, i12),
    r(&C01, c01),
    r(&C02, c02),
    r(&C03, c03),
    r(&C04, c04),
    r(&C05, c05),
    r(&C06, c06),
    r(&C07, c07),
    r(&C08, c08),
    r(&C09, c09),
    r(&C10, c10),
    r(&C11, c11),
    r(&U01, u01),
    r(&U02, u02),
    r(&U03, u03),
    r(&U04, u04),
    r(&U05, u05),
    r(&U06, u06),
    r(&U07, u07),
    r(&U08, u08),
    r(&U09, u09),
    r(&U10, u10),
    r(&D01, d01),
    r(&D02, d02),
    r(&D03, d03),
    r(&D04, d04),
    r(&D05, d05),
    r(&D06, d06),
    r(&D07, d07),
    r(&D08, d08),
    r(&D09, d09),
    r(&T01, t01),
    r(&T02, t02),
    r(&T03, t03),
    r(&T04, t04),
    r(&S01, s01),
    r(&S02, s02),
    r(&S03, s03),
    r(&S04, s04),
    r(&S05, s05),
    r(&S06, s06),
    r(&S07, s07),
    r(&S08, s08),
    r(&S09, s09),
    r(&S10, s10),
    r(&S11, s11),
    r(&S12, s12),
    r(&S13, s13),
    r(&S14, s14),
    r(&S15, s15),
    r(&S16, s16),
    r(&P01, p01),
    r(&P02, p02),
    r(&P03, p03),
];

/// The catalogue entry of a code.
pub fn zoek(code: &str) -> Option<&'static Regel> {
    REGELS.iter().map(|r| r.regel).find(|r| r.code == code)
}

/// What the rules stage hands on: every finding (the reader's included) and the codes it
/// did not check because the options said so.
pub struct Uitkomst {
    pub bevindingen: Vec<Bevinding>,
    pub genegeerd: Vec<&'static str>,
}

/// Runs every rule that is not ignored, then answers waarschuwingen with the plan's
/// toelichtingen (I11).
pub fn toets(
    plan: &Plan,
    ber: &Berekening,
    opties: &Opties,
    overzicht: &Overzicht,
    gelezen: Vec<Bevinding>,
) -> Uitkomst {
    let (genegeerd, mut uit) = negeer::lees(&opties.negeer);
    let teksten = zinnen::ActiviteitTeksten::van(plan, overzicht.woorden);
    let mut ctx = Ctx { plan, ber, opties, overzicht, uit: gelezen, teksten };
    ctx.uit.append(&mut uit);
    for reg in REGELS {
        if let Some(toets) = reg.toets {
            if !genegeerd.contains(&reg.regel.code) {
                toets(&mut ctx);
            }
        }
    }
    if !genegeerd.contains(&I11.code) {
        beantwoord(&mut ctx, &genegeerd);
    }
    Uitkomst { bevindingen: ctx.uit, genegeerd }
}

/// What a rule sees: the plan, what was computed from it, the options and the version of
/// the Overzicht that applies; and where it reports.
pub struct Ctx<'c, 'a: 'c> {
    pub plan: &'c Plan<'a>,
    pub ber: &'c Berekening,
    pub opties: &'c Opties,
    pub overzicht: &'c Overzicht,
    pub uit: Vec<Bevinding>,
    /// The activities' texts, folded once for all the text rules (see `tekst`).
    pub teksten: Vec<zinnen::ActiviteitTeksten<'c>>,
}

impl<'c, 'a> Ctx<'c, 'a> {
    /// Reports a finding: the rule, its severity, the field, which message, and its facts.
    pub fn meld(&mut self, regel: &'static Regel, ernst: Ernst, pad: impl Into<String>, sleutel: &str, feiten: Feiten) {
        self.uit.push(regel.vind(ernst, pad.into(), sleutel, feiten));
    }

    pub fn dienst(&self) -> Option<Dienst> {
        self.plan.dienst.kopie()
    }

    /// The numbers of the service in the version that applies.
    pub fn info(&self) -> Option<&'static DienstInfo> {
        self.dienst().and_then(|d| self.overzicht.dienst(d))
    }

    /// The service as a fact.
    pub fn dienst_feit(&self) -> Option<(&'static str, Feit)> {
        self.dienst().map(|d| ("dienst", Feit::Naam(Naam { code: d.code(), naam: d.naam() })))
    }

    pub fn is_werkbehoud(&self) -> bool {
        self.dienst().is_some_and(Dienst::is_werkbehoud)
    }

    /// The activities, when the plan has a list of them.
    pub fn activiteiten(&self) -> &'c [crate::plan::Activiteit<'a>] {
        match &self.plan.activiteiten {
            Veld::Waarde(l) => l,
            _ => &[],
        }
    }
}

/// A pointer into a list: `/activiteiten/3/sessies` (`veld` empty: the item itself).
pub fn pad_in(lijst: &str, i: usize, veld: &str) -> String {
    let mut p = String::with_capacity(lijst.len() + veld.len() + 8);
    p.push('/');
    p.push_str(lijst);
    p.push('/');
    crate::basis::cijfers::cijfers(i as i128, &mut p);
    if !veld.is_empty() {
        p.push('/');
        p.push_str(veld);
    }
    p
}

/// An activity's or milestone's number as people count (from 1), as a fact.
pub fn nummer(i: usize) -> Feit {
    Feit::Geheel(i as i64 + 1)
}

/// The option `negeer` (SPEC v2 §3): codes or whole groups (one letter) not to check.
mod negeer {
    use super::*;

    /// The codes to skip, and a finding for each entry that names no rule (or one that
    /// cannot be skipped: input that cannot be read is never a plan that passes).
    pub fn lees(negeer: &[String]) -> (Vec<&'static str>, Vec<Bevinding>) {
        let mut codes: Vec<&'static str> = Vec::new();
        let mut uit = Vec::new();
        let mut fout = |sleutel: &str, waarde: &str| {
            uit.push(I05.vind(
                Ernst::Fout,
                String::new(),
                sleutel,
                vec![
                    ("waarde", Feit::Tekst(waarde.chars().take(60).collect())),
                    ("optie", Feit::Tekst("negeer".into())),
                ],
            ));
        };
        for n in negeer {
            let groep = n.len() == 1 && n.chars().all(|c| c.is_ascii_uppercase());
            let gevonden: Vec<&'static Regel> = REGELS
                .iter()
                .map(|r| r.regel)
                .filter(|r| if groep { r.code.starts_with(n.as_str()) } else { r.code == n })
                .collect();
            if gevonden.is_empty() {
                fout("negeer-onbekend", n);
                continue;
            }
            let mag: Vec<&'static str> = gevonden.iter().filter(|r| !leesregel(r.code)).map(|r| r.code).collect();
            if mag.is_empty() {
                fout("negeer-lezen", n);
            }
            for c in mag {
                if !codes.contains(&c) {
                    codes.push(c);
                }
            }
        }
        crate::basis::sorteer::stabiel(&mut codes, |a, b| a < b);
        (codes, uit)
    }

    /// I01–I08: reading the input; never skipped.
    fn leesregel(code: &str) -> bool {
        matches!(code, "I01" | "I02" | "I03" | "I04" | "I05" | "I06" | "I07" | "I08")
    }
}
