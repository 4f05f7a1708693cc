//! What every rule is: its metadata (the catalogue entry) and the context it runs in.

use crate::berekening::Berekening;
use crate::bericht::{vul, Feit, Sjabloon};
use crate::diensten::{DienstInfo, Taalpaar};
use crate::plan::{Dienst, Plan, Veld};
use crate::rapport::{Bevinding, Ernst, Taal};
use crate::tekst::Gevouwen;
use crate::Opties;

/// A rule's catalogue entry (SPEC §6): code, severity, source paragraph, and its
/// explanation in Dutch and English. `catalogus()`, the page and `docs/regels.md` read it.
#[derive(Debug, Clone, Copy)]
pub struct Regel {
    pub code: &'static str,
    /// The severities it can have; two for the F/W and F/I rules.
    pub ernst: &'static [Ernst],
    pub bron: &'static str,
    /// One line: what it checks.
    pub titel: Taalpaar,
    /// Why it matters.
    pub waarom: Taalpaar,
    /// What a good plan does instead.
    pub voorbeeld: Taalpaar,
    /// Where we chose a reading of the source (clippy's "known problems").
    pub lezing: Option<Taalpaar>,
}

crate::schrijven::object!(Regel {
    "code" => code,
    "ernst" => ernst,
    "bron" => bron,
    "titel" => titel,
    "waarom" => waarom,
    "voorbeeld" => voorbeeld,
    "lezing" => lezing,
});

pub const fn tp(nl: &'static str, en: &'static str) -> Taalpaar {
    Taalpaar { nl, en }
}

pub const F: &[Ernst] = &[Ernst::Fout];
pub const W: &[Ernst] = &[Ernst::Waarschuwing];
pub const I: &[Ernst] = &[Ernst::Info];
pub const FW: &[Ernst] = &[Ernst::Fout, Ernst::Waarschuwing];
pub const FI: &[Ernst] = &[Ernst::Fout, Ernst::Info];

impl Regel {
    pub fn bevinding(&self, ernst: Ernst, pad: String, bericht: String) -> Bevinding {
        debug_assert!(self.ernst.contains(&ernst), "{} kan geen {:?} zijn", self.code, ernst);
        Bevinding { code: self.code, ernst, pad, bericht, bron: self.bron }
    }
}

/// What a rule sees: the plan, what was computed from it, the options; and where it reports.
pub struct Ctx<'c, 'a> {
    pub plan: &'c Plan<'a>,
    pub ber: &'c Berekening,
    pub opties: &'c Opties,
    pub taal: Taal,
    pub uit: Vec<Bevinding>,
    /// The activities' texts, folded once for all the text rules (see `tekst`).
    pub teksten: Vec<ActiviteitTeksten>,
}

/// An activity's description, goal and result, folded for word matching.
#[derive(Default)]
pub struct ActiviteitTeksten {
    pub omschrijving: Option<Gevouwen>,
    pub doel: Option<Gevouwen>,
    pub resultaat: Option<Gevouwen>,
}

impl ActiviteitTeksten {
    pub fn van(plan: &Plan) -> Vec<ActiviteitTeksten> {
        let Veld::Waarde(lijst) = &plan.activiteiten else { return Vec::new() };
        let vouw = |v: &Veld<crate::plan::Tekst>| v.waarde().map(|t| Gevouwen::van(t));
        lijst
            .iter()
            .map(|a| ActiviteitTeksten {
                omschrijving: vouw(&a.omschrijving),
                doel: vouw(&a.doel),
                resultaat: vouw(&a.resultaat),
            })
            .collect()
    }
}

impl<'c, 'a> Ctx<'c, 'a> {
    /// Reports a finding: the template filled with the facts, in the language asked for.
    pub fn meld(
        &mut self,
        regel: &Regel,
        ernst: Ernst,
        pad: impl Into<String>,
        sjabloon: &Sjabloon,
        feiten: &[(&str, Feit)],
    ) {
        let bericht = vul(sjabloon, self.taal, feiten);
        self.uit.push(regel.bevinding(ernst, pad.into(), bericht));
    }

    pub fn dienst(&self) -> Option<Dienst> {
        self.plan.dienst.kopie()
    }

    pub fn info(&self) -> Option<&'static DienstInfo> {
        self.dienst().map(Dienst::info)
    }

    /// The service's name, for messages.
    pub fn dienstnaam(&self) -> Feit<'static> {
        match self.info() {
            Some(i) => Feit::Taal(i.naam),
            None => Feit::Taal(tp("de dienst", "the service")),
        }
    }

    pub fn is_werkbehoud(&self) -> bool {
        self.dienst().is_some_and(Dienst::is_werkbehoud)
    }
}
