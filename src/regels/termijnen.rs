//! T — deadlines and the order of dates (§4.4.1). The deadlines themselves are computed in
//! `berekening` (SPEC §2): submit within 28 days of the Opdracht, UWV judges within 14
//! days, a rejected plan may be re-submitted once, within 7 days.

use chrono::NaiveDate;

use crate::bericht::{sj, Feit};
use crate::datum;
use crate::diensten::{Taalpaar, BIJNA_TE_LAAT_DAGEN};
use crate::plan::Soort;
use crate::rapport::Ernst;
use crate::regels::regel::*;

pub const T01: Regel = Regel {
    code: "T01",
    ernst: F,
    bron: "§4.4.1",
    titel: tp("Het plan is te laat ingediend", "The plan is submitted too late"),
    waarom: tp(
        "Het bureau legt het plan binnen 28 kalenderdagen na de dagtekening van de Opdracht aan UWV voor.",
        "The bureau submits the plan to UWV within 28 calendar days of the date of the Opdracht.",
    ),
    voorbeeld: tp(
        "Opdracht 3 maart 2025: indienen uiterlijk 31 maart 2025.",
        "Opdracht 3 March 2025: submit by 31 March 2025.",
    ),
    lezing: Some(tp(
        "Nog niet ingediend? Dan telt de peildatum (vandaag). Na een afkeuring beoordeelt T03 de herindiening. Niet voor een bijstelling (die volgt niet op een nieuwe Opdracht) en niet voor Werkbehoud (geen plan).",
        "Not submitted yet? Then the reference date (today) counts. After a rejection, T03 judges the re-submission. Not for a bijstelling (no new Opdracht) nor for Werkbehoud (no plan).",
    )),
};

pub const T02: Regel = Regel {
    code: "T02",
    ernst: W,
    bron: "§4.4.1",
    titel: tp("Nog 3 dagen of minder om het plan in te dienen", "3 days or fewer left to submit the plan"),
    waarom: tp(
        "Na de 28 dagen is het plan te laat; wie het ziet aankomen, kan nog op tijd indienen.",
        "After the 28 days the plan is late; seeing it coming leaves time to submit.",
    ),
    voorbeeld: tp("Rond het plan af en dien het vandaag in.", "Finish the plan and submit it today."),
    lezing: None,
};

pub const T03: Regel = Regel {
    code: "T03",
    ernst: F,
    bron: "§4.4.1",
    titel: tp("Na een afkeuring te laat opnieuw ingediend", "Re-submitted too late after a rejection"),
    waarom: tp(
        "Keurt UWV het plan af, dan heeft het bureau één keer 7 kalenderdagen om het aan te passen.",
        "When UWV rejects the plan, the bureau has 7 calendar days, once, to adjust it.",
    ),
    voorbeeld: tp(
        "Afkeuring 10 april 2025: opnieuw indienen uiterlijk 17 april 2025.",
        "Rejected 10 April 2025: re-submit by 17 April 2025.",
    ),
    lezing: Some(tp(
        "Nog niet opnieuw ingediend? Dan telt de peildatum (vandaag).",
        "Not re-submitted yet? Then the reference date (today) counts.",
    )),
};

pub const T04: Regel = Regel {
    code: "T04",
    ernst: F,
    bron: "§4.4.1",
    titel: tp("Datums in een onmogelijke volgorde", "Dates in an impossible order"),
    waarom: tp(
        "Opdracht, indiening, (afkeuring, herindiening,) akkoord en Inkooporder volgen elkaar op; een scholing eindigt na de start. Een omgekeerde volgorde is bijna altijd een tikfout.",
        "Opdracht, submission, (rejection, re-submission,) approval and Inkooporder follow each other; a scholing ends after it starts. A reversed order is almost always a typo.",
    ),
    voorbeeld: tp(
        "Opdracht 3 maart, indiening 24 maart, akkoord 4 april, Inkooporder 4 april.",
        "Opdracht 3 March, submission 24 March, approval 4 April, Inkooporder 4 April.",
    ),
    lezing: None,
};

/// Whether the submission deadline of §4.4.1 applies: a plan, not a bijstelling, not after
/// a rejection (then T03).
fn indiening_telt(c: &Ctx) -> bool {
    let heeft_plan = c.info().is_none_or(|i| i.heeft_plan);
    heeft_plan && c.plan.soort.kopie() != Some(Soort::Bijstelling) && c.plan.datums.afkeuring.is_leeg()
}

/// T01: submitted (or, not yet submitted, today) after the 28 days.
pub fn t01(c: &mut Ctx) {
    if !indiening_telt(c) {
        return;
    }
    let Some(uiterlijk) = c.ber.termijnen.indienen_uiterlijk else { return };
    match (c.plan.datums.indiening.kopie(), c.opties.peildatum) {
        (Some(ingediend), _) if ingediend > uiterlijk => c.meld(
            &T01,
            Ernst::Fout,
            "/datums/indiening",
            &sj(
                "Indiening op {ingediend} is {dagen} dag(en) te laat: uiterlijk {uiterlijk}, 28 dagen na de Opdracht.",
                "Submitting on {ingediend} is {dagen} day(s) late: the deadline is {uiterlijk}, 28 days after the Opdracht.",
            ),
            &[
                ("ingediend", Feit::Datum(ingediend)),
                ("dagen", Feit::Geheel(datum::dagen_tussen(uiterlijk, ingediend))),
                ("uiterlijk", Feit::Datum(uiterlijk)),
            ],
        ),
        (None, Some(vandaag)) if vandaag > uiterlijk => c.meld(
            &T01,
            Ernst::Fout,
            "/datums/indiening",
            &sj(
                "Het plan is nog niet ingediend en de termijn verliep op {uiterlijk} (28 dagen na de Opdracht).",
                "The plan has not been submitted and the deadline passed on {uiterlijk} (28 days after the Opdracht).",
            ),
            &[("uiterlijk", Feit::Datum(uiterlijk))],
        ),
        _ => {}
    }
}

/// T02: not yet submitted, and 3 days or fewer left.
pub fn t02(c: &mut Ctx) {
    if !indiening_telt(c) {
        return;
    }
    let (Some(uiterlijk), Some(vandaag)) = (c.ber.termijnen.indienen_uiterlijk, c.opties.peildatum) else { return };
    let ingediend = c.plan.datums.indiening.kopie();
    if ingediend.is_some_and(|i| i <= vandaag || i > uiterlijk) {
        return; // submitted already, or planned too late (T01)
    }
    let over = datum::dagen_tussen(vandaag, uiterlijk);
    if !(0..=BIJNA_TE_LAAT_DAGEN).contains(&over) {
        return;
    }
    let sjabloon = match over {
        0 => sj(
            "Vandaag ({uiterlijk}) is de laatste dag om het plan in te dienen.",
            "Today ({uiterlijk}) is the last day to submit the plan.",
        ),
        1 => sj(
            "Nog 1 dag om het plan in te dienen: uiterlijk {uiterlijk}.",
            "1 day left to submit the plan: by {uiterlijk}.",
        ),
        _ => sj(
            "Nog {over} dagen om het plan in te dienen: uiterlijk {uiterlijk}.",
            "{over} days left to submit the plan: by {uiterlijk}.",
        ),
    };
    c.meld(
        &T02,
        Ernst::Waarschuwing,
        "/datums/indiening",
        &sjabloon,
        &[("over", Feit::Geheel(over)), ("uiterlijk", Feit::Datum(uiterlijk))],
    );
}

/// T03: after a rejection, re-submitted within 7 days.
pub fn t03(c: &mut Ctx) {
    if !c.info().is_none_or(|i| i.heeft_plan) {
        return;
    }
    let (Some(afkeuring), Some(uiterlijk)) = (c.plan.datums.afkeuring.kopie(), c.ber.termijnen.herindienen_uiterlijk)
    else {
        return;
    };
    match (c.plan.datums.indiening.kopie(), c.opties.peildatum) {
        (Some(opnieuw), _) if opnieuw >= afkeuring && opnieuw > uiterlijk => c.meld(
            &T03,
            Ernst::Fout,
            "/datums/indiening",
            &sj(
                "Opnieuw indienen op {opnieuw} is te laat: na de afkeuring uiterlijk {uiterlijk} (7 dagen).",
                "Re-submitting on {opnieuw} is too late: after the rejection the deadline is {uiterlijk} (7 days).",
            ),
            &[("opnieuw", Feit::Datum(opnieuw)), ("uiterlijk", Feit::Datum(uiterlijk))],
        ),
        (None, Some(vandaag)) if vandaag > uiterlijk => c.meld(
            &T03,
            Ernst::Fout,
            "/datums/indiening",
            &sj(
                "Het afgekeurde plan is nog niet opnieuw ingediend en de termijn verliep op {uiterlijk} (7 dagen na de afkeuring).",
                "The rejected plan has not been re-submitted and the deadline passed on {uiterlijk} (7 days after the rejection).",
            ),
            &[("uiterlijk", Feit::Datum(uiterlijk))],
        ),
        _ => {}
    }
}

/// T04: the dates of the process in their only possible order.
pub fn t04(c: &mut Ctx) {
    let d = &c.plan.datums;
    let afkeuring = d.afkeuring.kopie();
    /// Two dates that must come in this order, and how to name them.
    struct Paar {
        eerder: Option<NaiveDate>,
        later: Option<NaiveDate>,
        pad: &'static str,
        naam_later: Taalpaar,
        naam_eerder: Taalpaar,
    }
    let paren = [
        Paar {
            eerder: d.opdracht.kopie(),
            later: d.indiening.kopie(),
            pad: "/datums/indiening",
            naam_later: tp("De indiening", "The submission"),
            naam_eerder: tp("de Opdracht", "the Opdracht"),
        },
        Paar {
            eerder: d.opdracht.kopie(),
            later: afkeuring,
            pad: "/datums/afkeuring",
            naam_later: tp("De afkeuring", "The rejection"),
            naam_eerder: tp("de Opdracht", "the Opdracht"),
        },
        Paar {
            eerder: afkeuring,
            later: d.indiening.kopie(),
            pad: "/datums/indiening",
            naam_later: tp("De herindiening", "The re-submission"),
            naam_eerder: tp("de afkeuring", "the rejection"),
        },
        Paar {
            eerder: d.indiening.kopie(),
            later: d.akkoord.kopie(),
            pad: "/datums/akkoord",
            naam_later: tp("Het akkoord", "The approval"),
            naam_eerder: tp("de indiening", "the submission"),
        },
        Paar {
            eerder: d.akkoord.kopie(),
            later: d.inkooporder.kopie(),
            pad: "/datums/inkooporder",
            naam_later: tp("De Inkooporder", "The Inkooporder"),
            naam_eerder: tp("het akkoord", "the approval"),
        },
        Paar {
            eerder: c.plan.scholing.start.kopie(),
            later: c.plan.scholing.eind.kopie(),
            pad: "/scholing/eind",
            naam_later: tp("Het einde van de scholing", "The end of the scholing"),
            naam_eerder: tp("de start", "its start"),
        },
    ];
    let mut gemeld: Vec<&str> = Vec::new();
    for p in paren {
        let (Some(e), Some(l)) = (p.eerder, p.later) else { continue };
        if l >= e || gemeld.contains(&p.pad) {
            continue;
        }
        gemeld.push(p.pad);
        c.meld(
            &T04,
            Ernst::Fout,
            p.pad,
            &sj(
                "{later} ({l}) ligt vóór {eerder} ({e}); dat kan niet.",
                "{later} ({l}) is before {eerder} ({e}); that is impossible.",
            ),
            &[
                ("later", Feit::Taal(p.naam_later)),
                ("l", Feit::Datum(l)),
                ("eerder", Feit::Taal(p.naam_eerder)),
                ("e", Feit::Datum(e)),
            ],
        );
    }
}
