//! Properties that hold for every input: checking never panics, always yields a
//! well-formed report, and the same input gives the same bytes. Run with more cases by
//! setting PROPTEST_CASES (the fuzzing section of the README says how long it ran).

// The helpers of a test file may fail loudly too (clippy.toml allows it in #[test] only).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// What every report must look like, whatever went in.
fn controleer(uit: &str) -> Result<Value, TestCaseError> {
    let r: Value = serde_json::from_str(uit).map_err(|e| TestCaseError::fail(format!("geen JSON: {e}")))?;
    for sleutel in ["ok", "indienbaar", "regelset", "bevindingen", "uren", "termijnen", "prijs"] {
        prop_assert!(r.get(sleutel).is_some(), "zonder {}", sleutel);
    }
    let bevindingen = r["bevindingen"].as_array().unwrap();
    let fout = bevindingen.iter().any(|b| b["ernst"] == "fout");
    prop_assert_eq!(r["ok"].as_bool(), Some(!fout));
    for b in bevindingen {
        let code = b["code"].as_str().unwrap();
        let regel = plantoets::regel(code);
        prop_assert!(regel.is_some(), "onbekende code {}", code);
        let regel = regel.unwrap();
        let ernst = b["ernst"].as_str().unwrap();
        // A waarschuwing answered by a toelichting is info (SPEC v2 §3).
        let toegelicht = ernst == "info" && b["toelichting"].is_string();
        prop_assert!(toegelicht || regel.ernst.iter().any(|e| e.code() == ernst), "{} kan geen {} zijn", code, ernst);
        prop_assert!(!b["veld"].as_str().unwrap().is_empty(), "{} zonder veld", code);
        for naam in b["feiten"].as_object().unwrap().keys() {
            prop_assert!(regel.feiten.contains(&naam.as_str()), "{}: feit {} niet in de catalogus", code, naam);
        }
        let pad = b["pad"].as_str().unwrap();
        prop_assert!(pad.is_empty() || pad.starts_with('/'), "pad {:?}", pad);
        prop_assert!(!b["bericht"].as_str().unwrap().is_empty());
        prop_assert!(!b["bron"].as_str().unwrap().is_empty());
    }
    Ok(r)
}

fn json_waarde() -> impl Strategy<Value = Value> {
    let blad = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("eindig", |f| f.is_finite()).prop_map(|n| json!(n)),
        ".{0,20}".prop_map(Value::String),
    ];
    blad.prop_recursive(6, 64, 8, |binnen| {
        prop_oneof![
            prop::collection::vec(binnen.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z]{0,12}", binnen, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Values a field of a plan may get: plausible ones and wrong ones.
fn veldwaarde() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => Just(Value::Null),
        2 => (-5i64..200).prop_map(|n| json!(n)),
        1 => (-10.0f64..1e6).prop_map(|n| json!(n)),
        1 => Just(json!(1e300)),
        1 => Just(json!(0.1)),
        2 => (2015i32..2030, 0u32..14, 0u32..33).prop_map(|(j, m, d)| json!(format!("{j:04}-{m:02}-{d:02}"))),
        1 => prop::sample::select(vec!["", " ", "2025-02-30", "morgen", "werkfit-maken", "groep", "ZW", "assessment", "arbeidsmarktpositie", "bijstelling"]).prop_map(|s| json!(s)),
        2 => "[a-zA-Zéë ,.0-9]{0,60}".prop_map(|s| json!(s)),
        1 => any::<bool>().prop_map(|b| json!(b)),
        1 => Just(json!([])),
        1 => Just(json!({})),
        1 => Just(json!({ "\u{0}plantoets": "NaN" })),
    ]
}

fn object_met(velden: &'static [plantoets::plan::VeldDef]) -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (prop::sample::select(velden.iter().map(|v| v.naam).collect::<Vec<_>>()), veldwaarde()),
        0..velden.len() + 2,
    )
    .prop_map(|paren| Value::Object(paren.into_iter().map(|(k, v)| (k.to_string(), v)).collect::<Map<_, _>>()))
}

/// A plan with the right shape and random contents.
fn plan() -> impl Strategy<Value = Value> {
    use plantoets::plan::*;
    (
        object_met(PLAN),
        prop::sample::select(
            <plantoets::plan::Dienst as plantoets::plan::Keuze>::OPTIES.iter().map(|o| o.code).collect::<Vec<_>>(),
        ),
        object_met(CLIENT),
        object_met(DATUMS),
        object_met(WERKPLAN),
        object_met(SCHOLING),
        object_met(BIJSTELLING),
        prop::collection::vec(object_met(ACTIVITEIT), 0..6),
        prop::collection::vec(object_met(MIJLPAAL), 0..3),
    )
        .prop_map(|(mut p, dienst, client, datums, werkplan, scholing, bijstelling, activiteiten, mijlpalen)| {
            p["dienst"] = json!(dienst);
            p["client"] = client;
            p["datums"] = datums;
            p["werkplan"] = werkplan;
            p["scholing"] = scholing;
            p["bijstelling"] = bijstelling;
            p["activiteiten"] = Value::Array(activiteiten);
            p["mijlpalen"] = Value::Array(mijlpalen);
            p
        })
}

fn opties() -> impl Strategy<Value = Value> {
    (prop::option::of(2015i32..2030), any::<bool>(), prop::option::of(-100i64..20000)).prop_map(|(jaar, en, tarief)| {
        let mut o = json!({ "taal": if en { "en" } else { "nl" } });
        if let Some(j) = jaar {
            o["peildatum"] = json!(format!("{j}-06-15"));
        }
        if let Some(t) = tarief {
            o["tarieven"] = json!({ "uurtariefCent": t, "vastePrijsPraktijkassessmentCent": t * 10 });
        }
        o
    })
}

proptest! {

    #[test]
    fn willekeurige_json(w in json_waarde(), o in opties()) {
        let tekst = w.to_string();
        let een = plantoets::check_json(&tekst, &o.to_string());
        controleer(&een)?;
        prop_assert_eq!(een, plantoets::check_json(&tekst, &o.to_string()));
    }

    #[test]
    fn willekeurige_tekst(t in "\\PC{0,200}") {
        controleer(&plantoets::check_json(&t, ""))?;
        controleer(&plantoets::check_json("{}", &t))?;
    }

    #[test]
    fn willekeurige_plannen(p in plan(), o in opties()) {
        let tekst = p.to_string();
        let een = plantoets::check_json(&tekst, &o.to_string());
        let r = controleer(&een)?;
        prop_assert_eq!(&een, &plantoets::check_json(&tekst, &o.to_string()));
        // The report's hours line up with the activities.
        if let Some(a) = p["activiteiten"].as_array() {
            if !r["bevindingen"].as_array().unwrap().iter().any(|b| b["code"] == "I08") {
                prop_assert_eq!(r["uren"]["activiteiten"].as_array().unwrap().len(), a.len());
            }
        }
        // The price is the sum of its lines.
        if let Some(totaal) = r["prijs"]["totaalCent"].as_i64() {
            let som: i64 = r["prijs"]["regels"].as_array().unwrap().iter().map(|l| l["bedragCent"].as_i64().unwrap()).sum();
            prop_assert_eq!(totaal, som);
        }
    }

    #[test]
    fn willekeurige_plannen_ook_als_pretty_json(p in plan()) {
        let compact = plantoets::check_json(&p.to_string(), r#"{"peildatum":"2025-06-01"}"#);
        let mooi = plantoets::check_json(&serde_json::to_string_pretty(&p).unwrap(), r#"{"peildatum":"2025-06-01"}"#);
        prop_assert_eq!(compact, mooi);
    }
}

#[test]
fn vijandige_invoer() {
    for tekst in [
        String::new(),
        "null".into(),
        "\"tekst\"".into(),
        "[".repeat(100_000),
        "{\"a\":".repeat(50_000),
        format!("{{\"client\": {{\"visie\": \"{}\"}}}}", "x".repeat(10_000_000)),
        format!("{{\"activiteiten\": [{}]}}", vec!["{}"; 10_000].join(",")),
        "{\"dienst\": \"werkfit-maken\", \"dienst\": 5}".into(),
        "\u{feff}{}".into(),
        "{\"\\ud800\": \"\\udfff\"}".into(),
    ] {
        let uit = plantoets::check_json(&tekst, "");
        let r: Value = serde_json::from_str(&uit).unwrap();
        assert!(r["bevindingen"].is_array());
    }
}

/// The inputs the fuzzer kept (`npm run fuzz` minimises its corpus into
/// fuzz/regressies/*.jsonl, crashes included): each still gives the same well-formed
/// report twice, and the same findings in both languages.
#[test]
fn invoer_van_de_fuzzer() {
    let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressies");
    let mut aantal = 0;
    for bestand in std::fs::read_dir(&map).expect("fuzz/regressies") {
        let tekst = std::fs::read_to_string(bestand.unwrap().path()).unwrap();
        for regel in tekst.lines().filter(|r| !r.is_empty()) {
            let invoer: Value = serde_json::from_str(regel).unwrap();
            let (plan, opties) = (invoer["plan"].as_str().unwrap(), invoer["opties"].as_str().unwrap());
            let een = plantoets::check_json(plan, opties);
            let r = controleer(&een).unwrap_or_else(|e| panic!("{e}\n{regel}"));
            assert_eq!(een, plantoets::check_json(plan, opties), "{regel}");
            // The other language, where the options name a valid one (or none) and are not
            // the JavaScript marker (which adding `taal` would turn into an unknown field).
            let opties_object = serde_json::from_str::<Value>(opties).ok().and_then(|o| o.as_object().cloned());
            let vergelijkbaar = |o: &serde_json::Map<String, Value>| {
                o.get("taal").is_none_or(|t| t == "nl" || t == "en") && !o.contains_key(plantoets::JS_MARKER)
            };
            if let Some(mut o) = opties_object.filter(vergelijkbaar) {
                let en = o.get("taal").is_some_and(|t| t == "en");
                o.insert("taal".into(), json!(if en { "nl" } else { "en" }));
                let ander = controleer(&plantoets::check_json(plan, &Value::Object(o).to_string())).unwrap();
                let kern = |r: &Value| -> Vec<String> {
                    r["bevindingen"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|b| format!("{} {} {}", b["code"], b["ernst"], b["pad"]))
                        .collect()
                };
                assert_eq!(kern(&r), kern(&ander), "{regel}");
                assert_eq!(r["uren"], ander["uren"], "{regel}");
            }
            aantal += 1;
        }
    }
    assert!(aantal > 100, "only {aantal} inputs from the fuzzer");
}
