//! The JavaScript exports, inside WebAssembly: in Node (`cargo test --target
//! wasm32-unknown-unknown --test wasm`) and in headless Chromium (the same with
//! `WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver`). `npm test` runs both.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
use plantoets::wasm::{catalogus, check, diensten, schema};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

#[wasm_bindgen(inline_js = r#"
export function cyclisch() { const p = { dienst: 'naar-werk', client: { uitkering: 'WW' } }; p.client.zelf = p.client; p.activiteiten = [p]; return p; }
export function getterGooit() { const p = { dienst: 'naar-werk' }; Object.defineProperty(p, 'client', { enumerable: true, get() { throw new Error('nee'); } }); return p; }
export function datumObject() { return { dienst: 'naar-werk', datums: { opdracht: new Date(Date.UTC(2025, 2, 3)) } }; }
export function vreemd() { return { dienst: 'naar-werk', doorlooptijdMaanden: NaN, administratieUren: Infinity, ordernummer: () => 1, client: { naam: Symbol('x'), trede: 10n, visie: undefined } }; }
export function grootTekst() { return { dienst: 'naar-werk', client: { visie: 'x'.repeat(10 * 1024 * 1024) } }; }
export function veelActiviteiten() { return { dienst: 'naar-werk', activiteiten: Array.from({ length: 10000 }, () => ({ sessies: 1, minutenPerSessie: 60 })) }; }
export function ingepakteProxy() { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return { dienst: 'naar-werk', client: proxy }; }
export function vandaag() { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }
"#)]
extern "C" {
    fn cyclisch() -> JsValue;
    #[wasm_bindgen(js_name = getterGooit)]
    fn getter_gooit() -> JsValue;
    #[wasm_bindgen(js_name = datumObject)]
    fn datum_object() -> JsValue;
    fn vreemd() -> JsValue;
    #[wasm_bindgen(js_name = grootTekst)]
    fn groot_tekst() -> JsValue;
    #[wasm_bindgen(js_name = veelActiviteiten)]
    fn veel_activiteiten() -> JsValue;
    #[wasm_bindgen(js_name = ingepakteProxy)]
    fn ingepakte_proxy() -> JsValue;
    fn vandaag() -> String;
}

/// The report as JSON text, to look into with serde_json.
fn rapport(plan: JsValue, opties: JsValue) -> serde_json::Value {
    let r = check(plan, opties);
    let tekst: String = JSON::stringify(&r).unwrap().into();
    serde_json::from_str(&tekst).unwrap()
}

/// (code, pad) of every finding.
fn bevindingen(r: &serde_json::Value) -> Vec<(String, String)> {
    r["bevindingen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["code"].as_str().unwrap().into(), b["pad"].as_str().unwrap().into()))
        .collect()
}

fn heeft(r: &serde_json::Value, code: &str, pad: &str) -> bool {
    bevindingen(r).iter().any(|(c, p)| c == code && p == pad)
}

#[wasm_bindgen_test]
fn een_voorbeeld_als_tekst_en_als_object() {
    let tekst = include_str!("../examples/werkfit-maken.json");
    let opties = JSON::parse(r#"{"peildatum":"2026-11-23"}"#).unwrap();
    let als_tekst = rapport(JsValue::from_str(tekst), opties.clone());
    let als_object = rapport(JSON::parse(tekst).unwrap(), opties);
    assert_eq!(als_tekst, als_object);
    assert_eq!(als_tekst["ok"], true);
    assert_eq!(als_tekst["uren"]["totaal"], 36.0);
    assert_eq!(als_tekst["prijs"]["totaalCent"], 309600);
    assert_eq!(als_tekst["termijnen"]["evaluatiemoment"], "2027-05-06");
}

#[wasm_bindgen_test]
fn zonder_opties_is_de_peildatum_vandaag() {
    // An unsubmitted plan with an Opdracht of today: no deadline passed, 28 days left.
    let plan = format!(r#"{{"dienst":"naar-werk","datums":{{"opdracht":"{}"}}}}"#, vandaag());
    let r = rapport(JsValue::from_str(&plan), JsValue::UNDEFINED);
    assert!(!bevindingen(&r).iter().any(|(c, _)| c == "T01" || c == "T02"), "{r}");
    // And with an old Opdracht, today is late.
    let r =
        rapport(JsValue::from_str(r#"{"dienst":"naar-werk","datums":{"opdracht":"2020-01-06"}}"#), JsValue::UNDEFINED);
    assert!(heeft(&r, "T01", "/datums/indiening"));
}

#[wasm_bindgen_test]
fn vijandige_invoer_wordt_bevindingen() {
    let leeg = JsValue::UNDEFINED;
    for (naam, waarde) in [
        ("undefined", JsValue::UNDEFINED),
        ("null", JsValue::NULL),
        ("getal", JsValue::from_f64(42.0)),
        ("lijst", Array::new().into()),
        ("geen JSON", JsValue::from_str("{dienst:")),
        ("functie", js_sys::Function::new_no_args("return 1").into()),
    ] {
        let r = rapport(waarde, leeg.clone());
        assert_eq!(bevindingen(&r), vec![("I01".to_string(), String::new())], "{naam}: {r}");
        assert_eq!(r["ok"], false);
    }

    let r = rapport(cyclisch(), leeg.clone());
    assert!(heeft(&r, "I02", "/client/zelf") || heeft(&r, "I07", "/client/zelf"), "{r}");
    assert!(heeft(&r, "I02", "/activiteiten/0"), "a cycle is reported where it closes: {r}");

    let r = rapport(getter_gooit(), leeg.clone());
    assert!(heeft(&r, "I02", "/client"), "{r}");

    let r = rapport(datum_object(), leeg.clone());
    assert!(heeft(&r, "I03", "/datums/opdracht"), "{r}");

    let r = rapport(vreemd(), leeg.clone());
    for (code, pad) in [
        ("I04", "/doorlooptijdMaanden"),
        ("I04", "/administratieUren"),
        ("I02", "/ordernummer"),
        ("I02", "/client/naam"),
        ("I02", "/client/trede"),
    ] {
        assert!(heeft(&r, code, pad), "{code} {pad}: {r}");
    }
    assert!(!heeft(&r, "I02", "/client/visie"), "undefined is absent, not wrong");

    let r = rapport(groot_tekst(), leeg.clone());
    assert!(heeft(&r, "I08", "/client/visie"), "{r}");

    let r = rapport(veel_activiteiten(), leeg.clone());
    assert!(heeft(&r, "I08", "/activiteiten"), "{r}");
    assert!(!heeft(&r, "I06", "/activiteiten"), "too many is not missing");

    let r = rapport(ingepakte_proxy(), leeg.clone());
    assert!(heeft(&r, "I02", "/client"), "{r}");

    // Options that are not options.
    let r = rapport(JsValue::from_str("{}"), JsValue::from_f64(3.0));
    assert!(bevindingen(&r).iter().any(|(c, p)| c == "I01" && p.is_empty()), "{r}");
}

#[wasm_bindgen_test]
fn engels() {
    let opties = JSON::parse(r#"{"taal":"en"}"#).unwrap();
    let r = rapport(JsValue::from_str("{}"), opties);
    let berichten: Vec<&str> =
        r["bevindingen"].as_array().unwrap().iter().map(|b| b["bericht"].as_str().unwrap()).collect();
    assert!(berichten.contains(&"Choose the re-integration service."), "{berichten:?}");
    let velden: Vec<&str> = r["bevindingen"].as_array().unwrap().iter().map(|b| b["veld"].as_str().unwrap()).collect();
    assert!(velden.contains(&"Re-integration service"), "{velden:?}");
}

#[wasm_bindgen_test]
fn diensten_catalogus_schema() {
    let d: serde_json::Value =
        serde_json::from_str(&String::from(JSON::stringify(&diensten(JsValue::UNDEFINED)).unwrap())).unwrap();
    assert_eq!(d.as_array().unwrap().len(), 8);
    assert_eq!(d[3]["uren"]["maximum"], 41);
    assert_eq!(d[3]["versie"], "7.1");
    let op: serde_json::Value =
        serde_json::from_str(&String::from(JSON::stringify(&diensten(JsValue::from_str("2025-03-03"))).unwrap()))
            .unwrap();
    assert_eq!(op[3]["versie"], "7.1");
    let c: serde_json::Value = serde_json::from_str(&String::from(JSON::stringify(&catalogus()).unwrap())).unwrap();
    assert_eq!(c.as_array().unwrap().len(), plantoets::catalogus().len());
    assert_eq!(c[0]["code"], "I01");
    assert!(c.as_array().unwrap().iter().any(|r| r["code"] == "U01" && r["feiten"][0] == "totaal"));
    let s = schema();
    assert!(Reflect::get(&s, &"properties".into()).unwrap().is_object());
}
