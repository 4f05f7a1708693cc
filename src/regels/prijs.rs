//! P — price (§5, §4.4.2). The price is the hourly tariff times the Begeleidingsuren, per
//! activity and for the administration, each line rounded to a cent (computed in
//! `berekening`); Praktijkassessment has a fixed price instead.

use super::{nummer, pad_in, Ctx};
use crate::basis::bevinding::{sj, Ernst, Feit, Regel, I, W};
use crate::basis::taal::ul;
use crate::bron::TARIEVEN;
use crate::plan::Dienst;

pub static P01: Regel = Regel {
    code: "P01",
    ernst: W,
    bron: "§4.4.2",
    titel: ul("Een afwijkend tarief zonder onderbouwing", "A deviating tariff without justification"),
    waarom: ul(
        "Specialistische inzet tegen een ander tarief kan, maar UWV beslist erover en wil weten waarom die nodig is.",
        "Specialist work at a different tariff is possible, but UWV decides on it and wants to know why it is needed.",
    ),
    voorbeeld: ul(
        "\"uurtariefCent\": 11500 met in onderbouwingAfwijking waarom een arbeidsdeskundige nodig is.",
        "\"uurtariefCent\": 11500 with onderbouwingAfwijking explaining why a labour expert is needed.",
    ),
    lezing: None,
    feiten: &["activiteit", "tarief"],
    berichten: &[sj(
        "zonder-onderbouwing",
        "Deze activiteit heeft een afwijkend uurtarief van {tarief}; onderbouw waarom in de onderbouwing van afwijkingen, want UWV beslist erover.",
        "This activity has a deviating hourly rate of {tarief}; say why in the justification of deviations, as UWV decides on it.",
    )],
};

/// P01: a deviating tariff needs a justification.
pub fn p01(c: &mut Ctx) {
    if c.plan.onderbouwing_afwijking.waarde().is_some() {
        return;
    }
    let afwijkend: Vec<_> = c
        .activiteiten()
        .iter()
        .enumerate()
        .filter_map(|(i, a)| a.uurtarief_cent.exact().and_then(|b| b.als_i64()).map(|t| (i, t)))
        .collect();
    for (i, tarief) in afwijkend {
        c.meld(
            &P01,
            Ernst::Waarschuwing,
            pad_in("activiteiten", i, "uurtariefCent"),
            "zonder-onderbouwing",
            vec![("activiteit", nummer(i)), ("tarief", Feit::Euro(tarief.into()))],
        );
    }
}

pub static P02: Regel = Regel {
    code: "P02",
    ernst: I,
    bron: "§5",
    titel: ul(
        "Praktijkassessment zonder vaste prijs: geen prijs berekend",
        "Praktijkassessment without a fixed price: no price computed",
    ),
    waarom: ul(
        "De vaste prijs staat in het Dossier Financiële Afspraken van UWV, dat Plantoets niet heeft.",
        "The fixed price is in UWV's Dossier Financiële Afspraken, which Plantoets does not have.",
    ),
    voorbeeld: ul(
        "Geef de prijs mee als tarieven.vastePrijsPraktijkassessmentCent.",
        "Pass the price as tarieven.vastePrijsPraktijkassessmentCent.",
    ),
    lezing: None,
    feiten: &[],
    berichten: &[sj(
        "geen-vaste-prijs",
        "De vaste prijs van een Praktijkassessment is niet opgegeven; de prijs is daarom niet berekend.",
        "The fixed price of a Praktijkassessment was not given, so the price was not computed.",
    )],
};

/// P02: Praktijkassessment without a fixed price.
pub fn p02(c: &mut Ctx) {
    if c.dienst() == Some(Dienst::Praktijkassessment) && c.opties.tarieven.vaste_prijs_praktijkassessment_cent.is_none()
    {
        c.meld(&P02, Ernst::Info, "", "geen-vaste-prijs", vec![]);
    }
}

pub static P03: Regel = Regel {
    code: "P03",
    ernst: W,
    bron: "§5",
    titel: ul("Geen uurtarief bekend: geen prijs berekend", "No hourly tariff known: no price computed"),
    waarom: ul(
        "Meegeleverd is het tarief voor Opdrachten vanaf 1 januari 2023; voor eerdere Opdrachten moet het tarief worden opgegeven.",
        "Bundled is the tariff for Opdrachten from 1 January 2023; for earlier ones the tariff must be given.",
    ),
    voorbeeld: ul("Geef tarieven.uurtariefCent mee.", "Pass tarieven.uurtariefCent."),
    lezing: Some(ul(
        "Het tarief hangt af van de datum van de Opdracht (Werkbehoud: de Inkooporder); zonder die datum geldt de peildatum.",
        "The tariff depends on the date of the Opdracht (Werkbehoud: the Inkooporder); without it, the reference date.",
    )),
    feiten: &["tarief", "vanaf"],
    berichten: &[sj(
        "geen-tarief",
        "Voor deze Opdracht is geen uurtarief bekend (meegeleverd is {tarief} vanaf {vanaf}); geef het tarief op om de prijs te berekenen.",
        "No hourly rate is known for this Opdracht (bundled is {tarief} from {vanaf}); give the rate to compute the price.",
    )],
};

/// P03: no hourly tariff for the Opdracht's date.
pub fn p03(c: &mut Ctx) {
    if c.dienst() == Some(Dienst::Praktijkassessment) || c.ber.prijs.tarief.is_some() {
        return;
    }
    let Some(oudste) = TARIEVEN.first() else { return };
    c.meld(
        &P03,
        Ernst::Waarschuwing,
        "/datums/opdracht",
        "geen-tarief",
        vec![("tarief", Feit::Euro(oudste.uurtarief_cent.into())), ("vanaf", Feit::Datum(oudste.geldig_vanaf))],
    );
}
