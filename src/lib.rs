//! # Plantoets
//!
//! Checks a draft UWV *Re-integratieplan* against the *Overzicht Re-integratiediensten en
//! daaraan gestelde eisen* (version 7.1, 1 January 2025): the caps on Begeleidingsuren
//! (§3.6), the doorlooptijd (§3.7), the deadlines (§4.4.1, §4.8), the SMART content
//! (§4.4.1) and the price (§5). Every problem is a finding with a JSON Pointer to the
//! field, the facts it was made from, and the paragraph it comes from.
//!
//! ```
//! let report = plantoets::check_tekst(r#"{"dienst": "werkfit-maken"}"#, &plantoets::Opties::default());
//! assert!(!report.ok);
//! assert!(report.bevindingen.iter().any(|b| b.code == "I06" && b.pad == "/client/uitkering"));
//! ```
//!
//! A check is a pipeline, one folder per stage; a stage uses only the stages before it,
//! the source data ([`bron`]) and the shared basics (`basis`):
//!
//! 1. `lezen` — JSON text → a [`Plan`] and the findings of reading it (I01–I05, I07, I08);
//! 2. `berekening` — hours, dates and price, as facts;
//! 3. `regels` — every rule by its code (`U05` is `regels::uren::U05` with `u05` below it);
//! 4. [`rapport`] — the only place words are made: labels and messages in nl or en;
//! 5. `schrijven` — the report as JSON text.
//!
//! The plan's fields are declared once, in [`plan::velden`]; the numbers of the source once
//! per version of the Overzicht, in [`bron`].

mod basis;
mod berekening;
pub mod bron;
mod lezen;
pub mod plan;
pub mod rapport;
mod regels;
mod schrijven;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use basis::bevinding::{Bevinding, Ernst, Feit, Naam, Regel, Sjabloon};
pub use basis::breuk::Breuk;
pub use basis::datum::{iso as datum_iso, lees as lees_datum};
pub use basis::taal::{Taal, Taalpaar};
pub use bron::{Overzicht, OVERZICHTEN};
pub use lezen::opties::{Opties, Tarieven, UURTARIEF, VASTE_PRIJS};
pub use lezen::{JS_MARKER, MAX_INVOER_BYTES};
pub use plan::Plan;
pub use rapport::Report;

/// Checks a plan: every rule of the catalogue, the hours, the dates and the price, against
/// the version of the Overzicht its Opdracht falls under.
pub fn check(plan: &Plan, opties: &Opties) -> Report {
    check_met(plan, opties, OVERZICHTEN)
}

/// [`check`] against other versions of the Overzicht than the bundled ones (a version
/// before it is published, or a test's).
pub fn check_met(plan: &Plan, opties: &Opties, overzichten: &[&Overzicht]) -> Report {
    pijplijn(Some(plan), opties, overzichten, Vec::new())
}

/// Checks a plan given as JSON text; problems reading it are findings too (I01–I08).
pub fn check_tekst(tekst: &str, opties: &Opties) -> Report {
    let (plan, gelezen) = lezen::lees_tekst(tekst);
    pijplijn(plan.as_ref(), opties, OVERZICHTEN, gelezen)
}

/// [`check_tekst`] against other versions of the Overzicht than the bundled ones.
pub fn check_tekst_met(tekst: &str, opties: &Opties, overzichten: &[&Overzicht]) -> Report {
    let (plan, gelezen) = lezen::lees_tekst(tekst);
    pijplijn(plan.as_ref(), opties, overzichten, gelezen)
}

/// JSON in, JSON out: the plan's text and the options' text (may be empty) give the
/// report's text. Never fails: bad input of either kind becomes findings.
pub fn check_json(plan: &str, opties: &str) -> String {
    check_json_op(plan, opties, None)
}

/// [`check_json`], with the `peildatum` to use when the options give none ("today").
pub fn check_json_op(plan: &str, opties: &str, vandaag: Option<chrono::NaiveDate>) -> String {
    schrijven::json(&check_json_rapport(plan, opties, vandaag))
}

/// [`check_json_op`] with every character above ASCII escaped (`\u00eb`): the same JSON
/// value, which JavaScript takes in much faster (`schrijven::json_ascii`). For `wasm.rs`.
pub fn check_json_ascii(plan: &str, opties: &str, vandaag: Option<chrono::NaiveDate>) -> String {
    schrijven::json_ascii(&check_json_rapport(plan, opties, vandaag))
}

fn check_json_rapport(plan: &str, opties: &str, vandaag: Option<chrono::NaiveDate>) -> Report {
    let (mut opties, mut gelezen) = Opties::lees(opties);
    opties.peildatum = opties.peildatum.or(vandaag);
    let (plan, mut uit_plan) = lezen::lees_tekst(plan);
    gelezen.append(&mut uit_plan);
    pijplijn(plan.as_ref(), &opties, OVERZICHTEN, gelezen)
}

/// The stages, in order.
fn pijplijn(plan: Option<&Plan>, opties: &Opties, overzichten: &[&Overzicht], gelezen: Vec<Bevinding>) -> Report {
    let overzicht = kies_overzicht(plan, opties, overzichten);
    let Some(plan) = plan else { return rapport::onleesbaar(gelezen, overzicht, opties.taal) };
    let ber = berekening::bereken(plan, opties, overzicht);
    let uitkomst = regels::toets(plan, &ber, opties, overzicht, gelezen);
    let uitzondering = plan.uitzondering_uwv.kopie() == Some(true);
    rapport::maak(uitkomst, &ber, overzicht, uitzondering, opties.taal)
}

/// The version of the Overzicht that applies: by the Opdracht's date (§1); for Werkbehoud,
/// which has none, the Inkooporder's; for a draft without either, the `peildatum`.
fn kies_overzicht<'o>(plan: Option<&Plan>, opties: &Opties, overzichten: &[&'o Overzicht]) -> &'o Overzicht {
    let datum = plan.and_then(|p| p.datums.opdracht.kopie().or(p.datums.inkooporder.kopie())).or(opties.peildatum);
    bron::kies(overzichten, datum).unwrap_or(&bron::V7_1)
}

/// A report (or the catalogue, or the services) as JSON text.
pub fn naar_json(report: &Report) -> String {
    schrijven::json(report)
}

/// The services of the version of the Overzicht that holds on a date (the newest without
/// one), with their numbers (Tabel III, Tabel IV, §4.8), as JSON text.
pub fn diensten_json(datum: Option<chrono::NaiveDate>) -> String {
    let o = bron::kies(OVERZICHTEN, datum).unwrap_or(&bron::V7_1);
    let lijst: Vec<_> = o.diensten.iter().map(|info| schrijven::DienstVanVersie { info, overzicht: o }).collect();
    schrijven::json(&lijst)
}

/// The services of the newest version of the Overzicht.
pub fn diensten() -> &'static [bron::DienstInfo] {
    bron::kies(OVERZICHTEN, None).unwrap_or(&bron::V7_1).diensten
}

/// Every rule of SPEC §6 with its explanation and the names of its facts.
pub fn catalogus() -> Vec<&'static Regel> {
    regels::REGELS.iter().map(|r| r.regel).collect()
}

/// The catalogue as JSON text.
pub fn catalogus_json() -> String {
    schrijven::json(&catalogus())
}

/// The Begeleidingsuren of one activity, exactly (§3.6); `None` when they cannot be computed.
pub fn activiteit_uren(a: &plan::Activiteit) -> Option<Breuk> {
    berekening::activiteit_uren(a)
}

/// The catalogue entry of a code.
pub fn regel(code: &str) -> Option<&'static Regel> {
    regels::zoek(code)
}

/// A JSON Schema (draft-07) of the plan, as JSON text.
pub fn schema() -> String {
    schrijven::schema::schema()
}

/// The stages of a check one by one, for timing them (`examples/fasen.rs`); not an API.
#[doc(hidden)]
pub mod fasen {
    use super::*;

    pub fn parse(tekst: &str) -> bool {
        basis::json::parse(tekst).is_ok()
    }
    pub fn lees(tekst: &str) -> Option<Plan<'_>> {
        lezen::lees_tekst(tekst).0
    }
    pub fn bereken(plan: &Plan, opties: &Opties) -> usize {
        berekening::bereken(plan, opties, &bron::V7_1).uren.activiteiten.len()
    }
}
