//! C — the service and the client (§1, §2, §3, §5, §6): the right version of the rules,
//! the services' own demands, and what UWV does not buy.

use crate::berekening::geldig;
use crate::bericht::{pad_in, sj, Feit};
use crate::breuk::Breuk;
use crate::diensten::{versie_op, HUIDIGE_VERSIE, WERKBEHOUD_MAX_INZET, WERKBEHOUD_SINDS};
use crate::plan::{Dienst, Veld};
use crate::rapport::Ernst;
use crate::regels::regel::*;
use crate::tekst::Gevouwen;
use crate::velden;
use crate::woorden;

pub const C01: Regel = Regel {
    code: "C01",
    ernst: W,
    bron: "§1",
    titel: tp(
        "De Opdracht valt onder een oudere versie van het Overzicht",
        "The Opdracht falls under an older version of the Overzicht",
    ),
    waarom: tp(
        "De datum van de Opdracht bepaalt welke versie geldt; Plantoets kent alleen de regels van versie 7.1.",
        "The date of the Opdracht decides which version applies; Plantoets knows only the rules of version 7.1.",
    ),
    voorbeeld: tp(
        "Een Opdracht van 3 maart 2025 valt onder versie 7.1.",
        "An Opdracht of 3 March 2025 falls under version 7.1.",
    ),
    lezing: None,
};

pub const C02: Regel = Regel {
    code: "C02",
    ernst: F,
    bron: "§5",
    titel: tp("Werkbehoud vóór 1 januari 2025", "Werkbehoud before 1 January 2025"),
    waarom: tp(
        "Het perceel Werkbehoud bestaat pas sinds 1 januari 2025.",
        "The Werkbehoud service exists only from 1 January 2025.",
    ),
    voorbeeld: tp("Inkooporder op of na 2025-01-01.", "Inkooporder on or after 2025-01-01."),
    lezing: None,
};

pub const C03: Regel = Regel {
    code: "C03",
    ernst: W,
    bron: "§2.1, §3.1",
    titel: tp("De trede op de participatieladder past niet bij de dienst", "The participatieladder trede does not fit the service"),
    waarom: tp(
        "Participatie interventie is voor cliënten op trede 1, Bevorderen maatschappelijke deelname voor trede 2; Werkfit maken en Naar werk veronderstellen meer dan sociale contacten buitenshuis.",
        "Participatie interventie is for clients on trede 1, Bevorderen maatschappelijke deelname for trede 2; Werkfit maken and Naar werk assume more than social contact outside the home.",
    ),
    voorbeeld: tp(
        "Een geïsoleerde cliënt (trede 1) krijgt eerst Participatie interventie.",
        "An isolated client (trede 1) gets Participatie interventie first.",
    ),
    lezing: Some(tp(
        "Gemeld wordt alleen als er een trede is ingevuld. UWV gebruikt de ladder vooral bij AG-cliënten (§2.1).",
        "Reported only when a trede is given. UWV uses the ladder mainly for AG clients (§2.1).",
    )),
};

pub const C04: Regel = Regel {
    code: "C04",
    ernst: F,
    bron: "§3.1.3, §3.7 Tabel IV",
    titel: tp(
        "Begeleiding bij Scholing zonder start- en einddatum van de scholing",
        "Begeleiding bij Scholing without the scholing's start and end",
    ),
    waarom: tp(
        "Uren en doorlooptijd van Begeleiding bij Scholing hangen af van hoe lang de scholing loopt.",
        "The hours and doorlooptijd of Begeleiding bij Scholing depend on how long the scholing runs.",
    ),
    voorbeeld: tp(
        "\"scholing\": {\"start\": \"2025-09-01\", \"eind\": \"2026-06-30\", \"getoetst\": true}.",
        "\"scholing\": {\"start\": \"2025-09-01\", \"eind\": \"2026-06-30\", \"getoetst\": true}.",
    ),
    lezing: None,
};

pub const C05: Regel = Regel {
    code: "C05",
    ernst: W,
    bron: "§3.1.3, §6",
    titel: tp(
        "De scholing is niet getoetst aan de Beleidsregels Scholing",
        "The scholing has not been tested against the Beleidsregels Scholing",
    ),
    waarom: tp(
        "UWV zet een scholing alleen in als die getoetst is en noodzakelijk bevonden om aan het werk te gaan.",
        "UWV uses a scholing only when it has been tested and found necessary for getting to work.",
    ),
    voorbeeld: tp(
        "\"getoetst\": true, als UWV de scholing heeft goedgekeurd.",
        "\"getoetst\": true, once UWV approved the scholing.",
    ),
    lezing: None,
};

pub const C06: Regel = Regel {
    code: "C06",
    ernst: F,
    bron: "§3.5",
    titel: tp(
        "Werkbehoud voor de derde keer bij dezelfde werkhervatting",
        "Werkbehoud for the third time for the same resumption of work",
    ),
    waarom: tp(
        "Voor één werkhervatting kan Werkbehoud hooguit twee keer worden ingezet.",
        "For one resumption of work, Werkbehoud can be used at most twice.",
    ),
    voorbeeld: tp(
        "\"werkbehoud\": {\"eerdereInzet\": 1} is de laatste keer.",
        "\"werkbehoud\": {\"eerdereInzet\": 1} is the last time.",
    ),
    lezing: None,
};

pub const C07: Regel = Regel {
    code: "C07",
    ernst: F,
    bron: "§3.5",
    titel: tp("Werkbehoud terwijl de cliënt (nog) niet werkt", "Werkbehoud while the client does not (yet) work"),
    waarom: tp(
        "Werkbehoud is er om werk te behouden: de cliënt werkt al als de Inkooporder komt.",
        "Werkbehoud is for keeping work: the client already works when the Inkooporder arrives.",
    ),
    voorbeeld: tp(
        "Werkhervatting 1 februari 2025, Inkooporder 3 maart 2025.",
        "Resumption of work 1 February 2025, Inkooporder 3 March 2025.",
    ),
    lezing: None,
};

pub const C08: Regel = Regel {
    code: "C08",
    ernst: W,
    bron: "§2.2",
    titel: tp("Een activiteit hoort bij een andere instantie", "An activity belongs to another agency"),
    waarom: tp(
        "UWV koopt niets in wat een andere instantie wettelijk moet bieden: schuldhulpverlening en Wmo-dagbesteding (gemeente), GGZ- en verslavingsbehandeling (zorg), dieetadvies (Zorgverzekeringswet). Verwijzen en stimuleren mag wel.",
        "UWV buys nothing another agency must provide by law: debt assistance and Wmo day care (municipality), mental-health and addiction treatment (healthcare), dietary advice (Zorgverzekeringswet). Referring and encouraging is allowed.",
    ),
    voorbeeld: tp(
        "Niet 'Schuldhulpverlening', wel 'Cliënt aanmelden bij de schuldhulpverlening van de gemeente' of, bij Werkfit maken, 'leren omgaan met schulden'.",
        "Not 'Debt assistance', but 'Register the client with the municipality's debt assistance' or, in Werkfit maken, 'learning to cope with debts'.",
    ),
    lezing: Some(tp(
        "Een omschrijving die verwijst, aanmeldt, motiveert of over 'omgaan met' gaat, wordt niet gemeld (§2.2 en §3.2 b).",
        "A description that refers, registers, motivates or is about 'coping with' is not reported (§2.2 and §3.2 b).",
    )),
};

pub const C09: Regel = Regel {
    code: "C09",
    ernst: W,
    bron: "§1, §6",
    titel: tp("Een activiteit is zelf een Scholing", "An activity is itself a Scholing"),
    waarom: tp(
        "Een opleiding met een erkend diploma of certificaat hoort niet bij een re-integratiedienst; UWV zet die apart in, na toetsing.",
        "An education with a recognised diploma or certificate is not part of a re-integration service; UWV arranges it separately, after testing.",
    ),
    voorbeeld: tp(
        "Niet 'MBO-opleiding niveau 2', wel 'Huiswerkbegeleiding bij de mbo-opleiding' (Begeleiding bij Scholing).",
        "Not 'MBO course level 2', but 'Homework support for the MBO course' (Begeleiding bij Scholing).",
    ),
    lezing: Some(tp(
        "Omschrijvingen die begeleiden, ondersteunen, oriënteren of kiezen noemen, gaan over de scholing en worden niet gemeld.",
        "Descriptions that mention guiding, supporting, exploring or choosing are about the scholing and are not reported.",
    )),
};

pub const C10: Regel = Regel {
    code: "C10",
    ernst: W,
    bron: "§3.6, §5",
    titel: tp("Een activiteit declareert wat in het uurtarief zit", "An activity bills what the hourly rate covers"),
    waarom: tp(
        "Reiskosten, afspraken plannen, facturen maken en andere overhead zitten in het uurtarief en tellen niet als Begeleidingsuur.",
        "Travel costs, planning appointments, invoicing and other overhead are included in the hourly rate and are not Begeleidingsuren.",
    ),
    voorbeeld: tp(
        "Schrap 'Reistijd consulent'; tel alleen tijd die direct op de cliënt gericht is.",
        "Remove 'Consultant travel time'; count only time aimed directly at the client.",
    ),
    lezing: Some(tp(
        "Leert de cliënt zelf plannen of reizen, dan is het een activiteit en wordt niets gemeld.",
        "When the client learns to plan or travel, it is an activity and nothing is reported.",
    )),
};

pub const C11: Regel = Regel {
    code: "C11",
    ernst: I,
    bron: "§3.5, §4.1",
    titel: tp("Werkbehoud: geen Re-integratieplan nodig", "Werkbehoud: no Re-integratieplan needed"),
    waarom: tp(
        "Voor Werkbehoud geeft UWV direct een Inkooporder met het Werkplan; de inhoudsregels van een plan (S) gelden dan niet.",
        "For Werkbehoud UWV issues an Inkooporder with the Werkplan at once; the content rules of a plan (S) do not apply.",
    ),
    voorbeeld: tp("Leg alleen uren, doorlooptijd en activiteiten vast.", "Record only hours, doorlooptijd and activities."),
    lezing: None,
};

/// C01: the version of the Overzicht the Opdracht falls under.
pub fn c01(c: &mut Ctx) {
    let Some(opdracht) = c.plan.datums.opdracht.kopie() else { return };
    let huidig = Feit::Tekst(HUIDIGE_VERSIE.versie);
    match versie_op(opdracht) {
        Some(v) if v.versie == HUIDIGE_VERSIE.versie => {}
        Some(v) => {
            let tot = v.geldig_tot.unwrap_or(v.geldig_vanaf);
            c.meld(
                &C01,
                Ernst::Waarschuwing,
                "/datums/opdracht",
                &sj(
                    "Een Opdracht van {opdracht} valt onder versie {versie} van het Overzicht (van {van} tot en met {tot}); Plantoets toetst aan versie {huidig}.",
                    "An Opdracht of {opdracht} falls under version {versie} of the Overzicht ({van} to {tot}); Plantoets checks against version {huidig}.",
                ),
                &[
                    ("opdracht", Feit::Datum(opdracht)),
                    ("versie", Feit::Tekst(v.versie)),
                    ("van", Feit::Datum(v.geldig_vanaf)),
                    ("tot", Feit::Datum(tot)),
                    ("huidig", huidig),
                ],
            );
        }
        None => c.meld(
            &C01,
            Ernst::Waarschuwing,
            "/datums/opdracht",
            &sj(
                "Een Opdracht van {opdracht} ligt vóór de eerste versie van het Overzicht (1 juli 2016); Plantoets toetst aan versie {huidig}.",
                "An Opdracht of {opdracht} predates the first version of the Overzicht (1 July 2016); Plantoets checks against version {huidig}.",
            ),
            &[("opdracht", Feit::Datum(opdracht)), ("huidig", huidig)],
        ),
    }
}

/// C02: Werkbehoud exists from 1 January 2025.
pub fn c02(c: &mut Ctx) {
    if !c.is_werkbehoud() {
        return;
    }
    let d = &c.plan.datums;
    for (pad, datum, naam) in [
        ("/datums/opdracht", d.opdracht.kopie(), tp("De Opdracht", "The Opdracht")),
        ("/datums/inkooporder", d.inkooporder.kopie(), tp("De Inkooporder", "The Inkooporder")),
    ] {
        let Some(datum) = datum.filter(|&x| x < WERKBEHOUD_SINDS) else { continue };
        c.meld(
            &C02,
            Ernst::Fout,
            pad,
            &sj(
                "{naam} ({datum}) ligt vóór 1 januari 2025, toen Werkbehoud nog niet bestond.",
                "{naam} ({datum}) is before 1 January 2025, when Werkbehoud did not exist yet.",
            ),
            &[("naam", Feit::Taal(naam)), ("datum", Feit::Datum(datum))],
        );
    }
}

/// C03: the participatieladder trede against the service.
pub fn c03(c: &mut Ctx) {
    let Some(dienst) = c.dienst() else { return };
    let Some(trede) = geldig(&c.plan.client.trede, velden::TREDE).and_then(Breuk::als_i64) else { return };
    let sjabloon = match (dienst, trede) {
        (Dienst::ParticipatieInterventie, 1) | (Dienst::BevorderenMaatschappelijkeDeelname, 2) => return,
        (Dienst::ParticipatieInterventie | Dienst::BevorderenMaatschappelijkeDeelname, 5..=6) => sj(
            "Trede {trede} is betaald werk; {dienst} is voor cliënten die nog geen sociale contacten buitenshuis hebben of die net krijgen.",
            "Trede {trede} is paid work; {dienst} is for clients who do not yet have, or just have, social contact outside the home.",
        ),
        (Dienst::ParticipatieInterventie, _) => sj(
            "{dienst} is voor cliënten op trede 1 (geïsoleerd); deze cliënt staat op trede {trede}.",
            "{dienst} is for clients on trede 1 (isolated); this client is on trede {trede}.",
        ),
        (Dienst::BevorderenMaatschappelijkeDeelname, _) => sj(
            "{dienst} is voor cliënten op trede 2 (sociale contacten buitenshuis); deze cliënt staat op trede {trede}.",
            "{dienst} is for clients on trede 2 (social contact outside the home); this client is on trede {trede}.",
        ),
        (Dienst::WerkfitMaken | Dienst::NaarWerk, 1..=2) => sj(
            "Op trede {trede} is {dienst} vermoedelijk te vroeg; eerst Participatie interventie (trede 1) of Bevorderen maatschappelijke deelname (trede 2).",
            "On trede {trede}, {dienst} is probably too early; first Participatie interventie (trede 1) or Bevorderen maatschappelijke deelname (trede 2).",
        ),
        _ => return,
    };
    let dienstnaam = c.dienstnaam();
    c.meld(
        &C03,
        Ernst::Waarschuwing,
        "/client/trede",
        &sjabloon,
        &[("trede", Feit::Geheel(trede)), ("dienst", dienstnaam)],
    );
}

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
    c.meld(
        &C04,
        Ernst::Fout,
        pad,
        &sj(
            "Vul de start- en einddatum van de scholing in: uren en doorlooptijd van Begeleiding bij Scholing hangen ervan af.",
            "Fill in the start and end date of the scholing: the hours and doorlooptijd of Begeleiding bij Scholing depend on them.",
        ),
        &[],
    );
}

/// C05: the scholing tested against the Beleidsregels Scholing.
pub fn c05(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::BegeleidingBijScholing)
        || matches!(c.plan.scholing.getoetst, Veld::Waarde(true) | Veld::Ongeldig)
    {
        return;
    }
    c.meld(
        &C05,
        Ernst::Waarschuwing,
        "/scholing/getoetst",
        &sj(
            "Is de scholing getoetst aan de Beleidsregels Scholing? Zonder die toets zet UWV geen scholing in.",
            "Has the scholing been tested against the Beleidsregels Scholing? Without that test UWV does not use a scholing.",
        ),
        &[],
    );
}

/// C06: at most twice Werkbehoud for one werkhervatting.
pub fn c06(c: &mut Ctx) {
    if !c.is_werkbehoud() {
        return;
    }
    let Some(eerder) = geldig(&c.plan.werkbehoud.eerdere_inzet, velden::AANTAL).and_then(Breuk::als_i64) else {
        return;
    };
    if eerder < WERKBEHOUD_MAX_INZET {
        return;
    }
    c.meld(
        &C06,
        Ernst::Fout,
        "/werkbehoud/eerdereInzet",
        &sj(
            "Werkbehoud is al {eerder} keer ingezet voor deze werkhervatting; het kan hooguit {max} keer.",
            "Werkbehoud has been used {eerder} times for this resumption of work; at most {max} times is possible.",
        ),
        &[("eerder", Feit::Geheel(eerder)), ("max", Feit::Geheel(WERKBEHOUD_MAX_INZET))],
    );
}

/// C07: Werkbehoud needs a client who already works.
pub fn c07(c: &mut Ctx) {
    if !c.is_werkbehoud() {
        return;
    }
    let d = &c.plan.datums;
    match (&d.werkhervatting, d.inkooporder.kopie()) {
        (Veld::Leeg, _) => c.meld(
            &C07,
            Ernst::Fout,
            "/datums/werkhervatting",
            &sj(
                "Vul de datum in waarop de cliënt aan het werk ging: Werkbehoud is er voor wie al werkt.",
                "Fill in the date the client started work: Werkbehoud is for clients who already work.",
            ),
            &[],
        ),
        (Veld::Waarde(hervat), Some(order)) if *hervat > order => c.meld(
            &C07,
            Ernst::Fout,
            "/datums/werkhervatting",
            &sj(
                "De werkhervatting ({hervat}) ligt na de Inkooporder ({order}); bij Werkbehoud werkt de cliënt al.",
                "The resumption of work ({hervat}) is after the Inkooporder ({order}); with Werkbehoud the client already works.",
            ),
            &[("hervat", Feit::Datum(*hervat)), ("order", Feit::Datum(order))],
        ),
        _ => {}
    }
}

/// The folded descriptions of the activities, with their index.
fn omschrijvingen<'c>(c: &'c Ctx) -> impl Iterator<Item = (usize, &'c Gevouwen)> + 'c {
    c.teksten.iter().enumerate().filter_map(|(i, t)| t.omschrijving.as_ref().map(|g| (i, g)))
}

/// C08: activities another agency must provide (§2.2).
pub fn c08(c: &mut Ctx) {
    let gevonden: Vec<_> = omschrijvingen(c)
        .filter_map(|(i, g)| {
            let domein = woorden::ANDERE_INSTANTIES.iter().find(|d| d.termen.bevat(g))?;
            (!woorden::VERWIJZING.bevat(g)).then_some((i, domein.instantie))
        })
        .collect();
    for (i, instantie) in gevonden {
        c.meld(
            &C08,
            Ernst::Waarschuwing,
            pad_in("activiteiten", i, "omschrijving"),
            &sj(
                "Activiteit {n} hoort bij {instantie}, niet bij UWV; verwijs de cliënt ernaar (zie 'verwijzingen') in plaats van het zelf te doen.",
                "Activity {n} belongs to {instantie}, not to UWV; refer the client (see 'verwijzingen') instead of providing it.",
            ),
            &[("n", Feit::Geheel(i as i64 + 1)), ("instantie", Feit::Taal(instantie))],
        );
    }
}

/// C09: an activity that is itself a Scholing (§6).
pub fn c09(c: &mut Ctx) {
    let gevonden: Vec<usize> = omschrijvingen(c)
        .filter(|(_, g)| woorden::SCHOLING.bevat(g) && !woorden::BEGELEIDING_BIJ_SCHOLING.bevat(g))
        .map(|(i, _)| i)
        .collect();
    for i in gevonden {
        c.meld(
            &C09,
            Ernst::Waarschuwing,
            pad_in("activiteiten", i, "omschrijving"),
            &sj(
                "Activiteit {n} lijkt zelf een scholing met diploma of certificaat; die valt buiten de re-integratiedienst en zet UWV apart in.",
                "Activity {n} looks like a scholing with a diploma or certificate itself; that is outside the re-integration service and UWV arranges it separately.",
            ),
            &[("n", Feit::Geheel(i as i64 + 1))],
        );
    }
}

/// C10: overhead billed as an activity (§3.6, §5).
pub fn c10(c: &mut Ctx) {
    let gevonden: Vec<usize> = omschrijvingen(c)
        .filter(|(_, g)| woorden::OVERHEAD.bevat(g) && !woorden::LEREN.bevat(g))
        .map(|(i, _)| i)
        .collect();
    for i in gevonden {
        c.meld(
            &C10,
            Ernst::Waarschuwing,
            pad_in("activiteiten", i, "omschrijving"),
            &sj(
                "Activiteit {n} is overhead (reizen, plannen, factureren): die zit al in het uurtarief en telt niet als Begeleidingsuur.",
                "Activity {n} is overhead (travel, planning, invoicing): the hourly rate covers it and it is not a Begeleidingsuur.",
            ),
            &[("n", Feit::Geheel(i as i64 + 1))],
        );
    }
}

/// C11: Werkbehoud has no plan, so the S rules do not apply.
pub fn c11(c: &mut Ctx) {
    if !c.is_werkbehoud() {
        return;
    }
    c.meld(
        &C11,
        Ernst::Info,
        "/dienst",
        &sj(
            "Voor Werkbehoud is geen Re-integratieplan nodig; de inhoudsregels van een plan zijn overgeslagen.",
            "Werkbehoud needs no Re-integratieplan; the content rules of a plan were skipped.",
        ),
        &[],
    );
}
