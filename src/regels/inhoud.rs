//! S — SMART and content (§4.4.1, §3). What a UWV adviser looks for when reading a plan:
//! the client's situation and own view, specific activities with a goal, a measurable
//! result and a time frame, referrals, milestones, the intended result, the signature.
//! Werkbehoud has no plan (§3.5, §4.1), so none of these apply to it (C11 says so).

use crate::berekening::geldig_u32;
use crate::bericht::{pad_in, sj, Feit};
use crate::diensten::Taalpaar;
use crate::plan::{Activiteit, Dienst, Onderdeel, Tekst, Veld};
use crate::rapport::Ernst;
use crate::regels::regel::*;
use crate::tekst::{aantal_woorden, heeft_cijfer, Gevouwen};
use crate::velden;
use crate::woorden;

/// A description of the client's situation needs at least this many words (S01–S03).
pub const MIN_WOORDEN_CLIENT: usize = 8;
/// An activity's description needs at least this many words to be specific (S04).
pub const MIN_WOORDEN_ACTIVITEIT: usize = 4;
/// Longer doorlooptijden need milestones (S10).
pub const MIJLPALEN_VANAF_MAANDEN: u32 = 3;

const LEZING_WOORDEN: crate::diensten::Taalpaar = tp(
    "Woorden tellen: reeksen letters en cijfers; 'GGZ-behandeling' is twee woorden.",
    "Counting words: runs of letters and digits; 'GGZ-behandeling' is two words.",
);

pub const S01: Regel = Regel {
    code: "S01",
    ernst: F,
    bron: "§4.4.1",
    titel: tp("De startsituatie ontbreekt of is te summier", "The starting situation is missing or too thin"),
    waarom: tp(
        "Het plan beschrijft waar de cliënt bij de start staat; daar meet UWV het resultaat later aan af.",
        "The plan describes where the client stands at the start; UWV later measures the result against it.",
    ),
    voorbeeld: tp(
        "'Mevrouw werkte 12 jaar als kok en is sinds 2023 uitgevallen met rugklachten; ze kan 4 uur per dag licht werk doen.'",
        "'She worked 12 years as a cook and has been off since 2023 with back problems; she can do 4 hours a day of light work.'",
    ),
    lezing: Some(LEZING_WOORDEN),
};

pub const S02: Regel = Regel {
    code: "S02",
    ernst: F,
    bron: "§4.4.1",
    titel: tp("De visie van de cliënt ontbreekt of is te summier", "The client's own view is missing or too thin"),
    waarom: tp(
        "Het plan bevat de eigen visie van de cliënt en zijn verwachtingen van de dienst en het resultaat.",
        "The plan contains the client's own view and expectations of the service and the result.",
    ),
    voorbeeld: tp(
        "'Ik wil weer in de keuken werken, maar niet meer achter de grill; ik verwacht dat de coach me helpt met kiezen.'",
        "'I want to work in a kitchen again, but not at the grill; I expect the coach to help me choose.'",
    ),
    lezing: Some(LEZING_WOORDEN),
};

pub const S03: Regel = Regel {
    code: "S03",
    ernst: F,
    bron: "§4.4.1, §3.8",
    titel: tp("Niet beschreven hoe het plan past bij de belastbaarheid", "Not described how the plan fits the belastbaarheid"),
    waarom: tp(
        "De activiteiten moeten passen bij de fysieke en mentale belastbaarheid en de leefsituatie van de cliënt; die is leidend voor de intensiteit.",
        "The activities must fit the client's physical and mental belastbaarheid and life situation; it leads the intensity.",
    ),
    voorbeeld: tp(
        "'Sessies van hooguit een uur, 's ochtends, met een dag rust ertussen, vanwege vermoeidheid.'",
        "'Sessions of at most an hour, in the morning, with a day of rest between them, because of fatigue.'",
    ),
    lezing: Some(LEZING_WOORDEN),
};

pub const S04: Regel = Regel {
    code: "S04",
    ernst: FW,
    bron: "§4.4.1",
    titel: tp("Een activiteit zonder (specifieke) omschrijving", "An activity without a (specific) description"),
    waarom: tp(
        "SMART begint bij specifiek: wat er gebeurt, niet alleen 'coaching' of 'gesprekken'.",
        "SMART starts with specific: what happens, not just 'coaching' or 'conversations'.",
    ),
    voorbeeld: tp(
        "'Oefengesprekken voor sollicitaties bij een werkgever in de logistiek, met video-feedback.'",
        "'Practice job interviews for an employer in logistics, with video feedback.'",
    ),
    lezing: Some(tp(
        "Te algemeen: minder dan 4 woorden, of alleen woorden als 'coaching', 'gesprekken', 'begeleiding', 'training'.",
        "Too generic: fewer than 4 words, or only words like 'coaching', 'gesprekken', 'begeleiding', 'training'.",
    )),
};

pub const S05: Regel = Regel {
    code: "S05",
    ernst: F,
    bron: "§4.4.1",
    titel: tp("Een activiteit zonder doel", "An activity without a goal"),
    waarom: tp(
        "Het plan zegt per activiteit met welk doel of effect op de cliënt die wordt ingezet.",
        "The plan says for each activity with what goal or effect on the client it is used.",
    ),
    voorbeeld: tp(
        "'Cliënt kan zijn grenzen aangeven bij een leidinggevende.'",
        "'The client can state his limits to a manager.'",
    ),
    lezing: None,
};

pub const S06: Regel = Regel {
    code: "S06",
    ernst: W,
    bron: "§4.4.1",
    titel: tp("Een activiteit zonder meetbaar resultaat", "An activity without a measurable result"),
    waarom: tp(
        "Meetbaar maakt achteraf zichtbaar of het gelukt is: een aantal, een frequentie, een datum of iets wat je kunt zien.",
        "Measurable shows afterwards whether it worked: a number, a frequency, a date or something observable.",
    ),
    voorbeeld: tp(
        "'Cliënt heeft vóór 1 juni een cv en solliciteert wekelijks op twee vacatures.'",
        "'The client has a CV before 1 June and applies to two vacancies every week.'",
    ),
    lezing: Some(tp(
        "Meetbaar: een cijfer, een telwoord, een frequentie ('wekelijks'), een maand, of een waarneembare uitkomst ('afgerond', 'ondertekend', 'cv', 'neemt deel'). 'Meer zelfvertrouwen' is dat niet.",
        "Measurable: a digit, a number word, a frequency ('wekelijks'), a month, or an observable outcome ('afgerond', 'ondertekend', 'cv', 'neemt deel'). 'More self-confidence' is not.",
    )),
};

pub const S07: Regel = Regel {
    code: "S07",
    ernst: W,
    bron: "§4.4.1",
    titel: tp("Een activiteit zonder start- of einddatum", "An activity without a start or end date"),
    waarom: tp(
        "Tijdgebonden: wanneer de activiteit begint en klaar is.",
        "Time-bound: when the activity starts and ends.",
    ),
    voorbeeld: tp(
        "\"start\": \"2025-04-14\", \"eind\": \"2025-05-30\".",
        "\"start\": \"2025-04-14\", \"eind\": \"2025-05-30\".",
    ),
    lezing: None,
};

pub const S08: Regel = Regel {
    code: "S08",
    ernst: FW,
    bron: "§3.2, Tabel II",
    titel: tp("Werkfit maken: hoofdactiviteiten ontbreken", "Werkfit maken: main activities missing"),
    waarom: tp(
        "Bij Werkfit maken hoort elke activiteit bij een van de drie hoofdactiviteiten, en wat het Werkplan vraagt, komt in het plan terug.",
        "In Werkfit maken every activity belongs to one of the three main activities, and what the Werkplan asks for returns in the plan.",
    ),
    voorbeeld: tp(
        "\"hoofdactiviteit\": \"persoonlijke-effectiviteit\" bij een assertiviteitstraining.",
        "\"hoofdactiviteit\": \"persoonlijke-effectiviteit\" for an assertiveness training.",
    ),
    lezing: None,
};

pub const S09: Regel = Regel {
    code: "S09",
    ernst: W,
    bron: "§4.4.1, §2.2",
    titel: tp("Niet vermeld of de cliënt wordt doorverwezen", "Not stated whether the client is referred elsewhere"),
    waarom: tp(
        "Het plan zegt of en hoe de cliënt naar andere instanties (zoals de gemeente) gaat; 'geen' is ook een antwoord.",
        "The plan says whether and how the client goes to other agencies (such as the municipality); 'geen' (none) is an answer too.",
    ),
    voorbeeld: tp(
        "'Aanmelding bij de schuldhulpverlening van de gemeente in week 2.' of 'geen'.",
        "'Registration with the municipality's debt assistance in week 2.' or 'geen'.",
    ),
    lezing: None,
};

pub const S10: Regel = Regel {
    code: "S10",
    ernst: W,
    bron: "§4.4.1",
    titel: tp(
        "Geen mijlpalen bij een doorlooptijd van meer dan 3 maanden",
        "No milestones with a doorlooptijd over 3 months",
    ),
    waarom: tp(
        "Tussentijdse mijlpalen maken de voortgang zichtbaar voor cliënt en UWV.",
        "Intermediate milestones make progress visible to the client and UWV.",
    ),
    voorbeeld: tp(
        "\"mijlpalen\": [{\"datum\": \"2025-06-30\", \"omschrijving\": \"Zoekrichting gekozen\"}].",
        "\"mijlpalen\": [{\"datum\": \"2025-06-30\", \"omschrijving\": \"Direction chosen\"}].",
    ),
    lezing: None,
};

pub const S11: Regel = Regel {
    code: "S11",
    ernst: W,
    bron: "§4.4.1",
    titel: tp("Vage woorden in een doel of resultaat", "Vague wording in a goal or result"),
    waarom: tp(
        "'Proberen', 'zo mogelijk' of 'werken aan' maakt niet duidelijk wat er bereikt moet zijn.",
        "'Trying', 'if possible' or 'working on' does not make clear what must be achieved.",
    ),
    voorbeeld: tp(
        "Niet 'werken aan zelfvertrouwen', wel 'voert zelf het telefoongesprek met de werkgever'.",
        "Not 'working on self-confidence', but 'makes the phone call to the employer himself'.",
    ),
    lezing: None,
};

pub const S12: Regel = Regel {
    code: "S12",
    ernst: W,
    bron: "§4.4.1",
    titel: tp("De cliënt heeft niet 'voor gezien' getekend", "The client has not signed 'voor gezien'"),
    waarom: tp(
        "De cliënt tekent het plan voor gezien; zonder die handtekening komt er geen Inkooporder.",
        "The client signs the plan 'voor gezien'; without that signature there is no Inkooporder.",
    ),
    voorbeeld: tp("\"voorGezienGetekend\": true.", "\"voorGezienGetekend\": true."),
    lezing: None,
};

pub const S13: Regel = Regel {
    code: "S13",
    ernst: W,
    bron: "§4.4.1, §3",
    titel: tp("Het beoogde resultaat ontbreekt", "The intended result is missing"),
    waarom: tp(
        "Het plan laat zien hoe het resultaat van de dienst (hoofdstuk 3) wordt bereikt; dan moet het resultaat er staan.",
        "The plan shows how the result of the service (chapter 3) will be reached; so the result must be stated.",
    ),
    voorbeeld: tp("'Cliënt is werkfit en kan bemiddeld worden naar werk als kok.'", "'The client is work-ready and can be placed as a cook.'"),
    lezing: None,
};

pub const S14: Regel = Regel {
    code: "S14",
    ernst: W,
    bron: "§3.4",
    titel: tp("Praktijkassessment zonder beide onderdelen", "Praktijkassessment without both parts"),
    waarom: tp(
        "Een Praktijkassessment bestaat uit een assessment met gesprekken of testen én observatie in een werksituatie.",
        "A Praktijkassessment consists of an assessment with conversations or tests and observation in a work situation.",
    ),
    voorbeeld: tp(
        "Eén activiteit met \"onderdeel\": \"assessment\" en één met \"onderdeel\": \"praktijkobservatie\".",
        "One activity with \"onderdeel\": \"assessment\" and one with \"onderdeel\": \"praktijkobservatie\".",
    ),
    lezing: None,
};

pub const S15: Regel = Regel {
    code: "S15",
    ernst: I,
    bron: "§3.1.1",
    titel: tp(
        "Participatie interventie: geen gesprek bij de cliënt thuis",
        "Participatie interventie: no conversation at the client's home",
    ),
    waarom: tp(
        "Voor een geïsoleerde cliënt is het wenselijk dat het eerste gesprek (of meer) bij hem thuis is.",
        "For an isolated client it is preferable that the first conversation (or more) takes place at home.",
    ),
    voorbeeld: tp("'Kennismakingsgesprek bij de cliënt thuis.'", "'Introductory conversation at the client's home.'"),
    lezing: Some(tp(
        "Gezocht wordt naar woorden als 'thuis', 'huisbezoek', 'keukentafelgesprek', 'aan huis'.",
        "We look for words like 'thuis', 'huisbezoek', 'keukentafelgesprek', 'aan huis'.",
    )),
};

pub const S16: Regel = Regel {
    code: "S16",
    ernst: W,
    bron: "§4.4.1",
    titel: tp("De afspraken (rechten en plichten) ontbreken", "The agreements (rights and duties) are missing"),
    waarom: tp(
        "De cliënt moet weten wat hij kan verwachten en wat er van hem wordt verwacht; dat houvast geeft het plan.",
        "The client must know what to expect and what is expected of them; the plan gives that hold.",
    ),
    voorbeeld: tp(
        "'Cliënt komt op de afspraken of meldt zich 24 uur vooraf af; het bureau reageert binnen 2 werkdagen.'",
        "'The client attends or cancels 24 hours ahead; the bureau responds within 2 working days.'",
    ),
    lezing: None,
};

/// Whether the S rules apply: every plan except Werkbehoud (which has none).
fn geldt(c: &Ctx) -> bool {
    !c.is_werkbehoud()
}

/// The activities, when the S rules apply to them.
fn activiteiten<'c>(c: &Ctx<'c, '_>) -> &'c [Activiteit<'c>] {
    match &c.plan.activiteiten {
        Veld::Waarde(l) if geldt(c) => l,
        _ => &[],
    }
}

fn nummer(i: usize) -> Feit<'static> {
    Feit::Geheel(i as i64 + 1)
}

/// S01–S03: a text about the client, present and long enough to say something.
fn client_tekst(c: &mut Ctx, regel: &Regel, veld: &Veld<Tekst>, pad: &str, wat: Taalpaar) {
    if !geldt(c) {
        return;
    }
    let woorden = match veld {
        Veld::Leeg => 0,
        Veld::Waarde(t) => aantal_woorden(t),
        Veld::Ongeldig => return,
    };
    if woorden >= MIN_WOORDEN_CLIENT {
        return;
    }
    let feiten = [
        ("wat", Feit::Taal(wat)),
        ("woorden", Feit::Geheel(woorden as i64)),
        ("min", Feit::Geheel(MIN_WOORDEN_CLIENT as i64)),
    ];
    if woorden == 0 {
        c.meld(regel, Ernst::Fout, pad, &sj("Beschrijf {wat}.", "Describe {wat}."), &feiten);
    } else {
        c.meld(
            regel,
            Ernst::Fout,
            pad,
            &sj(
                "Beschrijf {wat} uitgebreider: {woorden} woorden is te summier (minstens {min}).",
                "Describe {wat} in more detail: {woorden} words is too thin (at least {min}).",
            ),
            &feiten,
        );
    }
}

/// S01: the starting situation.
pub fn s01(c: &mut Ctx) {
    let veld = &c.plan.client.startsituatie;
    client_tekst(
        c,
        &S01,
        veld,
        "/client/startsituatie",
        tp("de startsituatie van de cliënt", "the client's starting situation"),
    );
}

/// S02: the client's own view.
pub fn s02(c: &mut Ctx) {
    let veld = &c.plan.client.visie;
    client_tekst(
        c,
        &S02,
        veld,
        "/client/visie",
        tp("de visie van de cliënt zelf en zijn verwachtingen", "the client's own view and expectations"),
    );
}

/// S03: the fit with belastbaarheid and life situation.
pub fn s03(c: &mut Ctx) {
    let veld = &c.plan.client.belastbaarheid;
    client_tekst(
        c,
        &S03,
        veld,
        "/client/belastbaarheid",
        tp(
            "hoe het plan past bij de belastbaarheid en leefsituatie van de cliënt",
            "how the plan fits the client's belastbaarheid and life situation",
        ),
    );
}

/// S04: each activity described specifically.
pub fn s04(c: &mut Ctx) {
    for (i, a) in activiteiten(c).iter().enumerate() {
        let pad = pad_in("activiteiten", i, "omschrijving");
        match &a.omschrijving {
            Veld::Leeg => c.meld(
                &S04,
                Ernst::Fout,
                pad,
                &sj("Activiteit {n} heeft geen omschrijving.", "Activity {n} has no description."),
                &[("n", nummer(i))],
            ),
            Veld::Waarde(_) if te_algemeen(c.teksten.get(i).and_then(|t| t.omschrijving.as_ref())) => c.meld(
                &S04,
                Ernst::Waarschuwing,
                pad,
                &sj(
                    "Activiteit {n} is te algemeen omschreven; zeg wat er concreet gebeurt, waarover en met wie.",
                    "Activity {n} is described too generally; say what concretely happens, about what and with whom.",
                ),
                &[("n", nummer(i))],
            ),
            _ => {}
        }
    }
}

/// Fewer than 4 words, or only generic ones ("coaching en gesprekken").
fn te_algemeen(g: Option<&Gevouwen>) -> bool {
    g.is_some_and(|g| g.aantal_woorden() < MIN_WOORDEN_ACTIVITEIT || woorden::ALGEMEEN.alleen(g))
}

/// S05: each activity has a goal.
pub fn s05(c: &mut Ctx) {
    for (i, a) in activiteiten(c).iter().enumerate() {
        if a.doel.is_leeg() {
            c.meld(
                &S05,
                Ernst::Fout,
                pad_in("activiteiten", i, "doel"),
                &sj(
                    "Activiteit {n}: vul het doel in, het effect dat de activiteit op de cliënt moet hebben.",
                    "Activity {n}: fill in the goal, the effect the activity should have on the client.",
                ),
                &[("n", nummer(i))],
            );
        }
    }
}

/// S06: each activity has a measurable result.
pub fn s06(c: &mut Ctx) {
    for (i, a) in activiteiten(c).iter().enumerate() {
        let sjabloon = match &a.resultaat {
            Veld::Leeg => sj(
                "Activiteit {n} heeft geen resultaat; beschrijf wat er meetbaar bereikt is.",
                "Activity {n} has no result; describe what is achieved, measurably.",
            ),
            Veld::Waarde(t) if !heeft_cijfer(t) && !c.teksten.get(i).and_then(|g| g.resultaat.as_ref()).is_some_and(|g| woorden::MEETBAAR.bevat(g)) => sj(
                "Het resultaat van activiteit {n} is niet meetbaar: noem een aantal, frequentie, datum of iets wat zichtbaar is.",
                "The result of activity {n} is not measurable: give a number, frequency, date or something observable.",
            ),
            _ => continue,
        };
        c.meld(&S06, Ernst::Waarschuwing, pad_in("activiteiten", i, "resultaat"), &sjabloon, &[("n", nummer(i))]);
    }
}

/// S07: each activity has a start and an end.
pub fn s07(c: &mut Ctx) {
    for (i, a) in activiteiten(c).iter().enumerate() {
        let (veld, sjabloon) = match (a.start.is_leeg(), a.eind.is_leeg()) {
            (false, false) => continue,
            (true, true) => (
                "start",
                sj("Activiteit {n} heeft geen start- en einddatum.", "Activity {n} has no start and end date."),
            ),
            (true, false) => ("start", sj("Activiteit {n} heeft geen startdatum.", "Activity {n} has no start date.")),
            (false, true) => ("eind", sj("Activiteit {n} heeft geen einddatum.", "Activity {n} has no end date.")),
        };
        c.meld(&S07, Ernst::Waarschuwing, pad_in("activiteiten", i, veld), &sjabloon, &[("n", nummer(i))]);
    }
}

/// S08: Werkfit maken, activities under a main activity, and the Werkplan's main
/// activities covered.
pub fn s08(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::WerkfitMaken) {
        return;
    }
    let lijst = activiteiten(c);
    for (i, a) in lijst.iter().enumerate() {
        if a.hoofdactiviteit.is_leeg() {
            c.meld(
                &S08,
                Ernst::Fout,
                pad_in("activiteiten", i, "hoofdactiviteit"),
                &sj(
                    "Activiteit {n}: kies de hoofdactiviteit van Werkfit maken waar hij bij hoort.",
                    "Activity {n}: choose the Werkfit maken main activity it belongs to.",
                ),
                &[("n", nummer(i))],
            );
        }
    }
    let Veld::Waarde(gevraagd) = &c.plan.werkplan.hoofdactiviteiten else { return };
    if matches!(c.plan.activiteiten, Veld::Ongeldig) {
        return;
    }
    for (j, h) in gevraagd.iter().enumerate() {
        let Some(&h) = h.waarde() else { continue };
        if lijst.iter().any(|a| a.hoofdactiviteit.kopie() == Some(h)) {
            continue;
        }
        c.meld(
            &S08,
            Ernst::Waarschuwing,
            pad_in("werkplan/hoofdactiviteiten", j, ""),
            &sj(
                "Het Werkplan vraagt om ‘{naam}’ ({code}), maar geen activiteit hoort daarbij.",
                "The Werkplan asks for ‘{naam}’ ({code}), but no activity belongs to it.",
            ),
            &[("naam", Feit::Taal(h.naam())), ("code", Feit::Tekst(h.code()))],
        );
    }
}

/// S09: referrals stated, or "geen".
pub fn s09(c: &mut Ctx) {
    if geldt(c) && c.plan.verwijzingen.is_leeg() {
        c.meld(
            &S09,
            Ernst::Waarschuwing,
            "/verwijzingen",
            &sj(
                "Vermeld of en hoe de cliënt naar andere instanties wordt verwezen, of schrijf 'geen'.",
                "State whether and how the client is referred to other agencies, or write 'geen'.",
            ),
            &[],
        );
    }
}

/// S10: milestones when the doorlooptijd is longer than 3 months.
pub fn s10(c: &mut Ctx) {
    if !geldt(c) {
        return;
    }
    let Some(maanden) = geldig_u32(&c.plan.doorlooptijd_maanden, velden::MAANDEN) else { return };
    let geen = match &c.plan.mijlpalen {
        Veld::Leeg => true,
        Veld::Waarde(l) => l.is_empty(),
        Veld::Ongeldig => false,
    };
    if maanden > MIJLPALEN_VANAF_MAANDEN && geen {
        c.meld(
            &S10,
            Ernst::Waarschuwing,
            "/mijlpalen",
            &sj(
                "Bij een doorlooptijd van {maanden} maanden horen tussentijdse mijlpalen; voeg er ten minste één toe.",
                "A doorlooptijd of {maanden} months needs intermediate milestones; add at least one.",
            ),
            &[("maanden", Feit::Geheel(maanden.into()))],
        );
    }
}

/// S11: vague wording in goals and results.
pub fn s11(c: &mut Ctx) {
    if !geldt(c) {
        return;
    }
    let mut gevonden = Vec::new();
    for (i, t) in c.teksten.iter().enumerate() {
        for (veld, g, wat) in [
            ("doel", &t.doel, tp("het doel", "the goal")),
            ("resultaat", &t.resultaat, tp("het resultaat", "the result")),
        ] {
            if let Some(woord) = g.as_ref().and_then(|g| woorden::VAAG.vind(g)) {
                gevonden.push((i, veld, woord, wat));
            }
        }
    }
    for (i, veld, woord, wat) in gevonden {
        c.meld(
            &S11,
            Ernst::Waarschuwing,
            pad_in("activiteiten", i, veld),
            &sj(
                "Activiteit {n}: ‘{woord}’ maakt {wat} vaag; zeg wat er bereikt is.",
                "Activity {n}: ‘{woord}’ makes {wat} vague; say what will be achieved.",
            ),
            &[("n", nummer(i)), ("woord", Feit::Tekst(woord)), ("wat", Feit::Taal(wat))],
        );
    }
}

/// S12: signed "voor gezien" by the client.
pub fn s12(c: &mut Ctx) {
    if geldt(c) && matches!(c.plan.client.voor_gezien_getekend, Veld::Leeg | Veld::Waarde(false)) {
        c.meld(
            &S12,
            Ernst::Waarschuwing,
            "/client/voorGezienGetekend",
            &sj(
                "De cliënt heeft het plan nog niet voor gezien getekend.",
                "The client has not yet signed the plan 'voor gezien'.",
            ),
            &[],
        );
    }
}

/// S13: the intended result.
pub fn s13(c: &mut Ctx) {
    if geldt(c) && c.plan.beoogd_resultaat.is_leeg() {
        c.meld(
            &S13,
            Ernst::Waarschuwing,
            "/beoogdResultaat",
            &sj("Beschrijf het beoogde resultaat van de dienst.", "Describe the intended result of the service."),
            &[],
        );
    }
}

/// S14: Praktijkassessment with both an assessment and a practical observation.
pub fn s14(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::Praktijkassessment) || matches!(c.plan.activiteiten, Veld::Ongeldig) {
        return;
    }
    let lijst = activiteiten(c);
    let heeft = |o: Onderdeel| lijst.iter().any(|a| a.onderdeel.kopie() == Some(o));
    let ontbreekt = match (heeft(Onderdeel::Assessment), heeft(Onderdeel::Praktijkobservatie)) {
        (true, true) => return,
        (false, false) => tp(
            "een assessment (gesprekken, testen) en een observatie in een werksituatie",
            "an assessment (conversations, tests) and an observation in a work situation",
        ),
        (true, false) => tp(
            "een observatie in een werksituatie (onderdeel ‘praktijkobservatie’)",
            "an observation in a work situation (onderdeel ‘praktijkobservatie’)",
        ),
        (false, true) => tp(
            "een assessment met gesprekken of testen (onderdeel ‘assessment’)",
            "an assessment with conversations or tests (onderdeel ‘assessment’)",
        ),
    };
    c.meld(
        &S14,
        Ernst::Waarschuwing,
        "/activiteiten",
        &sj(
            "Een Praktijkassessment heeft twee onderdelen; hier ontbreekt {wat}.",
            "A Praktijkassessment has two parts; missing here: {wat}.",
        ),
        &[("wat", Feit::Taal(ontbreekt))],
    );
}

/// S15: Participatie interventie, a conversation at the client's home.
pub fn s15(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::ParticipatieInterventie) {
        return;
    }
    let lijst = activiteiten(c);
    if lijst.is_empty() || c.teksten.iter().any(|t| t.omschrijving.as_ref().is_some_and(|g| woorden::THUIS.bevat(g))) {
        return;
    }
    c.meld(
        &S15,
        Ernst::Info,
        "/activiteiten",
        &sj(
            "Geen activiteit vindt bij de cliënt thuis plaats; voor het eerste gesprek heeft dat de voorkeur.",
            "No activity takes place at the client's home; that is preferred for the first conversation.",
        ),
        &[],
    );
}

/// S16: what client and bureau each commit to.
pub fn s16(c: &mut Ctx) {
    if geldt(c) && c.plan.afspraken.is_leeg() {
        c.meld(
            &S16,
            Ernst::Waarschuwing,
            "/afspraken",
            &sj(
                "Leg de afspraken vast: wat de cliënt mag verwachten en wat er van hem wordt verwacht.",
                "Record the agreements: what the client may expect and what is expected of them.",
            ),
            &[],
        );
    }
}
