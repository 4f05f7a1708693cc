//! `docs/regels.md` is generated from the catalogue; this test fails when it is stale.
//! Regenerate with `PLANTOETS_SCHRIJF=1 cargo test --test docs`.

use std::fmt::Write;

fn ernst(r: &plantoets::Regel) -> String {
    r.ernst
        .iter()
        .map(|e| match e {
            plantoets::Ernst::Fout => "F",
            plantoets::Ernst::Waarschuwing => "W",
            plantoets::Ernst::Info => "I",
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn markdown() -> String {
    let mut s = String::from(
        "# Regels — rule catalogue\n\n\
         Generated from the code (`src/regels/`, `src/lezen/`) by `tests/docs.rs`; do not edit by hand.\n\
         Each rule's implementation is the function with the same name in lower case\n\
         (`U05` → `regels::uren::u05`), and its tests are in `tests/regels/<CODE>.json`.\n\n\
         | code | ernst | bron | wat (nl) | what (en) |\n|---|---|---|---|---|\n",
    );
    for r in plantoets::catalogus() {
        let _ = writeln!(s, "| {} | {} | {} | {} | {} |", r.code, ernst(r), r.bron, r.titel.nl, r.titel.en);
    }
    for r in plantoets::catalogus() {
        let _ = write!(s, "\n## {} — {}\n\n*{}* · {} · {}\n\n", r.code, r.titel.nl, r.titel.en, ernst(r), r.bron);
        let _ = write!(s, "**Waarom.** {}\n\n*Why.* {}\n\n", r.waarom.nl, r.waarom.en);
        let _ = write!(s, "**Zo wel.** {}\n\n*Instead.* {}\n\n", r.voorbeeld.nl, r.voorbeeld.en);
        if !r.feiten.is_empty() {
            let namen: Vec<String> = r.feiten.iter().map(|f| format!("`{f}`")).collect();
            let _ = write!(s, "**Feiten / facts.** {}\n\n", namen.join(", "));
        }
        if let Some(l) = r.lezing {
            let _ = write!(s, "**Lezing.** {}\n\n*Reading.* {}\n\n", l.nl, l.en);
        }
    }
    s
}

#[test]
fn regels_md_is_bij() {
    let pad = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/regels.md");
    let nieuw = markdown();
    if std::env::var_os("PLANTOETS_SCHRIJF").is_some() {
        std::fs::write(pad, &nieuw).unwrap();
    }
    let oud = std::fs::read_to_string(pad).unwrap_or_default();
    assert!(oud == nieuw, "docs/regels.md is stale: run PLANTOETS_SCHRIJF=1 cargo test --test docs");
}
