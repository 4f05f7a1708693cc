//! C — the service and the client (§1, §2, §3, §5, §6): the right version of the rules,
//! the services' own demands, and what UWV does not buy.

use super::zinnen::{beoordeel, Gevouwen, Vondst};
use super::{nummer, pad_in, Ctx};
use crate::basis::bevinding::F;
use crate::basis::bevinding::{sj, Ernst, Feit, Feiten, Regel, I, W};
use crate::basis::taal::ul;
use crate::plan::{Dienst, Uitkering, Veld};

pub static C01: Regel = Regel {
    code: "C01",
    ernst: W,
    bron: "§1",
    titel: ul(
        "De Opdracht valt onder een oudere versie van het Overzicht",
        "The Opdracht falls under an older version of the Overzicht",
    ),
    waarom: ul(
        "De datum van de Opdracht bepaalt welke versie geldt; Plantoets kent de regels van versie 7.1 en nieuwer.",
        "The date of the Opdracht decides which version applies; Plantoets knows the rules of version 7.1 and newer.",
    ),
    voorbeeld: ul(
        "Een Opdracht van 3 maart 2025 valt onder versie 7.1.",
        "An Opdracht of 3 March 2025 falls under version 7.1.",
    ),
    lezing: Some(ul(
        "Een plan met een oudere Opdracht wordt toch getoetst, aan de oudste versie die Plantoets kent.",
        "A plan with an older Opdracht is still checked, against the oldest version Plantoets knows.",
    )),
    feiten: &["datum", "versie", "van", "tot", "huidig"],
    berichten: &[sj(
        "oudere-versie",
        "Een Opdracht van {datum} valt onder versie {versie} van het Overzicht (van {van} tot en met {tot}); Plantoets toetst aan versie {huidig}. Controleer zelf wat in die versie anders was.",
        "An Opdracht of {datum} falls under version {versie} of the Overzicht ({van} to {tot}); Plantoets checks against version {huidig}. Check yourself what was different in that version.",
    )],
};

/// C01: the version of the Overzicht the Opdracht falls under.
pub fn c01(c: &mut Ctx) {
    let Some(opdracht) = c.plan.datums.opdracht.kopie() else { return };
    let Some(v) = c.overzicht.versie_op(opdracht) else { return };
    if opdracht >= c.overzicht.geldig_vanaf {
        return;
    }
    c.meld(
        &C01,
        Ernst::Waarschuwing,
        "/datums/opdracht",
        "oudere-versie",
        vec![
            ("datum", Feit::Datum(opdracht)),
            ("versie", Feit::Tekst(v.versie.into())),
            ("van", Feit::Datum(v.geldig_vanaf)),
            ("tot", Feit::Datum(v.geldig_tot.unwrap_or(v.geldig_vanaf))),
            ("huidig", Feit::Tekst(c.overzicht.versie.into())),
        ],
    );
}

pub static C02: Regel = Regel {
    code: "C02",
    ernst: F,
    bron: "§5",
    titel: ul("Werkbehoud vóór 1 januari 2025", "Werkbehoud before 1 January 2025"),
    waarom: ul(
        "Het perceel Werkbehoud bestaat pas sinds 1 januari 2025.",
        "The Werkbehoud service exists only from 1 January 2025.",
    ),
    voorbeeld: ul("Inkooporder op of na 2025-01-01.", "Inkooporder on or after 2025-01-01."),
    lezing: None,
    feiten: &["datum", "sinds"],
    berichten: &[sj(
        "te-vroeg",
        "{datum} ligt vóór {sinds}, toen Werkbehoud nog niet bestond. Controleer de datum of de dienst.",
        "{datum} is before {sinds}, when Werkbehoud did not exist yet. Check the date or the service.",
    )],
};

/// C02: Werkbehoud exists from a date (§5).
pub fn c02(c: &mut Ctx) {
    if !c.is_werkbehoud() {
        return;
    }
    let sinds = c.overzicht.werkbehoud_sinds;
    let d = &c.plan.datums;
    for (pad, datum) in [("/datums/opdracht", d.opdracht.kopie()), ("/datums/inkooporder", d.inkooporder.kopie())] {
        let Some(datum) = datum.filter(|&x| x < sinds) else { continue };
        c.meld(&C02, Ernst::Fout, pad, "te-vroeg", vec![("datum", Feit::Datum(datum)), ("sinds", Feit::Datum(sinds))]);
    }
}

pub static C03: Regel = Regel {
    code: "C03",
    ernst: W,
    bron: "§2.1, §3.1",
    titel: ul(
        "De trede op de participatieladder past niet bij de dienst",
        "The participatieladder trede does not fit the service",
    ),
    waarom: ul(
        "Participatie interventie is voor cliënten op trede 1, Bevorderen maatschappelijke deelname voor trede 2; Werkfit maken en Naar werk veronderstellen meer dan sociale contacten buitenshuis.",
        "Participatie interventie is for clients on trede 1, Bevorderen maatschappelijke deelname for trede 2; Werkfit maken and Naar werk assume more than social contact outside the home.",
    ),
    voorbeeld: ul(
        "Een geïsoleerde cliënt (trede 1) krijgt eerst Participatie interventie.",
        "An isolated client (trede 1) gets Participatie interventie first.",
    ),
    lezing: Some(ul(
        "Alleen voor cliënten met een AG-uitkering: voor hen gebruikt UWV de participatieladder (§2.1). Gemeld wordt alleen als er een trede is ingevuld.",
        "Only for clients with an AG benefit: UWV uses the participatieladder for them (§2.1). Reported only when a trede is given.",
    )),
    feiten: &["trede", "dienst", "verwacht"],
    berichten: &[
        sj(
            "betaald-werk",
            "Trede {trede} is betaald werk; {dienst} is bedoeld voor cliënten die nog geen of pas net sociale contacten buitenshuis hebben.",
            "Trede {trede} is paid work; {dienst} is meant for clients who have no, or only just, social contact outside the home.",
        ),
        sj(
            "andere-trede",
            "{dienst} is bedoeld voor cliënten op trede {verwacht}; deze cliënt staat op trede {trede}. Past een andere dienst beter?",
            "{dienst} is meant for clients on trede {verwacht}; this client is on trede {trede}. Would another service fit better?",
        ),
        sj(
            "te-vroeg",
            "Op trede {trede} komt {dienst} waarschijnlijk te vroeg; Participatie interventie of Bevorderen maatschappelijke deelname ligt meer voor de hand.",
            "On trede {trede}, {dienst} probably comes too early; Participatie interventie or Bevorderen maatschappelijke deelname is more likely to fit.",
        ),
    ],
};

/// C03: the participatieladder trede against the service, for AG clients (SPEC v2).
pub fn c03(c: &mut Ctx) {
    if c.plan.client.uitkering.kopie() != Some(Uitkering::Ag) {
        return;
    }
    let (Some(info), Some(trede)) = (c.info(), c.plan.client.trede.geheel()) else { return };
    let (van, tot) = info.tredes;
    if (van..=tot).contains(&trede) {
        return;
    }
    let sleutel = if trede < van {
        "te-vroeg"
    } else if trede >= c.overzicht.trede_betaald_werk {
        "betaald-werk"
    } else {
        "andere-trede"
    };
    let mut feiten = vec![("trede", Feit::Geheel(trede.into())), ("verwacht", Feit::Geheel(van.into()))];
    feiten.extend(c.dienst_feit());
    c.meld(&C03, Ernst::Waarschuwing, "/client/trede", sleutel, feiten);
}

pub static C04: Regel = Regel {
    code: "C04",
    ernst: F,
    bron: "§3.1.3, §3.7 Tabel IV",
    titel: ul(
        "Begeleiding bij Scholing zonder start- en einddatum van de scholing",
        "Begeleiding bij Scholing without the scholing's start and end",
    ),
    waarom: ul(
        "Uren en doorlooptijd van Begeleiding bij Scholing hangen af van hoe lang de scholing loopt.",
        "The hours and doorlooptijd of Begeleiding bij Scholing depend on how long the scholing runs.",
    ),
    voorbeeld: ul(
        "\"scholing\": {\"start\": \"2025-09-01\", \"eind\": \"2026-06-30\", \"getoetst\": true}.",
        "\"scholing\": {\"start\": \"2025-09-01\", \"eind\": \"2026-06-30\", \"getoetst\": true}.",
    ),
    lezing: None,
    feiten: &[],
    berichten: &[sj(
        "ontbreekt",
        "Vul de start- en einddatum van de scholing in: de uren en de doorlooptijd van Begeleiding bij Scholing hangen ervan af.",
        "Fill in the start and end date of the training: the hours and the duration of Begeleiding bij Scholing depend on them.",
    )],
};

/// C04: Begeleiding bij Scholing needs the scholing's dates.
pub fn c04(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::BegeleidingBijScholing) {
        return;
    }
    let s = &c.plan.scholing;
    let pad = match (s.start.is_leeg(), s.eind.is_leeg()) {
        (true, _) => "/scholing/start",
        (false, true) => "/scholing/eind",
        _ => return,
    };
    c.meld(&C04, Ernst::Fout, pad, "ontbreekt", vec![]);
}

pub static C05: Regel = Regel {
    code: "C05",
    ernst: W,
    bron: "§3.1.3, §6",
    titel: ul(
        "De scholing is niet getoetst aan de Beleidsregels Scholing",
        "The scholing has not been tested against the Beleidsregels Scholing",
    ),
    waarom: ul(
        "UWV zet een scholing alleen in als die getoetst is en noodzakelijk bevonden om aan het werk te gaan.",
        "UWV uses a scholing only when it has been tested and found necessary for getting to work.",
    ),
    voorbeeld: ul(
        "\"getoetst\": true, als UWV de scholing heeft goedgekeurd.",
        "\"getoetst\": true, once UWV approved the scholing.",
    ),
    lezing: None,
    feiten: &[],
    berichten: &[sj(
        "niet-getoetst",
        "Is de scholing getoetst aan de Beleidsregels Scholing? Vink het aan als UWV haar heeft goedgekeurd; zonder die toets zet UWV geen scholing in.",
        "Has the training been tested against the Beleidsregels Scholing? Tick it once UWV has approved it; without that test UWV does not use a training.",
    )],
};

/// C05: the scholing tested against the Beleidsregels Scholing.
pub fn c05(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::BegeleidingBijScholing)
        || matches!(c.plan.scholing.getoetst, Veld::Waarde(true) | Veld::Ongeldig)
    {
        return;
    }
    c.meld(&C05, Ernst::Waarschuwing, "/scholing/getoetst", "niet-getoetst", vec![]);
}

pub static C06: Regel = Regel {
    code: "C06",
    ernst: F,
    bron: "§3.5",
    titel: ul(
        "Werkbehoud voor de derde keer bij dezelfde werkhervatting",
        "Werkbehoud for the third time for the same resumption of work",
    ),
    waarom: ul(
        "Voor één werkhervatting kan Werkbehoud hooguit twee keer worden ingezet.",
        "For one resumption of work, Werkbehoud can be used at most twice.",
    ),
    voorbeeld: ul(
        "\"werkbehoud\": {\"eerdereInzet\": 1} is de laatste keer.",
        "\"werkbehoud\": {\"eerdereInzet\": 1} is the last time.",
    ),
    lezing: None,
    feiten: &["aantal", "maximum"],
    berichten: &[sj(
        "te-vaak",
        "Werkbehoud is voor deze werkhervatting al {aantal} keer ingezet; dat kan hooguit {maximum} keer.",
        "Werkbehoud has already been used {aantal|time|times} for this resumption of work; at most {maximum} times is possible.",
    )],
};

/// C06: Werkbehoud at most so many times for one werkhervatting (§3.5).
pub fn c06(c: &mut Ctx) {
    if !c.is_werkbehoud() {
        return;
    }
    let Some(eerder) = c.plan.werkbehoud.eerdere_inzet.geheel() else { return };
    let max = c.overzicht.werkbehoud_max_inzet;
    if eerder < max {
        return;
    }
    c.meld(
        &C06,
        Ernst::Fout,
        "/werkbehoud/eerdereInzet",
        "te-vaak",
        vec![("aantal", Feit::Geheel(eerder.into())), ("maximum", Feit::Geheel(max.into()))],
    );
}

pub static C07: Regel = Regel {
    code: "C07",
    ernst: F,
    bron: "§3.5",
    titel: ul("Werkbehoud terwijl de cliënt (nog) niet werkt", "Werkbehoud while the client does not (yet) work"),
    waarom: ul(
        "Werkbehoud is er om werk te behouden: de cliënt werkt al als de Inkooporder komt.",
        "Werkbehoud is for keeping work: the client already works when the Inkooporder arrives.",
    ),
    voorbeeld: ul(
        "Werkhervatting 1 februari 2025, Inkooporder 3 maart 2025.",
        "Resumption of work 1 February 2025, Inkooporder 3 March 2025.",
    ),
    lezing: None,
    feiten: &["datum", "inkooporder"],
    berichten: &[
        sj(
            "geen-datum",
            "Vul de datum in waarop de cliënt aan het werk ging: Werkbehoud is er voor wie al werkt.",
            "Fill in the date the client started work: Werkbehoud is for clients who already work.",
        ),
        sj(
            "na-inkooporder",
            "De werkhervatting ({datum}) ligt na de Inkooporder ({inkooporder}), maar bij Werkbehoud werkt de cliënt al. Controleer de datums.",
            "The resumption of work ({datum}) is after the Inkooporder ({inkooporder}), but with Werkbehoud the client already works. Check the dates.",
        ),
    ],
};

/// C07: Werkbehoud needs a client who already works.
pub fn c07(c: &mut Ctx) {
    if !c.is_werkbehoud() {
        return;
    }
    let d = &c.plan.datums;
    match (&d.werkhervatting, d.inkooporder.kopie()) {
        (Veld::Leeg, _) => c.meld(&C07, Ernst::Fout, "/datums/werkhervatting", "geen-datum", vec![]),
        (Veld::Waarde(hervat), Some(order)) if *hervat > order => c.meld(
            &C07,
            Ernst::Fout,
            "/datums/werkhervatting",
            "na-inkooporder",
            vec![("datum", Feit::Datum(*hervat)), ("inkooporder", Feit::Datum(order))],
        ),
        _ => {}
    }
}

/// The folded descriptions of the activities, with their index.
fn omschrijvingen<'c>(c: &'c Ctx) -> impl Iterator<Item = (usize, &'c Gevouwen<'c>)> + 'c {
    c.teksten.iter().enumerate().filter_map(|(i, t)| t.omschrijving.as_ref().map(|g| (i, g)))
}

/// The facts of a text rule's finding on activity `i`: its number, what the trigger stands
/// for (C08), and the words that triggered it.
fn feiten(i: usize, v: &Vondst) -> Feiten {
    let mut feiten = vec![("activiteit", nummer(i))];
    feiten.extend(v.trigger.naam.map(|n| ("instantie", Feit::Naam(n))));
    feiten.push(("gevonden", Feit::Woorden(vec![v.woorden.to_string()])));
    feiten
}

pub static C08: Regel = Regel {
    code: "C08",
    ernst: W,
    bron: "§2.2, §2.3",
    titel: ul("Een activiteit hoort bij een andere instantie", "An activity belongs to another agency"),
    waarom: ul(
        "UWV koopt niets in wat een andere instantie moet bieden: schuldhulpverlening en Wmo-dagbesteding (gemeente), GGZ- en verslavingsbehandeling (zorg), dieetadvies (Zorgverzekeringswet), en jobcoaching, een voorziening die UWV apart toekent. Verwijzen en stimuleren mag wel.",
        "UWV buys nothing another agency must provide: debt assistance and Wmo day care (municipality), mental-health and addiction treatment (healthcare), dietary advice (Zorgverzekeringswet), and job coaching, a provision UWV grants separately. Referring and encouraging is allowed.",
    ),
    voorbeeld: ul(
        "Niet 'Schuldhulpverlening', wel 'Cliënt aanmelden bij de schuldhulpverlening van de gemeente' of, bij Werkfit maken, 'leren omgaan met schulden'.",
        "Not 'Debt assistance', but 'Register the client with the municipality's debt assistance' or, in Werkfit maken, 'learning to cope with debts'.",
    ),
    lezing: Some(ul(
        "De regel beoordeelt wat de activiteit doet: doorverwijzen of motiveren (§2.2), leren omgaan met schulden of verslaving (§3.2 b), of het domein als werkplek of onderwerp (solliciteren in de verslavingszorg) is geen C08.",
        "The rule judges what the activity does: referring or motivating (§2.2), learning to cope with debts or addiction (§3.2 b), or the domain as a workplace or topic (applying for jobs in addiction care) is not C08.",
    )),
    feiten: &["activiteit", "instantie", "gevonden"],
    berichten: &[sj(
        "andere-instantie",
        "Dit lijkt {instantie} ({gevonden}). Verwijst u alleen door? Schrijf dat dan zo, of licht toe waarom het bij deze dienst hoort.",
        "This looks like {instantie} ({gevonden}). Do you only refer the client? Then write it that way, or explain why it belongs to this service.",
    )],
};

/// C08: activities another agency must provide (§2.2, §2.3): what the activity does, not
/// which words occur in it (see `bron::woorden` and `regels::zinnen`).
pub fn c08(c: &mut Ctx) {
    let oordeel = &c.overzicht.woorden.andere_instanties;
    let gevonden: Vec<_> =
        omschrijvingen(c).filter_map(|(i, g)| beoordeel(oordeel, g).map(|v| (i, feiten(i, &v)))).collect();
    for (i, feiten) in gevonden {
        c.meld(&C08, Ernst::Waarschuwing, pad_in("activiteiten", i, "omschrijving"), "andere-instantie", feiten);
    }
}

pub static C09: Regel = Regel {
    code: "C09",
    ernst: W,
    bron: "§1, §6",
    titel: ul("Een activiteit is zelf een Scholing", "An activity is itself a Scholing"),
    waarom: ul(
        "Een opleiding met een erkend diploma of certificaat hoort niet bij een re-integratiedienst; UWV zet die apart in, na toetsing.",
        "An education with a recognised diploma or certificate is not part of a re-integration service; UWV arranges it separately, after testing.",
    ),
    voorbeeld: ul(
        "Niet 'MBO-opleiding niveau 2', wel 'Huiswerkbegeleiding bij de mbo-opleiding' (Begeleiding bij Scholing).",
        "Not 'MBO course level 2', but 'Homework support for the MBO course' (Begeleiding bij Scholing).",
    ),
    lezing: Some(ul(
        "Begeleiden, ondersteunen, oriënteren op of kiezen van een scholing is geen scholing; een diploma als onderwerp (op het cv) ook niet.",
        "Guiding, supporting, exploring or choosing a scholing is not a scholing; nor is a diploma as a topic (on the CV).",
    )),
    feiten: &["activiteit", "gevonden"],
    berichten: &[sj(
        "scholing",
        "Dit lijkt zelf een opleiding met diploma of certificaat ({gevonden}); die valt buiten de re-integratiedienst. Begeleidt u alleen bij de scholing? Schrijf dat dan zo, of licht toe.",
        "This looks like a course with a diploma or certificate itself ({gevonden}); that is outside the re-integration service. Do you only support the training? Then write it that way, or explain.",
    )],
};

/// C09: an activity that is itself a Scholing (§6).
pub fn c09(c: &mut Ctx) {
    let oordeel = &c.overzicht.woorden.scholing;
    let gevonden: Vec<_> =
        omschrijvingen(c).filter_map(|(i, g)| beoordeel(oordeel, g).map(|v| (i, feiten(i, &v)))).collect();
    for (i, feiten) in gevonden {
        c.meld(&C09, Ernst::Waarschuwing, pad_in("activiteiten", i, "omschrijving"), "scholing", feiten);
    }
}

pub static C10: Regel = Regel {
    code: "C10",
    ernst: W,
    bron: "§3.6, §4.3, §5",
    titel: ul("Een activiteit declareert wat in het uurtarief zit", "An activity bills what the hourly rate covers"),
    waarom: ul(
        "Reiskosten, afspraken plannen, facturen maken en andere overhead zitten in het uurtarief en tellen niet als Begeleidingsuur; het oriënterende gesprek vóór de keuze voor een bedrijf wordt niet vergoed.",
        "Travel costs, planning appointments, invoicing and other overhead are included in the hourly rate and are not Begeleidingsuren; the orienting conversation before the client chooses a company is not paid.",
    ),
    voorbeeld: ul(
        "Schrap 'Reistijd consulent'; tel alleen tijd die direct op de cliënt gericht is.",
        "Remove 'Consultant travel time'; count only time aimed directly at the client.",
    ),
    lezing: Some(ul(
        "Leert de cliënt zelf plannen of reizen, brengt de activiteit de maximale reistijd van de cliënt in kaart (§3.2 c) of coacht ze een zelfstandige bij zijn eigen facturen (§3.5.2), dan is het een activiteit.",
        "When the client learns to plan or travel, the activity maps the client's maximum travel time (§3.2 c) or coaches a self-employed client on his own invoices (§3.5.2), it is an activity.",
    )),
    feiten: &["activiteit", "gevonden"],
    berichten: &[
        sj(
            "overhead",
            "Dit lijkt overhead van het bedrijf ({gevonden}): reizen, plannen en factureren zitten al in het uurtarief en tellen niet als begeleidingsuur. Gaat het om de cliënt zelf? Schrijf dat dan zo, of licht toe.",
            "This looks like the company's overhead ({gevonden}): travel, planning and invoicing are already in the hourly rate and are not hours of guidance. Is it about the client? Then write it that way, or explain.",
        ),
        sj(
            "orientatie",
            "Het oriënterende gesprek vóór de keuze voor een bedrijf ({gevonden}) wordt niet vergoed; neem het niet op als activiteit.",
            "The orienting conversation before the client chooses a company ({gevonden}) is not paid; do not list it as an activity.",
        ),
    ],
};

/// C10: overhead billed as an activity (§3.6, §5), or the orienting conversation (§4.3).
pub fn c10(c: &mut Ctx) {
    let w = c.overzicht.woorden;
    let gevonden: Vec<_> = omschrijvingen(c)
        .filter_map(|(i, g)| match beoordeel(&w.orientatie, g) {
            Some(v) => Some((i, "orientatie", feiten(i, &v))),
            None => beoordeel(&w.overhead, g).map(|v| (i, "overhead", feiten(i, &v))),
        })
        .collect();
    for (i, sleutel, feiten) in gevonden {
        c.meld(&C10, Ernst::Waarschuwing, pad_in("activiteiten", i, "omschrijving"), sleutel, feiten);
    }
}

pub static C11: Regel = Regel {
    code: "C11",
    ernst: I,
    bron: "§3.5, §4.1",
    titel: ul("Werkbehoud: geen Re-integratieplan nodig", "Werkbehoud: no Re-integratieplan needed"),
    waarom: ul(
        "Voor Werkbehoud geeft UWV direct een Inkooporder met het Werkplan; de inhoudsregels van een plan (S) gelden dan niet.",
        "For Werkbehoud UWV issues an Inkooporder with the Werkplan at once; the content rules of a plan (S) do not apply.",
    ),
    voorbeeld: ul("Leg alleen uren, doorlooptijd en activiteiten vast.", "Record only hours, doorlooptijd and activities."),
    lezing: None,
    feiten: &["dienst"],
    berichten: &[sj(
        "geen-plan",
        "Voor Werkbehoud is geen Re-integratieplan nodig; de regels voor de inhoud van een plan zijn overgeslagen.",
        "Werkbehoud needs no Re-integratieplan; the rules for the content of a plan were skipped.",
    )],
};

/// C11: Werkbehoud has no plan, so the S rules do not apply.
pub fn c11(c: &mut Ctx) {
    if !c.is_werkbehoud() {
        return;
    }
    let feiten = c.dienst_feit().into_iter().collect();
    c.meld(&C11, Ernst::Info, "/dienst", "geen-plan", feiten);
}
