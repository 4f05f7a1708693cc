//! Every rule, by its fixture: `tests/regels/<CODE>.json` holds cases where the rule fires
//! and near-misses where it does not. A case starts from an example plan in `examples/`
//! (or an inline plan, or raw text) and changes it with JSON Pointers:
//!
//! ```json
//! { "naam": "4 uur administratie is te veel", "basis": "werkfit-maken",
//!   "wijzig": { "/administratieUren": 4 },
//!   "vuurt": [ { "pad": "/administratieUren", "ernst": "fout", "bevat": ["4", "3"] } ] }
//! ```
//!
//! `wijzig` values: any JSON; `"$weg"` removes the field; `{"$herhaal": ["ab", 3]}` is the
//! text "ababab"; `{"$lijst": [item, 3]}` is a list of three copies. `vuurt` lists exactly
//! the findings of this code: pointer, severity, and what the finding must carry: `feiten`
//! (the facts it was made from, those named must be equal), `veld` (its label), `bevat`
//! (words the message must contain) and `toelichting`. `stil: true` means none.
//! `peildatum` defaults to 2026-11-23, `taal` to "nl"; `opties` adds more.

// The helpers of a test file may fail loudly too (clippy.toml allows it in #[test] only).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use serde_json::{json, Value};

const STANDAARD_PEILDATUM: &str = "2026-11-23";

fn basis(naam: &str) -> Value {
    let pad = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(format!("{naam}.json"));
    let tekst = fs::read_to_string(&pad).unwrap_or_else(|e| panic!("{}: {e}", pad.display()));
    serde_json::from_str(&tekst).unwrap()
}

fn uitgewerkt(w: &Value) -> Value {
    if let Some(Value::Array(a)) = w.get("$herhaal") {
        return Value::String(a[0].as_str().unwrap().repeat(a[1].as_u64().unwrap() as usize));
    }
    if let Some(Value::Array(a)) = w.get("$lijst") {
        return Value::Array(vec![a[0].clone(); a[1].as_u64().unwrap() as usize]);
    }
    w.clone()
}

/// Sets (or with "$weg" removes) the value at a JSON Pointer, creating objects on the way.
fn zet(doel: &mut Value, pointer: &str, waarde: &Value) {
    let delen: Vec<String> = pointer.split('/').skip(1).map(|d| d.replace("~1", "/").replace("~0", "~")).collect();
    let (laatste, ouders) = delen.split_last().expect("een pointer naar een veld");
    let mut hier = doel;
    for d in ouders {
        hier = match hier {
            Value::Array(a) => &mut a[d.parse::<usize>().unwrap()],
            Value::Object(o) => o.entry(d.clone()).or_insert_with(|| json!({})),
            anders => panic!("{pointer}: kan niet in {anders}"),
        };
    }
    match hier {
        Value::Object(o) if waarde == "$weg" => {
            o.remove(laatste);
        }
        Value::Object(o) => {
            o.insert(laatste.clone(), uitgewerkt(waarde));
        }
        Value::Array(a) if waarde == "$weg" => {
            a.remove(laatste.parse::<usize>().unwrap());
        }
        Value::Array(a) => {
            let i = laatste.parse::<usize>().unwrap();
            if i == a.len() {
                a.push(uitgewerkt(waarde));
            } else {
                a[i] = uitgewerkt(waarde);
            }
        }
        anders => panic!("{pointer}: kan niet in {anders}"),
    }
}

fn rapport(geval: &Value) -> Value {
    let plan_tekst = if let Some(t) = geval.get("tekst") {
        t.as_str().unwrap().to_string()
    } else {
        let mut plan = match (geval.get("plan"), geval.get("basis")) {
            (Some(p), _) => p.clone(),
            (None, Some(Value::String(b))) => basis(b),
            _ => json!({}),
        };
        if let Some(Value::Object(w)) = geval.get("wijzig") {
            for (pointer, waarde) in w {
                zet(&mut plan, pointer, waarde);
            }
        }
        plan.to_string()
    };
    let mut opties = geval.get("opties").cloned().unwrap_or_else(|| json!({}));
    opties["peildatum"] = geval.get("peildatum").cloned().unwrap_or(json!(STANDAARD_PEILDATUM));
    if let Some(t) = geval.get("taal") {
        opties["taal"] = t.clone();
    }
    let uit = plantoets::check_json(&plan_tekst, &opties.to_string());
    serde_json::from_str(&uit).expect("het rapport is JSON")
}

/// Runs one fixture file; returns (cases that fire, cases that stay quiet).
fn draai(code: &str, fixture: &Value) -> (usize, usize) {
    let mut vuurt = 0;
    let mut stil = 0;
    for geval in fixture["gevallen"].as_array().expect("gevallen") {
        let naam = geval["naam"].as_str().unwrap_or("?");
        let r = rapport(geval);
        let gevonden: Vec<&Value> = r["bevindingen"].as_array().unwrap().iter().filter(|b| b["code"] == code).collect();
        let context = || format!("{code} — {naam}\nalle bevindingen: {:#}", r["bevindingen"]);
        if std::env::var_os("PLANTOETS_TOON").is_some() {
            let kort: Vec<String> = gevonden
                .iter()
                .map(|b| format!("{} {} {} | {}", b["pad"], b["ernst"], b["feiten"], b["bericht"]))
                .collect();
            eprintln!("### {code} — {naam}\n    {}", kort.join("\n    "));
            continue;
        }
        if geval.get("stil") == Some(&Value::Bool(true)) {
            stil += 1;
            assert!(gevonden.is_empty(), "{code} had stil moeten zijn maar vuurde: {}", context());
            continue;
        }
        let verwacht = geval["vuurt"].as_array().unwrap_or_else(|| panic!("{}: 'vuurt' of 'stil'", context()));
        vuurt += 1;
        assert_eq!(
            gevonden.iter().map(|b| b["pad"].as_str().unwrap()).collect::<Vec<_>>(),
            verwacht.iter().map(|v| v["pad"].as_str().unwrap()).collect::<Vec<_>>(),
            "pointers: {}",
            context()
        );
        for (b, v) in gevonden.iter().zip(verwacht) {
            if let Some(ernst) = v.get("ernst") {
                assert_eq!(&b["ernst"], ernst, "ernst: {}", context());
            }
            if let Some(Value::Object(feiten)) = v.get("feiten") {
                for (naam, waarde) in feiten {
                    assert_eq!(&b["feiten"][naam], waarde, "feit {naam}: {}", context());
                }
            }
            for sleutel in ["veld", "toelichting"] {
                if let Some(w) = v.get(sleutel) {
                    assert_eq!(&b[sleutel], w, "{sleutel}: {}", context());
                }
            }
            for woord in v.get("bevat").and_then(Value::as_array).into_iter().flatten() {
                let w = woord.as_str().unwrap();
                assert!(b["bericht"].as_str().unwrap().contains(w), "bericht zonder ‘{w}’: {}", context());
            }
            let bron = b["bron"].as_str().unwrap();
            assert!(!bron.is_empty(), "zonder bron: {}", context());
        }
    }
    (vuurt, stil)
}

#[test]
fn elke_regel_vuurt_en_zwijgt_volgens_zijn_fixture() {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("regels");
    let mut per_code = BTreeMap::new();
    let mut mislukt = Vec::new();
    for regel in plantoets::catalogus() {
        let pad = map.join(format!("{}.json", regel.code));
        let tekst =
            fs::read_to_string(&pad).unwrap_or_else(|_| panic!("geen fixture voor {}: {}", regel.code, pad.display()));
        let fixture: Value = serde_json::from_str(&tekst).unwrap_or_else(|e| panic!("{}: {e}", pad.display()));
        let code = regel.code;
        match std::panic::catch_unwind(|| draai(code, &fixture)) {
            Ok(telling) => {
                per_code.insert(code, telling);
            }
            Err(_) => mislukt.push(code),
        }
    }
    assert!(mislukt.is_empty(), "fixtures die falen: {mislukt:?}");
    for (code, (vuurt, stil)) in &per_code {
        assert!(*vuurt >= 1, "{code}: geen geval waarin de regel vuurt");
        assert!(*stil >= 1, "{code}: geen geval waarin de regel stil blijft");
    }
}

#[test]
fn geen_fixture_zonder_regel() {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("regels");
    let codes: Vec<&str> = plantoets::catalogus().iter().map(|r| r.code).collect();
    for f in fs::read_dir(map).unwrap() {
        let naam = f.unwrap().file_name().into_string().unwrap();
        let code = naam.trim_end_matches(".json");
        assert!(codes.contains(&code), "fixture {naam} hoort bij geen regel");
    }
}

#[test]
fn voorbeelden_zijn_schoon() {
    // Issue: a realistic plan for each of the eight services has no fout and no S warning.
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut diensten = Vec::new();
    for f in fs::read_dir(map).unwrap() {
        let pad = f.unwrap().path();
        if pad.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let naam = pad.file_stem().unwrap().to_str().unwrap().to_string();
        for taal in ["nl", "en"] {
            let r = rapport(&json!({ "basis": naam, "taal": taal }));
            assert_eq!(r["ok"], true, "{naam}: {:#}", r["bevindingen"]);
            // SPEC v2 §4: and ready to submit, nothing a submitted plan needs missing (no I10).
            assert_eq!(r["indienbaar"], true, "{naam}: {:#}", r["bevindingen"]);
            for b in r["bevindingen"].as_array().unwrap() {
                assert_ne!(b["ernst"], "waarschuwing", "{naam}: {b}");
            }
        }
        diensten.push(basis(&naam)["dienst"].as_str().unwrap().to_string());
    }
    diensten.sort();
    use plantoets::plan::Keuze;
    let mut alle: Vec<String> = plantoets::diensten().iter().map(|d| d.dienst.code().to_string()).collect();
    alle.sort();
    assert_eq!(diensten, alle, "één voorbeeld per dienst");
}
