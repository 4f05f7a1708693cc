//! The rule catalogue (SPEC §6): every code once, in order, with where it is implemented.
//!
//! | group | file | paragraphs |
//! |---|---|---|
//! | I input | `invoer.rs` (I04, I06, I09); I01–I03, I05, I07, I08 in `crate::lezen` | SPEC §3 |
//! | C service and client | `dienst.rs` | §1, §2, §3, §5, §6 |
//! | U Begeleidingsuren | `uren.rs` | §3.6, §4.4.2 |
//! | D doorlooptijd | `doorlooptijd.rs` | §3.7, §3.2.1, §4.5 |
//! | T deadlines | `termijnen.rs` | §4.4.1 |
//! | S SMART and content | `inhoud.rs` | §4.4.1, §3 |
//! | P price | `prijs.rs` | §5, §4.4.2 |
//!
//! Each rule is a `const` with its catalogue entry and a function of the same name in
//! lower case (`U05` and `u05`). Codes are never renumbered or reused.

pub mod dienst;
pub mod doorlooptijd;
pub mod inhoud;
pub mod invoer;
pub mod prijs;
pub mod regel;
pub mod termijnen;
pub mod uren;

pub use regel::{Ctx, Regel};

/// A catalogue entry and the function that checks it (`None`: reported by the reader).
pub struct Registratie {
    pub regel: &'static Regel,
    pub toets: Option<fn(&mut Ctx)>,
}

const fn r(regel: &'static Regel, toets: fn(&mut Ctx)) -> Registratie {
    Registratie { regel, toets: Some(toets) }
}

const fn lezer(regel: &'static Regel) -> Registratie {
    Registratie { regel, toets: None }
}

use dienst::*;
use doorlooptijd::*;
use inhoud::*;
use invoer::*;
use prijs::*;
use termijnen::*;
use uren::*;

/// Every rule, in the order of SPEC §6.
pub const REGELS: &[Registratie] = &[
    lezer(&I01),
    lezer(&I02),
    lezer(&I03),
    r(&I04, i04),
    lezer(&I05),
    r(&I06, i06),
    lezer(&I07),
    lezer(&I08),
    r(&I09, i09),
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

/// Runs every rule that has a check.
pub fn toets_alles(ctx: &mut Ctx) {
    for reg in REGELS {
        if let Some(toets) = reg.toets {
            toets(ctx);
        }
    }
}

/// The catalogue entry of a code.
pub fn zoek(code: &str) -> Option<&'static Regel> {
    REGELS.iter().map(|r| r.regel).find(|r| r.code == code)
}
