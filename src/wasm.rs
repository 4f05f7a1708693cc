//! The JavaScript boundary (SPEC §5): four exports and no rules (the page's own module,
//! built without the `gegevens` feature, has only `check`). Values cross as JSON text
//! in one piece, which we measured faster and smaller than converting field by field
//! (see BENCHMARKS.md); `naar_json.js` turns any JavaScript value into that text without
//! throwing, and the report comes back through `JSON.parse`.

use js_sys::{Date, JSON};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/naar_json.js")]
extern "C" {
    /// JSON text of any value, or `None` when there is nothing to write.
    #[wasm_bindgen(js_name = naarJson)]
    fn naar_json(waarde: &JsValue) -> Option<String>;
}

#[wasm_bindgen(typescript_custom_section)]
const TYPEN: &str = concat!(include_str!("wasm/plan.d.ts"), "\n", include_str!("wasm/typen.d.ts"));

/// A plan's JSON text: a string is taken as JSON text already (the fast path).
fn tekst(waarde: &JsValue) -> Option<String> {
    waarde.as_string().or_else(|| naar_json(waarde))
}

/// Today in the user's time zone.
fn vandaag() -> Option<chrono::NaiveDate> {
    let nu = Date::new_0();
    chrono::NaiveDate::from_ymd_opt(nu.get_full_year() as i32, nu.get_month() + 1, nu.get_date())
}

fn uit_json(tekst: &str) -> JsValue {
    // Our own JSON always parses; NULL is the impossible fallback that keeps this total.
    JSON::parse(tekst).unwrap_or(JsValue::NULL)
}

/// `check(plan, options?) → Report`. Never throws.
#[wasm_bindgen(skip_typescript)]
pub fn check(plan: JsValue, options: JsValue) -> JsValue {
    let opties = if options.is_undefined() || options.is_null() { None } else { tekst(&options) };
    let plan = tekst(&plan).unwrap_or_else(|| "null".into());
    uit_json(&crate::check_json_ascii(&plan, opties.as_deref().unwrap_or(""), vandaag()))
}

/// `diensten(datum?) → DienstInfo[]`: the numbers of Tabel III and IV of the version that
/// holds on that date (`YYYY-MM-DD`; the newest without one), for the page.
#[cfg(feature = "gegevens")]
#[wasm_bindgen(skip_typescript)]
pub fn diensten(datum: JsValue) -> JsValue {
    let datum = datum.as_string().and_then(|d| crate::basis::datum::lees(&d));
    uit_json(&crate::diensten_json(datum))
}

/// `catalogus() → Regel[]`.
#[cfg(feature = "gegevens")]
#[wasm_bindgen(skip_typescript)]
pub fn catalogus() -> JsValue {
    uit_json(&crate::catalogus_json())
}

/// `schema() → JsonSchema`.
#[cfg(feature = "gegevens")]
#[wasm_bindgen(skip_typescript)]
pub fn schema() -> JsValue {
    uit_json(&crate::schema())
}
