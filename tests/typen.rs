//! The TypeScript types of the plan (`src/wasm/plan.d.ts`) follow from the plan's
//! declaration (`plan::velden`): this test writes them and fails when the file is stale.
//! Regenerate with `PLANTOETS_SCHRIJF=1 cargo test --test typen`. The rest of the package's
//! types (`src/wasm/typen.d.ts`) are type-checked against real output by the Node tests.

// The helpers of a test file may fail loudly too (clippy.toml allows it in #[test] only).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Write;

use plantoets::plan::*;

/// The name of an object's interface, by its table.
fn object_naam(tabel: &'static [VeldDef]) -> &'static str {
    let namen: [(&[VeldDef], &str); 11] = [
        (PLAN, "Plan"),
        (OPDRACHTNEMER, "Opdrachtnemer"),
        (CLIENT, "Client"),
        (DATUMS, "Datums"),
        (WERKPLAN, "Werkplan"),
        (SCHOLING, "Scholing"),
        (WERKBEHOUD, "Werkbehoud"),
        (BIJSTELLING, "Bijstelling"),
        (ACTIVITEIT, "Activiteit"),
        (MIJLPAAL, "Mijlpaal"),
        (TOELICHTING, "Toelichting"),
    ];
    namen.iter().find(|(t, _)| std::ptr::eq(*t, tabel)).map(|(_, n)| *n).expect("a table without a name")
}

/// The choices, each as a named type.
fn keuzes() -> Vec<(&'static str, &'static [Optie])> {
    vec![
        ("DienstCode", Dienst::OPTIES),
        ("Soort", Soort::OPTIES),
        ("Uitkering", Uitkering::OPTIES),
        ("Vorm", Vorm::OPTIES),
        ("Hoofdactiviteit", Hoofdactiviteit::OPTIES),
        ("Onderdeel", Onderdeel::OPTIES),
    ]
}

fn keuze_naam(opties: &'static [Optie]) -> &'static str {
    keuzes().iter().find(|(_, o)| std::ptr::eq(*o, opties)).map(|(n, _)| *n).expect("a choice without a name")
}

fn ts(soort: &Veldsoort) -> String {
    match soort {
        Veldsoort::Tekst => "string | null".into(),
        Veldsoort::Getal(..) => "number | null".into(),
        Veldsoort::Datum(_) => "Datum | null".into(),
        Veldsoort::JaNee => "boolean | null".into(),
        Veldsoort::Keuze(o) => format!("Keuze<{}>", keuze_naam(o)),
        Veldsoort::Object(t) => format!("{} | null", object_naam(t)),
        Veldsoort::Lijst { item: Veldsoort::Object(t), .. } => format!("{}[] | null", object_naam(t)),
        Veldsoort::Lijst { item: Veldsoort::Keuze(o), .. } => format!("Keuze<{}>[] | null", keuze_naam(o)),
        Veldsoort::Lijst { .. } => "unknown[] | null".into(),
    }
}

fn typescript() -> String {
    let mut s = String::from(
        "// ---- The plan (SPEC §3), generated from src/plan/velden.rs by tests/typen.rs -------\n\
         // Do not edit: change the declaration and run PLANTOETS_SCHRIJF=1 cargo test --test typen.\n\n\
         /** A date written \"YYYY-MM-DD\". */\nexport type Datum = string;\n\
         /** A choice field: one of its values, or empty. */\nexport type Keuze<T extends string> = T | \"\" | null;\n",
    );
    for (naam, opties) in keuzes() {
        let waarden: Vec<String> = opties.iter().map(|o| format!("\"{}\"", o.code)).collect();
        let _ = writeln!(s, "export type {naam} = {};", waarden.join(" | "));
    }
    for tabel in [
        PLAN,
        OPDRACHTNEMER,
        CLIENT,
        DATUMS,
        WERKPLAN,
        SCHOLING,
        WERKBEHOUD,
        BIJSTELLING,
        ACTIVITEIT,
        MIJLPAAL,
        TOELICHTING,
    ] {
        let naam = object_naam(tabel);
        if naam == "Plan" {
            s += "\n/** A draft Re-integratieplan. Every field may be absent, `null`, or (texts) \"\". */\n";
        } else {
            s += "\n";
        }
        let _ = writeln!(s, "export interface {naam} {{");
        for v in tabel {
            let _ = writeln!(s, "  /** {} — {} */\n  {}?: {};", v.label.nl, v.label.en, v.naam, ts(&v.soort));
        }
        s += "}\n";
    }
    s
}

#[test]
fn plan_d_ts_volgt_de_declaratie() {
    let pad = concat!(env!("CARGO_MANIFEST_DIR"), "/src/wasm/plan.d.ts");
    let nieuw = typescript();
    if std::env::var_os("PLANTOETS_SCHRIJF").is_some() {
        std::fs::write(pad, &nieuw).unwrap();
    }
    let oud = std::fs::read_to_string(pad).unwrap_or_default();
    assert!(oud == nieuw, "src/wasm/plan.d.ts is stale: run PLANTOETS_SCHRIJF=1 cargo test --test typen");
}
