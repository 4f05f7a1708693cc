//! Times the phases of one check natively: `cargo run --release --example fasen -- plan.json [fase]`.
//! A profiling aid for `npm run bench`'s figures (see BENCHMARKS.md); not part of the tests.
use std::hint::black_box;
use std::time::Instant;

fn meet(naam: &str, n: u32, mut f: impl FnMut()) {
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    println!("{naam:<12} {:>7.1} µs", t.elapsed().as_secs_f64() * 1e6 / f64::from(n));
}

/// `n` copies of a plan: in each, the first activity's description ends differently, or
/// (`alle`) every text of every activity does.
fn varianten(json: &str, n: usize, alle: bool) -> Vec<String> {
    let Ok(plan) = serde_json::from_str::<serde_json::Value>(json) else { return Vec::new() };
    (0..n)
        .filter_map(|i| {
            let mut p = plan.clone();
            let activiteiten = p.get_mut("activiteiten")?.as_array_mut()?;
            for (k, a) in activiteiten.iter_mut().enumerate() {
                for veld in ["omschrijving", "doel", "resultaat"] {
                    if let Some(serde_json::Value::String(t)) = a.get_mut(veld) {
                        if alle || (k == 0 && veld == "omschrijving") {
                            t.push_str(&format!(" {i}"));
                        }
                    }
                }
            }
            Some(p.to_string())
        })
        .collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let tekst =
        std::fs::read_to_string(args.next().unwrap_or("examples/werkfit-maken.json".into())).unwrap_or_default();
    let alleen = args.next();
    let doe = |fase: &str| alleen.as_deref().is_none_or(|a| a == fase);
    let o = plantoets::Opties { peildatum: chrono::NaiveDate::from_ymd_opt(2026, 11, 23), ..Default::default() };
    let n = if alleen.is_some() { 200_000 } else { 20_000 };
    let plan = plantoets::fasen::lees(&tekst);
    let Some(plan) = plan else { return };
    let r = plantoets::check(&plan, &o);
    if doe("parse") {
        meet("parse", n, || _ = black_box(plantoets::fasen::parse(black_box(&tekst))));
    }
    if doe("lezen") {
        meet("parse+read", n, || drop(black_box(plantoets::fasen::lees(black_box(&tekst)))));
    }
    if doe("bereken") {
        meet("bereken", n, || _ = black_box(plantoets::fasen::bereken(black_box(&plan), &o)));
    }
    if doe("regels") {
        meet("check(plan)", n, || drop(black_box(plantoets::check(black_box(&plan), &o))));
    }
    // The texts of a plan are read once and kept (`regels/zinnen.rs`, Onthouden): "regels"
    // above re-checks an unchanged plan, as when a number or a date is typed. A keystroke in
    // a text changes one text; a new plan changes them all.
    for (fase, naam, alle) in [("toets", "keystroke", false), ("koud", "new texts", true)] {
        if !doe(fase) {
            continue;
        }
        let teksten = varianten(&tekst, 2_000, alle);
        let plannen: Vec<_> = teksten.iter().filter_map(|t| plantoets::fasen::lees(t)).collect();
        let mut i = 0;
        meet(naam, n / 10, || {
            i = (i + 1) % plannen.len();
            if let Some(p) = plannen.get(i) {
                drop(black_box(plantoets::check(black_box(p), &o)));
            }
        });
    }
    if doe("schrijven") {
        meet("write", n, || drop(black_box(plantoets::naar_json(black_box(&r)))));
    }
    if doe("alles") {
        let opties = r#"{"peildatum":"2026-11-23"}"#;
        meet("all", n, || drop(black_box(plantoets::check_json_op(black_box(&tekst), opties, None))));
    }
}
