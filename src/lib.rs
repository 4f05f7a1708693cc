//! # Plantoets
//!
//! Checks a draft UWV *Re-integratieplan* against the *Overzicht Re-integratiediensten en
//! daaraan gestelde eisen*, version 7.1 (1 January 2025): the caps on Begeleidingsuren
//! (§3.6), the doorlooptijd (§3.7), the deadlines (§4.4.1, §4.8), the SMART content
//! (§4.4.1) and the price (§5). Every problem is a finding with a JSON Pointer to the field
//! and the paragraph it comes from.
//!
//! ```
//! let report = plantoets::check_tekst(r#"{"dienst": "werkfit-maken"}"#, &plantoets::Opties::default());
//! assert!(!report.ok);
//! assert!(report.bevindingen.iter().any(|b| b.code == "I06" && b.pad == "/client/uitkering"));
//! ```
//!
//! Where to find things: the numbers of the source in [`diensten`], the plan's fields in
//! [`velden`], the computed hours, dates and price in [`berekening`], and every rule, by
//! its code, in [`regels`] (`regels::uren::U05` and `regels::uren::u05`).

// Never panic on any input: outside the tests, `cargo clippy` rejects (npm test runs it with
// the same lints for the command line too) unwrap, expect, panic! and unreachable!.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::unreachable))]

pub mod berekening;
pub mod bericht;
pub mod breuk;
pub mod datum;
pub mod diensten;
pub mod json;
pub mod lezen;
pub mod opties;
pub mod pad;
pub mod plan;
pub mod rapport;
pub mod regels;
pub mod schema;
pub mod schrijven;
pub mod tekst;
pub mod velden;
pub mod woorden;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use opties::{Opties, Tarieven};
pub use plan::Plan;
pub use rapport::{Bevinding, Ernst, Report, Taal};

use rapport::Regelset;
use regels::Ctx;

/// Checks a plan: every rule of the catalogue, the hours, the dates and the price.
pub fn check(plan: &Plan, opties: &Opties) -> Report {
    rapport(plan, opties, Vec::new())
}

/// Checks a plan given as JSON text; problems reading it are findings too (I01–I08).
pub fn check_tekst(tekst: &str, opties: &Opties) -> Report {
    match lezen::lees_tekst(tekst, opties.taal) {
        (Some(plan), bevindingen) => rapport(&plan, opties, bevindingen),
        // Not a plan at all: the reading findings are the whole report.
        (None, bevindingen) => Report {
            ok: false,
            regelset: Regelset::default(),
            bevindingen,
            uren: rapport::UrenRapport::default(),
            termijnen: rapport::Termijnen::default(),
            prijs: rapport::Prijs::default(),
        },
    }
}

/// JSON in, JSON out: the plan's text and the options' text (may be empty) give the
/// report's text. Never fails: bad input of either kind becomes findings.
pub fn check_json(plan: &str, opties: &str) -> String {
    check_json_op(plan, opties, None)
}

/// [`check_json`], with the `peildatum` to use when the options give none ("today").
pub fn check_json_op(plan: &str, opties: &str, vandaag: Option<chrono::NaiveDate>) -> String {
    let (mut opties, mut vooraf) = Opties::lees(opties);
    opties.peildatum = opties.peildatum.or(vandaag);
    let mut report = check_tekst(plan, &opties);
    if !vooraf.is_empty() {
        vooraf.append(&mut report.bevindingen);
        report.bevindingen = vooraf;
        sorteer(&mut report.bevindingen);
        report.ok = !report.bevindingen.iter().any(|b| b.ernst == Ernst::Fout);
    }
    naar_json(&report)
}

/// A report (or the catalogue, or the services) as JSON text.
pub fn naar_json<T: schrijven::Schrijf + ?Sized>(waarde: &T) -> String {
    schrijven::json(waarde)
}

fn rapport(plan: &Plan, opties: &Opties, mut bevindingen: Vec<Bevinding>) -> Report {
    let ber = berekening::bereken(plan, opties);
    let teksten = regels::regel::ActiviteitTeksten::van(plan);
    let mut ctx = Ctx { plan, ber: &ber, opties, taal: opties.taal, uit: Vec::new(), teksten };
    regels::toets_alles(&mut ctx);
    bevindingen.append(&mut ctx.uit);
    sorteer(&mut bevindingen);
    let uitzondering = plan.uitzondering_uwv.kopie() == Some(true);
    Report {
        ok: !bevindingen.iter().any(|b| b.ernst == Ernst::Fout),
        regelset: Regelset::default(),
        bevindingen,
        uren: berekening::uren_rapport(&ber, uitzondering),
        termijnen: ber.termijnen,
        prijs: ber.prijs,
    }
}

/// Findings in document order of their pointer (the order of the fields in SPEC §3, items
/// by index, unknown fields after the known ones by name), then by code.
pub fn sorteer(bevindingen: &mut [Bevinding]) {
    bevindingen.sort_by_cached_key(|b| (volgorde(&b.pad), b.code, b.bericht.clone()));
}

/// The position of a pointer in the plan, part by part.
fn volgorde(pad: &str) -> Vec<(u32, String)> {
    let mut tabel: Option<&[velden::Veld]> = Some(velden::PLAN);
    let mut item: Option<&velden::Type> = None;
    let mut uit = Vec::new();
    for deel in pad::delen(pad) {
        if let Some(t) = item.take() {
            uit.push((deel.parse::<u32>().unwrap_or(u32::MAX), String::new()));
            tabel = match t {
                velden::Type::Object(v) => Some(v),
                _ => None,
            };
            continue;
        }
        match tabel.and_then(|t| t.iter().position(|v| v.naam == deel).map(|i| (i, t[i].soort))) {
            Some((i, soort)) => {
                uit.push((i as u32, String::new()));
                (tabel, item) = match soort {
                    velden::Type::Object(v) => (Some(v), None),
                    velden::Type::Lijst(t) => (None, Some(t)),
                    _ => (None, None),
                };
            }
            None => {
                uit.push((u32::MAX, deel));
                tabel = None;
            }
        }
    }
    uit
}

/// The services of §1 with their numbers (Tabel III, Tabel IV, §4.8).
pub fn diensten() -> &'static [diensten::DienstInfo] {
    &diensten::DIENSTEN
}

/// Every rule of SPEC §6 with its explanation.
pub fn catalogus() -> Vec<&'static regels::Regel> {
    regels::REGELS.iter().map(|r| r.regel).collect()
}

/// A JSON Schema (draft-07) of the plan, as JSON text.
pub fn schema() -> String {
    schema::schema()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volgorde_volgt_het_plan() {
        let mut paden = vec![
            "/activiteiten/10/doel",
            "",
            "/zzz",
            "/activiteiten/2/sessies",
            "/dienst",
            "/client/visie",
            "/activiteiten",
            "/activiteiten/2/omschrijving",
            "/client/onbekend",
            "/client/naam",
        ];
        paden.sort_by_key(|p| volgorde(p));
        assert_eq!(
            paden,
            [
                "",
                "/dienst",
                "/client/naam",
                "/client/visie",
                "/client/onbekend",
                "/activiteiten",
                "/activiteiten/2/omschrijving",
                "/activiteiten/2/sessies",
                "/activiteiten/10/doel",
                "/zzz"
            ]
        );
    }
}
