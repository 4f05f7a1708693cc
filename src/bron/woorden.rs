//! The words of the text rules (C08–C10, S04, S06, S11, S15), as data: Dutch, folded (lower
//! case, no accents). The notation (`*` for word forms and compounds, spaces for words in a
//! row, `~` for a few words between) and how a judgement reads a sentence are explained in
//! `regels/zinnen.rs`. Every list is proved on the labelled corpus in `tests/teksten/`.

use crate::basis::bevinding::{naam, Naam};

/// Terms as written, one list as one text in which each term ends with a line break
/// (`termen!`): a list costs its bytes in the module, not also a pointer and a length per
/// term (≈ 1 000 terms: −3 KB gzip).
#[derive(Debug, Clone, Copy)]
pub struct Termen(&'static str);

/// A list of terms: `termen!["a*", "b c"]`.
macro_rules! termen {
    ($($t:literal),* $(,)?) => {
        $crate::bron::woorden::Termen::van(concat!($($t, "\n"),*))
    };
}
pub(crate) use termen;

impl Termen {
    /// The terms of a text made by `termen!`: each ends with a line break.
    pub const fn van(tekst: &'static str) -> Termen {
        Termen(tekst)
    }

    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        self.0.split_terminator('\n')
    }

    /// How many terms.
    pub fn aantal(self) -> usize {
        self.iter().count()
    }

    pub const fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// Where the list is and its length in bytes: which list it is, for the caches.
    pub fn adres(self) -> (usize, usize) {
        (self.0.as_ptr() as usize, self.0.len())
    }
}

/// Where an exception governs, seen from the trigger it may excuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bereik {
    /// Its own segment (the part of a clause between "en", "of", commas), either side.
    Deel,
    /// Its segment either side, what follows it in its clause, and an "om … te" clause right
    /// after it: a verb and what it governs ("de diëtist inschakelen", "aanmelden bij … en
    /// …", "motiveren om de behandeling op te pakken").
    Rond,
    /// What follows it in its clause ("leert omgaan met …").
    Verder,
    /// Its whole clause.
    Zin,
    /// Only the word right after it ("zijn dagbesteding", "in behandeling").
    Direct,
    /// Only the word right before it ("reist zelfstandiger").
    Na,
    /// What follows it in its clause, but only a trigger that can be a place or a topic
    /// ("werkervaringsplaats bij een dagbestedingscentrum", "vacatures in de verslavingszorg").
    Plek,
    /// The word right after it, when that is a place or topic trigger ("zijn dagbesteding").
    PlekDirect,
    /// The whole text.
    Tekst,
}

/// What makes a text rule fire.
#[derive(Debug)]
pub struct Trigger {
    pub termen: Termen,
    /// It can be a place, an employer, a sector or a topic, not only an activity.
    pub plek: bool,
    /// An instrument, not a service: doing it is the activity, whatever governs it ("namens
    /// cliënt een moratorium aanvragen"). Only the exceptions that reach one word excuse it.
    pub sterk: bool,
    /// Exceptions of this trigger only, besides those of the judgement.
    pub tenzij: &'static [Uitzondering],
    /// When not empty: it fires only with one of these in its clause ("behandeling" of
    /// complaints, not of application letters).
    pub met: Termen,
    /// The agency or kind it stands for, for the message (C08).
    pub naam: Option<Naam>,
}

/// What excuses a trigger, in its reach.
#[derive(Debug)]
pub struct Uitzondering {
    pub termen: Termen,
    pub bereik: Bereik,
}

/// A text rule's judgement: it fires on the first trigger no exception excuses.
#[derive(Debug)]
pub struct Oordeel {
    pub triggers: &'static [Trigger],
    pub tenzij: &'static [Uitzondering],
}

/// The words that end a clause ("zodat …") or a segment inside one ("… en …").
#[derive(Debug)]
pub struct Grenzen {
    pub zin: Termen,
    pub deel: Termen,
}

/// Every list of one version of the Overzicht.
#[derive(Debug)]
pub struct Woorden {
    pub grenzen: Grenzen,
    /// C08: what another agency must provide (§2.2, §2.3), each trigger with its agency.
    pub andere_instanties: Oordeel,
    /// C09: an education that ends in a diploma or certificate (§1, §6).
    pub scholing: Oordeel,
    /// C10: what the hourly rate already covers (§3.6, §5).
    pub overhead: Oordeel,
    /// C10: the orienting conversation before the client chooses a bureau (§4.3).
    pub orientatie: Oordeel,
    /// S04: words that say nothing specific on their own.
    pub algemeen: Termen,
    /// S06: numbers, quantities, frequencies and dates.
    pub meetbaar: Termen,
    /// S06: an observable outcome: an event, a document, a place found.
    pub waarneembaar: Oordeel,
    /// S06: a feeling or an insight, which is not measurable however it is dated.
    pub gevoel: Termen,
    /// S06: a time frame ("na 5 maanden"), which dates a result but does not measure it.
    pub termijn: Termen,
    /// S11: vague wording in a goal or result.
    pub vaag: Oordeel,
    /// S15: the activity takes place at the client's home (§3.1.1).
    pub thuis: Oordeel,
}

impl Woorden {
    /// Every list of terms, once each: boundaries, triggers, their context and exceptions.
    pub fn lijsten(&self) -> Vec<Termen> {
        let mut uit =
            vec![self.grenzen.zin, self.grenzen.deel, self.algemeen, self.meetbaar, self.gevoel, self.termijn];
        let oordelen = [
            &self.andere_instanties,
            &self.scholing,
            &self.overhead,
            &self.orientatie,
            &self.waarneembaar,
            &self.vaag,
            &self.thuis,
        ];
        for o in oordelen {
            for t in o.triggers {
                uit.push(t.termen);
                uit.push(t.met);
                uit.extend(t.tenzij.iter().map(|u| u.termen));
            }
            uit.extend(o.tenzij.iter().map(|u| u.termen));
        }
        uit.retain(|l| !l.is_empty());
        uit
    }
}

/// A trigger with nothing special: the base of the others (`..T`).
const T: Trigger = Trigger { termen: termen![], plek: false, sterk: false, tenzij: &[], met: termen![], naam: None };

const fn t(termen: Termen) -> Trigger {
    Trigger { termen, ..T }
}

const fn uit(termen: Termen, bereik: Bereik) -> Uitzondering {
    Uitzondering { termen, bereik }
}

const SCHULDHULP: Naam = naam(
    "gemeente-schuldhulp",
    "schuldhulpverlening, die de gemeente biedt",
    "debt assistance, which the municipality provides",
);
const WMO: Naam = naam(
    "gemeente-wmo",
    "dagbesteding onder de Wmo, die de gemeente biedt",
    "day care under the Wmo, which the municipality provides",
);
const ZORG: Naam = naam(
    "zorg",
    "behandeling in de zorg (GGZ of verslavingszorg)",
    "treatment in healthcare (mental health or addiction care)",
);
const ZVW: Naam = naam(
    "zorgverzekeringswet",
    "dieetadvies, dat onder de Zorgverzekeringswet valt",
    "dietary advice, which falls under the Zorgverzekeringswet",
);
const JOBCOACH: Naam = naam(
    "uwv-voorziening",
    "jobcoaching, een voorziening die UWV apart toekent",
    "job coaching, a provision UWV grants separately",
);

/// What makes "behandeling" treatment in the zorg: a complaint, a disorder, a treater.
const ZIEKTE: Termen = termen![
    "*klacht*",
    "depressi*",
    "angst*",
    "*stoornis*",
    "trauma*",
    "ptss",
    "verslav*",
    "alcohol*",
    "drugs*",
    "gok*",
    "adhd",
    "psych*",
    "ggz*",
    "*kliniek*",
    "burn*",
    "overspannen*",
    "slaap*",
    "paniek*",
    "eetstoornis*",
    "somber*",
    "rouw*",
    "emdr",
    "therapeut*",
    "behandelaar*",
];

/// Job search and workplaces: a place-word of C08 following one of these in its clause is
/// where the client works or applies, or a topic, not what the activity provides.
const WERKPLEK: Termen = termen![
    "solliciter*",
    "sollicitatie*",
    "vacature*",
    "werkervaring*",
    "proefplaats*",
    "proefplek*",
    "stage*",
    "stageplek*",
    "leerwerk*",
    "praktijkobservatie*",
    "observatie*",
    "baan",
    "banen",
    "functie*",
    "werkveld*",
    "werkgever*",
    "sector*",
    "branche*",
    "werkplek*",
    "*medewerker",
    "medewerkster",
    "begeleider",
    "chauffeur",
    "ervaringsdeskundige",
    "vrijwilliger*",
    "vrijwilligerswerk*",
    "netwerkgesprek*",
    "locatiemanager*",
    "organisatie*",
    "instelling*",
    "afdeling*",
    "werken als",
    "werken bij",
    "werkt bij",
    "over",
    "overstap*",
    "huidige",
    "waar",
    "leefgebied*",
    "*route",
    "route*",
    "in kaart",
    "bespreken",
    "bespreekt",
    "betekent voor",
    "wat",
    "reistijd*",
    "reiskost*",
    "kilometer*",
    "rit",
    "ritten",
];

/// The client's own treatment, as context ("zijn therapie", "in behandeling").
const EIGEN_BEHANDELING: Termen = termen![
    "in", "onder", "zijn", "haar", "hun", "mijn", "eigen", "lopende", "huidige", "eerdere", "vorige", "vroegere"
];

/// A topic of conversation: the activity talks about it ("bespreken wat werk betekent voor
/// de schuldregeling"); it governs even an instrument of debt help.
const ONDERWERP: Termen = termen![
    "bespreken",
    "bespreekt",
    "besproken",
    "betekent voor",
    "kan betekenen",
    "gesprek over",
    "uitleg over",
    "informatie over",
    "mogelijkheid van",
    "mogelijkheden van",
];

/// Referring, arranging, motivating, coordinating, informing: the activity leads to the
/// agency, it does not provide what the agency does (§2.2 "verwijzen en stimuleren").
const VERWIJZEN: Termen = termen![
    "verwijz*",
    "doorverwijz*",
    "verwezen",
    "doorverwezen",
    "toeleid*",
    "toe te leiden",
    "aanmeld*",
    "aangemeld",
    "aan te melden",
    "inschrijv*",
    "doorgeleid*",
    "motiver*",
    "stimuler*",
    "aanmoedig*",
    "in contact brengen",
    "contact leggen",
    "kennismak*",
    "kennis te maken",
    "kijkje",
    "aanvra*",
    "aanvraag*",
    "aangevraagd",
    "aan te vragen",
    "inschakel*",
    "in te schakelen",
    "afstemm*",
    "afstemming*",
    "overleg*",
    "samenwerk*",
    "zoeken naar",
    "te zoeken",
    "uitzoeken",
    "nagaan",
    "wachtlijst*",
    "warme overdracht",
    "overdracht",
    "meegaan",
    "na te komen",
    "informeren",
    "informatie",
    "orienter*",
    "intake*",
    "afspraak",
    "afspraken",
    "afgelopen",
    "nodig is",
    "op te pakken",
];

pub static WOORDEN: Woorden = Woorden {
    grenzen: Grenzen {
        zin: termen![
            "zodat",
            "waardoor",
            "omdat",
            "terwijl",
            "nadat",
            "voordat",
            "waarna",
            "daarna",
            "intussen",
            "daarnaast",
            "bovendien",
            "vervolgens",
            "daarbij",
            "waarbij",
            "waar",
            "om",
            "zodra",
            "wanneer",
            "gevolgd door",
            "parallel aan",
            "naast",
            "tijdens",
            "ivm",
            "vanwege",
            "in verband met",
            "nu",
            "volgt",
            "plus",
            "inclusief",
        ],
        deel: termen!["en", "of", "maar", "alsook", "evenals", "gecombineerd met", "zoals"],
    },
    andere_instanties: Oordeel {
        triggers: &[
            Trigger {
                termen: termen![
                    "schuldhulp*",
                    "*schuldsanering*",
                    "schuldbemiddeling*",
                    "wsnp",
                    "budgetcoach*",
                    "budgetbeheer",
                ],
                plek: true,
                naam: Some(SCHULDHULP),
                ..T
            },
            // Instruments of debt help: arranging them for the client is doing it.
            Trigger {
                termen: termen![
                    "schuldregeling*",
                    "betalingsregeling*",
                    "moratorium",
                    "saneringskrediet",
                    "regeling ~ crediteuren",
                    "regeling ~ schuldeisers",
                    "crediteuren ~ regeling",
                    "schulden oplossen",
                    "schulden ~ afwikkel*",
                    "afwikkel* ~ schulden",
                    "rekeningen ~ betalen",
                    "budget beheren",
                    "beheren ~ bankrekening",
                    "beheer ~ bankrekening",
                    "leefgeld",
                    "schuldeisers ~ bellen",
                    "loonbeslag*",
                    "beslaglegging*",
                    "namens ~ schuldeisers",
                ],
                sterk: true,
                naam: Some(SCHULDHULP),
                ..T
            },
            Trigger {
                termen: termen![
                    "dagbesteding*",
                    "dagcentrum",
                    "dagactiviteitencentrum",
                    "dagactiviteiten",
                    "zorgboerderij*",
                    "wmo voorziening",
                    "activiteitencentrum*",
                    "wmo indicatie",
                ],
                plek: true,
                naam: Some(WMO),
                ..T
            },
            Trigger {
                termen: termen![
                    "*therapie",
                    "*therapieen",
                    "therapie",
                    "emdr*",
                    "psychotherap*",
                    "*behandeltraject*",
                    "behandelplan*",
                    "deeltijdbehandeling",
                    "afkickkliniek*",
                    "detox*",
                    "ontwenning*",
                    // Not "behandel*": "zijn GGZ-behandelaar" is a person, not treatment.
                    "therapie*",
                    "ggz ~ behandeling*",
                    "behandeling* ~ ggz",
                    "ggz ~ behandelen",
                    "behandeld ~ ggz",
                    "behandelsessie*",
                    "thuisbehandeling*",
                    "ggz team",
                    "consult* ~ psycholoog",
                    "consult* ~ psychiater",
                    "sessies ~ psycholoog",
                    "gesprekken ~ psycholoog",
                    "gesprekken ~ psychiater",
                    "consult* ~ verslavingsarts",
                    "gesprekken ~ verslavingsarts",
                ],
                tenzij: &[uit(EIGEN_BEHANDELING, Bereik::Direct)],
                naam: Some(ZORG),
                ..T
            },
            Trigger {
                termen: termen!["verslavingszorg*", "ggz instelling*", "basis ggz", "deeltijdkliniek*", "kliniek*"],
                plek: true,
                naam: Some(ZORG),
                ..T
            },
            Trigger {
                termen: termen!["behandel", "behandelen", "behandeld", "behandelt", "*behandeling", "behandelingen"],
                met: ZIEKTE,
                tenzij: &[uit(EIGEN_BEHANDELING, Bereik::Direct)],
                naam: Some(ZORG),
                ..T
            },
            Trigger {
                termen: termen![
                    "dietist*",
                    "dietiek",
                    "dieet*",
                    "voedingsadvi*",
                    "voedingsconsulent*",
                    "advies ~ voeding",
                    "voorlichting ~ voeding",
                ],
                plek: true,
                naam: Some(ZVW),
                ..T
            },
            // The bureau coaching on the job itself.
            Trigger {
                termen: termen!["zelf als jobcoach", "wij als jobcoach", "als jobcoach ~ begeleid*"],
                sterk: true,
                naam: Some(JOBCOACH),
                ..T
            },
            Trigger {
                termen: termen!["jobcoach*", "jobcoaching"],
                // Not a place: "werkplekbegeleiding door een jobcoach" is the provision.
                tenzij: &[
                    uit(termen!["als"], Bereik::Direct),
                    // A job the client applies for: "vacatures voor jobcoach".
                    uit(termen!["over", "solliciter*", "sollicitatie*", "vacature*"], Bereik::Verder),
                ],
                naam: Some(JOBCOACH),
                ..T
            },
        ],
        tenzij: &[
            uit(VERWIJZEN, Bereik::Rond),
            uit(termen!["omgaan met", "om te gaan", "leert omgaan", "leren omgaan", "beheersbaar*"], Bereik::Verder),
            uit(WERKPLEK, Bereik::Plek),
            uit(ONDERWERP, Bereik::Verder),
            uit(termen!["zijn", "haar", "hun", "eigen", "huidige"], Bereik::PlekDirect),
            // Asking about what exists is part of the assessment: "uitvragen van de lopende schuldregeling".
            uit(termen!["uitvragen", "uitvraag"], Bereik::Verder),
            uit(termen!["lopende", "bestaande"], Bereik::Direct),
            // The client already goes there himself: context, not the activity.
            uit(termen!["loopt", "al bij", "al onder"], Bereik::Verder),
            // Where the client has been: "na zijn opname in de kliniek".
            uit(termen!["na opname", "na * opname", "sinds * opname", "na afronding"], Bereik::Verder),
        ],
    },
    scholing: Oordeel {
        triggers: &[
            t(termen![
                "*diploma*",
                "*certificaat*",
                "*certificaten",
                "certificering*",
                "getuigschrift*",
                "mbo*",
                "hbo*",
                "crebo",
                "vca",
                "bbl",
                "bol",
                "vakopleiding*",
                "beroepsopleiding*",
                "omscholing*",
                "entreeopleiding*",
                "rijopleiding*",
                "bhv opleiding*",
                "staatsexamen*",
                "*examen",
                "examens",
                "associate degree",
                "code 95",
                "rijbewijs c*",
                "chauffeurskaart",
                "volg* ~ opleiding",
                "opleiding ~ niveau",
                "niveau ~ opleiding",
                "cursus ~ examen",
                "opleiding tot",
                "+opleiding",
                "+opleidingen",
                "mavo",
                "vmbo*",
                "havo",
                "vwo",
                "vavo",
                "premaster*",
                "master*",
                "bachelor*",
                "propedeuse",
            ]),
            // Paying for it or enrolling in it is buying the scholing.
            Trigger {
                termen: termen![
                    "lesgeld",
                    "cursusgeld",
                    "examengeld",
                    "inschrijving ~ opleiding",
                    "rijles* ~ betalen",
                    "rijbewijs ~ betalen",
                    "betalen ~ rijles*",
                    "opleiding* ~ betalen",
                    "betalen ~ opleiding*",
                ],
                sterk: true,
                ..T
            },
        ],
        tenzij: &[
            uit(
                termen![
                    "begeleid*",
                    "*begeleiding",
                    "studieloopbaanbegeleider*",
                    "ondersteun*",
                    "huiswerk*",
                    "studievaardig*",
                    "studieplan*",
                    "coach*",
                    "studiecoach*",
                    "orient*",
                    "onderzoek*",
                    "keuze",
                    "kiezen",
                    "aanvra*",
                    "aan te vragen",
                    "aanmeld*",
                    "inschrijven",
                    "uitzoeken",
                    "beoordelen",
                    "haalbaar*",
                    "cv",
                    "overzicht",
                    "vacature*",
                    "solliciter*",
                    "motiver*",
                    "verlengen",
                    "nodig zijn",
                    "behaalde",
                    "behaald",
                    "aansluiten",
                    "passend",
                    "informatie",
                    "voorbereid*",
                    "voorbereiding",
                    "leren plannen",
                    "planning",
                    "zonder",
                    "rond",
                    "over",
                    "faalangst*",
                    "oefen*",
                    "open avond",
                    "open dag",
                    "voortgang*",
                    "driegesprek*",
                    "gesprek*",
                    "nagaan",
                    "geldig",
                    "erkennen",
                    "erkenning",
                    "zoeken naar",
                    "werkgevers",
                    "bespreken",
                    "wens*",
                    "leerstof",
                    "doorlopen",
                    "doorne*",
                    "aandurf*",
                    "bekeken",
                    "bekijken",
                    "schoolbaar*",
                    "leerbaar*",
                    "eerdere",
                    "waarder*",
                    "idw",
                    "nuffic",
                    "aankan",
                    "durft",
                    "nabespre*",
                ],
                Bereik::Rond,
            ),
            uit(termen!["zijn", "haar", "eigen", "buitenlandse"], Bereik::Direct),
            // When, not what: "omgaan met spanning tijdens het examen".
            uit(termen!["tijdens", "tijdens het", "tijdens de", "tijdens zijn", "tijdens haar"], Bereik::Direct),
            uit(termen!["omgaan met", "omgaat met", "om te gaan"], Bereik::Verder),
        ],
    },
    overhead: Oordeel {
        triggers: &[
            t(termen![
                "reiskost*",
                "reistijd*",
                "reisuren",
                "reis en verblijfkosten",
                "verblijfkosten",
                "kilometer*",
                "km",
                "treinkaart*",
                "parkeerkost*",
                "bootkost*",
                "ritkosten",
                "reis van",
                "terugreis",
                "heenreis",
                "declarat*",
                "declareren",
                "overhead*",
                "agenda*",
                "inplannen",
                "plannen ~ afspraken",
                "plannen ~ gesprekken",
                "plannen ~ huisbezoeken",
                "plannen ~ bijeenkomsten",
                "afspraken ~ plannen",
                "afspraken ~ inplannen",
                "inroosteren",
                "planning ~ *afspraken",
                "planning van ~ *afspraken",
                "planning van ~ gesprekken",
                "uitnodigingen versturen",
                "afspraakbevestiging*",
                "bevestigen ~ gesprekken",
                "herinneren",
                "herinnering*",
                "afspraken verzetten",
                "dossier*",
                "archiver*",
                "administratieve",
                "administratie ~ traject",
                "clientvolgsysteem",
                "zaalhuur",
                "presentielijst*",
            ]),
            // Invoicing, unless it is the self-employed client's own (§3.5.2), named first.
            Trigger {
                termen: termen!["*factu*"],
                tenzij: &[uit(termen!["zzp", "ondernemer", "zelfstandige"], Bereik::Verder)],
                ..T
            },
            // The bureau's own meetings, whatever they are about.
            Trigger {
                termen: termen!["intern overleg", "intern* ~ *overleg", "teamoverleg*", "intervisie*"],
                sterk: true,
                ..T
            },
            // The bureau's own invoices to UWV: no coaching of the client's invoicing excuses them.
            Trigger {
                termen: termen!["facturen aan uwv", "factuur aan uwv", "onze ~ facturen", "onze ~ factuur"],
                sterk: true,
                ..T
            },
        ],
        tenzij: &[
            uit(
                termen![
                    "leert",
                    "leren",
                    "oefen*",
                    "zelfstandiger",
                    "zelfstandigheid",
                    "zelf",
                    "reistraining*",
                    "maximale",
                    "aankan",
                    "haalbaar",
                    "onderzoek*",
                    "onderzoeken",
                    "in kaart",
                    "uitzoeken",
                    "zoekgebied",
                    "maximaal",
                    "aanvra*",
                    "zijn klanten",
                    "klanten",
                    "debiteur*",
                    "boekhoud*",
                    "btw*",
                    "offerte*",
                    "opdrachtgevers",
                    "coaching op",
                    "coaching van",
                    "inzicht",
                    "over",
                    "bespreken",
                    "meedenken",
                    "vaardigheden",
                    "werkervaring",
                    "als planner",
                    "eigen facturen",
                    "gewerkte uren",
                ],
                Bereik::Rond,
            ),
            // Observing the client's travel is the assessment itself (§6.1).
            uit(termen!["geobserveerd", "observeren", "observeert", "observeer"], Bereik::Zin),
        ],
    },
    orientatie: Oordeel {
        triggers: &[t(termen![
            "orienterend gesprek*",
            "orienterende gesprek*",
            "orientatiegesprek*",
            "orienterende kennismaking",
            "kennismakingsgesprek voor de keuze",
            "kiezen tussen re integratiebedrijven",
            "bureaus ~ vergelijk*",
            "vergelijk* ~ bureaus",
            "bureaus aan het vergelijken",
            "re integratiebedrijven ~ vergelijk*",
            "keuze voor een re integratiebedrijf",
            "voor zijn keuze",
            "voor haar keuze",
            "keuze voor ons",
            "keuze voor een bureau",
            "keuze voor een bedrijf",
        ])],
        tenzij: &[uit(termen!["werkgever*", "werkgevers", "bedrijven in", "sector*", "opleiding*"], Bereik::Deel)],
    },
    algemeen: termen![
        "coaching",
        "coach",
        "coachen",
        "coachingsgesprek*",
        "gesprek*",
        "begeleiding*",
        "begeleiden",
        "training*",
        "sessie*",
        "individueel",
        "individuele",
        "groep*",
        "intake",
        "activiteit*",
        "traject",
        "ondersteuning",
        "ondersteunen",
        "overleg",
        "contact*",
        "afspraak",
        "afspraken",
        "diverse",
        "div",
        "overig*",
        "algemeen",
        "algemene",
        "evaluatie*",
        "client",
        "clienten",
        "re",
        "integratie",
        "reintegratie",
        "werk",
        "en",
        "of",
        "met",
        "de",
        "het",
        "een",
        "van",
        "voor",
        "in",
        "op",
        "aan",
        "bij",
        "thuis",
        "buurthuis",
        "ter",
        "maat",
        "waar",
        "nodig",
        "tijdens",
        "opleiding",
        "maatschappelijke",
        "deelname",
        "arbeidsmarktpositie",
        "beeld",
        "brengen",
        "werkfit",
        "worden",
        "gericht",
        "reistraining",
        "persoonlijke",
        "effectiviteit",
        "werknemersvaardigheden",
        "versterken",
        "verbeteren",
        "huis",
        "meerdere",
        "verschillende",
        "ondersteunende",
        "begeleidingsactiviteit*",
        "begeleidingsgesprek*",
        "er",
        "wordt",
        "geboden",
        "bieden",
        "afgestemd",
        "behoefte*",
        "persoonlijk",
    ],
    meetbaar: termen![
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "vijftien",
        "twintig",
        "dertig",
        "honderd",
        "eerste",
        "tweede",
        "derde",
        "helft",
        "elke",
        "iedere",
        "wekelijks",
        "dagelijks",
        "maandelijks",
        "tweewekelijks",
        "per week",
        "per dag",
        "per maand",
        "keer",
        "maal",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "maandag*",
        "dinsdag*",
        "woensdag*",
        "donderdag*",
        "vrijdag*",
        "zaterdag*",
        "zondag*",
        "uiterlijk",
        "minimaal",
        "minstens",
        "ten minste",
        "op tijd",
        "om de week",
        "om de dag",
        "elke week",
    ],
    waarneembaar: Oordeel {
        triggers: &[t(termen![
            "aantoonbaar",
            "afgerond",
            "behaald",
            "gehaald",
            "ondertekend",
            "getekend",
            "opgesteld",
            "vastgelegd",
            "ingeschreven",
            "aangemeld",
            "gesolliciteerd",
            "sollicitaties",
            "sollicitatiebrie*",
            "cv",
            "gestart",
            "begonnen",
            "arbeidsovereenkomst",
            "contract",
            "*plaatsing",
            "geplaatst",
            "rapport*",
            "*advies",
            "verslag",
            "actieplan",
            "overzicht",
            "deelgenomen",
            "neemt deel",
            "bezocht",
            "gevoerd*",
            "uitgevoerd",
            "ingeleverd",
            "gepresenteerd",
            "score*",
            "scoort",
            "*vragenlijst*",
            "afgenomen",
            "nabesproken",
            "meting",
            "eindmeting",
            "trede",
            "presentielijst*",
            "aanwezig",
            "gevonden",
            "baan",
            "gebeld",
            "afgesproken",
            "afspraak gemaakt",
            "ingepland",
            "gevolgd",
            "gehad",
            "lid",
            "besproken",
            "gemaakt",
            "gehangen",
            "opgehangen",
            "aangepast",
            "verstuurd",
            "gestuurd",
            "gereisd",
            "reist",
            "fietst",
            "zelfstandig ~ naar",
            "alleen heen",
            "vrijwilligersplek*",
            "werkervaringsplaats",
            "in dienst",
            "startdatum",
            "geeft ~ een",
            "benaderd",
            "uitgeprobeerd",
            "ingevuld",
            "aangevraagd",
            "doorverwezen",
            "verwezen",
            "gevraagd",
            "legt ~ af",
            "afgelegd",
            "rondt ~ af",
            "*diploma*",
            "*certificaat*",
            "aan de slag",
            "aan het werk",
            "werkzaam",
            "gecontroleerd",
            "staat op",
            "aangemaakt",
            "gepubliceerd",
        ])],
        tenzij: &[
            uit(termen!["niet", "geen", "nog niet"], Bereik::Deel),
            // A purpose, not an outcome: "gemotiveerd om weer aan het werk te gaan".
            uit(termen!["om"], Bereik::Zin),
            // A degree, not an event: "reist zelfstandiger".
            uit(termen!["zelfstandiger", "vaker", "sneller", "makkelijker", "beter"], Bereik::Na),
            // A state, not an event: "heeft rust gevonden".
            uit(termen!["rust", "balans", "plezier", "zelfvertrouwen", "vertrouwen", "motivatie"], Bereik::Direct),
        ],
    },
    gevoel: termen![
        "voelt",
        "voel",
        "gevoel*",
        "fitter",
        "energie*",
        "zelfvertrouwen",
        "vertrouwen",
        "inzicht",
        "bewust*",
        "motivatie",
        "gemotiveerd",
        "eenzaam",
        "prettiger",
        "zekerder",
        "positiever",
        "positieve",
        "realistisch*",
        "duidelijker",
        "rustiger",
        "plek gegeven",
        "zin in",
        "durft",
        "durven",
        "rust",
        "beter",
    ],
    termijn: termen![
        "na * maand*",
        "na * week",
        "na * weken",
        "na * jaar",
        "binnen * maand*",
        "binnen * week",
        "binnen * weken",
        "over * maand*",
        "over * weken",
        "na afloop",
        "aan het eind",
        "komende * maand*",
        "komende * weken",
        "de komende * week",
    ],
    vaag: Oordeel {
        triggers: &[
            t(termen![
                "zo mogelijk",
                "zomogelijk",
                "indien mogelijk",
                "waar mogelijk",
                "zoveel mogelijk",
                "zo veel mogelijk",
                "zoveel als mogelijk",
                "zo veel als mogelijk",
                "zo snel mogelijk",
                "zo goed mogelijk",
                "wellicht",
                "misschien",
                "hopelijk",
                "mogelijkerwijs",
                "enigszins",
                "in principe",
                "iets meer",
                "wat meer",
                "indien haalbaar",
                "als het even kan",
                "liefst",
                "op termijn",
                "indien nodig",
                "waar nodig",
                "waarschijnlijk",
                "naar alle waarschijnlijkheid",
                "tracht",
                "trachten",
                "wordt gewerkt",
            ]),
            // "start mogelijk in maart" is vague; "de termijn waarop dat mogelijk is" is not.
            Trigger {
                termen: termen!["mogelijk"],
                tenzij: &[
                    // "om werkhervatting mogelijk te maken": an aim, stated firmly.
                    uit(termen!["is", "zijn", "wordt", "worden", "maakt", "maken", "te maken", "gemaakt"], Bereik::Na),
                ],
                ..T
            },
            // Trying is vague; trying something out ("probeert een werkplek uit") is an event.
            Trigger {
                termen: termen!["proberen", "probeert", "probeer"],
                tenzij: &[uit(termen!["uit"], Bereik::Tekst)],
                ..T
            },
            // "eventuele klachten meldt hij binnen 1 dag" is an arrangement, not vagueness.
            Trigger {
                termen: termen!["eventueel", "eventuele"],
                tenzij: &[uit(
                    termen![
                        "meldt",
                        "melden",
                        "bespreekt",
                        "beantwoordt",
                        "verwijst",
                        "voorgelegd",
                        "geregeld",
                        "schakelt",
                        "belt",
                        "dezelfde dag",
                        "dezelfde week",
                        "vooraf",
                        "ingehaald",
                        "opgelost",
                        "voor de",
                        "voor ~ uur",
                        "doet",
                        "stelt",
                        "binnen",
                        "uiterlijk",
                        "van tevoren",
                        "geeft ~ door",
                    ],
                    Bereik::Tekst,
                )],
                ..T
            },
            // "zo nodig" with its condition stated: "bij een terugval belt hij zo nodig …".
            Trigger {
                termen: termen!["zo nodig", "als dat nodig", "indien dat nodig"],
                tenzij: &[uit(
                    termen!["bij een", "valt ~ uit", "dan", "wanneer", "zodra", "bij elke", "spreekt"],
                    Bereik::Tekst,
                )],
                ..T
            },
            // Work at a place, not effort: "4 uur werken aan de productielijn".
            Trigger {
                termen: termen!["werken aan", "werkt aan", "werkt eraan", "werken eraan", "gewerkt aan"],
                tenzij: &[uit(
                    termen![
                        "*lijn",
                        "lijn",
                        "band",
                        "kassa",
                        "balie",
                        "bar",
                        "machine",
                        "*tafel",
                        "afwas",
                        "schoonmaak",
                        "als vrijwilliger",
                        "moestuin*",
                        "opdrachten",
                        "huiswerk",
                        "verslagen",
                        "praktijkopdracht",
                        "project*",
                        "*project",
                    ],
                    Bereik::Deel,
                )],
                ..T
            },
            // "zijn eigen streven naar perfectie": a noun.
            Trigger { termen: termen!["streven", "streeft"], tenzij: &[uit(termen!["eigen"], Bereik::Direct)], ..T },
        ],
        tenzij: &[],
    },
    thuis: Oordeel {
        triggers: &[
            // "van zijn woning naar het buurthuis" starts at home but takes place elsewhere.
            Trigger { termen: termen!["woning"], tenzij: &[uit(termen!["naar"], Bereik::Na)], ..T },
            t(termen![
                "thuis",
                "thuisbezoek*",
                "huisbezoek*",
                "keukentafel*",
                "aan huis",
                "woonadres",
                "huiselijke omgeving",
                "woonkamer",
                "zijn kamer",
                "haar kamer",
                "zijn keuken",
                "haar keuken",
                "bij ~ huis",
                "huiskamer van client",
                "zijn huiskamer",
                "haar huiskamer",
                "waar ~ woont",
                "waar ~ wonen",
                "thuisbehandeling*",
            ]),
        ],
        tenzij: &[uit(termen!["niet", "geen", "voorafgaand aan", "plannen", "na afloop"], Bereik::Deel)],
    },
};
