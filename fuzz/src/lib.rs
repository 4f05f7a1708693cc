//! What the fuzz targets share: the checks every report must pass, and a generator of
//! plans driven by the plan's declaration (`plantoets::plan`), so that random bytes become
//! plans with the right shape, codes the reader knows, dates around the deadlines, numbers
//! around their limits and texts made of the words the text rules look for.

use arbitrary::{Result, Unstructured};
use plantoets::plan::{self as velden, Grens, VeldDef as Veld, Veldsoort as Type};
use serde_json::{json, Map, Value};

/// Appends a checked input to the regression file named by `PLANTOETS_FUZZ_BEWAAR`, as one
/// JSON line `{"plan": text, "opties": text}` (`scripts/fuzz.mjs` uses this to keep the
/// corpus as tests; `tests/eigenschappen.rs` replays the lines). Does nothing without it.
pub fn bewaar(plan: &str, opties: &str) {
    use std::io::Write;
    let Some(pad) = std::env::var_os("PLANTOETS_FUZZ_BEWAAR") else { return };
    let regel = json!({ "plan": plan, "opties": opties }).to_string();
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(pad) {
        let _ = writeln!(f, "{regel}");
    }
}

/// Checks a plan's text with the options' text: twice, to see the same report, which must
/// be well-formed JSON that says what the catalogue allows. Panics (for libFuzzer) otherwise.
pub fn controleer(plan: &str, opties: &str) -> Value {
    let een = plantoets::check_json(plan, opties);
    let twee = plantoets::check_json(plan, opties);
    assert_eq!(een, twee, "not deterministic");
    let r: Value = serde_json::from_str(&een).expect("the report is JSON");
    for sleutel in ["ok", "indienbaar", "regelset", "bevindingen", "uren", "termijnen", "prijs"] {
        assert!(r.get(sleutel).is_some(), "report without {sleutel}");
    }
    let bevindingen = r["bevindingen"].as_array().expect("bevindingen is a list");
    assert_eq!(r["ok"].as_bool(), Some(!bevindingen.iter().any(|b| b["ernst"] == "fout")), "ok disagrees");
    for b in bevindingen {
        let code = b["code"].as_str().expect("code");
        let regel = plantoets::regel(code).unwrap_or_else(|| panic!("unknown code {code}"));
        let ernst = b["ernst"].as_str().expect("ernst");
        let toegelicht = ernst == "info" && b["toelichting"].is_string();
        assert!(toegelicht || regel.ernst.iter().any(|e| e.code() == ernst), "{code} cannot be {ernst}");
        assert!(!b["veld"].as_str().expect("veld").is_empty(), "{code} without a label");
        for naam in b["feiten"].as_object().expect("feiten").keys() {
            assert!(regel.feiten.contains(&naam.as_str()), "{code}: fact {naam} not in the catalogue");
        }
        let pad = b["pad"].as_str().expect("pad");
        assert!(pad.is_empty() || pad.starts_with('/'), "pointer {pad:?}");
        assert!(!b["bericht"].as_str().expect("bericht").is_empty(), "{code} without a message");
        assert!(!b["bron"].as_str().expect("bron").is_empty(), "{code} without a source");
    }
    if let Some(totaal) = r["prijs"]["totaalCent"].as_i64() {
        let regels = r["prijs"]["regels"].as_array().expect("price lines");
        let som: i64 = regels.iter().map(|l| l["bedragCent"].as_i64().expect("whole cents")).sum();
        assert_eq!(totaal, som, "the price is not the sum of its lines");
    }
    r
}

/// [`controleer`] for a generated plan, and what must hold between its variants: the same
/// findings in either language, the same report however the JSON is laid out, and hours
/// for every activity.
pub fn controleer_plan(plan: &Value, opties: &Value) {
    let tekst = plan.to_string();
    bewaar(&tekst, &opties.to_string());
    let r = controleer(&tekst, &opties.to_string());
    let mooi = serde_json::to_string_pretty(plan).unwrap_or_default();
    assert_eq!(plantoets::check_json(&mooi, &opties.to_string()), plantoets::check_json(&tekst, &opties.to_string()));
    if let Some(a) = plan["activiteiten"].as_array() {
        if !r["bevindingen"].as_array().is_some_and(|l| l.iter().any(|b| b["code"] == "I08")) {
            assert_eq!(r["uren"]["activiteiten"].as_array().map(Vec::len), Some(a.len()), "hours for every activity");
        }
    }

    // The other language, only for options that are an object (others are I01 anyway) and
    // not the JavaScript binding's marker: adding `taal` to a marker makes it an ordinary
    // object with an unknown field, so the two reports rightly differ.
    if !opties.is_object() || opties.get(plantoets::JS_MARKER).is_some() {
        return;
    }
    let mut ander = opties.clone();
    ander["taal"] = json!(if opties["taal"] == "en" { "nl" } else { "en" });
    let r2 = controleer(&tekst, &ander.to_string());
    let kern = |r: &Value| -> Vec<(String, String, String)> {
        r["bevindingen"]
            .as_array()
            .map(|l| l.iter().map(|b| (b["code"].to_string(), b["ernst"].to_string(), b["pad"].to_string())).collect())
            .unwrap_or_default()
    };
    assert_eq!(kern(&r), kern(&r2), "the language changed the findings");
    assert_eq!(r["uren"], r2["uren"]);
    assert_eq!(r["termijnen"], r2["termijnen"]);
    assert_eq!(r["prijs"]["totaalCent"], r2["prijs"]["totaalCent"]);
}

/// A plan: every field of the table maybe present, mostly with a value of its type.
pub fn plan(u: &mut Unstructured) -> Result<Value> {
    object(u, velden::PLAN, 0)
}

/// Options: a peildatum, a language, maybe tariffs.
pub fn opties(u: &mut Unstructured) -> Result<Value> {
    let mut o = json!({ "taal": if u.arbitrary()? { "en" } else { "nl" } });
    if u.ratio(4, 5)? {
        o["peildatum"] = datum(u)?;
    }
    if u.ratio(1, 5)? {
        o["tarieven"] = json!({ "uurtariefCent": getal(u, velden::CENTEN)?, "vastePrijsPraktijkassessmentCent": getal(u, velden::CENTEN)? });
    }
    if u.ratio(1, 20)? {
        o = willekeurig(u, 0)?;
    }
    Ok(o)
}

fn object(u: &mut Unstructured, tabel: &'static [Veld], diepte: usize) -> Result<Value> {
    let mut m = Map::new();
    for v in tabel {
        if u.ratio(3, 4)? {
            m.insert(v.naam.to_string(), waarde(u, v.soort, diepte)?);
        }
    }
    if u.ratio(1, 16)? {
        // An unknown field: a known name with a typo, or anything.
        let naam = match u.choose(tabel) {
            Ok(v) if u.arbitrary()? => format!("{}{}", v.naam, u.choose(&["s", "_", "X", ""])?),
            _ => u.arbitrary::<String>()?,
        };
        m.insert(naam, willekeurig(u, diepte)?);
    }
    Ok(Value::Object(m))
}

fn waarde(u: &mut Unstructured, soort: Type, diepte: usize) -> Result<Value> {
    if u.ratio(1, 12)? {
        return willekeurig(u, diepte);
    }
    Ok(match soort {
        Type::Tekst => json!(tekst(u)?),
        Type::Getal(g, _) => getal(u, g)?,
        Type::Datum(_) => datum(u)?,
        Type::JaNee => json!(u.arbitrary::<bool>()?),
        Type::Keuze(opties) if u.ratio(9, 10)? => json!(u.choose(opties)?.code),
        Type::Keuze(_) => json!(tekst(u)?),
        Type::Object(tabel) => object(u, tabel, diepte + 1)?,
        Type::Lijst { item, .. } => {
            let n = u.int_in_range(0..=14)?;
            Value::Array((0..n).map(|_| waarde(u, *item, diepte + 1)).collect::<Result<_>>()?)
        }
    })
}

/// A number near its limits, or a decimal, or something absurd.
fn getal(u: &mut Unstructured, g: Grens) -> Result<Value> {
    Ok(match u.int_in_range(0..=7)? {
        0..=2 => json!(u.int_in_range(0..=g.max.min(200))?),
        3 => json!(u.int_in_range(g.max - 2..=g.max + 2)?),
        4 => json!(u.int_in_range(-3..=3)?),
        5 => {
            // A decimal with up to four places, written as the JSON text would be.
            let heel = u.int_in_range(0..=g.max.min(1_000))?;
            let fractie = u.int_in_range(0..=9999)?;
            serde_json::from_str(&format!("{heel}.{fractie:04}")).unwrap_or(Value::Null)
        }
        6 => json!(u.arbitrary::<f64>()?),
        _ => u.choose(&[json!(1e300), json!(-0.0), json!(0.1), json!(i64::MAX), json!(u64::MAX), json!(1e-7)])?.clone(),
    })
}

/// A date around today's deadlines, sometimes impossible or with a time.
fn datum(u: &mut Unstructured) -> Result<Value> {
    let (j, m, d) = (u.int_in_range(2015..=2031)?, u.int_in_range(0..=13)?, u.int_in_range(0..=32)?);
    Ok(match u.int_in_range(0..=9)? {
        0 => json!(format!("{j:04}-{m:02}-{d:02}T10:00:00Z")),
        1 => json!(format!("{d}-{m}-{j}")),
        _ => json!(format!("{j:04}-{:02}-{:02}", m.clamp(1, 12), d.clamp(1, 28))),
    })
}

/// Words the text rules look for, words they do not, digits and odd characters.
fn tekst(u: &mut Unstructured) -> Result<String> {
    const ANDERE: &[&str] = &[
        "de",
        "het",
        "een",
        "en",
        "cliënt",
        "werkgever",
        "per",
        "week",
        "3",
        "12",
        "uur",
        "sollicitatiebrief",
        "vacature",
        "gesprek",
        "Diëtist",
        "GGZ-behandeling",
        "—",
        "…",
        ",",
        ".",
        "x",
        "ĳ",
        "👍",
        "\u{0}",
        "\n",
        " ",
    ];
    let w = plantoets::bron::V7_1.woorden;
    // Every term of every list: triggers, exceptions and boundaries of the judgements too.
    let oordelen = [&w.andere_instanties, &w.scholing, &w.overhead, &w.orientatie, &w.waarneembaar, &w.vaag, &w.thuis];
    let mut lijsten: Vec<plantoets::bron::woorden::Termen> =
        vec![w.algemeen, w.meetbaar, w.gevoel, w.termijn, w.grenzen.zin, w.grenzen.deel];
    for o in oordelen {
        lijsten.extend(o.triggers.iter().map(|t| t.termen));
        lijsten.extend(o.triggers.iter().flat_map(|t| t.tenzij.iter().map(|u| u.termen)));
        lijsten.extend(o.tenzij.iter().map(|u| u.termen));
    }
    if u.ratio(1, 10)? {
        return u.arbitrary();
    }
    let mut t = String::new();
    for _ in 0..u.int_in_range(0..=12)? {
        let woord = if u.ratio(1, 2)? {
            let lijst = *u.choose(&lijsten)?;
            u.choose(lijst)?.replace(['*', '+', '~'], "")
        } else {
            u.choose(ANDERE)?.to_string()
        };
        t.push_str(&woord);
        t.push(' ');
    }
    Ok(t)
}

/// Any JSON value, not deeply nested.
fn willekeurig(u: &mut Unstructured, diepte: usize) -> Result<Value> {
    Ok(match u.int_in_range(0..=7)? {
        0 => Value::Null,
        1 => json!(u.arbitrary::<bool>()?),
        2 => json!(u.arbitrary::<i64>()?),
        3 => json!(u.arbitrary::<String>()?),
        4 => {
            json!({ "\u{0}plantoets": u.choose(&["NaN", "Infinity", "function", "kring", "leesfout", "ongeldige-datum", "te-groot", "?"])? })
        }
        5 if diepte < 6 => {
            Value::Array((0..u.int_in_range(0..=4)?).map(|_| willekeurig(u, diepte + 1)).collect::<Result<_>>()?)
        }
        6 if diepte < 6 => {
            let mut m = Map::new();
            for _ in 0..u.int_in_range(0..=4)? {
                m.insert(u.arbitrary()?, willekeurig(u, diepte + 1)?);
            }
            Value::Object(m)
        }
        _ => json!(u.arbitrary::<f64>()?),
    })
}
