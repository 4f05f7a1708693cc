//! U — Begeleidingsuren (§3.6 Tabel III, §4.4.2). The hours themselves are computed in
//! `berekening` (sessies × minuten ÷ deelnemers ÷ 60, exact); these rules judge them.

use crate::breuk::Breuk;
use crate::diensten::Urenregel;
use crate::plan::{Dienst, Veld, Vorm};
use crate::rapport::{duur, getal_tekst, Ernst};
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
    let Urenregel::Maximum { .. } = info.uren else {
        return;
    };
    let uitzondering = c.plan.uitzondering_uwv.kopie() == Some(true);
    let (Some(totaal), Some(max)) = (c.ber.uren.totaal, c.ber.uren.geldend_maximum(uitzondering)) else {
        return;
    };
    if totaal <= max {
        return;
    }
    let (t, m) = (getal_tekst(totaal, c.taal), getal_tekst(max, c.taal));
    let over = totaal.minus(max).map(|o| duur(o, c.taal)).unwrap_or_default();
    let dienst = c.dienstnaam();
    let verhoogd = uitzondering && c.ber.uren.verhoogd_maximum.is_some();
    let bericht = c.zeg(
        || {
            let soort = if verhoogd { "het uitzonderlijke maximum" } else { "het maximum" };
            format!("{t} uur is {over} te veel: {soort} voor {dienst} is {m} uur.")
        },
        || {
            let soort = if verhoogd { "the exceptional maximum" } else { "the maximum" };
            format!("{t} hours is {over} too many: {soort} for {dienst} is {m} hours.")
        },
    );
    c.meld(&U01, Ernst::Fout, "/activiteiten", bericht);
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
            let Some(totaal) = c.ber.uren.totaal else {
                return;
            };
            if totaal <= Breuk::geheel(i64::from(maximum)) {
                return;
            }
            let t = getal_tekst(totaal, c.taal);
            let bericht = c.zeg(
                || format!("{t} uur ligt boven het gewone maximum van {maximum} uur voor {dienst}; tot {verhoogd} uur mag alleen in een uitzonderlijk geval, ter beoordeling van UWV."),
                || format!("{t} hours is above the normal maximum of {maximum} hours for {dienst}; up to {verhoogd} hours is allowed only in an exceptional case, at UWV's judgement."),
            );
            c.meld(&U02, Ernst::Waarschuwing, "/uitzonderingUwv", bericht);
        }
        _ => {
            let bericht = c.zeg(
                || format!("{dienst} kent geen uitzonderlijk maximum aan Begeleidingsuren; alleen Werkfit maken (60) en Naar werk (40) hebben er een."),
                || format!("{dienst} has no exceptional maximum of Begeleidingsuren; only Werkfit maken (60) and Naar werk (40) have one."),
            );
            c.meld(&U02, Ernst::Waarschuwing, "/uitzonderingUwv", bericht);
        }
    }
}

/// U03: administration hours at most 3, Werkbehoud 1.
pub fn u03(c: &mut Ctx) {
    let Some(admin) = c.ber.uren.administratie else {
        return;
    };
    let max = c.info().map_or(3, |i| i.max_administratie_uren);
    if admin <= Breuk::geheel(i64::from(max)) {
        return;
    }
    let a = getal_tekst(admin, c.taal);
    let bericht = if c.is_werkbehoud() {
        c.zeg(
            || format!("{a} uur administratie; bij Werkbehoud is dat hooguit {max} uur, voor de eindrapportage."),
            || format!("{a} hours of administration; for Werkbehoud at most {max} hour, for the final report."),
        )
    } else {
        c.zeg(
            || format!("{a} uur administratie; voor plan en rapportages is dat hooguit {max} uur per cliënt."),
            || format!("{a} hours of administration; for the plan and reports at most {max} hours per client."),
        )
    };
    c.meld(&U03, Ernst::Fout, "/administratieUren", bericht);
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
    let max = c.info().map_or(3, |i| i.max_administratie_uren);
    let bericht = c.zeg(
        || {
            format!(
                "Er zijn geen administratie-uren opgenomen; tot {max} uur kan, maar alleen als het in het plan staat."
            )
        },
        || {
            format!(
                "No administration hours are listed; up to {max} hours is possible, but only if the plan lists them."
            )
        },
    );
    c.meld(&U04, Ernst::Info, "/administratieUren", bericht);
}

/// U05: Begeleiding bij Scholing, one hour per week of scholing, at most 49.
pub fn u05(c: &mut Ctx) {
    let Some(info) = c.info() else { return };
    let Urenregel::PerWeek { uren_per_week, maximum_per_jaar } = info.uren else {
        return;
    };
    let (Some(totaal), Some(max)) = (c.ber.uren.totaal, c.ber.uren.maximum) else {
        return;
    };
    if totaal <= max {
        return;
    }
    let t = getal_tekst(totaal, c.taal);
    let bericht = match c.ber.uren.scholing_weken {
        Some(weken) if max < Breuk::geheel(i64::from(maximum_per_jaar)) => {
            let w = getal_tekst(weken, c.taal);
            let m = getal_tekst(max, c.taal);
            c.zeg(
                || format!("{t} uur is meer dan {uren_per_week} uur per week scholing: de scholing loopt {w} weken binnen de doorlooptijd, dus hooguit {m} uur."),
                || format!("{t} hours is more than {uren_per_week} hour per week of scholing: the scholing runs {w} weeks inside the doorlooptijd, so at most {m} hours."),
            )
        }
        _ => c.zeg(
            || format!("{t} uur is meer dan de {maximum_per_jaar} uur die UWV per jaar voor Begeleiding bij Scholing vergoedt."),
            || format!("{t} hours is more than the {maximum_per_jaar} hours a year UWV pays for Begeleiding bij Scholing."),
        ),
    };
    c.meld(&U05, Ernst::Fout, "/activiteiten", bericht);
}

/// U06: a group activity needs its number of participants (at least 2).
pub fn u06(c: &mut Ctx) {
    let Veld::Waarde(lijst) = &c.plan.activiteiten else {
        return;
    };
    for (i, a) in lijst.iter().enumerate() {
        if a.vorm.kopie() != Some(Vorm::Groep) {
            continue;
        }
        let pad = format!("/activiteiten/{i}/deelnemers");
        let n = i + 1;
        match &a.deelnemers {
            Veld::Leeg => {
                let bericht = c.zeg(
                    || format!("Activiteit {n} is een groepsactiviteit: vul het aantal deelnemers in (inclusief de cliënt)."),
                    || format!("Activity {n} is a group activity: fill in the number of participants (including the client)."),
                );
                c.meld(&U06, Ernst::Fout, pad, bericht);
            }
            Veld::Waarde(g) => {
                let crate::plan::Getal::Exact(d) = *g else {
                    continue;
                };
                if !d.is_geheel() || crate::berekening::binnen(*g, velden::DEELNEMERS).is_err() {
                    continue; // I04's
                }
                if d < Breuk::geheel(1) {
                    let w = getal_tekst(d, c.taal);
                    let bericht = c.zeg(
                        || format!("Activiteit {n}: een groep met {w} deelnemers kan niet; de cliënt telt zelf mee."),
                        || {
                            format!(
                                "Activity {n}: a group of {w} participants is impossible; the client counts as one."
                            )
                        },
                    );
                    c.meld(&U06, Ernst::Fout, pad, bericht);
                } else if d == Breuk::geheel(1) {
                    let bericht = c.zeg(
                        || format!("Activiteit {n} heeft als groep maar 1 deelnemer: dan is het een individuele activiteit."),
                        || format!("Activity {n} is a group with only 1 participant: that makes it an individual activity."),
                    );
                    c.meld(&U06, Ernst::Waarschuwing, pad, bericht);
                }
            }
            Veld::Ongeldig => {}
        }
    }
}

/// U07: sessions and minutes per session are needed to count an activity's hours.
pub fn u07(c: &mut Ctx) {
    let Veld::Waarde(lijst) = &c.plan.activiteiten else {
        return;
    };
    for (i, a) in lijst.iter().enumerate() {
        let (sessies, minuten) = (a.sessies.is_leeg(), a.minuten_per_sessie.is_leeg());
        if !sessies && !minuten {
            continue;
        }
        let n = i + 1;
        let (veld, bericht) = match (sessies, minuten) {
            (true, true) => ("sessies", c.zeg(
                || format!("Activiteit {n}: vul het aantal sessies en de minuten per sessie in, anders zijn de uren niet te berekenen."),
                || format!("Activity {n}: fill in the number of sessions and the minutes per session, or its hours cannot be computed."),
            )),
            (true, false) => ("sessies", c.zeg(
                || format!("Activiteit {n}: vul het aantal sessies in, anders zijn de uren niet te berekenen."),
                || format!("Activity {n}: fill in the number of sessions, or its hours cannot be computed."),
            )),
            _ => ("minutenPerSessie", c.zeg(
                || format!("Activiteit {n}: vul de minuten per sessie in, anders zijn de uren niet te berekenen."),
                || format!("Activity {n}: fill in the minutes per session, or its hours cannot be computed."),
            )),
        };
        c.meld(&U07, Ernst::Fout, format!("/activiteiten/{i}/{veld}"), bericht);
    }
}

/// U08: the total against the Werkplan's indication, and its justification.
pub fn u08(c: &mut Ctx) {
    let Some(werkplan) = crate::berekening::geldig(&c.plan.werkplan.uren, velden::UREN_POSITIEF) else {
        return;
    };
    let Some(totaal) = c.ber.uren.totaal else {
        return;
    };
    if !c.ber.uren.volledig || totaal == werkplan {
        return;
    }
    let (t, w) = (getal_tekst(totaal, c.taal), getal_tekst(werkplan, c.taal));
    if c.plan.onderbouwing_afwijking.waarde().is_some() {
        let bericht = c.zeg(
            || format!("Het plan telt {t} uur, het Werkplan {w} uur; de onderbouwing van de afwijking gaat mee ter beoordeling naar UWV."),
            || format!("The plan counts {t} hours, the Werkplan {w} hours; the justification of the difference goes to UWV for its judgement."),
        );
        c.meld(&U08, Ernst::Info, "/werkplan/uren", bericht);
    } else {
        let bericht = c.zeg(
            || format!("Het plan telt {t} uur, het Werkplan {w} uur: onderbouw de afwijking of pas de uren aan."),
            || {
                format!(
                    "The plan counts {t} hours, the Werkplan {w} hours: justify the difference or adjust the hours."
                )
            },
        );
        c.meld(&U08, Ernst::Fout, "/werkplan/uren", bericht);
    }
}

/// U09: Praktijkassessment has a fixed price instead of an hour limit.
pub fn u09(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::Praktijkassessment) {
        return;
    }
    let bericht = c.zeg(
        || {
            "Een Praktijkassessment heeft geen maximum aan Begeleidingsuren; UWV betaalt er een vaste prijs voor."
                .into()
        },
        || "A Praktijkassessment has no maximum of Begeleidingsuren; UWV pays a fixed price for it.".into(),
    );
    c.meld(&U09, Ernst::Info, "/dienst", bericht);
}
