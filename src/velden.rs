//! Every field of the plan (SPEC §3): name, type and limits, in the order of the spec.
//!
//! This table is the one description of the plan's shape. The reader uses it to find
//! unknown fields and suggest the closest known one (I07), rule I04 takes its limits from
//! it, [`crate::schema`] turns it into a JSON Schema, and the report orders findings by it
//! ("document order").

use crate::plan::{Dienst, Hoofdactiviteit, Onderdeel, Soort, Uitkering, Vorm};

/// The most activities (and milestones, and Werkplan main activities) a plan may hold (I08).
pub const MAX_ITEMS: usize = 500;
/// The longest text, in characters (I08).
pub const MAX_TEKST: usize = 20_000;
/// The most hours any one quantity may have before it is absurd (I04).
pub const MAX_UREN: i64 = 10_000;

/// Limits on a number (I04).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grens {
    /// A whole number is needed.
    pub geheel: bool,
    /// The smallest allowed value.
    pub min: Min,
    /// The largest value that is not absurd.
    pub max: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Min {
    /// ≥ 0.
    Nul,
    /// > 0.
    Positief,
    /// ≥ 1 (whole numbers that count something).
    Een,
    /// No lower limit here: another rule judges it (group size below 1 is U06's).
    Geen,
}

/// Months: a doorlooptijd of more than 120 months is absurd.
pub const MAANDEN: Grens = Grens { geheel: true, min: Min::Een, max: 120 };
/// Hours as typed (Werkplan, administration, previous plan).
pub const UREN: Grens = Grens { geheel: false, min: Min::Nul, max: MAX_UREN };
/// Hours UWV indicated: zero hours is not an indication.
pub const UREN_POSITIEF: Grens = Grens { geheel: false, min: Min::Positief, max: MAX_UREN };
/// Participatieladder (§2.1 Tabel I).
pub const TREDE: Grens = Grens { geheel: true, min: Min::Een, max: 6 };
/// How often something happened before (Werkbehoud, bijstelling).
pub const AANTAL: Grens = Grens { geheel: true, min: Min::Nul, max: 1_000 };
/// Sessions of one activity.
pub const SESSIES: Grens = Grens { geheel: true, min: Min::Een, max: 100_000 };
/// Minutes per session: more than 10 000 hours in one session is absurd.
pub const MINUTEN: Grens = Grens { geheel: false, min: Min::Positief, max: MAX_UREN * 60 };
/// Group size including the client; below 1 is rule U06's, so only "whole" and "absurd" here.
pub const DEELNEMERS: Grens = Grens { geheel: true, min: Min::Geen, max: 10_000 };
/// A tariff in euro cents: above € 100 000 per hour is absurd.
pub const CENTEN: Grens = Grens { geheel: true, min: Min::Positief, max: 10_000_000 };

/// What a field holds.
#[derive(Debug, Clone, Copy)]
pub enum Type {
    Tekst,
    Getal(Grens),
    Datum,
    JaNee,
    Keuze(&'static [&'static str]),
    Object(&'static [Veld]),
    Lijst(&'static Type),
}

/// One field.
#[derive(Debug, Clone, Copy)]
pub struct Veld {
    pub naam: &'static str,
    pub soort: Type,
    /// A short description, for the schema (and so for editors that read it).
    pub uitleg: &'static str,
}

const fn v(naam: &'static str, soort: Type, uitleg: &'static str) -> Veld {
    Veld { naam, soort, uitleg }
}

pub const OPDRACHTNEMER: &[Veld] = &[
    v("naam", Type::Tekst, "Name of the re-integratiebedrijf"),
    v("contactpersoon", Type::Tekst, "Contact person at the bureau"),
    v("telefoon", Type::Tekst, "Phone number"),
    v("email", Type::Tekst, "E-mail address"),
];

pub const CLIENT: &[Veld] = &[
    v("naam", Type::Tekst, "Initials and surname"),
    v("bsn", Type::Tekst, "Burgerservicenummer: 9 digits, checked with the elfproef (I09)"),
    v("uitkering", Type::Keuze(Uitkering::CODES), "The client's benefit (§2)"),
    v("trede", Type::Getal(TREDE), "Participatieladder trede 1..6 (§2.1)"),
    v("startsituatie", Type::Tekst, "Starting situation of the client (§4.4.1)"),
    v("visie", Type::Tekst, "The client's own view and expectations (§4.4.1)"),
    v("belastbaarheid", Type::Tekst, "How the plan fits the client's belastbaarheid and life situation (§4.4.1)"),
    v("voorGezienGetekend", Type::JaNee, "The client signed the plan 'voor gezien' (§4.4.1)"),
];

pub const DATUMS: &[Veld] = &[
    v("opdracht", Type::Datum, "Dagtekening of the Opdracht tot opstellen Re-integratieplan"),
    v("indiening", Type::Datum, "(Planned) submission to UWV; after an afkeuring: the re-submission"),
    v("afkeuring", Type::Datum, "Date UWV rejected an earlier submission"),
    v("akkoord", Type::Datum, "Datum akkoord Re-integratieplan"),
    v("inkooporder", Type::Datum, "Date of the Inkooporder"),
    v(
        "werkhervatting",
        Type::Datum,
        "Naar werk: planned resumption of work; Werkbehoud: the date the client started work",
    ),
];

pub const WERKPLAN: &[Veld] = &[
    v("uren", Type::Getal(UREN_POSITIEF), "Begeleidingsuren indicated by UWV"),
    v("doorlooptijdMaanden", Type::Getal(MAANDEN), "Doorlooptijd in months indicated by UWV"),
    v(
        "hoofdactiviteiten",
        Type::Lijst(&Type::Keuze(Hoofdactiviteit::CODES)),
        "Werkfit maken: main activities UWV indicated",
    ),
];

pub const SCHOLING: &[Veld] = &[
    v("start", Type::Datum, "First day of the scholing"),
    v("eind", Type::Datum, "Last day of the scholing"),
    v("getoetst", Type::JaNee, "Tested against the Beleidsregels Scholing (§3.1.3, §6)"),
];

pub const WERKBEHOUD: &[Veld] =
    &[v("eerdereInzet", Type::Getal(AANTAL), "Earlier Werkbehoud for the same werkhervatting (§3.5)")];

pub const BIJSTELLING: &[Veld] = &[
    v("eerdereSubstantieel", Type::Getal(AANTAL), "Earlier substantial bijstellingen (§4.5)"),
    v("vorigeDoorlooptijdMaanden", Type::Getal(MAANDEN), "Doorlooptijd of the approved plan"),
    v("vorigeUren", Type::Getal(UREN), "Begeleidingsuren of the approved plan"),
];

pub const ACTIVITEIT: &[Veld] = &[
    v("omschrijving", Type::Tekst, "What happens, specifically"),
    v("hoofdactiviteit", Type::Keuze(Hoofdactiviteit::CODES), "Werkfit maken: the main activity it belongs to (§3.2)"),
    v("onderdeel", Type::Keuze(Onderdeel::CODES), "Praktijkassessment: the part it belongs to (§3.4)"),
    v("vorm", Type::Keuze(Vorm::CODES), "One-to-one or group (§3.6)"),
    v("deelnemers", Type::Getal(DEELNEMERS), "Group size including the client"),
    v("sessies", Type::Getal(SESSIES), "Number of sessions"),
    v("minutenPerSessie", Type::Getal(MINUTEN), "Minutes per session"),
    v("doel", Type::Tekst, "Goal or intended effect on the client"),
    v("resultaat", Type::Tekst, "Measurable result"),
    v("start", Type::Datum, "First day"),
    v("eind", Type::Datum, "Last day"),
    v("uurtariefCent", Type::Getal(CENTEN), "Deviating (specialist) hourly tariff in euro cents (§4.4.2)"),
];

pub const MIJLPAAL: &[Veld] = &[v("datum", Type::Datum, "Date"), v("omschrijving", Type::Tekst, "What is reached")];

/// The plan itself.
pub const PLAN: &[Veld] = &[
    v("dienst", Type::Keuze(Dienst::CODES), "The service (§3, Tabel III)"),
    v("soort", Type::Keuze(Soort::CODES), "Initial plan (default) or bijstelling (§4.5)"),
    v("ordernummer", Type::Tekst, "UWV's order number, as on the Opdracht"),
    v("uwvContactpersoon", Type::Tekst, "Contact person at UWV"),
    v("opdrachtnemer", Type::Object(OPDRACHTNEMER), "The re-integratiebedrijf"),
    v("client", Type::Object(CLIENT), "The client"),
    v("datums", Type::Object(DATUMS), "Dates of the process (§4.4.1)"),
    v("doorlooptijdMaanden", Type::Getal(MAANDEN), "Maximale individuele doorlooptijd in months (§3.7)"),
    v("werkplan", Type::Object(WERKPLAN), "UWV's indication in the Werkplan / Plan van aanpak (§4.2)"),
    v("onderbouwingAfwijking", Type::Tekst, "Justification when the plan deviates from the Werkplan (§4.4.2)"),
    v("uitzonderingUwv", Type::JaNee, "UWV agreed to the exceptional maximum (Werkfit maken 60, Naar werk 40)"),
    v("beoogdResultaat", Type::Tekst, "The intended result"),
    v("afspraken", Type::Tekst, "What client and bureau each commit to: rights and duties (§4.4.1)"),
    v("verwijzingen", Type::Tekst, "Referrals to other agencies, or 'geen'"),
    v("administratieUren", Type::Getal(UREN), "Hours for writing the plan and reports (§3.6)"),
    v("scholing", Type::Object(SCHOLING), "Begeleiding bij Scholing: the scholing"),
    v("werkbehoud", Type::Object(WERKBEHOUD), "Werkbehoud"),
    v("bijstelling", Type::Object(BIJSTELLING), "Bijstelling: the approved plan it changes (§4.5)"),
    v("activiteiten", Type::Lijst(&Type::Object(ACTIVITEIT)), "The re-integration activities"),
    v("mijlpalen", Type::Lijst(&Type::Object(MIJLPAAL)), "Milestones"),
];

/// The known field closest to an unknown name, for I07: by edit distance, ignoring (ASCII) case,
/// and only when it is close enough to be a plausible typo.
pub fn dichtstbij(onbekend: &str, velden: &[Veld]) -> Option<&'static str> {
    let doel: Vec<char> = onbekend.chars().map(|c| c.to_ascii_lowercase()).collect();
    if doel.len() > 64 {
        return None;
    }
    velden
        .iter()
        .map(|v| {
            let naam: Vec<char> = v.naam.chars().map(|c| c.to_ascii_lowercase()).collect();
            (afstand(&doel, &naam), v.naam)
        })
        .filter(|&(d, naam)| d <= (naam.len() / 3).max(2))
        .min_by_key(|&(d, _)| d)
        .map(|(_, naam)| naam)
}

/// Levenshtein distance.
fn afstand(a: &[char], b: &[char]) -> usize {
    let mut vorige: Vec<usize> = (0..=b.len()).collect();
    let mut rij = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        rij[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let kosten = usize::from(ca != cb);
            rij[j + 1] = (vorige[j] + kosten).min(vorige[j + 1] + 1).min(rij[j] + 1);
        }
        std::mem::swap(&mut vorige, &mut rij);
    }
    vorige[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggesties() {
        assert_eq!(dichtstbij("dienstt", PLAN), Some("dienst"));
        assert_eq!(dichtstbij("doorloopTijdMaanden", PLAN), Some("doorlooptijdMaanden"));
        assert_eq!(dichtstbij("activiteit", PLAN), Some("activiteiten"));
        assert_eq!(dichtstbij("minutenPerSesie", ACTIVITEIT), Some("minutenPerSessie"));
        assert_eq!(dichtstbij("BSN", CLIENT), Some("bsn"));
        assert_eq!(dichtstbij("kleur", PLAN), None);
    }
}
