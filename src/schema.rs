//! A JSON Schema (draft-07) of the plan, generated from the field table in `velden`, so
//! it describes exactly what the reader accepts: types, allowed values, date form and
//! size limits. It checks the shape only; the rules of the Overzicht are the checker's.

use serde_json::{json, Map, Value};

use crate::velden::{Grens, Min, Type, Veld, MAX_ITEMS, MAX_TEKST, PLAN};

pub fn schema() -> Value {
    let mut s = object(PLAN);
    if let Value::Object(m) = &mut s {
        // The plan itself cannot be null.
        m.insert("type".into(), json!("object"));
        let mut kop = Map::new();
        kop.insert("$schema".into(), json!("http://json-schema.org/draft-07/schema#"));
        kop.insert("$id".into(), json!("https://plantoets.example/schema/plan.json"));
        kop.insert("title".into(), json!("Re-integratieplan (Plantoets, Overzicht Re-integratiediensten v7.1)"));
        kop.insert(
            "description".into(),
            json!("A draft plan: every field may be absent, null, or (for texts) empty. Which fields are required depends on the service; the checker reports that (I06)."),
        );
        kop.append(m);
        return Value::Object(kop);
    }
    s
}

fn soort(t: &Type) -> Value {
    match t {
        Type::Tekst => json!({ "type": ["string", "null"], "maxLength": MAX_TEKST }),
        Type::Datum => {
            json!({ "type": ["string", "null"], "pattern": "^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$" })
        }
        Type::JaNee => json!({ "type": ["boolean", "null"] }),
        Type::Keuze(waarden) => {
            let mut e: Vec<Value> = waarden.iter().map(|w| json!(w)).collect();
            e.push(json!(""));
            e.push(Value::Null);
            json!({ "enum": e })
        }
        Type::Getal(g) => getal(g),
        Type::Object(velden) => object(velden),
        Type::Lijst(item) => {
            json!({ "type": ["array", "null"], "items": soort(item), "maxItems": MAX_ITEMS })
        }
    }
}

fn getal(g: &Grens) -> Value {
    let mut m = Map::new();
    m.insert("type".into(), json!([if g.geheel { "integer" } else { "number" }, "null"]));
    match g.min {
        Min::Nul => {
            m.insert("minimum".into(), json!(0));
        }
        Min::Positief => {
            m.insert("exclusiveMinimum".into(), json!(0));
        }
        Min::Een => {
            m.insert("minimum".into(), json!(1));
        }
        Min::Geen => {}
    }
    m.insert("maximum".into(), json!(g.max));
    Value::Object(m)
}

fn object(velden: &[Veld]) -> Value {
    let mut props = Map::new();
    for v in velden {
        let mut s = soort(&v.soort);
        if let Value::Object(m) = &mut s {
            m.insert("description".into(), json!(v.uitleg));
        }
        props.insert(v.naam.into(), s);
    }
    json!({ "type": ["object", "null"], "properties": props, "additionalProperties": false })
}
