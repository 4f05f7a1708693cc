//! P — price (§5, §4.4.2). The price is the hourly tariff times the Begeleidingsuren, per
//! activity and for the administration, each line rounded to a cent (computed in
//! `berekening`); Praktijkassessment has a fixed price instead.

use crate::bericht::{pad_in, sj, Feit};
use crate::diensten::TARIEVEN;
use crate::plan::{Dienst, Veld};
use crate::rapport::Ernst;
use crate::regels::regel::*;

pub const P01: Regel = Regel {
    code: "P01",
    ernst: W,
    bron: "§4.4.2",
    titel: tp("Een afwijkend tarief zonder onderbouwing", "A deviating tariff without justification"),
    waarom: tp(
        "Specialistische inzet tegen een ander tarief kan, maar UWV beslist erover en wil weten waarom die nodig is.",
        "Specialist work at a different tariff is possible, but UWV decides on it and wants to know why it is needed.",
    ),
    voorbeeld: tp(
        "\"uurtariefCent\": 11500 met in onderbouwingAfwijking waarom een arbeidsdeskundige nodig is.",
        "\"uurtariefCent\": 11500 with onderbouwingAfwijking explaining why a labour expert is needed.",
    ),
    lezing: None,
};

pub const P02: Regel = Regel {
    code: "P02",
    ernst: I,
    bron: "§5",
    titel: tp(
        "Praktijkassessment zonder vaste prijs: geen prijs berekend",
        "Praktijkassessment without a fixed price: no price computed",
    ),
    waarom: tp(
        "De vaste prijs staat in het Dossier Financiële Afspraken van UWV, dat Plantoets niet heeft.",
        "The fixed price is in UWV's Dossier Financiële Afspraken, which Plantoets does not have.",
    ),
    voorbeeld: tp(
        "Geef de prijs mee als tarieven.vastePrijsPraktijkassessmentCent.",
        "Pass the price as tarieven.vastePrijsPraktijkassessmentCent.",
    ),
    lezing: None,
};

pub const P03: Regel = Regel {
    code: "P03",
    ernst: W,
    bron: "§5",
    titel: tp("Geen uurtarief bekend: geen prijs berekend", "No hourly tariff known: no price computed"),
    waarom: tp(
        "Meegeleverd is het tarief voor Opdrachten vanaf 1 januari 2023; voor eerdere Opdrachten moet het tarief worden opgegeven.",
        "Bundled is the tariff for Opdrachten from 1 January 2023; for earlier ones the tariff must be given.",
    ),
    voorbeeld: tp("Geef tarieven.uurtariefCent mee.", "Pass tarieven.uurtariefCent."),
    lezing: Some(tp(
        "Het tarief hangt af van de datum van de Opdracht (Werkbehoud: de Inkooporder); zonder die datum geldt de peildatum.",
        "The tariff depends on the date of the Opdracht (Werkbehoud: the Inkooporder); without it, the reference date.",
    )),
};

/// P01: a deviating tariff needs a justification.
pub fn p01(c: &mut Ctx) {
    if c.plan.onderbouwing_afwijking.waarde().is_some() {
        return;
    }
    let Veld::Waarde(lijst) = &c.plan.activiteiten else { return };
    for (i, a) in lijst.iter().enumerate() {
        if a.uurtarief_cent.waarde().is_none() {
            continue;
        }
        c.meld(
            &P01,
            Ernst::Waarschuwing,
            pad_in("activiteiten", i, "uurtariefCent"),
            &sj(
                "Activiteit {n} heeft een afwijkend uurtarief; onderbouw waarom, want UWV beslist erover.",
                "Activity {n} has a deviating hourly tariff; justify why, as UWV decides on it.",
            ),
            &[("n", Feit::Geheel(i as i64 + 1))],
        );
    }
}

/// P02: Praktijkassessment without a fixed price.
pub fn p02(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::Praktijkassessment) || c.opties.tarieven.vaste_prijs_praktijkassessment_cent.is_some()
    {
        return;
    }
    c.meld(
        &P02,
        Ernst::Info,
        "",
        &sj(
            "De vaste prijs van een Praktijkassessment is niet opgegeven; de prijs is daarom niet berekend.",
            "The fixed price of a Praktijkassessment was not given, so the price was not computed.",
        ),
        &[],
    );
}

/// P03: no hourly tariff for the Opdracht's date.
pub fn p03(c: &mut Ctx) {
    if c.dienst() == Some(Dienst::Praktijkassessment) || c.ber.tarief.is_some() {
        return;
    }
    let oudste = &TARIEVEN[0];
    c.meld(
        &P03,
        Ernst::Waarschuwing,
        "/datums/opdracht",
        &sj(
            "Voor deze Opdracht is geen uurtarief bekend (meegeleverd: {tarief} vanaf {vanaf}); geef het tarief op om de prijs te berekenen.",
            "No hourly tariff is known for this Opdracht (bundled: {tarief} from {vanaf}); give the tariff to compute the price.",
        ),
        &[("tarief", Feit::Euro(oudste.uurtarief_cent.into())), ("vanaf", Feit::Datum(oudste.geldig_vanaf))],
    );
}
