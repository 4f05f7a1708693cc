//! The worked examples of the Overzicht, and the conventions of SPEC §2–§4, through the
//! public JSON interface.

// The helpers of a test file may fail loudly too (clippy.toml allows it in #[test] only).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::{json, Value};

fn rapport(plan: Value, opties: Value) -> Value {
    serde_json::from_str(&plantoets::check_json(&plan.to_string(), &opties.to_string())).unwrap()
}

fn activiteit(sessies: u32, minuten: f64) -> Value {
    json!({ "omschrijving": "Oefengesprekken voor sollicitaties bij werkgevers", "vorm": "individueel", "sessies": sessies, "minutenPerSessie": minuten })
}

fn plan(dienst: &str, activiteiten: Vec<Value>, admin: f64) -> Value {
    json!({
        "dienst": dienst,
        "client": { "uitkering": "AG" },
        "datums": { "opdracht": "2025-03-03", "indiening": "2025-03-24", "akkoord": "2025-04-01", "inkooporder": "2025-04-01" },
        "doorlooptijdMaanden": 6,
        "administratieUren": admin,
        "activiteiten": activiteiten
    })
}

fn codes(r: &Value) -> Vec<String> {
    r["bevindingen"].as_array().unwrap().iter().map(|b| b["code"].as_str().unwrap().to_string()).collect()
}

#[test]
fn werkfit_maken_35_uur_waarvan_3_administratie() {
    // §3.6: "er worden 35 begeleidingsuren 'Werkfit maken' ingekocht, daarvan kunnen maximaal 3 uren aan administratie"
    let r = rapport(plan("werkfit-maken", vec![activiteit(32, 60.0)], 3.0), json!({}));
    assert_eq!(r["uren"]["totaal"], 35.0);
    assert_eq!(r["uren"]["administratie"], 3.0);
    assert_eq!(r["uren"]["resterend"], 6.0);
    assert!(!codes(&r).contains(&"U03".to_string()));
    let r = rapport(plan("werkfit-maken", vec![activiteit(31, 60.0)], 4.0), json!({}));
    assert!(codes(&r).contains(&"U03".to_string()));
}

#[test]
fn groep_van_12_is_5_minuten() {
    // §3.6: 60 minutes of training with 11 others is 60 : 12 = 5 minutes for the client.
    let groep = json!({ "omschrijving": "Sollicitatietraining in de groep", "vorm": "groep", "deelnemers": 12, "sessies": 1, "minutenPerSessie": 60 });
    let tekst = plan("naar-werk", vec![groep.clone()], 0.0).to_string();
    let a = plantoets::fasen::lees(&tekst).unwrap();
    let uren = plantoets::activiteit_uren(&a.activiteiten.waarde().unwrap()[0]).unwrap();
    assert_eq!(uren, plantoets::Breuk::new(5, 60).unwrap(), "5 minutes exactly");
    let r = rapport(plan("naar-werk", vec![groep], 0.0), json!({}));
    assert_eq!(r["uren"]["activiteiten"][0], 0.08);
    // 5 minutes at € 86 an hour is € 7.166…, rounded half-up to € 7.17.
    assert_eq!(r["prijs"]["regels"][0]["bedragCent"], 717);
}

#[test]
fn naar_werk_9_plus_3_is_12_maanden() {
    // §3.7's worked example (SPEC v2 §2): akkoord 1 March 2025, 9 months: the activities run
    // "tot en met uiterlijk 9 maanden na Datum akkoord", 1 December 2025, and work may
    // resume "op 12 maanden na Datum akkoord", 1 March 2026.
    let mut p = plan("naar-werk", vec![activiteit(10, 60.0)], 3.0);
    p["doorlooptijdMaanden"] = json!(9);
    p["datums"] = json!({ "opdracht": "2025-02-03", "indiening": "2025-02-24", "akkoord": "2025-03-01" });
    p["activiteiten"][0]["start"] = json!("2025-11-03");
    p["activiteiten"][0]["eind"] = json!("2025-12-01");
    p["datums"]["werkhervatting"] = json!("2026-03-01");
    let r = rapport(p.clone(), json!({}));
    assert_eq!(r["termijnen"]["start"], "2025-03-01");
    assert_eq!(r["termijnen"]["eindeDoorlooptijd"], "2025-12-01");
    assert_eq!(r["termijnen"]["werkhervattingUiterlijk"], "2026-03-01");
    // §4.8: Naar werk reports within 28 days.
    assert_eq!(r["termijnen"]["eindrapportageUiterlijk"], "2025-12-29");
    assert!(!codes(&r).contains(&"D03".to_string()), "work on 1 March 2026 is allowed");
    assert!(!codes(&r).contains(&"D05".to_string()), "an activity until 1 December 2025 is allowed");
    p["datums"]["werkhervatting"] = json!("2026-03-02");
    p["activiteiten"][0]["eind"] = json!("2025-12-02");
    let r = rapport(p, json!({}));
    assert!(codes(&r).contains(&"D03".to_string()));
    assert!(codes(&r).contains(&"D05".to_string()));
}

#[test]
fn evaluatiemoment_3_of_6_maanden_na_de_inkooporder() {
    // §3.2.1: 3 months after the Inkooporder for ZW, 6 months for AG/WW (and the others, §4.1).
    for (uitkering, verwacht) in [
        ("ZW", "2025-07-01"),
        ("AG", "2025-10-01"),
        ("WW", "2025-10-01"),
        ("IVA", "2025-10-01"),
        ("WAJONG-DGA", "2025-10-01"),
    ] {
        let mut p = plan("werkfit-maken", vec![activiteit(10, 60.0)], 3.0);
        p["client"]["uitkering"] = json!(uitkering);
        let r = rapport(p, json!({}));
        assert_eq!(r["termijnen"]["evaluatiemoment"], verwacht, "{uitkering}");
    }
    // Only Werkfit maken has one.
    assert_eq!(
        rapport(plan("naar-werk", vec![activiteit(10, 60.0)], 3.0), json!({}))["termijnen"]["evaluatiemoment"],
        Value::Null
    );
}

#[test]
fn termijnen_28_14_7_dagen() {
    // §4.4.1: submit within 28 days of the Opdracht, UWV judges within 14, re-submit within 7.
    let mut p = plan("werkfit-maken", vec![activiteit(10, 60.0)], 3.0);
    p["datums"] = json!({ "opdracht": "2025-03-03", "indiening": "2025-04-16", "afkeuring": "2025-04-10" });
    let t = &rapport(p, json!({}))["termijnen"];
    assert_eq!(t["indienenUiterlijk"], "2025-03-31");
    assert_eq!(t["oordeelUwvUiterlijk"], "2025-04-30");
    assert_eq!(t["herindienenUiterlijk"], "2025-04-17");
    // Not yet approved: the start is estimated as the (re-)submission + 14 days.
    assert_eq!(t["start"], "2025-04-30");
    assert_eq!(t["startGeschat"], true);
}

#[test]
fn start_geschat_vanaf_de_termijn_als_er_niets_is_ingediend() {
    let mut p = plan("naar-werk", vec![activiteit(10, 60.0)], 3.0);
    p["datums"] = json!({ "opdracht": "2025-03-03" });
    let t = &rapport(p, json!({}))["termijnen"];
    assert_eq!(t["start"], "2025-04-14", "2025-03-31 + 14");
    assert_eq!(t["startGeschat"], true);
    assert_eq!(t["oordeelUwvUiterlijk"], Value::Null);
}

#[test]
fn eindrapportage_14_of_28_dagen() {
    // §4.8: 14 calendar days after the end; Naar werk 28.
    let r = rapport(plan("werkfit-maken", vec![activiteit(10, 60.0)], 3.0), json!({}));
    assert_eq!(r["termijnen"]["eindeDoorlooptijd"], "2025-10-01");
    assert_eq!(r["termijnen"]["eindrapportageUiterlijk"], "2025-10-15");
    let r = rapport(plan("naar-werk", vec![activiteit(10, 60.0)], 3.0), json!({}));
    assert_eq!(r["termijnen"]["eindrapportageUiterlijk"], "2025-10-29");
}

#[test]
fn maanden_aan_het_eind_van_de_maand_en_schrikkeljaren() {
    let mut p = plan("werkbehoud-loondienst", vec![activiteit(10, 60.0)], 1.0);
    p["doorlooptijdMaanden"] = json!(1);
    for (inkooporder, einde) in [
        ("2025-01-31", "2025-02-28"), // 31 Jan + 1 month = 28 Feb (clamped)
        ("2024-01-31", "2024-02-29"), // leap year: 29 Feb
        ("2025-03-01", "2025-04-01"),
        ("2024-02-29", "2024-03-29"),
    ] {
        p["datums"] = json!({ "inkooporder": inkooporder, "werkhervatting": "2024-01-02" });
        let t = &rapport(p.clone(), json!({}))["termijnen"];
        assert_eq!(t["start"], inkooporder);
        assert_eq!(t["startGeschat"], false);
        assert_eq!(t["eindeDoorlooptijd"], einde, "{inkooporder}");
    }
    // Evaluatiemoment 6 months after 31 August 2023 is 29 February 2024.
    let mut p = plan("werkfit-maken", vec![activiteit(10, 60.0)], 3.0);
    p["datums"]["inkooporder"] = json!("2023-08-31");
    p["datums"]["akkoord"] = json!("2023-08-31");
    assert_eq!(rapport(p, json!({}))["termijnen"]["evaluatiemoment"], "2024-02-29");
}

#[test]
fn begeleiding_bij_scholing_stopt_met_de_scholing_en_na_een_jaar() {
    let mut p = plan("begeleiding-bij-scholing", vec![activiteit(10, 60.0)], 2.0);
    p["doorlooptijdMaanden"] = json!(12);
    p["scholing"] = json!({ "start": "2025-01-06", "eind": "2025-08-15", "getoetst": true });
    assert_eq!(rapport(p.clone(), json!({}))["termijnen"]["eindeDoorlooptijd"], "2025-08-15");
    p["scholing"]["eind"] = json!("2027-06-30");
    assert_eq!(rapport(p, json!({}))["termijnen"]["eindeDoorlooptijd"], "2026-04-01");
}

#[test]
fn prijs_per_regel_afgerond_en_opgeteld() {
    // 7 minutes = 7/60 h × € 86 = € 10.0333… → 1003 cents; 0.5 h admin = 4300; total 5303.
    let r = rapport(plan("naar-werk", vec![activiteit(1, 7.0)], 0.5), json!({}));
    let prijs = &r["prijs"];
    assert_eq!(prijs["uurtariefCent"], 8600);
    assert_eq!(prijs["regels"][0]["bedragCent"], 1003);
    assert_eq!(prijs["regels"][1]["bedragCent"], 4300);
    assert_eq!(prijs["totaalCent"], 5303);
    assert!(prijs["tariefBron"].as_str().unwrap().contains("1 januari 2023"));
    // A tariff in the options wins, and says so.
    let r =
        rapport(plan("naar-werk", vec![activiteit(1, 60.0)], 0.0), json!({ "tarieven": { "uurtariefCent": 9000 } }));
    assert_eq!(r["prijs"]["totaalCent"], 9000);
    assert!(r["prijs"]["tariefBron"].as_str().unwrap().contains("opties"));
    // A deviating tariff on an activity is used for its line.
    let mut a = activiteit(2, 60.0);
    a["uurtariefCent"] = json!(11500);
    let r = rapport(plan("naar-werk", vec![a], 1.0), json!({}));
    assert_eq!(r["prijs"]["regels"][0]["bedragCent"], 23000);
    assert_eq!(r["prijs"]["totaalCent"], 23000 + 8600);
}

#[test]
fn praktijkassessment_vaste_prijs() {
    let p = plan("praktijkassessment", vec![activiteit(10, 60.0)], 3.0);
    let r = rapport(p.clone(), json!({}));
    assert_eq!(r["prijs"]["vastePrijs"], true);
    assert_eq!(r["prijs"]["totaalCent"], Value::Null);
    assert_eq!(r["uren"]["maximum"], Value::Null);
    assert_eq!(r["uren"]["resterend"], Value::Null);
    let r = rapport(p, json!({ "tarieven": { "vastePrijsPraktijkassessmentCent": 150000 } }));
    assert_eq!(r["prijs"]["totaalCent"], 150000);
    assert_eq!(r["prijs"]["regels"].as_array().unwrap().len(), 1);
}

#[test]
fn uren_met_uitzondering_van_uwv() {
    let mut p = plan("werkfit-maken", vec![activiteit(42, 60.0)], 3.0);
    p["uitzonderingUwv"] = json!(true);
    let r = rapport(p, json!({}));
    assert_eq!(r["uren"]["maximum"], 41.0);
    assert_eq!(r["uren"]["verhoogdMaximum"], 60.0);
    assert_eq!(r["uren"]["resterend"], 15.0, "against the exceptional maximum");
    assert!(codes(&r).contains(&"U02".to_string()));
    assert!(!codes(&r).contains(&"U01".to_string()));
}

#[test]
fn onvolledige_uren() {
    // An activity without sessions: its hours are null, the total counts what is known.
    let r = rapport(
        plan(
            "naar-werk",
            vec![activiteit(10, 60.0), json!({ "omschrijving": "Nog in te vullen", "minutenPerSessie": 60 })],
            3.0,
        ),
        json!({}),
    );
    assert_eq!(r["uren"]["activiteiten"], json!([10.0, null]));
    assert_eq!(r["uren"]["totaal"], 13.0);
    assert_eq!(r["prijs"]["regels"].as_array().unwrap().len(), 2, "the activity and the administration");
}

#[test]
fn zelfde_invoer_zelfde_bytes_ook_in_andere_volgorde() {
    let p =
        serde_json::to_string(&plan("werkfit-maken", vec![activiteit(10, 60.0), activiteit(3, 45.0)], 5.0)).unwrap();
    let een = plantoets::check_json(&p, r#"{"peildatum":"2025-03-20"}"#);
    let twee = plantoets::check_json(&p, r#"{"peildatum":"2025-03-20"}"#);
    assert_eq!(een, twee);
    // The same plan with its keys in another order gives the same report, byte for byte.
    let omgekeerd = r#"{"activiteiten":[{"minutenPerSessie":60,"sessies":10,"vorm":"individueel","omschrijving":"Oefengesprekken voor sollicitaties bij werkgevers"},{"minutenPerSessie":45,"sessies":3,"vorm":"individueel","omschrijving":"Oefengesprekken voor sollicitaties bij werkgevers"}],"administratieUren":5.0,"doorlooptijdMaanden":6,"datums":{"inkooporder":"2025-04-01","akkoord":"2025-04-01","indiening":"2025-03-24","opdracht":"2025-03-03"},"client":{"uitkering":"AG"},"dienst":"werkfit-maken"}"#;
    assert_eq!(plantoets::check_json(omgekeerd, r#"{"peildatum":"2025-03-20"}"#), een);
}

#[test]
fn opties_die_niet_kloppen_worden_gemeld_en_genegeerd() {
    let p = plan("naar-werk", vec![activiteit(10, 60.0)], 3.0).to_string();
    let r: Value = serde_json::from_str(&plantoets::check_json(
        &p,
        r#"{"peildatum":"morgen","taal":"fr","tarieven":{"uurtariefCent":-5},"kleur":1}"#,
    ))
    .unwrap();
    let opties: Vec<&Value> =
        r["bevindingen"].as_array().unwrap().iter().filter(|b| b["feiten"]["optie"].is_string()).collect();
    assert_eq!(opties.len(), 4, "{opties:#?}");
    assert!(opties.iter().all(|b| b["pad"] == "" && b["veld"].as_str().unwrap().starts_with("Optie")));
    let welke: Vec<&str> = opties.iter().map(|b| b["feiten"]["optie"].as_str().unwrap()).collect();
    assert_eq!(welke, ["peildatum", "tarieven.uurtariefCent", "taal", "kleur"], "by code: I03, I04, I05, I07");
    assert_eq!(r["prijs"]["uurtariefCent"], 8600, "the bad tariff is ignored");
    let r: Value = serde_json::from_str(&plantoets::check_json(&p, "[1]")).unwrap();
    assert_eq!(r["bevindingen"][0]["code"], "I01");
}

#[test]
fn engels_zegt_dezelfde_getallen() {
    let mut p = plan("naar-werk", vec![activiteit(27, 60.0)], 2.5);
    p["werkplan"] = json!({ "uren": 20 });
    let nl = rapport(p.clone(), json!({ "taal": "nl" }));
    let en = rapport(p, json!({ "taal": "en" }));
    let u01 = |r: &Value| {
        r["bevindingen"].as_array().unwrap().iter().find(|b| b["code"] == "U01").unwrap()["bericht"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(u01(&nl).contains("29,5 uur") && u01(&nl).contains("3,5 uur te veel"), "{}", u01(&nl));
    assert!(u01(&en).contains("29.5 hours") && u01(&en).contains("3.5 hours too many"), "{}", u01(&en));
    // Everything but the wording is the same.
    let zonder_tekst = |mut r: Value| {
        for b in r["bevindingen"].as_array_mut().unwrap() {
            b["bericht"] = json!("");
            b["veld"] = json!("");
        }
        r["prijs"]["tariefBron"] = json!("");
        for regel in r["prijs"]["regels"].as_array_mut().unwrap() {
            regel["omschrijving"] = json!("");
        }
        r
    };
    assert_eq!(zonder_tekst(nl), zonder_tekst(en));
}

#[test]
fn geen_plan_dan_alleen_i01() {
    // Checking stops at I01: no "missing field" findings about a plan that is not there.
    for tekst in ["[1,2]", "42", "\"plan\"", "null", "{\"dienst\": ", ""] {
        let r: Value = serde_json::from_str(&plantoets::check_json(tekst, "")).unwrap();
        let codes: Vec<&str> =
            r["bevindingen"].as_array().unwrap().iter().map(|b| b["code"].as_str().unwrap()).collect();
        assert_eq!(codes, ["I01"], "{tekst}");
        assert_eq!(r["uren"]["totaal"], Value::Null);
        assert_eq!(r["prijs"]["totaalCent"], Value::Null);
    }
    // Input over 16 MB is not even parsed: one I08.
    let groot = format!("{{\"client\": {{\"visie\": \"{}\"}}}}", "x".repeat(17 * 1024 * 1024));
    let r: Value = serde_json::from_str(&plantoets::check_json(&groot, "")).unwrap();
    assert_eq!(r["bevindingen"].as_array().unwrap().len(), 1);
    assert_eq!(r["bevindingen"][0]["code"], "I08");
}
