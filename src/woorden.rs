//! The word lists of the content rules, in one place (SPEC §6: data, Dutch, whole words).
//! The notation (`*` for compounds, spaces for word sequences) is explained in
//! [`crate::tekst`]. Every list has tests below with words that must and must not match.

use crate::diensten::Taalpaar;
use crate::regels::regel::tp;
use crate::tekst::Lijst;

/// C08: work another agency must provide (§2.2), with the agency to name.
pub struct Domein {
    pub termen: Lijst,
    pub instantie: Taalpaar,
}

pub static ANDERE_INSTANTIES: [Domein; 4] = [
    Domein {
        // Debt help and debt restructuring are the municipality's (§2.2, §3.2 b).
        termen: Lijst::new(&[
            "schuldhulp*",
            "*schuldsanering*",
            "schuldregeling*",
            "schuldbemiddeling*",
            "wsnp",
            "budgetbeheer",
            "budgetcoaching",
        ]),
        instantie: tp("de gemeente (schuldhulpverlening)", "the municipality (debt assistance)"),
    },
    Domein {
        // Day care under the Wmo (§2.2, Tabel I trede 3).
        termen: Lijst::new(&["dagbesteding*", "dagcentrum", "dagactiviteitencentrum", "zorgboerderij*"]),
        instantie: tp("de gemeente (Wmo-dagbesteding)", "the municipality (Wmo day care)"),
    },
    Domein {
        // Mental-health and addiction treatment (§2.2, §3.2 b).
        termen: Lijst::new(&[
            "ggz behandel*",
            "ggzbehandel*",
            "*therapie*",
            "emdr",
            "psychiatr*",
            "verslavingszorg*",
            "verslavingsbehandel*",
            "behandeling van verslaving",
            "behandeling van de verslaving",
            "afkickkliniek*",
            "detox*",
        ]),
        instantie: tp("de zorg (GGZ, verslavingszorg)", "healthcare (mental health, addiction care)"),
    },
    Domein {
        // Dietary advice belongs to the Zorgverzekeringswet (§2.2, the example of the dietician).
        termen: Lijst::new(&["dietist*", "dietiek", "dieetadvi*", "voedingsadvi*", "voedingsconsulent*"]),
        instantie: tp("de Zorgverzekeringswet (diëtist)", "the Zorgverzekeringswet (dietician)"),
    },
];

/// C08: when the activity refers the client to the agency, or teaches the client to cope
/// with the problem (§2.2 allows referring and stimulating; §3.2 b makes coping with debts
/// or addiction part of Werkfit maken), it is not the agency's work itself.
pub static VERWIJZING: Lijst = Lijst::new(&[
    "verwijz*",
    "doorverwijz*",
    "verwezen",
    "doorverwezen",
    "toeleid*",
    "aanmeld*",
    "aangemeld",
    "doorgeleid*",
    "motiver*",
    "stimuler*",
    "in contact brengen",
    "contact leggen",
    "contact opnemen",
    "zoeken naar",
    "warme overdracht",
    "omgaan met",
    "beheersbaar*",
]);

/// C09: an education that ends in a diploma or certificate (§6).
pub static SCHOLING: Lijst = Lijst::new(&[
    "*diploma*",
    "*certificaat*",
    "*certificaten",
    "certificering*",
    "getuigschrift*",
    "mbo",
    "hbo",
    "mbo*",
    "hbo*",
    "crebo",
    "vca",
    "bbl",
    "vakopleiding*",
    "beroepsopleiding*",
    "omscholing*",
]);

/// C09: guiding, choosing or applying for a scholing is not the scholing itself (§3.1.3).
pub static BEGELEIDING_BIJ_SCHOLING: Lijst = Lijst::new(&[
    "begeleid*",
    "ondersteun*",
    "huiswerk*",
    "studievaardig*",
    "studieplan*",
    "coach*",
    "orient*",
    "onderzoek*",
    "keuze",
    "kiezen",
    "aanvra*",
]);

/// C10: what the hourly rate already covers (§3.6, §5).
pub static OVERHEAD: Lijst = Lijst::new(&[
    "reiskost*",
    "reistijd*",
    "reisuren",
    "kilometer*",
    "km vergoeding",
    "parkeerkost*",
    "factu*",
    "declarat*",
    "overhead*",
    "agendabeheer",
    "planning van afspraken",
    "plannen van afspraken",
    "afspraken plannen",
    "afspraken inplannen",
    "inplannen van afspraken",
    "dossierbeheer",
    "administratieve afhandeling",
]);

/// C10: the client learning to plan or to travel is an activity, not overhead.
pub static LEREN: Lijst =
    Lijst::new(&["leert", "leren", "oefen*", "zelfstandig*", "zelf", "vaardig*", "training*", "reistraining*"]);

/// S04: words that say nothing specific on their own.
pub static ALGEMEEN: Lijst = Lijst::new(&[
    "coaching",
    "coach",
    "coachen",
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
]);

/// S06: words that make a result observable or countable (besides any digit).
pub static MEETBAAR: Lijst = Lijst::new(&[
    // numbers and frequencies
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
    "alle",
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
    // dates
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
    "uiterlijk",
    // observable outcomes
    "aantoonbaar",
    "afgerond",
    "behaald",
    "ondertekend",
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
    "werkt",
    "arbeidsovereenkomst",
    "contract",
    "plaatsing",
    "rapport*",
    "advies",
    "verslag",
    "actieplan",
    "overzicht",
    "deelgenomen",
    "neemt deel",
    "bezocht",
    "gevoerd",
    "uitgevoerd",
    "ingeleverd",
    "gepresenteerd",
    "score*",
    "vragenlijst*",
    "trede",
    "presentielijst*",
    "aanwezig",
]);

/// S11: words that keep a goal or result vague.
pub static VAAG: Lijst = Lijst::new(&[
    "proberen",
    "probeert",
    "probeer",
    "zo mogelijk",
    "zomogelijk",
    "eventueel",
    "eventuele",
    "indien nodig",
    "zo nodig",
    "zoveel mogelijk",
    "zo veel mogelijk",
    "zoveel als mogelijk",
    "werken aan",
    "werkt aan",
    "waar mogelijk",
    "wellicht",
    "misschien",
    "hopelijk",
    "mogelijkerwijs",
    "enigszins",
    "in principe",
    "streven",
    "streeft",
    "iets meer",
    "wat meer",
]);

/// S15: the activity takes place at the client's home (§3.1.1).
pub static THUIS: Lijst = Lijst::new(&[
    "thuis",
    "thuisbezoek*",
    "huisbezoek*",
    "keukentafel*",
    "aan huis",
    "woning",
    "woonadres",
    "huiselijke omgeving",
]);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tekst::Gevouwen;

    fn bevat(t: &str, lijst: &Lijst) -> bool {
        lijst.bevat(&Gevouwen::van(t))
    }

    fn alleen(t: &str, lijst: &Lijst) -> bool {
        lijst.alleen(&Gevouwen::van(t))
    }

    fn domein(t: &str) -> Option<&'static str> {
        ANDERE_INSTANTIES.iter().find(|d| bevat(t, &d.termen)).map(|d| d.instantie.nl)
    }

    #[test]
    fn andere_instanties() {
        let ja = [
            ("Schuldhulpverlening: overzicht van schulden maken en een schuldregeling treffen", "schuld"),
            ("Minnelijke schuldsanering begeleiden", "schuld"),
            ("Budgetcoaching door onze budgetcoach", "schuld"),
            ("Deelname aan dagbesteding op een zorgboerderij", "Wmo"),
            ("GGZ-behandeling voor de angstklachten", "GGZ"),
            ("Cognitieve gedragstherapie, 8 sessies", "GGZ"),
            ("EMDR bij trauma", "GGZ"),
            ("Re-integratietherapie met gestalttechnieken", "GGZ"),
            ("Verslavingszorg: ambulante begeleiding", "GGZ"),
            ("Gesprekken met een diëtist over voeding", "diëtist"),
            ("Dieetadvies om af te vallen", "diëtist"),
        ];
        for (tekst, soort) in ja {
            let d = domein(tekst);
            assert!(d.is_some_and(|d| d.contains(soort)), "{tekst:?} → {d:?}");
        }
        let nee = [
            "Inzicht in zijn schulden en het maken van een weekbudget",
            "Cliënt leert omgaan met de gevolgen van zijn verslaving",
            "Werken aan een vast dagritme en structuur in de week",
            "Behandeling van sollicitatiebrieven in de groep",
            "Therapeutische werkplek? Nee: werkplekbezoek met de werkgever",
            "Bewegen: drie keer per week wandelen met de coach",
        ];
        for tekst in nee {
            assert_eq!(domein(tekst), None, "{tekst:?}");
        }
    }

    #[test]
    fn verwijzing_is_geen_eigen_hulp() {
        for ja in [
            "Cliënt aanmelden bij de schuldhulpverlening van de gemeente",
            "Motiveren om een diëtist te zoeken",
            "Warme overdracht naar de GGZ",
            "Leren omgaan met de schuldsanering",
            "Cliënt doorverwijzen naar verslavingszorg",
        ] {
            assert!(bevat(ja, &VERWIJZING), "{ja:?}");
        }
        for nee in ["Schuldhulpverlening: schuldregeling opstellen", "Gedragstherapie in 8 sessies"] {
            assert!(!bevat(nee, &VERWIJZING), "{nee:?}");
        }
    }

    #[test]
    fn scholing() {
        for ja in [
            "MBO-opleiding Helpende Zorg en Welzijn niveau 2",
            "Heftruckcertificaat halen",
            "VCA-cursus met examen",
            "Vakopleiding lasser met diploma",
            "Omscholing tot buschauffeur",
            "Cursus met certificaten",
        ] {
            assert!(bevat(ja, &SCHOLING), "{ja:?}");
        }
        for nee in [
            "Sollicitatietraining in de groep",
            "Cursus assertiviteit",
            "Oefenen met een sollicitatiegesprek",
            "Computervaardigheden: mailen en Word",
        ] {
            assert!(!bevat(nee, &SCHOLING), "{nee:?}");
        }
        assert!(bevat("Huiswerkbegeleiding bij de mbo-opleiding", &BEGELEIDING_BIJ_SCHOLING));
        assert!(bevat("Oriënteren op een passende mbo-opleiding", &BEGELEIDING_BIJ_SCHOLING));
        assert!(!bevat("MBO-opleiding Helpende niveau 2 volgen", &BEGELEIDING_BIJ_SCHOLING));
    }

    #[test]
    fn overhead() {
        for ja in [
            "Reiskosten van de coach naar het huisadres",
            "Reistijd consulent",
            "Facturatie en administratie",
            "Het plannen van afspraken met cliënt en werkgever",
            "Km-vergoeding",
        ] {
            assert!(bevat(ja, &OVERHEAD), "{ja:?}");
        }
        for nee in [
            "Reistraining: zelfstandig met de bus naar het werk",
            "Werkplekbezoek bij de werkgever",
            "Afspraken maken over rechten en plichten",
        ] {
            assert!(!bevat(nee, &OVERHEAD), "{nee:?}");
        }
        assert!(bevat("Cliënt leert zelf afspraken te plannen", &LEREN));
        assert!(!bevat("Het plannen van afspraken met cliënt", &LEREN));
    }

    #[test]
    fn algemeen() {
        for ja in ["Coaching", "Coaching en gesprekken", "Individuele begeleidingsgesprekken", "Diverse activiteiten"] {
            assert!(alleen(ja, &ALGEMEEN), "{ja:?}");
        }
        for nee in ["Coaching op assertiviteit bij conflicten met collega's", "Sollicitatiebrieven schrijven"] {
            assert!(!alleen(nee, &ALGEMEEN), "{nee:?}");
        }
    }

    #[test]
    fn meetbaar() {
        for ja in [
            "Cliënt heeft uiterlijk in juni een cv",
            "Cliënt solliciteert wekelijks op twee vacatures",
            "Cliënt neemt deel aan vrijwilligerswerk",
            "Een ondertekend actieplan",
        ] {
            assert!(bevat(ja, &MEETBAAR), "{ja:?}");
        }
        for nee in ["Cliënt voelt zich beter", "Meer zelfvertrouwen", "Inzicht in mogelijkheden"] {
            assert!(!bevat(nee, &MEETBAAR), "{nee:?}");
        }
    }

    #[test]
    fn vaag() {
        for ja in [
            "Cliënt gaat proberen vaker buiten te komen",
            "Zo mogelijk een werkervaringsplaats",
            "Eventueel een cursus",
            "Werken aan zelfvertrouwen",
            "Zoveel mogelijk zelfstandig reizen",
        ] {
            assert!(bevat(ja, &VAAG), "{ja:?}");
        }
        for nee in [
            "Cliënt reist na 6 weken zelfstandig",
            "Verbeteren van de persoonlijke effectiviteit",
            "Cliënt werkt 3 dagen per week",
        ] {
            assert!(!bevat(nee, &VAAG), "{nee:?}");
        }
    }

    #[test]
    fn thuis() {
        for ja in
            ["Eerste gesprek bij cliënt thuis", "Huisbezoek", "Keukentafelgesprek met partner", "Kennismaking aan huis"]
        {
            assert!(bevat(ja, &THUIS), "{ja:?}");
        }
        for nee in ["Gesprek op ons kantoor", "Thuiswerkplek inrichten"] {
            assert!(!bevat(nee, &THUIS), "{nee:?}");
        }
    }
}
