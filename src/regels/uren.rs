//! U — Begeleidingsuren (§3.6 Tabel III, §4.4.2). The hours themselves are computed in
//! `berekening` (sessies × minuten ÷ deelnemers ÷ 60, exact); these rules judge them.

use crate::berekening::{binnen, geldig};
use crate::bericht::{pad_in, sj, Feit};
use crate::breuk::Breuk;
use crate::diensten::Urenregel;
use crate::plan::{Dienst, Veld, Vorm};
use crate::rapport::Ernst;
use crate::regels::regel::*;
use crate::velden;

pub const U01: Regel = Regel {
    code: "U01",
    ernst: F,
    bron: "§3.6 Tabel III",
    titel: tp("Meer Begeleidingsuren dan de dienst toestaat", "More Begeleidingsuren than the service allows"),
    waarom: tp(
        "UWV koopt per dienst hooguit het maximum van Tabel III in; uren daarboven worden niet vergoed.",
        "UWV buys at most the maximum of Tabel III per service; hours above it are not paid.",
    ),
    voorbeeld: tp(
        "Werkfit maken: 35 uur aan activiteiten plus 3 uur administratie = 38 uur, binnen 41.",
        "Werkfit maken: 35 hours of activities plus 3 hours of administration = 38 hours, within 41.",
    ),
    lezing: Some(tp(
        "Precies het maximum mag; elke minuut erboven niet. Met uitzonderingUwv geldt het uitzonderlijke maximum (Werkfit maken 60, Naar werk 40). Begeleiding bij Scholing valt onder U05, Praktijkassessment onder U09.",
        "Exactly the maximum is allowed; any minute above is not. With uitzonderingUwv the exceptional maximum applies (Werkfit maken 60, Naar werk 40). Begeleiding bij Scholing is U05's, Praktijkassessment U09's.",
    )),
};

pub const U02: Regel = Regel {
    code: "U02",
    ernst: W,
    bron: "§3.6 Tabel III, voetnoten 2 en 3",
    titel: tp("Boven het gewone maximum met een uitzondering van UWV", "Above the normal maximum with an exception from UWV"),
    waarom: tp(
        "Het hogere maximum geldt alleen in uitzonderlijke gevallen en alleen als UWV daarmee instemt; andere diensten kennen het niet.",
        "The higher maximum applies only in exceptional cases and only when UWV agrees; other services do not have one.",
    ),
    voorbeeld: tp(
        "Leg in de onderbouwing vast waarom meer dan 41 uur nodig is en wanneer UWV heeft ingestemd.",
        "Record in the justification why more than 41 hours are needed and when UWV agreed.",
    ),
    lezing: None,
};

pub const U03: Regel = Regel {
    code: "U03",
    ernst: F,
    bron: "§3.6",
    titel: tp("Te veel administratie-uren", "Too many administration hours"),
    waarom: tp(
        "Voor het plan en de rapportages mogen per cliënt hooguit 3 uur worden gedeclareerd; bij Werkbehoud (alleen een eindrapportage) 1 uur.",
        "At most 3 hours per client may be claimed for the plan and the reports; for Werkbehoud (only a final report) 1 hour.",
    ),
    voorbeeld: tp("\"administratieUren\": 3 (Werkbehoud: 1).", "\"administratieUren\": 3 (Werkbehoud: 1)."),
    lezing: None,
};

pub const U04: Regel = Regel {
    code: "U04",
    ernst: I,
    bron: "§3.6",
    titel: tp("Geen administratie-uren opgenomen", "No administration hours listed"),
    waarom: tp(
        "Administratie telt mee in de Begeleidingsuren en moet apart in het plan staan; wat niet is opgenomen, kan later niet worden gedeclareerd.",
        "Administration counts within the Begeleidingsuren and must be listed separately; what is not listed cannot be claimed later.",
    ),
    voorbeeld: tp("\"administratieUren\": 3.", "\"administratieUren\": 3."),
    lezing: None,
};

pub const U05: Regel = Regel {
    code: "U05",
    ernst: F,
    bron: "§3.6 Tabel III",
    titel: tp(
        "Begeleiding bij Scholing: meer dan 1 uur per week scholing of meer dan 49 uur",
        "Begeleiding bij Scholing: more than 1 hour per week of scholing or more than 49 hours",
    ),
    waarom: tp(
        "Begeleiding bij Scholing is gemiddeld hooguit 1 uur per week zolang de scholing loopt, en UWV vergoedt hooguit 49 uur per jaar.",
        "Begeleiding bij Scholing is on average at most 1 hour per week while the scholing runs, and UWV pays at most 49 hours a year.",
    ),
    voorbeeld: tp(
        "Scholing van 1 september tot 31 december (17 weken binnen de doorlooptijd): hooguit 17 uur.",
        "Scholing from 1 September to 31 December (17 weeks inside the doorlooptijd): at most 17 hours.",
    ),
    lezing: Some(tp(
        "Weken = dagen waarop scholing en doorlooptijd samenvallen, gedeeld door 7 (exact, zonder afronden). Zonder startdatum tellen de weken van de scholing zelf, hooguit een jaar.",
        "Weeks = days on which the scholing and the doorlooptijd overlap, divided by 7 (exactly, without rounding). Without a start date, the weeks of the scholing itself count, at most a year.",
    )),
};

pub const U06: Regel = Regel {
    code: "U06",
    ernst: FW,
    bron: "§3.6",
    titel: tp("Groepsactiviteit zonder (geldig) aantal deelnemers", "Group activity without a (valid) number of participants"),
    waarom: tp(
        "Bij een groep telt per cliënt alleen zijn deel van de tijd: 60 minuten met 12 deelnemers is 5 minuten. Met 1 deelnemer is het een individuele activiteit.",
        "In a group, each client counts only their share of the time: 60 minutes with 12 participants is 5 minutes. With 1 participant it is an individual activity.",
    ),
    voorbeeld: tp("\"vorm\": \"groep\", \"deelnemers\": 12.", "\"vorm\": \"groep\", \"deelnemers\": 12."),
    lezing: None,
};

pub const U07: Regel = Regel {
    code: "U07",
    ernst: F,
    bron: "§3.6",
    titel: tp("De uren van een activiteit zijn niet te berekenen", "An activity's hours cannot be computed"),
    waarom: tp(
        "Het plan moet per activiteit het aantal Begeleidingsuren geven; daarvoor zijn het aantal sessies en de minuten per sessie nodig.",
        "The plan must give the Begeleidingsuren per activity; that needs the number of sessions and the minutes per session.",
    ),
    voorbeeld: tp("\"sessies\": 6, \"minutenPerSessie\": 60.", "\"sessies\": 6, \"minutenPerSessie\": 60."),
    lezing: None,
};

pub const U08: Regel = Regel {
    code: "U08",
    ernst: FI,
    bron: "§4.4.2",
    titel: tp("Het totaal wijkt af van de uren in het Werkplan", "The total differs from the hours in the Werkplan"),
    waarom: tp(
        "UWV geeft in het Werkplan een indicatie van de uren; wie ervan afwijkt, moet in het plan onderbouwen waarom.",
        "UWV indicates the hours in the Werkplan; a plan that deviates must justify why.",
    ),
    voorbeeld: tp(
        "\"onderbouwingAfwijking\": \"Vier extra uur voor een werkplekbezoek met jobcoach, omdat …\".",
        "\"onderbouwingAfwijking\": \"Four extra hours for a workplace visit with a job coach, because …\".",
    ),
    lezing: Some(tp(
        "Vergeleken wordt pas als van elke activiteit de uren bekend zijn.",
        "The comparison is made only when every activity's hours are known.",
    )),
};

pub const U09: Regel = Regel {
    code: "U09",
    ernst: I,
    bron: "§3.6 Tabel III, §5",
    titel: tp(
        "Praktijkassessment: geen urenmaximum, een vaste prijs",
        "Praktijkassessment: no hour limit, a fixed price",
    ),
    waarom: tp(
        "Voor een Praktijkassessment betaalt UWV een vaste prijs, hoeveel uur het ook kost.",
        "UWV pays a fixed price for a Praktijkassessment, however many hours it takes.",
    ),
    voorbeeld: tp(
        "Geef de vaste prijs mee (tarieven.vastePrijsPraktijkassessmentCent) om hem in het overzicht te zien.",
        "Pass the fixed price (tarieven.vastePrijsPraktijkassessmentCent) to see it in the summary.",
    ),
    lezing: None,
};

/// U01: the total against the (exceptional) maximum of Tabel III.
pub fn u01(c: &mut Ctx) {
    let Some(info) = c.info() else { return };
    let Urenregel::Maximum { .. } = info.uren else { return };
    let uitzondering = c.plan.uitzondering_uwv.kopie() == Some(true);
    let (Some(totaal), Some(max)) = (c.ber.uren.totaal, c.ber.uren.geldend_maximum(uitzondering)) else { return };
    if totaal <= max {
        return;
    }
    let Some(over) = totaal.minus(max) else { return };
    let soort = if uitzondering && c.ber.uren.verhoogd_maximum.is_some() {
        tp("het uitzonderlijke maximum", "the exceptional maximum")
    } else {
        tp("het maximum", "the maximum")
    };
    let dienst = c.dienstnaam();
    c.meld(
        &U01,
        Ernst::Fout,
        "/activiteiten",
        &sj(
            "{totaal} uur is {over} te veel: {soort} voor {dienst} is {max} uur.",
            "{totaal} hours is {over} too many: {soort} for {dienst} is {max} hours.",
        ),
        &[
            ("totaal", Feit::Getal(totaal)),
            ("over", Feit::Duur(over)),
            ("soort", Feit::Taal(soort)),
            ("dienst", dienst),
            ("max", Feit::Getal(max)),
        ],
    );
}

/// U02: the exceptional maximum is used, or claimed for a service that has none.
pub fn u02(c: &mut Ctx) {
    if c.plan.uitzondering_uwv.kopie() != Some(true) {
        return;
    }
    let Some(info) = c.info() else { return };
    let dienst = c.dienstnaam();
    match info.uren {
        Urenregel::Maximum { maximum, verhoogd_maximum: Some(verhoogd) } => {
            let Some(totaal) = c.ber.uren.totaal else { return };
            if totaal <= Breuk::geheel(i64::from(maximum)) {
                return;
            }
            c.meld(
                &U02,
                Ernst::Waarschuwing,
                "/uitzonderingUwv",
                &sj(
                    "{totaal} uur ligt boven het gewone maximum van {max} uur voor {dienst}; tot {verhoogd} uur mag alleen in een uitzonderlijk geval, ter beoordeling van UWV.",
                    "{totaal} hours is above the normal maximum of {max} hours for {dienst}; up to {verhoogd} hours is allowed only in an exceptional case, at UWV's judgement.",
                ),
                &[("totaal", Feit::Getal(totaal)), ("max", Feit::Geheel(maximum.into())), ("dienst", dienst), ("verhoogd", Feit::Geheel(verhoogd.into()))],
            );
        }
        _ => c.meld(
            &U02,
            Ernst::Waarschuwing,
            "/uitzonderingUwv",
            &sj(
                "{dienst} kent geen uitzonderlijk maximum aan Begeleidingsuren; alleen Werkfit maken (60) en Naar werk (40) hebben er een.",
                "{dienst} has no exceptional maximum of Begeleidingsuren; only Werkfit maken (60) and Naar werk (40) have one.",
            ),
            &[("dienst", dienst)],
        ),
    }
}

/// U03: administration hours at most 3, Werkbehoud 1.
pub fn u03(c: &mut Ctx) {
    let Some(admin) = c.ber.uren.administratie else { return };
    let max = c.info().map_or(3, |i| i.max_administratie_uren);
    if admin <= Breuk::geheel(i64::from(max)) {
        return;
    }
    let sjabloon = if c.is_werkbehoud() {
        sj(
            "{admin} administratie; bij Werkbehoud is dat hooguit {max}, voor de eindrapportage.",
            "{admin} of administration; for Werkbehoud at most {max}, for the final report.",
        )
    } else {
        sj(
            "{admin} administratie; voor plan en rapportages is dat hooguit {max} per cliënt.",
            "{admin} of administration; for the plan and reports at most {max} per client.",
        )
    };
    let max = Feit::Duur(Breuk::geheel(max.into()));
    c.meld(&U03, Ernst::Fout, "/administratieUren", &sjabloon, &[("admin", Feit::Duur(admin)), ("max", max)]);
}

/// U04: no administration hours listed.
pub fn u04(c: &mut Ctx) {
    if c.dienst() == Some(Dienst::Praktijkassessment) {
        return; // a fixed price: hours are not claimed
    }
    let leeg = match &c.plan.administratie_uren {
        Veld::Leeg => true,
        Veld::Waarde(_) => c.ber.uren.administratie.is_some_and(Breuk::is_nul),
        Veld::Ongeldig => false,
    };
    if !leeg {
        return;
    }
    let max = Breuk::geheel(c.info().map_or(3, |i| i.max_administratie_uren).into());
    c.meld(
        &U04,
        Ernst::Info,
        "/administratieUren",
        &sj(
            "Er zijn geen administratie-uren opgenomen; tot {max} kan, maar alleen als het in het plan staat.",
            "No administration hours are listed; up to {max} is possible, but only if the plan lists them.",
        ),
        &[("max", Feit::Duur(max))],
    );
}

/// U05: Begeleiding bij Scholing, one hour per week of scholing, at most 49.
pub fn u05(c: &mut Ctx) {
    let Some(info) = c.info() else { return };
    let Urenregel::PerWeek { uren_per_week, maximum_per_jaar } = info.uren else { return };
    let (Some(totaal), Some(max)) = (c.ber.uren.totaal, c.ber.uren.maximum) else { return };
    if totaal <= max {
        return;
    }
    let jaar = Breuk::geheel(maximum_per_jaar.into());
    match c.ber.uren.scholing_weken {
        Some(weken) if max < jaar => c.meld(
            &U05,
            Ernst::Fout,
            "/activiteiten",
            &sj(
                "{totaal} is meer dan {per_week} per week scholing: de scholing loopt {weken} weken binnen de doorlooptijd, dus hooguit {max}.",
                "{totaal} is more than {per_week} per week of scholing: the scholing runs {weken} weeks inside the doorlooptijd, so at most {max}.",
            ),
            &[
                ("totaal", Feit::Duur(totaal)),
                ("per_week", Feit::Duur(Breuk::geheel(uren_per_week.into()))),
                ("weken", Feit::Getal(weken)),
                ("max", Feit::Duur(max)),
            ],
        ),
        _ => c.meld(
            &U05,
            Ernst::Fout,
            "/activiteiten",
            &sj(
                "{totaal} is meer dan de {jaar} die UWV per jaar voor Begeleiding bij Scholing vergoedt.",
                "{totaal} is more than the {jaar} a year UWV pays for Begeleiding bij Scholing.",
            ),
            &[("totaal", Feit::Duur(totaal)), ("jaar", Feit::Duur(jaar))],
        ),
    }
}

/// U06: a group activity needs its number of participants (at least 2).
pub fn u06(c: &mut Ctx) {
    let Veld::Waarde(lijst) = &c.plan.activiteiten else { return };
    for (i, a) in lijst.iter().enumerate() {
        if a.vorm.kopie() != Some(Vorm::Groep) {
            continue;
        }
        let pad = pad_in("activiteiten", i, "deelnemers");
        let n = Feit::Geheel(i as i64 + 1);
        match &a.deelnemers {
            Veld::Leeg => c.meld(
                &U06,
                Ernst::Fout,
                pad,
                &sj(
                    "Activiteit {n} is een groepsactiviteit: vul het aantal deelnemers in (inclusief de cliënt).",
                    "Activity {n} is a group activity: fill in the number of participants (including the client).",
                ),
                &[("n", n)],
            ),
            Veld::Waarde(g) => {
                let Ok(d) = binnen(*g, velden::DEELNEMERS) else { continue }; // I04's
                if d < Breuk::geheel(1) {
                    c.meld(
                        &U06,
                        Ernst::Fout,
                        pad,
                        &sj(
                            "Activiteit {n}: een groep met {d} deelnemers kan niet; de cliënt telt zelf mee.",
                            "Activity {n}: a group of {d} participants is impossible; the client counts as one.",
                        ),
                        &[("n", n), ("d", Feit::Getal(d))],
                    );
                } else if d == Breuk::geheel(1) {
                    c.meld(
                        &U06,
                        Ernst::Waarschuwing,
                        pad,
                        &sj(
                            "Activiteit {n} heeft als groep maar 1 deelnemer: dan is het een individuele activiteit.",
                            "Activity {n} is a group with only 1 participant: that makes it an individual activity.",
                        ),
                        &[("n", n)],
                    );
                }
            }
            Veld::Ongeldig => {}
        }
    }
}

/// U07: sessions and minutes per session are needed to count an activity's hours.
pub fn u07(c: &mut Ctx) {
    let Veld::Waarde(lijst) = &c.plan.activiteiten else { return };
    for (i, a) in lijst.iter().enumerate() {
        let (veld, sjabloon) = match (a.sessies.is_leeg(), a.minuten_per_sessie.is_leeg()) {
            (false, false) => continue,
            (true, true) => (
                "sessies",
                sj(
                    "Activiteit {n}: vul het aantal sessies en de minuten per sessie in, anders zijn de uren niet te berekenen.",
                    "Activity {n}: fill in the number of sessions and the minutes per session, or its hours cannot be computed.",
                ),
            ),
            (true, false) => (
                "sessies",
                sj(
                    "Activiteit {n}: vul het aantal sessies in, anders zijn de uren niet te berekenen.",
                    "Activity {n}: fill in the number of sessions, or its hours cannot be computed.",
                ),
            ),
            (false, true) => (
                "minutenPerSessie",
                sj(
                    "Activiteit {n}: vul de minuten per sessie in, anders zijn de uren niet te berekenen.",
                    "Activity {n}: fill in the minutes per session, or its hours cannot be computed.",
                ),
            ),
        };
        c.meld(&U07, Ernst::Fout, pad_in("activiteiten", i, veld), &sjabloon, &[("n", Feit::Geheel(i as i64 + 1))]);
    }
}

/// U08: the total against the Werkplan's indication, and its justification.
pub fn u08(c: &mut Ctx) {
    let Some(werkplan) = geldig(&c.plan.werkplan.uren, velden::UREN_POSITIEF) else { return };
    let Some(totaal) = c.ber.uren.totaal else { return };
    if !c.ber.uren.volledig || totaal == werkplan {
        return;
    }
    let feiten = [("totaal", Feit::Duur(totaal)), ("werkplan", Feit::Duur(werkplan))];
    if c.plan.onderbouwing_afwijking.waarde().is_some() {
        c.meld(
            &U08,
            Ernst::Info,
            "/werkplan/uren",
            &sj(
                "Het plan telt {totaal}, het Werkplan {werkplan}; de onderbouwing van de afwijking gaat mee ter beoordeling naar UWV.",
                "The plan counts {totaal}, the Werkplan {werkplan}; the justification of the difference goes to UWV for its judgement.",
            ),
            &feiten,
        );
    } else {
        c.meld(
            &U08,
            Ernst::Fout,
            "/werkplan/uren",
            &sj(
                "Het plan telt {totaal}, het Werkplan {werkplan}: onderbouw de afwijking of pas de uren aan.",
                "The plan counts {totaal}, the Werkplan {werkplan}: justify the difference or adjust the hours.",
            ),
            &feiten,
        );
    }
}

/// U09: Praktijkassessment has a fixed price instead of an hour limit.
pub fn u09(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::Praktijkassessment) {
        return;
    }
    c.meld(
        &U09,
        Ernst::Info,
        "/dienst",
        &sj(
            "Een Praktijkassessment heeft geen maximum aan Begeleidingsuren; UWV betaalt er een vaste prijs voor.",
            "A Praktijkassessment has no maximum of Begeleidingsuren; UWV pays a fixed price for it.",
        ),
        &[],
    );
}
