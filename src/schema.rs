//! A JSON Schema (draft-07) of the plan, generated from the field table in `velden`, so
//! it describes exactly what the reader accepts: types, allowed values, date form and
//! size limits. It checks the shape only; the rules of the Overzicht are the checker's.

use crate::schrijven::Schrijver;
use crate::velden::{Grens, Min, Type, Veld, MAX_ITEMS, MAX_TEKST, PLAN};

/// The schema as JSON text.
pub fn schema() -> String {
    let mut s = Schrijver::default();
    s.begin_object();
    s.veld("$schema", "http://json-schema.org/draft-07/schema#");
    s.veld("$id", "https://plantoets.example/schema/plan.json");
    s.veld("title", "Re-integratieplan (Plantoets, Overzicht Re-integratiediensten v7.1)");
    s.veld(
        "description",
        "A draft plan: every field may be absent, null, or (for texts) empty. Which fields are required depends on the service; the checker reports that (I06).",
    );
    s.veld("type", "object");
    leden(&mut s, PLAN);
    s.einde_object();
    s.uit
}

fn typen(s: &mut Schrijver, soort: &str) {
    s.naam("type");
    s.begin_lijst();
    s.tekst(soort);
    s.tekst("null");
    s.einde_lijst();
}

fn soort(s: &mut Schrijver, t: &Type, uitleg: Option<&str>) {
    s.begin_object();
    if let Some(u) = uitleg {
        s.veld("description", u);
    }
    match t {
        Type::Tekst => {
            typen(s, "string");
            s.veld("maxLength", &MAX_TEKST);
        }
        Type::Datum => {
            typen(s, "string");
            s.veld("pattern", "^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        }
        Type::JaNee => typen(s, "boolean"),
        Type::Keuze(waarden) => {
            s.naam("enum");
            s.begin_lijst();
            for w in waarden.iter().chain(&[""]) {
                s.tekst(w);
            }
            s.null();
            s.einde_lijst();
        }
        Type::Getal(g) => getal(s, g),
        Type::Object(velden) => {
            typen(s, "object");
            leden(s, velden);
        }
        Type::Lijst(item) => {
            typen(s, "array");
            s.naam("items");
            soort(s, item, None);
            s.veld("maxItems", &MAX_ITEMS);
        }
    }
    s.einde_object();
}

fn getal(s: &mut Schrijver, g: &Grens) {
    typen(s, if g.geheel { "integer" } else { "number" });
    match g.min {
        Min::Nul => s.veld("minimum", &0u32),
        Min::Positief => s.veld("exclusiveMinimum", &0u32),
        Min::Een => s.veld("minimum", &1u32),
        Min::Geen => {}
    }
    s.veld("maximum", &g.max);
}

fn leden(s: &mut Schrijver, velden: &[Veld]) {
    s.naam("properties");
    s.begin_object();
    for v in velden {
        s.naam(v.naam);
        soort(s, &v.soort, Some(v.uitleg));
    }
    s.einde_object();
    s.veld("additionalProperties", &false);
}
