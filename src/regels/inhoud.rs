//! S — SMART and content (§4.4.1, §3). What a UWV adviser looks for when reading a plan:
//! the client's situation and own view, specific activities with a goal, a measurable
//! result and a time frame, referrals, milestones, the intended result, the signature.
//! Werkbehoud has no plan (§3.5, §4.1), so none of these apply to it (C11 says so).

use super::zinnen::{self, aantal_woorden, beoordeel, Gevouwen};
use super::{nummer, pad_in, Ctx};
use crate::basis::bevinding::{sj, Ernst, Feit, Naam, Regel, F, FW, I, W};
use crate::basis::taal::{tp, ul, Taalpaar};
use crate::plan::{Activiteit, Dienst, Keuze, Onderdeel, Tekst, Veld};

/// A description of the client's situation needs at least this many words (S01–S03).
pub const MIN_WOORDEN_CLIENT: usize = 8;
/// An activity's description needs at least this many words to be specific (S04).
pub const MIN_WOORDEN_ACTIVITEIT: usize = 4;
/// Longer doorlooptijden need milestones (S10).
pub const MIJLPALEN_VANAF_MAANDEN: u32 = 3;

const LEZING_WOORDEN: Taalpaar = tp(
    "Woorden tellen: reeksen letters en cijfers; 'GGZ-behandeling' is twee woorden.",
    "Counting words: runs of letters and digits; 'GGZ-behandeling' is two words.",
);

/// Whether the S rules apply: every plan except Werkbehoud (which has none).
fn geldt(c: &Ctx) -> bool {
    !c.is_werkbehoud()
}

/// The activities, when the S rules apply to them.
fn activiteiten<'c, 'a>(c: &Ctx<'c, 'a>) -> &'c [Activiteit<'a>] {
    if geldt(c) {
        c.activiteiten()
    } else {
        &[]
    }
}

/// S01–S03: a text about the client, present and long enough to say something.
fn client_tekst(c: &mut Ctx, regel: &'static Regel, veld: &Veld<Tekst>, pad: &str) {
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
    let (sleutel, feiten) = if woorden == 0 {
        ("leeg", vec![])
    } else {
        ("kort", vec![("aantal", Feit::Geheel(woorden as i64)), ("minimum", Feit::Geheel(MIN_WOORDEN_CLIENT as i64))])
    };
    c.meld(regel, Ernst::Fout, pad, sleutel, feiten);
}

pub static S01: Regel = Regel {
    code: "S01",
    ernst: F,
    bron: "§4.4.1",
    titel: ul("De startsituatie ontbreekt of is te summier", "The starting situation is missing or too thin"),
    waarom: ul(
        "Het plan beschrijft waar de cliënt bij de start staat; daar meet UWV het resultaat later aan af.",
        "The plan describes where the client stands at the start; UWV later measures the result against it.",
    ),
    voorbeeld: ul(
        "'Mevrouw werkte 12 jaar als kok en is sinds 2023 uitgevallen met rugklachten; ze kan 4 uur per dag licht werk doen.'",
        "'She worked 12 years as a cook and has been off since 2023 with back problems; she can do 4 hours a day of light work.'",
    ),
    lezing: Some(LEZING_WOORDEN),
    feiten: &["aantal", "minimum"],
    berichten: &[
        sj(
            "leeg",
            "Beschrijf waar de cliënt nu staat: werk, gezondheid, wat lukt en wat niet.",
            "Describe where the client stands now: work, health, what works and what does not.",
        ),
        sj(
            "kort",
            "Beschrijf de startsituatie uitgebreider: {aantal|woord|woorden} is te summier (minstens {minimum}).",
            "Describe the starting situation in more detail: {aantal|word|words} is too thin (at least {minimum}).",
        ),
    ],
};

/// S01: the starting situation.
pub fn s01(c: &mut Ctx) {
    let veld = &c.plan.client.startsituatie;
    client_tekst(c, &S01, veld, "/client/startsituatie");
}

pub static S02: Regel = Regel {
    code: "S02",
    ernst: F,
    bron: "§4.4.1",
    titel: ul("De visie van de cliënt ontbreekt of is te summier", "The client's own view is missing or too thin"),
    waarom: ul(
        "Het plan bevat de eigen visie van de cliënt en zijn verwachtingen van de dienst en het resultaat.",
        "The plan contains the client's own view and expectations of the service and the result.",
    ),
    voorbeeld: ul(
        "'Ik wil weer in de keuken werken, maar niet meer achter de grill; ik verwacht dat de coach me helpt met kiezen.'",
        "'I want to work in a kitchen again, but not at the grill; I expect the coach to help me choose.'",
    ),
    lezing: Some(LEZING_WOORDEN),
    feiten: &["aantal", "minimum"],
    berichten: &[
        sj(
            "leeg",
            "Beschrijf in de woorden van de cliënt wat hij wil en wat hij van de dienst verwacht.",
            "Describe in the client’s words what they want and what they expect of the service.",
        ),
        sj(
            "kort",
            "Beschrijf de visie van de cliënt uitgebreider: {aantal|woord|woorden} is te summier (minstens {minimum}).",
            "Describe the client’s own view in more detail: {aantal|word|words} is too thin (at least {minimum}).",
        ),
    ],
};

/// S02: the client's own view.
pub fn s02(c: &mut Ctx) {
    let veld = &c.plan.client.visie;
    client_tekst(c, &S02, veld, "/client/visie");
}

pub static S03: Regel = Regel {
    code: "S03",
    ernst: F,
    bron: "§4.4.1, §3.8",
    titel: ul("Niet beschreven hoe het plan past bij de belastbaarheid", "Not described how the plan fits the belastbaarheid"),
    waarom: ul(
        "De activiteiten moeten passen bij de fysieke en mentale belastbaarheid en de leefsituatie van de cliënt; die is leidend voor de intensiteit.",
        "The activities must fit the client's physical and mental belastbaarheid and life situation; it leads the intensity.",
    ),
    voorbeeld: ul(
        "'Sessies van hooguit een uur, 's ochtends, met een dag rust ertussen, vanwege vermoeidheid.'",
        "'Sessions of at most an hour, in the morning, with a day of rest between them, because of fatigue.'",
    ),
    lezing: Some(LEZING_WOORDEN),
    feiten: &["aantal", "minimum"],
    berichten: &[
        sj(
            "leeg",
            "Beschrijf hoe het plan rekening houdt met wat de cliënt lichamelijk en psychisch aankan, en met zijn leefsituatie.",
            "Describe how the plan takes into account what the client can handle physically and mentally, and their life situation.",
        ),
        sj(
            "kort",
            "Beschrijf hoe het plan past bij de belastbaarheid uitgebreider: {aantal|woord|woorden} is te summier (minstens {minimum}).",
            "Describe how the plan fits the client’s capacity in more detail: {aantal|word|words} is too thin (at least {minimum}).",
        ),
    ],
};

/// S03: the fit with belastbaarheid and life situation.
pub fn s03(c: &mut Ctx) {
    let veld = &c.plan.client.belastbaarheid;
    client_tekst(c, &S03, veld, "/client/belastbaarheid");
}

pub static S04: Regel = Regel {
    code: "S04",
    ernst: FW,
    bron: "§4.4.1",
    titel: ul("Een activiteit zonder (specifieke) omschrijving", "An activity without a (specific) description"),
    waarom: ul(
        "SMART begint bij specifiek: wat er gebeurt, niet alleen 'coaching' of 'gesprekken'.",
        "SMART starts with specific: what happens, not just 'coaching' or 'conversations'.",
    ),
    voorbeeld: ul(
        "'Oefengesprekken voor sollicitaties bij een werkgever in de logistiek, met video-feedback.'",
        "'Practice job interviews for an employer in logistics, with video feedback.'",
    ),
    lezing: Some(ul(
        "Te algemeen: minder dan 4 woorden, of alleen woorden als 'coaching', 'gesprekken', 'begeleiding', 'training'.",
        "Too generic: fewer than 4 words, or only words like 'coaching', 'gesprekken', 'begeleiding', 'training'.",
    )),
    feiten: &["activiteit", "aantal", "gevonden"],
    berichten: &[
        sj("leeg", "Beschrijf wat er in deze activiteit gebeurt.", "Describe what happens in this activity."),
        sj(
            "algemeen",
            "Deze omschrijving is te algemeen: zeg concreet wat er gebeurt, waarover en met wie.",
            "This description is too general: say specifically what happens, about what and with whom.",
        ),
    ],
};

/// S04: each activity described specifically.
pub fn s04(c: &mut Ctx) {
    let mut uit = Vec::new();
    for (i, a) in activiteiten(c).iter().enumerate() {
        match &a.omschrijving {
            Veld::Leeg => uit.push((i, Ernst::Fout, "leeg", vec![("activiteit", nummer(i))])),
            Veld::Waarde(t) => {
                let Some(g) = c.teksten.get(i).and_then(|t| t.omschrijving.as_ref()) else { continue };
                if te_algemeen(c, g) {
                    let feiten = vec![
                        ("activiteit", nummer(i)),
                        ("aantal", Feit::Geheel(g.aantal_woorden() as i64)),
                        ("gevonden", Feit::Woorden(vec![t.trim().chars().take(80).collect()])),
                    ];
                    uit.push((i, Ernst::Waarschuwing, "algemeen", feiten));
                }
            }
            Veld::Ongeldig => {}
        }
    }
    for (i, ernst, sleutel, feiten) in uit {
        c.meld(&S04, ernst, pad_in("activiteiten", i, "omschrijving"), sleutel, feiten);
    }
}

/// Fewer than 4 words, or only generic ones ("coaching en gesprekken").
fn te_algemeen(c: &Ctx, g: &Gevouwen) -> bool {
    g.aantal_woorden() < MIN_WOORDEN_ACTIVITEIT || zinnen::alleen(c.overzicht.woorden.algemeen, g)
}

pub static S05: Regel = Regel {
    code: "S05",
    ernst: F,
    bron: "§4.4.1",
    titel: ul("Een activiteit zonder doel", "An activity without a goal"),
    waarom: ul(
        "Het plan zegt per activiteit met welk doel of effect op de cliënt die wordt ingezet.",
        "The plan says for each activity with what goal or effect on the client it is used.",
    ),
    voorbeeld: ul(
        "'Cliënt kan zijn grenzen aangeven bij een leidinggevende.'",
        "'The client can state his limits to a manager.'",
    ),
    lezing: None,
    feiten: &["activiteit"],
    berichten: &[sj(
        "leeg",
        "Vul het doel in: het effect dat deze activiteit op de cliënt moet hebben.",
        "Fill in the goal: the effect this activity should have on the client.",
    )],
};

/// S05: each activity has a goal.
pub fn s05(c: &mut Ctx) {
    let leeg: Vec<usize> =
        activiteiten(c).iter().enumerate().filter(|(_, a)| a.doel.is_leeg()).map(|(i, _)| i).collect();
    for i in leeg {
        c.meld(&S05, Ernst::Fout, pad_in("activiteiten", i, "doel"), "leeg", vec![("activiteit", nummer(i))]);
    }
}

pub static S06: Regel = Regel {
    code: "S06",
    ernst: W,
    bron: "§4.4.1",
    titel: ul("Een activiteit zonder meetbaar resultaat", "An activity without a measurable result"),
    waarom: ul(
        "Meetbaar maakt achteraf zichtbaar of het gelukt is: een aantal, een frequentie, een datum of iets wat je kunt zien.",
        "Measurable shows afterwards whether it worked: a number, a frequency, a date or something observable.",
    ),
    voorbeeld: ul(
        "'Cliënt heeft vóór 1 juni een cv en solliciteert wekelijks op twee vacatures.'",
        "'The client has a CV before 1 June and applies to two vacancies every week.'",
    ),
    lezing: Some(ul(
        "Meetbaar: een cijfer, een telwoord, een frequentie ('wekelijks'), een maand, of een waarneembare uitkomst ('afgerond', 'ondertekend', 'cv', 'neemt deel'). 'Meer zelfvertrouwen' is dat niet.",
        "Measurable: a digit, a number word, a frequency ('wekelijks'), a month, or an observable outcome ('afgerond', 'ondertekend', 'cv', 'neemt deel'). 'More self-confidence' is not.",
    )),
    feiten: &["activiteit", "gevonden"],
    berichten: &[
        sj(
            "leeg",
            "Vul het resultaat in: wat er aan het eind meetbaar bereikt is.",
            "Fill in the result: what is measurably achieved at the end.",
        ),
        sj(
            "niet-meetbaar",
            "Dit resultaat is niet meetbaar: noem een aantal, een frequentie, een datum of iets wat zichtbaar gebeurt.",
            "This result is not measurable: give a number, a frequency, a date or something that visibly happens.",
        ),
    ],
};

/// S06: each activity has a measurable result: a number, quantity, frequency or date, or an
/// observable outcome; a feeling or insight is not, however it is dated (SPEC v2).
pub fn s06(c: &mut Ctx) {
    let mut uit = Vec::new();
    for (i, a) in activiteiten(c).iter().enumerate() {
        match &a.resultaat {
            Veld::Leeg => uit.push((i, "leeg", None)),
            Veld::Waarde(t) => {
                let Some(g) = c.teksten.get(i).and_then(|g| g.resultaat.as_ref()) else { continue };
                if let Some(woorden) = niet_meetbaar(c, t, g) {
                    uit.push((i, "niet-meetbaar", Some(woorden)));
                }
            }
            Veld::Ongeldig => {}
        }
    }
    for (i, sleutel, woorden) in uit {
        let mut feiten = vec![("activiteit", nummer(i))];
        feiten.extend(woorden.map(|w| ("gevonden", Feit::Woorden(vec![w]))));
        c.meld(&S06, Ernst::Waarschuwing, pad_in("activiteiten", i, "resultaat"), sleutel, feiten);
    }
}

/// Why a result is not measurable, in its own words (the feeling it names, or all of it);
/// `None` when it is.
fn niet_meetbaar(c: &Ctx, tekst: &str, g: &Gevouwen) -> Option<String> {
    let w = c.overzicht.woorden;
    if beoordeel(&w.waarneembaar, g).is_some() {
        return None;
    }
    // A number counts, unless it only dates a feeling ("na 3 maanden meer zelfvertrouwen").
    match zinnen::vind(w.gevoel, g) {
        Some(_) if zinnen::getal_buiten(w.meetbaar, w.termijn, g) => None,
        Some(woorden) => Some(woorden.to_string()),
        // A number that only dates it ("na 3 maanden heeft hij een beeld") does not measure it.
        None if zinnen::getal_buiten(w.meetbaar, w.termijn, g) => None,
        None => Some(tekst.trim().chars().take(80).collect()),
    }
}

pub static S07: Regel = Regel {
    code: "S07",
    ernst: W,
    bron: "§4.4.1",
    titel: ul("Een activiteit zonder start- of einddatum", "An activity without a start or end date"),
    waarom: ul(
        "Tijdgebonden: wanneer de activiteit begint en klaar is.",
        "Time-bound: when the activity starts and ends.",
    ),
    voorbeeld: ul(
        "\"start\": \"2025-04-14\", \"eind\": \"2025-05-30\".",
        "\"start\": \"2025-04-14\", \"eind\": \"2025-05-30\".",
    ),
    lezing: None,
    feiten: &["activiteit"],
    berichten: &[
        sj(
            "beide",
            "Vul de start- en einddatum van deze activiteit in.",
            "Fill in the start and end date of this activity.",
        ),
        sj("start", "Vul de startdatum van deze activiteit in.", "Fill in the start date of this activity."),
        sj("eind", "Vul de einddatum van deze activiteit in.", "Fill in the end date of this activity."),
    ],
};

/// S07: each activity has a start and an end.
pub fn s07(c: &mut Ctx) {
    let mut uit = Vec::new();
    for (i, a) in activiteiten(c).iter().enumerate() {
        let (veld, sleutel) = match (a.start.is_leeg(), a.eind.is_leeg()) {
            (false, false) => continue,
            (true, true) => ("start", "beide"),
            (true, false) => ("start", "start"),
            (false, true) => ("eind", "eind"),
        };
        uit.push((i, veld, sleutel));
    }
    for (i, veld, sleutel) in uit {
        c.meld(&S07, Ernst::Waarschuwing, pad_in("activiteiten", i, veld), sleutel, vec![("activiteit", nummer(i))]);
    }
}

pub static S08: Regel = Regel {
    code: "S08",
    ernst: FW,
    bron: "§3.2, Tabel II",
    titel: ul("Werkfit maken: hoofdactiviteiten ontbreken", "Werkfit maken: main activities missing"),
    waarom: ul(
        "Bij Werkfit maken hoort elke activiteit bij een van de drie hoofdactiviteiten, en wat het Werkplan vraagt, komt in het plan terug.",
        "In Werkfit maken every activity belongs to one of the three main activities, and what the Werkplan asks for returns in the plan.",
    ),
    voorbeeld: ul(
        "\"hoofdactiviteit\": \"persoonlijke-effectiviteit\" bij een assertiviteitstraining.",
        "\"hoofdactiviteit\": \"persoonlijke-effectiviteit\" for an assertiveness training.",
    ),
    lezing: None,
    feiten: &["activiteit", "hoofdactiviteit"],
    berichten: &[
        sj(
            "geen-hoofdactiviteit",
            "Kies de hoofdactiviteit van Werkfit maken waar deze activiteit bij hoort.",
            "Choose the Werkfit maken main activity this activity belongs to.",
        ),
        sj(
            "niet-gedekt",
            "Het Werkplan vraagt om ‘{hoofdactiviteit}’, maar geen activiteit hoort daarbij; voeg er een toe of onderbouw waarom niet.",
            "The Werkplan asks for ‘{hoofdactiviteit}’, but no activity belongs to it; add one or justify why not.",
        ),
    ],
};

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
                "geen-hoofdactiviteit",
                vec![("activiteit", nummer(i))],
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
            "niet-gedekt",
            vec![("hoofdactiviteit", Feit::Naam(Naam { code: h.code(), naam: h.naam() }))],
        );
    }
}

pub static S09: Regel = Regel {
    code: "S09",
    ernst: W,
    bron: "§4.4.1, §2.2",
    titel: ul("Niet vermeld of de cliënt wordt doorverwezen", "Not stated whether the client is referred elsewhere"),
    waarom: ul(
        "Het plan zegt of en hoe de cliënt naar andere instanties (zoals de gemeente) gaat; 'geen' is ook een antwoord.",
        "The plan says whether and how the client goes to other agencies (such as the municipality); 'geen' (none) is an answer too.",
    ),
    voorbeeld: ul(
        "'Aanmelding bij de schuldhulpverlening van de gemeente in week 2.' of 'geen'.",
        "'Registration with the municipality's debt assistance in week 2.' or 'geen'.",
    ),
    lezing: None,
    feiten: &[],
    berichten: &[
        sj(
            "leeg",
            "Vermeld of en hoe de cliënt naar andere instanties wordt verwezen, of schrijf ‘geen’.",
            "State whether and how the client is referred to other agencies, or write ‘geen’ (none).",
        ),
    ],
};

/// S09: referrals stated, or "geen".
pub fn s09(c: &mut Ctx) {
    if geldt(c) && c.plan.verwijzingen.is_leeg() {
        c.meld(&S09, Ernst::Waarschuwing, "/verwijzingen", "leeg", vec![]);
    }
}

pub static S10: Regel = Regel {
    code: "S10",
    ernst: W,
    bron: "§4.4.1",
    titel: ul(
        "Geen mijlpalen bij een doorlooptijd van meer dan 3 maanden",
        "No milestones with a doorlooptijd over 3 months",
    ),
    waarom: ul(
        "Tussentijdse mijlpalen maken de voortgang zichtbaar voor cliënt en UWV.",
        "Intermediate milestones make progress visible to the client and UWV.",
    ),
    voorbeeld: ul(
        "\"mijlpalen\": [{\"datum\": \"2025-06-30\", \"omschrijving\": \"Zoekrichting gekozen\"}].",
        "\"mijlpalen\": [{\"datum\": \"2025-06-30\", \"omschrijving\": \"Direction chosen\"}].",
    ),
    lezing: None,
    feiten: &["maanden"],
    berichten: &[sj(
        "geen-mijlpalen",
        "Bij een doorlooptijd van {maanden} maanden horen tussentijdse mijlpalen; voeg er ten minste één toe.",
        "A duration of {maanden} months needs intermediate milestones; add at least one.",
    )],
};

/// S10: milestones when the doorlooptijd is longer than a few months.
pub fn s10(c: &mut Ctx) {
    if !geldt(c) {
        return;
    }
    let Some(maanden) = c.plan.doorlooptijd_maanden.geheel() else { return };
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
            "geen-mijlpalen",
            vec![("maanden", Feit::Geheel(maanden.into()))],
        );
    }
}

pub static S11: Regel = Regel {
    code: "S11",
    ernst: W,
    bron: "§4.4.1",
    titel: ul("Vage woorden in een doel of resultaat", "Vague wording in a goal or result"),
    waarom: ul(
        "'Proberen', 'zo mogelijk' of 'werken aan' maakt niet duidelijk wat er bereikt moet zijn.",
        "'Trying', 'if possible' or 'working on' does not make clear what must be achieved.",
    ),
    voorbeeld: ul(
        "Niet 'werken aan zelfvertrouwen', wel 'voert zelf het telefoongesprek met de werkgever'.",
        "Not 'working on self-confidence', but 'makes the phone call to the employer himself'.",
    ),
    lezing: None,
    feiten: &["activiteit", "gevonden"],
    berichten: &[
        sj(
            "doel",
            "{gevonden} maakt dit doel vaag; zeg wat de cliënt bereikt, en wanneer.",
            "{gevonden} makes this goal vague; say what the client achieves, and when.",
        ),
        sj(
            "resultaat",
            "{gevonden} maakt dit resultaat vaag; zeg wat er bereikt is, zodat het na afloop te controleren is.",
            "{gevonden} makes this result vague; say what is achieved, so that it can be checked afterwards.",
        ),
    ],
};

/// S11: vague wording in goals and results (SPEC v2: not literal work, not a concrete
/// arrangement such as "eventuele klachten meldt hij binnen 1 dag").
pub fn s11(c: &mut Ctx) {
    if !geldt(c) {
        return;
    }
    let vaag = &c.overzicht.woorden.vaag;
    let mut gevonden = Vec::new();
    for (i, t) in c.teksten.iter().enumerate() {
        for (veld, g) in [("doel", &t.doel), ("resultaat", &t.resultaat)] {
            if let Some(v) = g.as_ref().and_then(|g| beoordeel(vaag, g)) {
                gevonden.push((i, veld, v.woorden.to_string()));
            }
        }
    }
    for (i, veld, woorden) in gevonden {
        c.meld(
            &S11,
            Ernst::Waarschuwing,
            pad_in("activiteiten", i, veld),
            veld,
            vec![("activiteit", nummer(i)), ("gevonden", Feit::Woorden(vec![woorden]))],
        );
    }
}

pub static S12: Regel = Regel {
    code: "S12",
    ernst: W,
    bron: "§4.4.1",
    titel: ul("De cliënt heeft niet 'voor gezien' getekend", "The client has not signed 'voor gezien'"),
    waarom: ul(
        "De cliënt tekent het plan voor gezien; zonder die handtekening komt er geen Inkooporder.",
        "The client signs the plan 'voor gezien'; without that signature there is no Inkooporder.",
    ),
    voorbeeld: ul("\"voorGezienGetekend\": true.", "\"voorGezienGetekend\": true."),
    lezing: None,
    feiten: &[],
    berichten: &[sj(
        "niet-getekend",
        "De cliënt heeft het plan nog niet voor gezien getekend; vink het aan zodra dat gebeurd is.",
        "The client has not yet signed the plan ‘voor gezien’; tick it once that is done.",
    )],
};

/// S12: signed "voor gezien" by the client.
pub fn s12(c: &mut Ctx) {
    if geldt(c) && matches!(c.plan.client.voor_gezien_getekend, Veld::Leeg | Veld::Waarde(false)) {
        c.meld(&S12, Ernst::Waarschuwing, "/client/voorGezienGetekend", "niet-getekend", vec![]);
    }
}

pub static S13: Regel = Regel {
    code: "S13",
    ernst: W,
    bron: "§4.4.1, §3",
    titel: ul("Het beoogde resultaat ontbreekt", "The intended result is missing"),
    waarom: ul(
        "Het plan laat zien hoe het resultaat van de dienst (hoofdstuk 3) wordt bereikt; dan moet het resultaat er staan.",
        "The plan shows how the result of the service (chapter 3) will be reached; so the result must be stated.",
    ),
    voorbeeld: ul("'Cliënt is werkfit en kan bemiddeld worden naar werk als kok.'", "'The client is work-ready and can be placed as a cook.'"),
    lezing: None,
    feiten: &[],
    berichten: &[
        sj(
            "leeg",
            "Beschrijf het beoogde resultaat van de dienst.",
            "Describe the intended result of the service.",
        ),
    ],
};

/// S13: the intended result.
pub fn s13(c: &mut Ctx) {
    if geldt(c) && c.plan.beoogd_resultaat.is_leeg() {
        c.meld(&S13, Ernst::Waarschuwing, "/beoogdResultaat", "leeg", vec![]);
    }
}

pub static S14: Regel = Regel {
    code: "S14",
    ernst: W,
    bron: "§3.4",
    titel: ul("Praktijkassessment zonder beide onderdelen", "Praktijkassessment without both parts"),
    waarom: ul(
        "Een Praktijkassessment bestaat uit een assessment met gesprekken of testen én observatie in een werksituatie.",
        "A Praktijkassessment consists of an assessment with conversations or tests and observation in a work situation.",
    ),
    voorbeeld: ul(
        "Eén activiteit met \"onderdeel\": \"assessment\" en één met \"onderdeel\": \"praktijkobservatie\".",
        "One activity with \"onderdeel\": \"assessment\" and one with \"onderdeel\": \"praktijkobservatie\".",
    ),
    lezing: None,
    feiten: &["ontbreekt"],
    berichten: &[
        sj(
            "beide",
            "Een Praktijkassessment heeft twee onderdelen: een assessment met gesprekken of testen en een observatie in een werksituatie. Kies bij elke activiteit welk onderdeel ze is.",
            "A Praktijkassessment has two parts: an assessment with conversations or tests and an observation in a work situation. Choose for each activity which part it is.",
        ),
        sj(
            "een",
            "Een Praktijkassessment heeft twee onderdelen; hier ontbreekt {ontbreekt}.",
            "A Praktijkassessment has two parts; missing here: {ontbreekt}.",
        ),
    ],
};

/// S14: Praktijkassessment with both an assessment and a practical observation.
pub fn s14(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::Praktijkassessment) || matches!(c.plan.activiteiten, Veld::Ongeldig) {
        return;
    }
    let lijst = activiteiten(c);
    let heeft = |o: Onderdeel| lijst.iter().any(|a| a.onderdeel.kopie() == Some(o));
    let ontbreekt = match (heeft(Onderdeel::Assessment), heeft(Onderdeel::Praktijkobservatie)) {
        (true, true) => return,
        (false, false) => return c.meld(&S14, Ernst::Waarschuwing, "/activiteiten", "beide", vec![]),
        (true, false) => Onderdeel::Praktijkobservatie,
        (false, true) => Onderdeel::Assessment,
    };
    let naam = Naam { code: ontbreekt.code(), naam: ontbreekt.naam() };
    c.meld(&S14, Ernst::Waarschuwing, "/activiteiten", "een", vec![("ontbreekt", Feit::Naam(naam))]);
}

pub static S15: Regel = Regel {
    code: "S15",
    ernst: I,
    bron: "§3.1.1",
    titel: ul(
        "Participatie interventie: geen gesprek bij de cliënt thuis",
        "Participatie interventie: no conversation at the client's home",
    ),
    waarom: ul(
        "Voor een geïsoleerde cliënt is het wenselijk dat het eerste gesprek (of meer) bij hem thuis is.",
        "For an isolated client it is preferable that the first conversation (or more) takes place at home.",
    ),
    voorbeeld: ul("'Kennismakingsgesprek bij de cliënt thuis.'", "'Introductory conversation at the client's home.'"),
    lezing: Some(ul(
        "Gezocht wordt naar woorden als 'thuis', 'huisbezoek', 'keukentafelgesprek', 'aan huis'.",
        "We look for words like 'thuis', 'huisbezoek', 'keukentafelgesprek', 'aan huis'.",
    )),
    feiten: &[],
    berichten: &[sj(
        "niet-thuis",
        "Geen activiteit vindt bij de cliënt thuis plaats; voor het eerste gesprek heeft dat de voorkeur.",
        "No activity takes place at the client’s home; that is preferred for the first conversation.",
    )],
};

/// S15: Participatie interventie, a conversation at the client's home.
pub fn s15(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::ParticipatieInterventie) || activiteiten(c).is_empty() {
        return;
    }
    let thuis = &c.overzicht.woorden.thuis;
    if c.teksten.iter().any(|t| t.omschrijving.as_ref().is_some_and(|g| beoordeel(thuis, g).is_some())) {
        return;
    }
    c.meld(&S15, Ernst::Info, "/activiteiten", "niet-thuis", vec![]);
}

pub static S16: Regel = Regel {
    code: "S16",
    ernst: W,
    bron: "§4.4.1",
    titel: ul("De afspraken (rechten en plichten) ontbreken", "The agreements (rights and duties) are missing"),
    waarom: ul(
        "De cliënt moet weten wat hij kan verwachten en wat er van hem wordt verwacht; dat houvast geeft het plan.",
        "The client must know what to expect and what is expected of them; the plan gives that hold.",
    ),
    voorbeeld: ul(
        "'Cliënt komt op de afspraken of meldt zich 24 uur vooraf af; het bureau reageert binnen 2 werkdagen.'",
        "'The client attends or cancels 24 hours ahead; the bureau responds within 2 working days.'",
    ),
    lezing: None,
    feiten: &[],
    berichten: &[sj(
        "leeg",
        "Leg de afspraken vast: wat de cliënt mag verwachten en wat er van hem wordt verwacht.",
        "Record the agreements: what the client may expect and what is expected of them.",
    )],
};

/// S16: what client and bureau each commit to.
pub fn s16(c: &mut Ctx) {
    if geldt(c) && c.plan.afspraken.is_leeg() {
        c.meld(&S16, Ernst::Waarschuwing, "/afspraken", "leeg", vec![]);
    }
}
