//! A JSON Schema (draft-07) of the plan, generated from the plan's declaration
//! (`plan::velden`), so it describes exactly what the reader accepts: types, allowed values,
//! date form and size limits; with each field's label as `title` (Dutch) and `x-titel`
//! (both languages), the names of allowed values as `x-namen`, and the part of the form a
//! top-level field belongs to as `x-groep`. It checks the shape only; the rules of the
//! Overzicht are the checker's.

use super::Schrijver;
use crate::plan::{Grens, Min, Optie, VeldDef, Veldsoort, MAX_ITEMS, MAX_TEKST, PLAN};

/// The schema as JSON text.
pub fn schema() -> String {
    let mut s = Schrijver::default();
    s.begin_object();
    s.veld("$schema", "http://json-schema.org/draft-07/schema#");
    s.veld("$id", "https://plantoets.example/schema/plan.json");
    s.veld("title", "Re-integratieplan");
    s.veld(
        "description",
        "A draft plan: every field may be absent, null, or (for texts) empty. Which fields are required depends on the service; the checker reports that (I06).",
    );
    s.veld("type", "object");
    leden(&mut s, PLAN, true);
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

fn namen(s: &mut Schrijver, opties: &[Optie]) {
    if opties.is_empty() {
        return;
    }
    s.naam("x-namen");
    s.begin_object();
    for o in opties {
        s.veld(o.code, &o.naam);
    }
    s.einde_object();
}

fn soort(s: &mut Schrijver, t: &Veldsoort, def: Option<(&VeldDef, bool)>) {
    s.begin_object();
    if let Some((d, boven)) = def {
        s.veld("title", d.label.nl);
        s.veld("x-titel", &d.label);
        if boven {
            s.veld("x-groep", d.groep);
        }
    }
    match t {
        Veldsoort::Tekst => {
            typen(s, "string");
            s.veld("maxLength", &MAX_TEKST);
        }
        Veldsoort::Datum(_) => {
            typen(s, "string");
            s.veld("pattern", "^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        }
        Veldsoort::JaNee => typen(s, "boolean"),
        Veldsoort::Keuze(opties) => {
            s.naam("enum");
            s.begin_lijst();
            for o in opties.iter() {
                s.tekst(o.code);
            }
            s.tekst("");
            s.null();
            s.einde_lijst();
            namen(s, opties);
        }
        Veldsoort::Getal(g, opties) => {
            getal(s, g);
            namen(s, opties);
        }
        Veldsoort::Object(velden) => {
            typen(s, "object");
            leden(s, velden, false);
        }
        Veldsoort::Lijst { item, naam } => {
            typen(s, "array");
            s.veld("x-item", naam);
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
    }
    s.veld("maximum", &g.max);
}

fn leden(s: &mut Schrijver, velden: &[VeldDef], boven: bool) {
    s.naam("properties");
    s.begin_object();
    for v in velden {
        s.naam(v.naam);
        soort(s, &v.soort, Some((v, boven)));
    }
    s.einde_object();
    s.veld("additionalProperties", &false);
}
