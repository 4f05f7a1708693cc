//! U — Begeleidingsuren (§3.6 Tabel III, §4.4.2). The hours themselves are computed in
//! `berekening` (sessies × minuten ÷ deelnemers ÷ 60, exact); these rules judge them.

use super::{nummer, pad_in, Ctx};
use crate::basis::bevinding::{sj, Ernst, Feit, Regel, F, FI, FW, I, W};
use crate::basis::breuk::Breuk;
use crate::basis::taal::ul;
use crate::bron::Urenregel;
use crate::plan::{Dienst, Veld, Vorm};

pub static U01: Regel = Regel {
    code: "U01",
    ernst: F,
    bron: "§3.6 Tabel III",
    titel: ul("Meer Begeleidingsuren dan de dienst toestaat", "More Begeleidingsuren than the service allows"),
    waarom: ul(
        "UWV koopt per dienst hooguit het maximum van Tabel III in; uren daarboven worden niet vergoed.",
        "UWV buys at most the maximum of Tabel III per service; hours above it are not paid.",
    ),
    voorbeeld: ul(
        "Werkfit maken: 35 uur aan activiteiten plus 3 uur administratie = 38 uur, binnen 41.",
        "Werkfit maken: 35 hours of activities plus 3 hours of administration = 38 hours, within 41.",
    ),
    lezing: Some(ul(
        "Precies het maximum mag; elke minuut erboven niet. Met instemming van UWV (uitzonderingUwv) geldt het uitzonderlijke maximum. Begeleiding bij Scholing valt onder U05, Praktijkassessment onder U09.",
        "Exactly the maximum is allowed; any minute above is not. With UWV's consent (uitzonderingUwv) the exceptional maximum applies. Begeleiding bij Scholing is U05's, Praktijkassessment U09's.",
    )),
    feiten: &["totaal", "maximum", "teVeel", "dienst", "verhoogdMaximum"],
    berichten: &[
        sj(
            "boven-maximum",
            "{totaal} is {teVeel} te veel: het maximum voor {dienst} is {maximum}. Haal uren weg.",
            "{totaal} is {teVeel} too many: the maximum for {dienst} is {maximum}. Remove hours.",
        ),
        sj(
            "uitzondering-mogelijk",
            "{totaal} is {teVeel} te veel: het maximum voor {dienst} is {maximum}. Haal uren weg, of vink aan dat UWV instemde met het uitzonderlijke maximum van {verhoogdMaximum}.",
            "{totaal} is {teVeel} too many: the maximum for {dienst} is {maximum}. Remove hours, or tick that UWV agreed to the exceptional maximum of {verhoogdMaximum}.",
        ),
        sj(
            "boven-uitzondering",
            "{totaal} is {teVeel} te veel: ook met instemming van UWV is het maximum voor {dienst} {maximum}. Haal uren weg.",
            "{totaal} is {teVeel} too many: even with UWV's consent the maximum for {dienst} is {maximum}. Remove hours.",
        ),
    ],
};

/// U01: the total against the (exceptional) maximum of Tabel III.
pub fn u01(c: &mut Ctx) {
    let Some(info) = c.info() else { return };
    let Urenregel::Maximum { .. } = info.uren else { return };
    let uitzondering = c.plan.uitzondering_uwv.kopie() == Some(true);
    let u = &c.ber.uren;
    let (Some(totaal), Some(max)) = (u.totaal, u.geldend_maximum(uitzondering)) else { return };
    if totaal <= max {
        return;
    }
    let Some(over) = totaal.minus(max) else { return };
    let verhoogd = u.verhoogd_maximum;
    let sleutel = match (uitzondering, verhoogd) {
        (true, Some(_)) => "boven-uitzondering",
        (false, Some(v)) if totaal <= v => "uitzondering-mogelijk",
        _ => "boven-maximum",
    };
    let mut feiten = vec![("totaal", Feit::Uren(totaal)), ("maximum", Feit::Uren(max)), ("teVeel", Feit::Uren(over))];
    feiten.extend(verhoogd.map(|v| ("verhoogdMaximum", Feit::Uren(v))));
    feiten.extend(c.dienst_feit());
    c.meld(&U01, Ernst::Fout, "/activiteiten", sleutel, feiten);
}

pub static U02: Regel = Regel {
    code: "U02",
    ernst: W,
    bron: "§3.6 Tabel III, voetnoten 2 en 3",
    titel: ul(
        "Boven het gewone maximum met een uitzondering van UWV",
        "Above the normal maximum with an exception from UWV",
    ),
    waarom: ul(
        "Het hogere maximum geldt alleen in uitzonderlijke gevallen en alleen als UWV daarmee instemt; andere diensten kennen het niet.",
        "The higher maximum applies only in exceptional cases and only when UWV agrees; other services do not have one.",
    ),
    voorbeeld: ul(
        "Leg in de onderbouwing vast waarom meer dan 41 uur nodig is en wanneer UWV heeft ingestemd.",
        "Record in the justification why more than 41 hours are needed and when UWV agreed.",
    ),
    lezing: None,
    feiten: &["totaal", "maximum", "verhoogdMaximum", "dienst"],
    berichten: &[
        sj(
            "boven-gewoon",
            "{totaal} ligt boven het gewone maximum van {maximum} voor {dienst}; tot {verhoogdMaximum} mag alleen in een uitzonderlijk geval, als UWV daarmee instemt. Leg in de onderbouwing vast waarom.",
            "{totaal} is above the normal maximum of {maximum} for {dienst}; up to {verhoogdMaximum} is allowed only in an exceptional case, when UWV agrees. Record why in the justification.",
        ),
        sj(
            "geen-uitzondering",
            "{dienst} kent geen uitzonderlijk maximum aan uren; haal dit vinkje weg.",
            "{dienst} has no exceptional maximum of hours; untick this box.",
        ),
    ],
};

/// U02: the exceptional maximum is used, or claimed for a service that has none.
pub fn u02(c: &mut Ctx) {
    if c.plan.uitzondering_uwv.kopie() != Some(true) {
        return;
    }
    let Some(info) = c.info() else { return };
    let dienst = c.dienst_feit();
    match info.uren {
        Urenregel::Maximum { maximum, verhoogd_maximum: Some(verhoogd) } => {
            let Some(totaal) = c.ber.uren.totaal else { return };
            let maximum = Breuk::geheel(maximum.into());
            if totaal <= maximum {
                return;
            }
            let mut feiten = vec![
                ("totaal", Feit::Uren(totaal)),
                ("maximum", Feit::Uren(maximum)),
                ("verhoogdMaximum", Feit::Uren(Breuk::geheel(verhoogd.into()))),
            ];
            feiten.extend(dienst);
            c.meld(&U02, Ernst::Waarschuwing, "/uitzonderingUwv", "boven-gewoon", feiten);
        }
        _ => c.meld(&U02, Ernst::Waarschuwing, "/uitzonderingUwv", "geen-uitzondering", dienst.into_iter().collect()),
    }
}

pub static U03: Regel = Regel {
    code: "U03",
    ernst: F,
    bron: "§3.6",
    titel: ul("Te veel administratie-uren", "Too many administration hours"),
    waarom: ul(
        "Voor het plan en de rapportages mogen per cliënt hooguit 3 uur worden gedeclareerd; bij Werkbehoud (alleen een eindrapportage) 1 uur.",
        "At most 3 hours per client may be claimed for the plan and the reports; for Werkbehoud (only a final report) 1 hour.",
    ),
    voorbeeld: ul("\"administratieUren\": 3 (Werkbehoud: 1).", "\"administratieUren\": 3 (Werkbehoud: 1)."),
    lezing: Some(ul(
        "Niet voor Praktijkassessment: de vaste prijs hangt niet af van uren (U09).",
        "Not for Praktijkassessment: its fixed price does not depend on hours (U09).",
    )),
    feiten: &["administratie", "maximum"],
    berichten: &[
        sj(
            "plan",
            "{administratie} administratie is te veel: voor het plan en de rapportages mag hooguit {maximum}.",
            "{administratie} of administration is too much: at most {maximum} is allowed for the plan and the reports.",
        ),
        sj(
            "werkbehoud",
            "{administratie} administratie is te veel: bij Werkbehoud is er alleen een eindrapportage, en daarvoor mag hooguit {maximum}.",
            "{administratie} of administration is too much: Werkbehoud has only a final report, for which at most {maximum} is allowed.",
        ),
    ],
};

/// U03: administration hours within the service's maximum (SPEC v2: not for
/// Praktijkassessment, whose fixed price does not depend on hours).
pub fn u03(c: &mut Ctx) {
    let Some(admin) = c.ber.uren.administratie else { return };
    let Some(info) = c.info() else { return };
    if info.uren == Urenregel::VastePrijs {
        return;
    }
    let max = Breuk::geheel(info.max_administratie_uren.into());
    if admin <= max {
        return;
    }
    let sleutel = if c.is_werkbehoud() { "werkbehoud" } else { "plan" };
    c.meld(
        &U03,
        Ernst::Fout,
        "/administratieUren",
        sleutel,
        vec![("administratie", Feit::Uren(admin)), ("maximum", Feit::Uren(max))],
    );
}

pub static U04: Regel = Regel {
    code: "U04",
    ernst: I,
    bron: "§3.6",
    titel: ul("Geen administratie-uren opgenomen", "No administration hours listed"),
    waarom: ul(
        "Administratie telt mee in de Begeleidingsuren en moet apart in het plan staan; wat niet is opgenomen, kan later niet worden gedeclareerd.",
        "Administration counts within the Begeleidingsuren and must be listed separately; what is not listed cannot be claimed later.",
    ),
    voorbeeld: ul("\"administratieUren\": 3.", "\"administratieUren\": 3."),
    lezing: None,
    feiten: &["maximum"],
    berichten: &[sj(
        "geen",
        "Er staan geen administratie-uren in het plan. Tot {maximum} kan, maar alleen als het in het plan staat: later declareren kan niet.",
        "The plan lists no administration hours. Up to {maximum} is possible, but only when the plan lists them: they cannot be claimed later.",
    )],
};

/// U04: no administration hours listed.
pub fn u04(c: &mut Ctx) {
    let Some(info) = c.info() else { return };
    if info.uren == Urenregel::VastePrijs {
        return; // a fixed price: hours are not claimed
    }
    let leeg = match &c.plan.administratie_uren {
        Veld::Leeg => true,
        Veld::Waarde(_) => c.ber.uren.administratie.is_some_and(Breuk::is_nul),
        Veld::Ongeldig => false,
    };
    if leeg {
        let max = Breuk::geheel(info.max_administratie_uren.into());
        c.meld(&U04, Ernst::Info, "/administratieUren", "geen", vec![("maximum", Feit::Uren(max))]);
    }
}

pub static U05: Regel = Regel {
    code: "U05",
    ernst: F,
    bron: "§3.6 Tabel III",
    titel: ul(
        "Begeleiding bij Scholing: meer dan 1 uur per week scholing of meer dan 49 uur",
        "Begeleiding bij Scholing: more than 1 hour per week of scholing or more than 49 hours",
    ),
    waarom: ul(
        "Begeleiding bij Scholing is gemiddeld hooguit 1 uur per week zolang de scholing loopt, en UWV vergoedt hooguit 49 uur per jaar.",
        "Begeleiding bij Scholing is on average at most 1 hour per week while the scholing runs, and UWV pays at most 49 hours a year.",
    ),
    voorbeeld: ul(
        "Scholing van 1 september tot 31 december (17 weken binnen de doorlooptijd): hooguit 17 uur.",
        "Scholing from 1 September to 31 December (17 weeks inside the doorlooptijd): at most 17 hours.",
    ),
    lezing: Some(ul(
        "Weken = dagen waarop scholing en doorlooptijd samenvallen, gedeeld door 7 (exact, zonder afronden). Zonder startdatum tellen de weken van de scholing zelf, hooguit een jaar.",
        "Weeks = days on which the scholing and the doorlooptijd overlap, divided by 7 (exactly, without rounding). Without a start date, the weeks of the scholing itself count, at most a year.",
    )),
    feiten: &["totaal", "maximum", "weken", "perWeek"],
    berichten: &[
        sj(
            "per-week",
            "{totaal} is te veel: de scholing loopt {weken} weken binnen de doorlooptijd, en per week mag gemiddeld {perWeek}, dus hooguit {maximum}.",
            "{totaal} is too many: the training runs {weken} weeks inside the duration, and on average {perWeek} per week is allowed, so at most {maximum}.",
        ),
        sj(
            "per-jaar",
            "{totaal} is te veel: UWV vergoedt voor Begeleiding bij Scholing hooguit {maximum} per jaar.",
            "{totaal} is too many: UWV pays at most {maximum} a year for Begeleiding bij Scholing.",
        ),
    ],
};

/// U05: Begeleiding bij Scholing, so many hours per week of scholing, at most so many a year.
pub fn u05(c: &mut Ctx) {
    let Some(info) = c.info() else { return };
    let Urenregel::PerWeek { uren_per_week, maximum_per_jaar } = info.uren else { return };
    let (Some(totaal), Some(max)) = (c.ber.uren.totaal, c.ber.uren.maximum) else { return };
    if totaal <= max {
        return;
    }
    let jaar = Breuk::geheel(maximum_per_jaar.into());
    let feiten = vec![("totaal", Feit::Uren(totaal)), ("maximum", Feit::Uren(max))];
    match c.ber.uren.scholing_weken {
        Some(weken) if max < jaar => {
            let mut feiten = feiten;
            feiten.push(("weken", Feit::Getal(weken)));
            feiten.push(("perWeek", Feit::Uren(Breuk::geheel(uren_per_week.into()))));
            c.meld(&U05, Ernst::Fout, "/activiteiten", "per-week", feiten);
        }
        _ => c.meld(&U05, Ernst::Fout, "/activiteiten", "per-jaar", feiten),
    }
}

pub static U06: Regel = Regel {
    code: "U06",
    ernst: FW,
    bron: "§3.6",
    titel: ul(
        "Groepsactiviteit zonder (geldig) aantal deelnemers",
        "Group activity without a (valid) number of participants",
    ),
    waarom: ul(
        "Bij een groep telt per cliënt alleen zijn deel van de tijd: 60 minuten met 12 deelnemers is 5 minuten. Met 1 deelnemer is het een individuele activiteit.",
        "In a group, each client counts only their share of the time: 60 minutes with 12 participants is 5 minutes. With 1 participant it is an individual activity.",
    ),
    voorbeeld: ul("\"vorm\": \"groep\", \"deelnemers\": 12.", "\"vorm\": \"groep\", \"deelnemers\": 12."),
    lezing: Some(ul(
        "Minder dan 1 deelnemer is een onmogelijk getal, wat de vorm ook is (I04).",
        "Fewer than 1 participant is an impossible number, whatever the form (I04).",
    )),
    feiten: &["activiteit", "deelnemers"],
    berichten: &[
        sj(
            "geen-deelnemers",
            "Vul in met hoeveel deelnemers deze groepsactiviteit is, de cliënt meegerekend: de uren tellen per deelnemer.",
            "Fill in how many participants this group activity has, the client included: the hours count per participant.",
        ),
        sj(
            "een-deelnemer",
            "Een groep van {deelnemers|deelnemer|deelnemers} is een individuele activiteit; kies dan de vorm individueel.",
            "A group of {deelnemers|participant|participants} is an individual activity; choose the form individual.",
        ),
    ],
};

/// U06: a group activity needs its number of participants, and more than one.
pub fn u06(c: &mut Ctx) {
    let mut uit = Vec::new();
    for (i, a) in c.activiteiten().iter().enumerate() {
        if a.vorm.kopie() != Some(Vorm::Groep) {
            continue;
        }
        match &a.deelnemers {
            Veld::Leeg => uit.push((i, Ernst::Fout, "geen-deelnemers", None)),
            Veld::Waarde(_) if a.deelnemers.exact() == Some(Breuk::geheel(1)) => {
                uit.push((i, Ernst::Waarschuwing, "een-deelnemer", Some(1)))
            }
            _ => {}
        }
    }
    for (i, ernst, sleutel, deelnemers) in uit {
        let mut feiten = vec![("activiteit", nummer(i))];
        feiten.extend(deelnemers.map(|d| ("deelnemers", Feit::Geheel(d))));
        c.meld(&U06, ernst, pad_in("activiteiten", i, "deelnemers"), sleutel, feiten);
    }
}

pub static U07: Regel = Regel {
    code: "U07",
    ernst: F,
    bron: "§3.6",
    titel: ul("De uren van een activiteit zijn niet te berekenen", "An activity's hours cannot be computed"),
    waarom: ul(
        "Het plan moet per activiteit het aantal Begeleidingsuren geven; daarvoor zijn het aantal sessies en de minuten per sessie nodig.",
        "The plan must give the Begeleidingsuren per activity; that needs the number of sessions and the minutes per session.",
    ),
    voorbeeld: ul("\"sessies\": 6, \"minutenPerSessie\": 60.", "\"sessies\": 6, \"minutenPerSessie\": 60."),
    lezing: None,
    feiten: &["activiteit"],
    berichten: &[
        sj(
            "beide",
            "Vul het aantal sessies en de minuten per sessie in; anders zijn de uren van deze activiteit niet te berekenen.",
            "Fill in the number of sessions and the minutes per session; otherwise this activity's hours cannot be computed.",
        ),
        sj(
            "sessies",
            "Vul het aantal sessies in; anders zijn de uren van deze activiteit niet te berekenen.",
            "Fill in the number of sessions; otherwise this activity's hours cannot be computed.",
        ),
        sj(
            "minuten",
            "Vul de minuten per sessie in; anders zijn de uren van deze activiteit niet te berekenen.",
            "Fill in the minutes per session; otherwise this activity's hours cannot be computed.",
        ),
    ],
};

/// U07: sessions and minutes per session are needed to count an activity's hours.
pub fn u07(c: &mut Ctx) {
    let mut uit = Vec::new();
    for (i, a) in c.activiteiten().iter().enumerate() {
        let (veld, sleutel) = match (a.sessies.is_leeg(), a.minuten_per_sessie.is_leeg()) {
            (false, false) => continue,
            (true, true) => ("sessies", "beide"),
            (true, false) => ("sessies", "sessies"),
            (false, true) => ("minutenPerSessie", "minuten"),
        };
        uit.push((i, veld, sleutel));
    }
    for (i, veld, sleutel) in uit {
        c.meld(&U07, Ernst::Fout, pad_in("activiteiten", i, veld), sleutel, vec![("activiteit", nummer(i))]);
    }
}

pub static U08: Regel = Regel {
    code: "U08",
    ernst: FI,
    bron: "§4.4.2",
    titel: ul("Het totaal wijkt af van de uren in het Werkplan", "The total differs from the hours in the Werkplan"),
    waarom: ul(
        "UWV geeft in het Werkplan een indicatie van de uren; wie ervan afwijkt, moet in het plan onderbouwen waarom.",
        "UWV indicates the hours in the Werkplan; a plan that deviates must justify why.",
    ),
    voorbeeld: ul(
        "\"onderbouwingAfwijking\": \"Vier extra uur voor een werkplekbezoek met de werkgever, omdat …\".",
        "\"onderbouwingAfwijking\": \"Four extra hours for a workplace visit with the employer, because …\".",
    ),
    lezing: Some(ul(
        "Vergeleken wordt pas als van elke activiteit de uren bekend zijn.",
        "The comparison is made only when every activity's hours are known.",
    )),
    feiten: &["totaal", "werkplan"],
    berichten: &[
        sj(
            "zonder-onderbouwing",
            "Het plan komt op {totaal}, het Werkplan noemt {werkplan}: onderbouw de afwijking, of pas de uren aan.",
            "The plan comes to {totaal}, the Werkplan says {werkplan}: justify the difference, or adjust the hours.",
        ),
        sj(
            "met-onderbouwing",
            "Het plan komt op {totaal}, het Werkplan noemt {werkplan}; de onderbouwing gaat mee naar UWV, dat erover beslist.",
            "The plan comes to {totaal}, the Werkplan says {werkplan}; the justification goes to UWV, which decides.",
        ),
    ],
};

/// U08: the total against the Werkplan's indication, and its justification.
pub fn u08(c: &mut Ctx) {
    let Some(werkplan) = c.plan.werkplan.uren.exact() else { return };
    let Some(totaal) = c.ber.uren.totaal else { return };
    if !c.ber.uren.volledig || totaal == werkplan {
        return;
    }
    let feiten = vec![("totaal", Feit::Uren(totaal)), ("werkplan", Feit::Uren(werkplan))];
    if c.plan.onderbouwing_afwijking.waarde().is_some() {
        c.meld(&U08, Ernst::Info, "/werkplan/uren", "met-onderbouwing", feiten);
    } else {
        c.meld(&U08, Ernst::Fout, "/werkplan/uren", "zonder-onderbouwing", feiten);
    }
}

pub static U09: Regel = Regel {
    code: "U09",
    ernst: I,
    bron: "§3.6 Tabel III, §5",
    titel: ul(
        "Praktijkassessment: geen urenmaximum, een vaste prijs",
        "Praktijkassessment: no hour limit, a fixed price",
    ),
    waarom: ul(
        "Voor een Praktijkassessment betaalt UWV een vaste prijs, hoeveel uur het ook kost.",
        "UWV pays a fixed price for a Praktijkassessment, however many hours it takes.",
    ),
    voorbeeld: ul(
        "Geef de vaste prijs mee (tarieven.vastePrijsPraktijkassessmentCent) om hem in het overzicht te zien.",
        "Pass the fixed price (tarieven.vastePrijsPraktijkassessmentCent) to see it in the summary.",
    ),
    lezing: None,
    feiten: &["dienst"],
    berichten: &[sj(
        "vaste-prijs",
        "Een Praktijkassessment heeft geen maximum aan uren; UWV betaalt er een vaste prijs voor.",
        "A Praktijkassessment has no maximum of hours; UWV pays a fixed price for it.",
    )],
};

/// U09: Praktijkassessment has a fixed price instead of an hour limit.
pub fn u09(c: &mut Ctx) {
    if c.dienst() == Some(Dienst::Praktijkassessment) {
        let feiten = c.dienst_feit().into_iter().collect();
        c.meld(&U09, Ernst::Info, "/dienst", "vaste-prijs", feiten);
    }
}

pub static U10: Regel = Regel {
    code: "U10",
    ernst: W,
    bron: "§3.6",
    titel: ul(
        "Een activiteit zegt niet of ze individueel of in een groep is",
        "An activity does not say whether it is individual or in a group",
    ),
    waarom: ul(
        "Het plan moet bij elke activiteit duidelijk maken of die individueel of in een groep plaatsvindt: bij een groep telt per cliënt alleen zijn deel van de tijd.",
        "The plan must make clear for every activity whether it is individual or a group activity: in a group each client counts only their share of the time.",
    ),
    voorbeeld: ul("\"vorm\": \"individueel\".", "\"vorm\": \"individueel\"."),
    lezing: Some(ul(
        "Zonder vorm worden de uren als individueel geteld.",
        "Without a form the hours are counted as individual.",
    )),
    feiten: &["activiteit"],
    berichten: &[sj(
        "geen-vorm",
        "Kies of deze activiteit individueel of in een groep is; dat moet het plan bij elke activiteit zeggen. De uren zijn nu als individueel geteld.",
        "Choose whether this activity is individual or in a group; the plan must say so for every activity. The hours are now counted as individual.",
    )],
};

/// U10: every activity says whether it is individual or a group activity (SPEC v2).
pub fn u10(c: &mut Ctx) {
    let leeg: Vec<usize> =
        c.activiteiten().iter().enumerate().filter(|(_, a)| a.vorm.is_leeg()).map(|(i, _)| i).collect();
    for i in leeg {
        c.meld(
            &U10,
            Ernst::Waarschuwing,
            pad_in("activiteiten", i, "vorm"),
            "geen-vorm",
            vec![("activiteit", nummer(i))],
        );
    }
}
