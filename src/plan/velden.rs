//! Every field of the plan (SPEC §3), declared once: its Rust field, its JSON name, what it
//! holds with its limits, its label in Dutch and English (as the form shows it, and as a
//! finding's `veld` names it) and the part of the plan it belongs to.
//!
//! From this one declaration come the structs (`Plan`, `Client`, …), the field tables
//! (`PLAN`, `CLIENT`, …) that the reader walks, the limits rule I04 applies while reading,
//! the JSON Schema with its titles, the order of findings, the labels of the report and of
//! the page, and the TypeScript types (checked against it by a test).

use chrono::NaiveDate;

use super::*;
use crate::basis::taal::{tp, Taalpaar};

/// The most activities (and milestones, Werkplan main activities, toelichtingen) a plan may hold (I08).
pub const MAX_ITEMS: usize = 500;
/// The longest text, in characters (I08).
pub const MAX_TEKST: usize = 20_000;
/// The most hours any one quantity may have before it is absurd (I04).
pub const MAX_UREN: i64 = 10_000;

/// Months: a doorlooptijd of more than 120 months is absurd.
pub const MAANDEN: Grens = Grens { geheel: true, min: Min::Een, max: 120 };
/// Hours as typed (administration, previous plan).
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
/// Group size including the client: at least 1 whatever the `vorm` (SPEC v2 I04).
pub const DEELNEMERS: Grens = Grens { geheel: true, min: Min::Een, max: 10_000 };
/// A tariff in euro cents: above € 100 000 per hour is absurd.
pub const CENTEN: Grens = Grens { geheel: true, min: Min::Positief, max: 10_000_000 };

/// The Rust type of a field of a kind.
macro_rules! veldtype {
    ($lt:lifetime, tekst) => { Veld<Tekst<$lt>> };
    ($lt:lifetime, getal($($g:tt)*)) => { Veld<Getal> };
    ($lt:lifetime, datum) => { Veld<NaiveDate> };
    ($lt:lifetime, datum($b:ident)) => { Veld<NaiveDate> };
    ($lt:lifetime, janee) => { Veld<bool> };
    ($lt:lifetime, keuze($k:ty)) => { Veld<$k> };
    ($lt:lifetime, object($t:ty, $tabel:ident)) => { $t };
    ($lt:lifetime, lijst($t:ty, $tabel:ident, $nl:literal, $en:literal)) => { Veld<Vec<$t>> };
    ($lt:lifetime, keuzes($k:ty, $nl:literal, $en:literal)) => { Veld<Vec<Veld<$k>>> };
}

/// The [`Veldsoort`] of a field of a kind.
macro_rules! veldsoort {
    (tekst) => {
        Veldsoort::Tekst
    };
    (getal($g:expr)) => {
        Veldsoort::Getal($g, &[])
    };
    (getal($g:expr, $opties:expr)) => {
        Veldsoort::Getal($g, $opties)
    };
    (datum) => {
        Veldsoort::Datum(Datumbereik::Proces)
    };
    (datum($b:ident)) => {
        Veldsoort::Datum(Datumbereik::$b)
    };
    (janee) => {
        Veldsoort::JaNee
    };
    (keuze($k:ty)) => {
        Veldsoort::Keuze(<$k as Keuze>::OPTIES)
    };
    (object($t:ty, $tabel:ident)) => {
        Veldsoort::Object($tabel)
    };
    (lijst($t:ty, $tabel:ident, $nl:literal, $en:literal)) => {
        Veldsoort::Lijst { item: &Veldsoort::Object($tabel), naam: tp($nl, $en) }
    };
    (keuzes($k:ty, $nl:literal, $en:literal)) => {
        Veldsoort::Lijst { item: &Veldsoort::Keuze(<$k as Keuze>::OPTIES), naam: tp($nl, $en) }
    };
}

/// Access to a field of a kind, for the reader.
macro_rules! veldplek {
    (tekst, $v:expr) => {
        Plek::Tekst(&mut $v)
    };
    (getal, $v:expr) => {
        Plek::Getal(&mut $v)
    };
    (datum, $v:expr) => {
        Plek::Datum(&mut $v)
    };
    (janee, $v:expr) => {
        Plek::JaNee(&mut $v)
    };
    (keuze, $v:expr) => {
        Plek::Keuze(&mut $v)
    };
    (object, $v:expr) => {
        Plek::Object(&mut $v)
    };
    (lijst, $v:expr) => {
        Plek::Lijst(&mut $v)
    };
    (keuzes, $v:expr) => {
        Plek::Lijst(&mut $v)
    };
}

/// Marks a field of a kind unreadable.
macro_rules! veldongeldig {
    (object, $v:expr) => {
        Deel::ongeldig(&mut $v)
    };
    ($andere:ident, $v:expr) => {
        $v = Veld::Ongeldig
    };
}

/// Declares one object of the plan: its struct, its field table, and access to its fields.
/// Each field: `rust_naam: soort = "jsonNaam" @ "groep" ("label nl", "label en");`
macro_rules! deel {
    (
        $(#[$m:meta])*
        $naam:ident <$lt:lifetime> = $tabel:ident { $($velden:tt)* }
    ) => {
        deel!(@struct [$lt] $(#[$m])* $naam [<$lt>] $tabel { $($velden)* });
        deel!(@impl [$lt] $naam [<$lt>] $tabel { $($velden)* });
    };
    (
        $(#[$m:meta])*
        $naam:ident = $tabel:ident { $($velden:tt)* }
    ) => {
        deel!(@struct ['static] $(#[$m])* $naam [] $tabel { $($velden)* });
        deel!(@impl ['a] $naam [] $tabel { $($velden)* });
    };
    (
        @struct [$lt:lifetime] $(#[$m:meta])* $naam:ident [$($gen:tt)*] $tabel:ident {
            $( $veld:ident : $soort:ident $( ( $($arg:tt)* ) )? = $json:literal @ $groep:literal ($nl:literal, $en:literal); )*
        }
    ) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct $naam $($gen)* {
            $( pub $veld: veldtype!($lt, $soort $( ( $($arg)* ) )?), )*
        }

        pub const $tabel: &[VeldDef] = &[
            $( VeldDef {
                naam: $json,
                soort: veldsoort!($soort $( ( $($arg)* ) )?),
                label: tp($nl, $en),
                groep: $groep,
            }, )*
        ];
    };
    (
        @impl [$lt:lifetime] $naam:ident [$($gen:tt)*] $tabel:ident {
            $( $veld:ident : $soort:ident $( ( $($arg:tt)* ) )? = $json:literal @ $groep:literal ($nl:literal, $en:literal); )*
        }
    ) => {
        impl<$lt> Deel<$lt> for $naam $($gen)* {
            fn tabel(&self) -> &'static [VeldDef] {
                $tabel
            }
            fn plek(&mut self, naam: &str) -> Option<Plek<'_, $lt>> {
                match naam {
                    $( $json => Some(veldplek!($soort, self.$veld)), )*
                    _ => None,
                }
            }
            fn ongeldig(&mut self) {
                $( veldongeldig!($soort, self.$veld); )*
            }
        }
        impl<$lt> Item<$lt> for $naam $($gen)* {
            fn plek(&mut self) -> Plek<'_, $lt> {
                Plek::Object(self)
            }
        }
    };
}

deel! {
    /// A draft Re-integratieplan (SPEC §3).
    Plan<'a> = PLAN {
        dienst: keuze(Dienst) = "dienst" @ "dienst" ("Re-integratiedienst", "Re-integration service");
        soort: keuze(Soort) = "soort" @ "dienst" ("Soort plan", "Kind of plan");
        ordernummer: tekst = "ordernummer" @ "dienst" ("Ordernummer van UWV", "UWV order number");
        uwv_contactpersoon: tekst = "uwvContactpersoon" @ "dienst" ("Contactpersoon bij UWV", "Contact person at UWV");
        opdrachtnemer: object(Opdrachtnemer<'a>, OPDRACHTNEMER) = "opdrachtnemer" @ "dienst" ("Re-integratiebedrijf", "Re-integration company");
        client: object(Client<'a>, CLIENT) = "client" @ "client" ("Cliënt", "Client");
        datums: object(Datums, DATUMS) = "datums" @ "datums" ("Datums", "Dates");
        doorlooptijd_maanden: getal(MAANDEN) = "doorlooptijdMaanden" @ "doorlooptijd" ("Maximale individuele doorlooptijd (maanden)", "Maximum individual duration (months)");
        werkplan: object(Werkplan, WERKPLAN) = "werkplan" @ "werkplan" ("Werkplan van UWV", "UWV’s Werkplan");
        onderbouwing_afwijking: tekst = "onderbouwingAfwijking" @ "doorlooptijd" ("Onderbouwing van afwijkingen van het Werkplan", "Justification of deviations from the Werkplan");
        uitzondering_uwv: janee = "uitzonderingUwv" @ "doorlooptijd" ("UWV stemde in met het uitzonderlijke maximum", "UWV agreed to the exceptional maximum");
        beoogd_resultaat: tekst = "beoogdResultaat" @ "afronding" ("Beoogd resultaat", "Intended result");
        afspraken: tekst = "afspraken" @ "afronding" ("Afspraken: rechten en plichten", "Agreements: rights and duties");
        verwijzingen: tekst = "verwijzingen" @ "afronding" ("Verwijzingen naar andere instanties", "Referrals to other agencies");
        administratie_uren: getal(UREN) = "administratieUren" @ "doorlooptijd" ("Administratie-uren", "Administration hours");
        scholing: object(Scholing, SCHOLING) = "scholing" @ "scholing" ("Scholing", "Training");
        werkbehoud: object(Werkbehoud, WERKBEHOUD) = "werkbehoud" @ "werkbehoud" ("Werkbehoud", "Job retention");
        bijstelling: object(Bijstelling, BIJSTELLING) = "bijstelling" @ "bijstelling" ("Bijstelling", "Adjustment");
        activiteiten: lijst(Activiteit<'a>, ACTIVITEIT, "Activiteit", "Activity") = "activiteiten" @ "activiteiten" ("Activiteiten", "Activities");
        mijlpalen: lijst(Mijlpaal<'a>, MIJLPAAL, "Mijlpaal", "Milestone") = "mijlpalen" @ "mijlpalen" ("Mijlpalen", "Milestones");
        toelichtingen: lijst(Toelichting<'a>, TOELICHTING, "Toelichting", "Explanation") = "toelichtingen" @ "toelichtingen" ("Toelichtingen", "Explanations");
    }
}

deel! {
    /// The re-integratiebedrijf (Opdrachtnemer).
    Opdrachtnemer<'a> = OPDRACHTNEMER {
        naam: tekst = "naam" @ "dienst" ("Naam re-integratiebedrijf", "Name of the re-integration company");
        contactpersoon: tekst = "contactpersoon" @ "dienst" ("Contactpersoon bij het bedrijf", "Contact person at the company");
        telefoon: tekst = "telefoon" @ "dienst" ("Telefoonnummer", "Phone number");
        email: tekst = "email" @ "dienst" ("E-mailadres", "E-mail address");
    }
}

deel! {
    /// The client.
    Client<'a> = CLIENT {
        naam: tekst = "naam" @ "client" ("Naam cliënt (voorletters en achternaam)", "Client’s name (initials and surname)");
        bsn: tekst = "bsn" @ "client" ("BSN van de cliënt", "Client’s BSN");
        uitkering: keuze(Uitkering) = "uitkering" @ "client" ("Uitkering", "Benefit");
        trede: getal(TREDE, TREDES) = "trede" @ "client" ("Trede op de participatieladder", "Step on the participation ladder");
        startsituatie: tekst = "startsituatie" @ "client" ("Startsituatie", "Starting situation");
        visie: tekst = "visie" @ "client" ("Visie van de cliënt", "The client’s own view");
        belastbaarheid: tekst = "belastbaarheid" @ "client" ("Belastbaarheid en leefsituatie", "Capacity and life situation");
        voor_gezien_getekend: janee = "voorGezienGetekend" @ "client" ("Voor gezien getekend door de cliënt", "Signed ‘voor gezien’ by the client");
    }
}

deel! {
    /// The dates of the process (§4.4.1).
    Datums = DATUMS {
        opdracht: datum = "opdracht" @ "datums" ("Datum van de Opdracht", "Date of the Opdracht");
        indiening: datum = "indiening" @ "datums" ("Indiening bij UWV", "Submission to UWV");
        afkeuring: datum = "afkeuring" @ "datums" ("Afkeuring door UWV", "Rejection by UWV");
        akkoord: datum = "akkoord" @ "datums" ("Akkoord van UWV", "Approval by UWV");
        inkooporder: datum = "inkooporder" @ "datums" ("Datum Inkooporder", "Date of the Inkooporder");
        werkhervatting: datum(Leven) = "werkhervatting" @ "datums" ("Werkhervatting", "Resumption of work");
    }
}

deel! {
    /// UWV's indication in the Werkplan / Plan van aanpak (§4.2).
    Werkplan = WERKPLAN {
        uren: getal(UREN_POSITIEF) = "uren" @ "werkplan" ("Uren volgens het Werkplan", "Hours in the Werkplan");
        doorlooptijd_maanden: getal(MAANDEN) = "doorlooptijdMaanden" @ "werkplan" ("Doorlooptijd volgens het Werkplan (maanden)", "Duration in the Werkplan (months)");
        hoofdactiviteiten: keuzes(Hoofdactiviteit, "Hoofdactiviteit", "Main activity") = "hoofdactiviteiten" @ "werkplan" ("Hoofdactiviteiten volgens het Werkplan", "Main activities in the Werkplan");
    }
}

deel! {
    /// Begeleiding bij Scholing: the scholing (§3.1.3).
    Scholing = SCHOLING {
        start: datum = "start" @ "scholing" ("Start van de scholing", "Start of the training");
        eind: datum = "eind" @ "scholing" ("Einde van de scholing", "End of the training");
        getoetst: janee = "getoetst" @ "scholing" ("Getoetst aan de Beleidsregels Scholing", "Tested against the Beleidsregels Scholing");
    }
}

deel! {
    /// Werkbehoud (§3.5).
    Werkbehoud = WERKBEHOUD {
        eerdere_inzet: getal(AANTAL) = "eerdereInzet" @ "werkbehoud" ("Eerder ingezet voor deze werkhervatting (keer)", "Used before for this resumption of work (times)");
    }
}

deel! {
    /// Bijstelling: the approved plan it changes (§4.5).
    Bijstelling = BIJSTELLING {
        eerdere_substantieel: getal(AANTAL) = "eerdereSubstantieel" @ "bijstelling" ("Eerdere substantiële bijstellingen", "Earlier substantial adjustments");
        vorige_doorlooptijd_maanden: getal(MAANDEN) = "vorigeDoorlooptijdMaanden" @ "bijstelling" ("Goedgekeurde doorlooptijd (maanden)", "Approved duration (months)");
        vorige_uren: getal(UREN) = "vorigeUren" @ "bijstelling" ("Goedgekeurde uren", "Approved hours");
    }
}

deel! {
    /// A re-integration activity.
    Activiteit<'a> = ACTIVITEIT {
        omschrijving: tekst = "omschrijving" @ "activiteiten" ("Omschrijving", "Description");
        hoofdactiviteit: keuze(Hoofdactiviteit) = "hoofdactiviteit" @ "activiteiten" ("Hoofdactiviteit", "Main activity");
        onderdeel: keuze(Onderdeel) = "onderdeel" @ "activiteiten" ("Onderdeel", "Part");
        vorm: keuze(Vorm) = "vorm" @ "activiteiten" ("Vorm", "Form");
        deelnemers: getal(DEELNEMERS) = "deelnemers" @ "activiteiten" ("Aantal deelnemers (met de cliënt)", "Number of participants (with the client)");
        sessies: getal(SESSIES) = "sessies" @ "activiteiten" ("Aantal sessies", "Number of sessions");
        minuten_per_sessie: getal(MINUTEN) = "minutenPerSessie" @ "activiteiten" ("Minuten per sessie", "Minutes per session");
        doel: tekst = "doel" @ "activiteiten" ("Doel", "Goal");
        resultaat: tekst = "resultaat" @ "activiteiten" ("Meetbaar resultaat", "Measurable result");
        start: datum = "start" @ "activiteiten" ("Startdatum", "Start date");
        eind: datum = "eind" @ "activiteiten" ("Einddatum", "End date");
        uurtarief_cent: getal(CENTEN) = "uurtariefCent" @ "activiteiten" ("Afwijkend uurtarief", "Deviating hourly rate");
    }
}

deel! {
    /// A milestone.
    Mijlpaal<'a> = MIJLPAAL {
        datum: datum = "datum" @ "mijlpalen" ("Datum", "Date");
        omschrijving: tekst = "omschrijving" @ "mijlpalen" ("Wat is dan bereikt", "What is reached by then");
    }
}

deel! {
    /// The writer's answer to a waarschuwing that does not apply to this plan (SPEC v2 §3).
    Toelichting<'a> = TOELICHTING {
        code: tekst = "code" @ "toelichtingen" ("Code van de bevinding", "Code of the finding");
        pad: tekst = "pad" @ "toelichtingen" ("Veld van de bevinding", "Field of the finding");
        tekst: tekst = "tekst" @ "toelichtingen" ("Toelichting", "Explanation");
    }
}

/// The field definition at a JSON Pointer's parts, and whether it is an item of a list.
/// `None` for a part that is not in the plan (an unknown field).
pub fn def_bij<'d>(delen: impl Iterator<Item = &'d str>) -> Vec<Stap> {
    let mut tabel: Option<&'static [VeldDef]> = Some(PLAN);
    let mut lijst: Option<(&'static Veldsoort, Taalpaar)> = None;
    let mut uit = Vec::new();
    for deel in delen {
        if let Some((item, naam)) = lijst.take() {
            let index = deel.parse::<usize>().ok();
            uit.push(Stap::Item { naam, index });
            tabel = match item {
                Veldsoort::Object(v) => Some(v),
                _ => None,
            };
            continue;
        }
        match tabel.and_then(|t| t.iter().enumerate().find(|(_, v)| v.naam == deel)) {
            Some((i, def)) => {
                uit.push(Stap::Veld { def, index: i });
                tabel = None;
                match def.soort {
                    Veldsoort::Object(v) => tabel = Some(v),
                    Veldsoort::Lijst { item, naam } => lijst = Some((item, naam)),
                    _ => {}
                }
            }
            None => {
                uit.push(Stap::Onbekend);
                tabel = None;
            }
        }
    }
    uit
}

/// One part of a JSON Pointer, as the plan knows it.
#[derive(Debug, Clone, Copy)]
pub enum Stap {
    /// A field of the plan; `index` is its place in its table (document order).
    Veld { def: &'static VeldDef, index: usize },
    /// An item of a list, named after the list's items ("Activiteit").
    Item { naam: Taalpaar, index: Option<usize> },
    /// A part the plan does not know.
    Onbekend,
}
