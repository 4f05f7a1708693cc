//! Toelichtingen (SPEC v2 §3): the writer's answer to a waarschuwing that does not apply to
//! this plan, like a linter's `noqa` with a reason. An answered waarschuwing is reported as
//! info with the writer's text; I11 reports a toelichting that answers nothing, answers a
//! fout, or is too short to be a reason.

use super::zinnen::aantal_woorden;
use super::{pad_in, Ctx};
use crate::basis::bevinding::{sj, Ernst, Feit, Regel, W};
use crate::basis::taal::ul;
use crate::plan::Veld;

/// Fewer words than this is not a reason.
const MIN_WOORDEN: usize = 4;

pub static I11: Regel = Regel {
    code: "I11",
    ernst: W,
    bron: "Invoer: een toelichting bij een waarschuwing",
    titel: ul(
        "Een toelichting die geen waarschuwing beantwoordt",
        "An explanation that answers no warning",
    ),
    waarom: ul(
        "Een toelichting zegt waarom een waarschuwing niet geldt voor dit plan; de beoordelaar van UWV leest haar in plaats van de waarschuwing. Een toelichting zonder waarschuwing, bij een fout of zonder reden misleidt.",
        "An explanation says why a warning does not apply to this plan; UWV's assessor reads it instead of the warning. An explanation without a warning, on an error or without a reason misleads.",
    ),
    voorbeeld: ul(
        "{\"code\": \"C08\", \"pad\": \"/activiteiten/2/omschrijving\", \"tekst\": \"Wij verwijzen alleen; de schuldhulp zelf doet de gemeente.\"}",
        "{\"code\": \"C08\", \"pad\": \"/activiteiten/2/omschrijving\", \"tekst\": \"We only refer; the municipality provides the debt help itself.\"}",
    ),
    lezing: Some(ul(
        "Een toelichting bij een regel die met de optie negeer is overgeslagen, wordt met rust gelaten.",
        "An explanation for a rule skipped with the option negeer is left alone.",
    )),
    feiten: &["code", "aantal", "minimum"],
    berichten: &[
        sj(
            "geen-bevinding",
            "Deze toelichting hoort bij geen waarschuwing van deze controle; controleer bij welke bevinding en welk veld ze hoort, of haal haar weg.",
            "This explanation belongs to no warning of this check; check which finding and field it belongs to, or remove it.",
        ),
        sj(
            "fout",
            "Een fout kan niet worden toegelicht: los hem op in het plan.",
            "An error cannot be explained away: solve it in the plan.",
        ),
        sj(
            "te-kort",
            "Een toelichting van {aantal|woord|woorden} is geen reden; schrijf in minstens {minimum} woorden waarom de waarschuwing niet geldt.",
            "An explanation of {aantal|word|words} is not a reason; write in at least {minimum} words why the warning does not apply.",
        ),
    ],
};

/// Answers waarschuwingen with the plan's toelichtingen, and reports those that answer none (I11).
pub fn beantwoord(c: &mut Ctx, genegeerd: &[&'static str]) {
    let Veld::Waarde(lijst) = &c.plan.toelichtingen else { return };
    for (i, t) in lijst.iter().enumerate() {
        let (Some(code), Some(pad)) = (t.code.waarde(), t.pad.waarde()) else {
            c.meld(&I11, Ernst::Waarschuwing, pad_in("toelichtingen", i, ""), "geen-bevinding", vec![]);
            continue;
        };
        let (code, pad) = (code.trim(), pad.trim());
        if genegeerd.contains(&code) {
            continue;
        }
        let code_feit = ("code", Feit::Tekst(code.chars().take(8).collect()));
        let woorden = t.tekst.waarde().map_or(0, |t| aantal_woorden(t));
        if woorden < MIN_WOORDEN {
            c.meld(
                &I11,
                Ernst::Waarschuwing,
                pad_in("toelichtingen", i, "tekst"),
                "te-kort",
                vec![
                    code_feit,
                    ("aantal", Feit::Geheel(woorden as i64)),
                    ("minimum", Feit::Geheel(MIN_WOORDEN as i64)),
                ],
            );
            continue;
        }
        let tekst = t.tekst.waarde().map(|t| t.trim().to_string());
        let mut beantwoord = false;
        let mut op_fout = false;
        for b in c.uit.iter_mut().filter(|b| b.code == code && b.pad == pad && b.code != I11.code) {
            match b.ernst {
                Ernst::Fout => op_fout = true,
                Ernst::Waarschuwing => {
                    b.ernst = Ernst::Info;
                    b.toelichting = tekst.clone();
                    beantwoord = true;
                }
                // Already answered by an earlier toelichting.
                Ernst::Info => beantwoord |= b.toelichting.is_some(),
            }
        }
        if !beantwoord {
            let sleutel = if op_fout { "fout" } else { "geen-bevinding" };
            c.meld(&I11, Ernst::Waarschuwing, pad_in("toelichtingen", i, ""), sleutel, vec![code_feit]);
        }
    }
}
