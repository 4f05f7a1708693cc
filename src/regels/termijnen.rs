//! T — deadlines and the order of the dates (§4.4.1). The deadlines are computed in
//! `berekening` (opdracht + 28 days, afkeuring + 7 days); these rules judge them against
//! the submission or, when not yet submitted, the `peildatum` (today).

use super::Ctx;
use crate::basis::bevinding::{naam, sj, Ernst, Feit, Regel, F, W};
use crate::basis::datum;
use crate::basis::taal::ul;
use crate::plan::Soort;

pub static T01: Regel = Regel {
    code: "T01",
    ernst: F,
    bron: "§4.4.1",
    titel: ul("Het plan is te laat ingediend", "The plan is submitted too late"),
    waarom: ul(
        "Het bureau legt het plan binnen 28 kalenderdagen na de dagtekening van de Opdracht aan UWV voor.",
        "The bureau submits the plan to UWV within 28 calendar days of the date of the Opdracht.",
    ),
    voorbeeld: ul(
        "Opdracht 3 maart 2025: indienen uiterlijk 31 maart 2025.",
        "Opdracht 3 March 2025: submit by 31 March 2025.",
    ),
    lezing: Some(ul(
        "Nog niet ingediend? Dan telt de peildatum (vandaag). Na een afkeuring beoordeelt T03 de herindiening. Niet voor een bijstelling (die volgt niet op een nieuwe Opdracht) en niet voor Werkbehoud (geen plan).",
        "Not submitted yet? Then the reference date (today) counts. After a rejection, T03 judges the re-submission. Not for a bijstelling (no new Opdracht) nor for Werkbehoud (no plan).",
    )),
    feiten: &["datum", "uiterlijk", "dagen", "termijn"],
    berichten: &[
        sj(
            "te-laat",
            "Indienen op {datum} is {dagen|dag|dagen} te laat: het plan moet uiterlijk {uiterlijk} bij UWV zijn, {termijn} dagen na de Opdracht.",
            "Submitting on {datum} is {dagen|day|days} late: the plan must reach UWV by {uiterlijk}, {termijn} days after the Opdracht.",
        ),
        sj(
            "verlopen",
            "Het plan is nog niet ingediend, en de termijn verliep op {uiterlijk} ({termijn} dagen na de Opdracht). Dien het zo snel mogelijk in en neem contact op met UWV.",
            "The plan has not been submitted, and the deadline passed on {uiterlijk} ({termijn} days after the Opdracht). Submit it as soon as possible and contact UWV.",
        ),
    ],
};

/// Whether the submission deadline of §4.4.1 applies: a plan, not a bijstelling, not after
/// a rejection (then T03).
fn indiening_telt(c: &Ctx) -> bool {
    let heeft_plan = c.info().is_none_or(|i| i.heeft_plan);
    heeft_plan && c.plan.soort.kopie() != Some(Soort::Bijstelling) && c.plan.datums.afkeuring.is_leeg()
}

/// T01: submitted (or, not yet submitted, today) after the deadline.
pub fn t01(c: &mut Ctx) {
    if !indiening_telt(c) {
        return;
    }
    let Some(uiterlijk) = c.ber.termijnen.indienen_uiterlijk else { return };
    let termijn = ("termijn", Feit::Geheel(c.overzicht.termijnen.indienen_dagen.into()));
    match (c.plan.datums.indiening.kopie(), c.opties.peildatum) {
        (Some(ingediend), _) if ingediend > uiterlijk => c.meld(
            &T01,
            Ernst::Fout,
            "/datums/indiening",
            "te-laat",
            vec![
                ("datum", Feit::Datum(ingediend)),
                ("dagen", Feit::Geheel(datum::dagen_tussen(uiterlijk, ingediend))),
                ("uiterlijk", Feit::Datum(uiterlijk)),
                termijn,
            ],
        ),
        (None, Some(vandaag)) if vandaag > uiterlijk => c.meld(
            &T01,
            Ernst::Fout,
            "/datums/indiening",
            "verlopen",
            vec![("uiterlijk", Feit::Datum(uiterlijk)), termijn],
        ),
        _ => {}
    }
}

pub static T02: Regel = Regel {
    code: "T02",
    ernst: W,
    bron: "§4.4.1",
    titel: ul("Nog 3 dagen of minder om het plan in te dienen", "3 days or fewer left to submit the plan"),
    waarom: ul(
        "Na de 28 dagen is het plan te laat; wie het ziet aankomen, kan nog op tijd indienen.",
        "After the 28 days the plan is late; seeing it coming leaves time to submit.",
    ),
    voorbeeld: ul("Rond het plan af en dien het vandaag in.", "Finish the plan and submit it today."),
    lezing: None,
    feiten: &["dagen", "uiterlijk"],
    berichten: &[
        sj(
            "vandaag",
            "Vandaag ({uiterlijk}) is de laatste dag om het plan in te dienen.",
            "Today ({uiterlijk}) is the last day to submit the plan.",
        ),
        sj(
            "nog",
            "Nog {dagen|dag|dagen} om het plan in te dienen: uiterlijk {uiterlijk}.",
            "{dagen|day|days} left to submit the plan: by {uiterlijk}.",
        ),
    ],
};

/// T02: not yet submitted, and a few days or fewer left.
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
    if !(0..=i64::from(c.overzicht.termijnen.bijna_te_laat_dagen)).contains(&over) {
        return;
    }
    let sleutel = if over == 0 { "vandaag" } else { "nog" };
    c.meld(
        &T02,
        Ernst::Waarschuwing,
        "/datums/indiening",
        sleutel,
        vec![("dagen", Feit::Geheel(over)), ("uiterlijk", Feit::Datum(uiterlijk))],
    );
}

pub static T03: Regel = Regel {
    code: "T03",
    ernst: F,
    bron: "§4.4.1",
    titel: ul("Na een afkeuring te laat opnieuw ingediend", "Re-submitted too late after a rejection"),
    waarom: ul(
        "Keurt UWV het plan af, dan heeft het bureau één keer 7 kalenderdagen om het aan te passen.",
        "When UWV rejects the plan, the bureau has 7 calendar days, once, to adjust it.",
    ),
    voorbeeld: ul(
        "Afkeuring 10 april 2025: opnieuw indienen uiterlijk 17 april 2025.",
        "Rejected 10 April 2025: re-submit by 17 April 2025.",
    ),
    lezing: Some(ul(
        "Nog niet opnieuw ingediend? Dan telt de peildatum (vandaag).",
        "Not re-submitted yet? Then the reference date (today) counts.",
    )),
    feiten: &["datum", "uiterlijk", "termijn"],
    berichten: &[
        sj(
            "te-laat",
            "Opnieuw indienen op {datum} is te laat: na de afkeuring moest het uiterlijk {uiterlijk}, binnen {termijn} dagen.",
            "Re-submitting on {datum} is too late: after the rejection it had to be by {uiterlijk}, within {termijn} days.",
        ),
        sj(
            "verlopen",
            "Het afgekeurde plan is nog niet opnieuw ingediend, en de termijn verliep op {uiterlijk} ({termijn} dagen na de afkeuring). Neem contact op met UWV.",
            "The rejected plan has not been re-submitted, and the deadline passed on {uiterlijk} ({termijn} days after the rejection). Contact UWV.",
        ),
    ],
};

/// T03: after a rejection, re-submitted within the days allowed.
pub fn t03(c: &mut Ctx) {
    if !c.info().is_none_or(|i| i.heeft_plan) {
        return;
    }
    let (Some(afkeuring), Some(uiterlijk)) = (c.plan.datums.afkeuring.kopie(), c.ber.termijnen.herindienen_uiterlijk)
    else {
        return;
    };
    let termijn = ("termijn", Feit::Geheel(c.overzicht.termijnen.herindienen_dagen.into()));
    match (c.plan.datums.indiening.kopie(), c.opties.peildatum) {
        (Some(opnieuw), _) if opnieuw >= afkeuring && opnieuw > uiterlijk => c.meld(
            &T03,
            Ernst::Fout,
            "/datums/indiening",
            "te-laat",
            vec![("datum", Feit::Datum(opnieuw)), ("uiterlijk", Feit::Datum(uiterlijk)), termijn],
        ),
        (None, Some(vandaag)) if vandaag > uiterlijk => c.meld(
            &T03,
            Ernst::Fout,
            "/datums/indiening",
            "verlopen",
            vec![("uiterlijk", Feit::Datum(uiterlijk)), termijn],
        ),
        _ => {}
    }
}

pub static T04: Regel = Regel {
    code: "T04",
    ernst: F,
    bron: "§4.4.1",
    titel: ul("Datums in een onmogelijke volgorde", "Dates in an impossible order"),
    waarom: ul(
        "Opdracht, indiening, (afkeuring, herindiening,) akkoord en Inkooporder volgen elkaar op; een scholing eindigt na de start. Een omgekeerde volgorde is bijna altijd een tikfout.",
        "Opdracht, submission, (rejection, re-submission,) approval and Inkooporder follow each other; a scholing ends after it starts. A reversed order is almost always a typo.",
    ),
    voorbeeld: ul(
        "Opdracht 3 maart, indiening 24 maart, akkoord 4 april, Inkooporder 4 april.",
        "Opdracht 3 March, submission 24 March, approval 4 April, Inkooporder 4 April.",
    ),
    lezing: None,
    feiten: &["wat", "datum", "eerder", "eerderDatum"],
    berichten: &[sj(
        "volgorde",
        "{wat} ({datum}) ligt vóór {eerder} ({eerderDatum}); dat kan niet. Controleer de datums.",
        "{wat} ({datum}) is before {eerder} ({eerderDatum}); that is impossible. Check the dates.",
    )],
};

/// T04: the dates of the process in their only possible order.
pub fn t04(c: &mut Ctx) {
    let d = &c.plan.datums;
    let s = &c.plan.scholing;
    let afkeuring = d.afkeuring.kopie();
    let opdracht = (d.opdracht.kopie(), naam("opdracht", "de Opdracht", "the Opdracht"));
    // (earlier date and its name, later date, pointer and name of the later one)
    let paren = [
        (opdracht, d.indiening.kopie(), "/datums/indiening", naam("indiening", "De indiening", "The submission")),
        (opdracht, afkeuring, "/datums/afkeuring", naam("afkeuring", "De afkeuring", "The rejection")),
        (
            (afkeuring, naam("afkeuring", "de afkeuring", "the rejection")),
            d.indiening.kopie(),
            "/datums/indiening",
            naam("herindiening", "De herindiening", "The re-submission"),
        ),
        (
            (d.indiening.kopie(), naam("indiening", "de indiening", "the submission")),
            d.akkoord.kopie(),
            "/datums/akkoord",
            naam("akkoord", "Het akkoord", "The approval"),
        ),
        (
            (d.akkoord.kopie(), naam("akkoord", "het akkoord", "the approval")),
            d.inkooporder.kopie(),
            "/datums/inkooporder",
            naam("inkooporder", "De Inkooporder", "The Inkooporder"),
        ),
        (
            (s.start.kopie(), naam("scholing-start", "de start van de scholing", "the start of the training")),
            s.eind.kopie(),
            "/scholing/eind",
            naam("scholing-eind", "Het einde van de scholing", "The end of the training"),
        ),
    ];
    let mut gemeld: Vec<&str> = Vec::new();
    for ((eerder, eerder_naam), later, pad, later_naam) in paren {
        let (Some(e), Some(l)) = (eerder, later) else { continue };
        if l >= e || gemeld.contains(&pad) {
            continue;
        }
        gemeld.push(pad);
        c.meld(
            &T04,
            Ernst::Fout,
            pad,
            "volgorde",
            vec![
                ("wat", Feit::Naam(later_naam)),
                ("datum", Feit::Datum(l)),
                ("eerder", Feit::Naam(eerder_naam)),
                ("eerderDatum", Feit::Datum(e)),
            ],
        );
    }
}
