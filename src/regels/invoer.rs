//! I — input (SPEC §3, §6). Whether the plan can be read at all, and whether its values
//! are plausible. I01, I02, I03, I05, I07 and I08 concern the text and are reported by
//! the reader (`crate::lezen`) as it reads; I04, I06 and I09 judge values and are here.

use crate::berekening::{binnen, Probleem};
use crate::bericht::{pad_in, sj, vul, Feit};
use crate::plan::{Getal, Veld};
use crate::rapport::Ernst;
use crate::regels::regel::*;
use crate::velden::{self, Grens, Min};

const BRON: &str = "SPEC §3 (invoer)";

/// I01 — implemented in `lezen::lees_tekst` and `Lezer::plan`.
pub const I01: Regel = Regel {
    code: "I01",
    ernst: F,
    bron: BRON,
    titel: tp("Het plan is geen JSON-object", "The plan is not a JSON object"),
    waarom: tp(
        "Zonder leesbaar plan kan niets worden gecontroleerd.",
        "Nothing can be checked without a readable plan.",
    ),
    voorbeeld: tp(
        "Begin met {\"dienst\": \"werkfit-maken\", …} en controleer komma's en aanhalingstekens op de genoemde regel.",
        "Start with {\"dienst\": \"werkfit-maken\", …} and check commas and quotes on the line named.",
    ),
    lezing: None,
};

/// I02 — implemented in `Lezer::verkeerd_type`.
pub const I02: Regel = Regel {
    code: "I02",
    ernst: F,
    bron: BRON,
    titel: tp("Een veld heeft het verkeerde type", "A field has the wrong type"),
    waarom: tp(
        "Een getal als tekst of een lijst waar één waarde hoort, kan niet worden meegeteld; elk zo'n veld wordt apart gemeld.",
        "A number written as text, or a list where one value belongs, cannot be counted; each such field is reported on its own.",
    ),
    voorbeeld: tp("\"sessies\": 4 in plaats van \"sessies\": \"4\".", "\"sessies\": 4 instead of \"sessies\": \"4\"."),
    lezing: None,
};

/// I03 — implemented in `Lezer::geen_datum`.
pub const I03: Regel = Regel {
    code: "I03",
    ernst: F,
    bron: BRON,
    titel: tp("Een datum is niet JJJJ-MM-DD of bestaat niet", "A date is not YYYY-MM-DD or does not exist"),
    waarom: tp(
        "Termijnen en doorlooptijd worden vanaf deze datums geteld.",
        "Deadlines and the doorlooptijd are counted from these dates.",
    ),
    voorbeeld: tp("\"opdracht\": \"2025-03-03\".", "\"opdracht\": \"2025-03-03\"."),
    lezing: None,
};

/// I04 — [`i04`] below.
pub const I04: Regel = Regel {
    code: "I04",
    ernst: F,
    bron: BRON,
    titel: tp("Een getal valt buiten het mogelijke bereik", "A number is out of range"),
    waarom: tp(
        "Negatieve uren, een halve sessie of 500 maanden zijn tikfouten die de berekening zinloos maken.",
        "Negative hours, half a session or 500 months are typing errors that make the calculation meaningless.",
    ),
    voorbeeld: tp(
        "Sessies en deelnemers zijn hele getallen vanaf 1; uren en minuten zijn niet negatief; een doorlooptijd is 1 tot 120 maanden.",
        "Sessions and participants are whole numbers from 1; hours and minutes are not negative; a doorlooptijd is 1 to 120 months.",
    ),
    lezing: Some(tp(
        "Onwaarschijnlijk groot: meer dan 10 000 uur, 10 000 deelnemers of 120 maanden; voor een uurtarief meer dan € 100 000.",
        "Absurdly large: more than 10,000 hours, 10,000 participants or 120 months; for an hourly tariff more than € 100,000.",
    )),
};

/// I05 — implemented in `Lezer::keuze`.
pub const I05: Regel = Regel {
    code: "I05",
    ernst: F,
    bron: BRON,
    titel: tp("Een onbekende waarde voor een keuzeveld", "An unknown value for a choice field"),
    waarom: tp(
        "De regels hangen af van de dienst, de uitkering en de vorm; een onbekende waarde laat ze niet toe.",
        "The rules depend on the service, the benefit and the form; an unknown value leaves them unable to apply.",
    ),
    voorbeeld: tp("\"vorm\": \"groep\" (niet \"groepsgewijs\").", "\"vorm\": \"groep\" (not \"groepsgewijs\")."),
    lezing: None,
};

/// I06 — [`i06`] below.
pub const I06: Regel = Regel {
    code: "I06",
    ernst: F,
    bron: "§4.4.1",
    titel: tp("Een verplicht veld ontbreekt", "A required field is missing"),
    waarom: tp(
        "Zonder dienst, uitkering, doorlooptijd, opdrachtdatum (Werkbehoud: inkooporderdatum) en ten minste één activiteit zijn uren en termijnen niet te bepalen.",
        "Without the service, benefit, doorlooptijd, Opdracht date (Werkbehoud: Inkooporder date) and at least one activity, hours and deadlines cannot be determined.",
    ),
    voorbeeld: tp(
        "\"dienst\": \"naar-werk\", \"client\": {\"uitkering\": \"WW\"}, \"doorlooptijdMaanden\": 6, \"datums\": {\"opdracht\": \"2025-03-03\"}.",
        "\"dienst\": \"naar-werk\", \"client\": {\"uitkering\": \"WW\"}, \"doorlooptijdMaanden\": 6, \"datums\": {\"opdracht\": \"2025-03-03\"}.",
    ),
    lezing: None,
};

/// I07 — implemented in `Lezer::onbekend_veld`.
pub const I07: Regel = Regel {
    code: "I07",
    ernst: W,
    bron: BRON,
    titel: tp("Een onbekend veld (waarschijnlijk een tikfout)", "An unknown field (probably a typo)"),
    waarom: tp(
        "Wat onder een verkeerde naam staat, wordt niet gecontroleerd en niet meegeteld.",
        "What is under a wrong name is neither checked nor counted.",
    ),
    voorbeeld: tp(
        "\"minutenPerSessie\" in plaats van \"minutenPerSesie\".",
        "\"minutenPerSessie\" instead of \"minutenPerSesie\".",
    ),
    lezing: None,
};

/// I08 — implemented in `lezen` (texts, lists, nesting, the whole input).
pub const I08: Regel = Regel {
    code: "I08",
    ernst: F,
    bron: BRON,
    titel: tp("De invoer is te groot voor een plan", "The input is too large to be a plan"),
    waarom: tp(
        "Meer dan 500 activiteiten, een tekst van meer dan 20 000 tekens of meer dan 32 niveaus nesting is geen plan; dat deel wordt niet gecontroleerd, zodat de rest snel blijft.",
        "More than 500 activities, a text over 20,000 characters or nesting deeper than 32 levels is not a plan; that part is not checked, so the rest stays fast.",
    ),
    voorbeeld: tp("Splits een lange tekst op of vat hem samen.", "Split a long text or summarise it."),
    lezing: Some(tp(
        "Ook een object met meer dan 500 velden, invoer met meer dan 100 000 waarden en invoer groter dan 16 MB vallen hieronder; in die laatste twee gevallen wordt het hele plan niet gecontroleerd.",
        "An object with more than 500 fields, input holding more than 100,000 values and input larger than 16 MB count as well; in the last two cases the whole plan is not checked.",
    )),
};

/// I09 — [`i09`] below.
pub const I09: Regel = Regel {
    code: "I09",
    ernst: F,
    bron: "BSN: elfproef",
    titel: tp("Het BSN is geen 9 cijfers of faalt de elfproef", "The BSN is not 9 digits or fails the 11-test"),
    waarom: tp(
        "Een verkeerd BSN koppelt het plan aan de verkeerde persoon.",
        "A wrong BSN links the plan to the wrong person.",
    ),
    voorbeeld: tp("\"bsn\": \"111222333\".", "\"bsn\": \"111222333\"."),
    lezing: Some(tp(
        "Spaties, punten en streepjes tussen de cijfers worden genegeerd; 000000000 telt als ongeldig.",
        "Spaces, dots and hyphens between the digits are ignored; 000000000 counts as invalid.",
    )),
};

/// I04: every number within its limits (the limits are in `velden`).
pub fn i04(c: &mut Ctx) {
    let p = c.plan;
    let mut velden: Vec<(String, &Veld<Getal>, Grens)> = vec![
        ("/client/trede".into(), &p.client.trede, velden::TREDE),
        ("/doorlooptijdMaanden".into(), &p.doorlooptijd_maanden, velden::MAANDEN),
        ("/werkplan/uren".into(), &p.werkplan.uren, velden::UREN_POSITIEF),
        ("/werkplan/doorlooptijdMaanden".into(), &p.werkplan.doorlooptijd_maanden, velden::MAANDEN),
        ("/administratieUren".into(), &p.administratie_uren, velden::UREN),
        ("/werkbehoud/eerdereInzet".into(), &p.werkbehoud.eerdere_inzet, velden::AANTAL),
        ("/bijstelling/eerdereSubstantieel".into(), &p.bijstelling.eerdere_substantieel, velden::AANTAL),
        ("/bijstelling/vorigeDoorlooptijdMaanden".into(), &p.bijstelling.vorige_doorlooptijd_maanden, velden::MAANDEN),
        ("/bijstelling/vorigeUren".into(), &p.bijstelling.vorige_uren, velden::UREN),
    ];
    if let Veld::Waarde(lijst) = &p.activiteiten {
        for (i, a) in lijst.iter().enumerate() {
            velden.push((pad_in("activiteiten", i, "deelnemers"), &a.deelnemers, velden::DEELNEMERS));
            velden.push((pad_in("activiteiten", i, "sessies"), &a.sessies, velden::SESSIES));
            velden.push((pad_in("activiteiten", i, "minutenPerSessie"), &a.minuten_per_sessie, velden::MINUTEN));
            velden.push((pad_in("activiteiten", i, "uurtariefCent"), &a.uurtarief_cent, velden::CENTEN));
        }
    }
    for (pad, veld, grens) in velden {
        let Some(&getal) = veld.waarde() else { continue };
        let Err(probleem) = binnen(getal, grens) else { continue };
        let sjabloon = match probleem {
            Probleem::NietEindig => sj(
                "‘{naam}’ is geen eindig getal (NaN of oneindig).",
                "‘{naam}’ is not a finite number (NaN or infinite).",
            ),
            Probleem::TeVeelCijfers => sj(
                "‘{naam}’ heeft meer cijfers dan exact te rekenen is.",
                "‘{naam}’ has more digits than can be computed exactly.",
            ),
            Probleem::Negatief => {
                sj("‘{naam}’ kan niet negatief zijn ({waarde}).", "‘{naam}’ cannot be negative ({waarde}).")
            }
            Probleem::Nul if grens.min == Min::Een => {
                sj("‘{naam}’ moet minstens 1 zijn, niet {waarde}.", "‘{naam}’ must be at least 1, not {waarde}.")
            }
            Probleem::Nul => sj("‘{naam}’ moet groter dan 0 zijn.", "‘{naam}’ must be greater than 0."),
            Probleem::GeenGeheel => sj(
                "‘{naam}’ moet een heel getal zijn, niet {waarde}.",
                "‘{naam}’ must be a whole number, not {waarde}.",
            ),
            Probleem::Absurd => sj(
                "‘{naam}’ = {waarde} is onwaarschijnlijk groot (meer dan {max}).",
                "‘{naam}’ = {waarde} is implausibly large (more than {max}).",
            ),
        };
        let naam = pad.rsplit('/').next().unwrap_or_default();
        let waarde = match getal {
            Getal::Exact(b) => Feit::Getal(b),
            Getal::Onmogelijk(_) => Feit::Tekst(""),
        };
        let bericht = vul(
            &sjabloon,
            c.taal,
            &[("naam", Feit::Tekst(naam)), ("waarde", waarde), ("max", Feit::Geheel(grens.max))],
        );
        c.uit.push(I04.bevinding(Ernst::Fout, pad, bericht));
    }
    for &i in &c.ber.uren.absurd {
        c.meld(
            &I04,
            Ernst::Fout,
            pad_in("activiteiten", i, ""),
            &sj(
                "Activiteit {n} komt op meer dan {max} uur; controleer sessies en minuten.",
                "Activity {n} comes to more than {max} hours; check sessions and minutes.",
            ),
            &[("n", Feit::Geheel(i as i64 + 1)), ("max", Feit::Geheel(velden::MAX_UREN))],
        );
    }
}

/// I06: the fields without which hours and deadlines cannot be determined.
pub fn i06(c: &mut Ctx) {
    let p = c.plan;
    let werkbehoud = c.is_werkbehoud();
    let geen_activiteiten = match &p.activiteiten {
        Veld::Leeg => true,
        Veld::Waarde(l) => l.is_empty(),
        Veld::Ongeldig => false,
    };
    let verplicht = [
        (p.dienst.is_leeg(), "/dienst", sj("Kies de dienst.", "Choose the service.")),
        (
            p.client.uitkering.is_leeg(),
            "/client/uitkering",
            sj(
                "Vul de uitkering van de cliënt in (AG, ZW, WW, IVA of WAJONG-DGA).",
                "Fill in the client's benefit (AG, ZW, WW, IVA or WAJONG-DGA).",
            ),
        ),
        (
            p.doorlooptijd_maanden.is_leeg(),
            "/doorlooptijdMaanden",
            sj(
                "Vul de maximale individuele doorlooptijd in maanden in.",
                "Fill in the maximale individuele doorlooptijd in months.",
            ),
        ),
        (
            werkbehoud && p.datums.inkooporder.is_leeg(),
            "/datums/inkooporder",
            sj(
                "Vul de datum van de Inkooporder in: daarmee start Werkbehoud.",
                "Fill in the date of the Inkooporder: Werkbehoud starts on it.",
            ),
        ),
        (
            !werkbehoud && p.datums.opdracht.is_leeg(),
            "/datums/opdracht",
            sj(
                "Vul de datum van de Opdracht in: de termijnen tellen vanaf die dag.",
                "Fill in the date of the Opdracht: the deadlines count from that day.",
            ),
        ),
        (geen_activiteiten, "/activiteiten", sj("Voeg ten minste één activiteit toe.", "Add at least one activity.")),
    ];
    for (ontbreekt, pad, sjabloon) in verplicht {
        if ontbreekt {
            c.meld(&I06, Ernst::Fout, pad, &sjabloon, &[]);
        }
    }
}

/// I09: a BSN is nine digits and passes the elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a
/// multiple of 11.
pub fn i09(c: &mut Ctx) {
    let Some(bsn) = c.plan.client.bsn.waarde() else { return };
    if bsn_geldig(bsn) {
        return;
    }
    let cijfers = bsn.chars().filter(char::is_ascii_digit).count();
    if cijfers != 9 || bsn.chars().any(|t| !t.is_ascii_digit() && !matches!(t, ' ' | '.' | '-')) {
        c.meld(
            &I09,
            Ernst::Fout,
            "/client/bsn",
            &sj("Een BSN bestaat uit 9 cijfers; hier staan er {n}.", "A BSN has 9 digits; this has {n}."),
            &[("n", Feit::Geheel(cijfers as i64))],
        );
    } else {
        c.meld(
            &I09,
            Ernst::Fout,
            "/client/bsn",
            &sj(
                "Dit BSN klopt niet volgens de elfproef; controleer de cijfers.",
                "This BSN fails the 11-test; check the digits.",
            ),
            &[],
        );
    }
}

pub fn bsn_geldig(bsn: &str) -> bool {
    let mut cijfers = [0u32; 9];
    let mut n = 0;
    for t in bsn.trim().chars() {
        match t {
            '0'..='9' => {
                if n == 9 {
                    return false;
                }
                cijfers[n] = t as u32 - '0' as u32;
                n += 1;
            }
            ' ' | '.' | '-' => {}
            _ => return false,
        }
    }
    if n != 9 || cijfers.iter().all(|&d| d == 0) {
        return false;
    }
    let som: i64 =
        cijfers[..8].iter().zip((2..=9).rev()).map(|(&d, w)| i64::from(d) * w).sum::<i64>() - i64::from(cijfers[8]);
    som % 11 == 0
}

#[cfg(test)]
mod tests {
    #[test]
    fn elfproef() {
        for goed in ["111222333", "123456782", "1112.22.333", " 111 222 333 "] {
            assert!(super::bsn_geldig(goed), "{goed}");
        }
        for fout in ["111222334", "12345678", "1234567890", "000000000", "11122233a", "111-222-33"] {
            assert!(!super::bsn_geldig(fout), "{fout}");
        }
    }
}
