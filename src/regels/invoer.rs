//! I — input (SPEC §3, §6) that the reader cannot judge alone: an activity's hours out of
//! range (I04), the fields a plan cannot do without (I06), the BSN (I09), what a submitted
//! plan needs (I10), e-mail and phone (I12). I01–I05, I07 and I08 are judged while reading
//! (`crate::lezen`), I11 with the toelichtingen (`toelichting.rs`).

use super::{pad_in, Ctx};
use crate::basis::bevinding::{sj, Ernst, Feit, Regel, F, W};
use crate::basis::taal::ul;
use crate::lezen::I04;
use crate::plan::{Veld, MAX_UREN};

/// I04 for an activity whose hours come to more than any quantity may (its numbers alone
/// were in range).
pub fn i04(c: &mut Ctx) {
    for i in c.ber.uren.absurd.clone() {
        c.meld(
            &I04,
            Ernst::Fout,
            pad_in("activiteiten", i, ""),
            "activiteit-te-groot",
            vec![("activiteit", super::nummer(i)), ("maximum", Feit::Geheel(MAX_UREN))],
        );
    }
}

pub static I06: Regel = Regel {
    code: "I06",
    ernst: F,
    bron: "§4.4.1",
    titel: ul("Een verplicht veld ontbreekt", "A required field is missing"),
    waarom: ul(
        "Zonder dienst, uitkering, doorlooptijd, opdrachtdatum (Werkbehoud: inkooporderdatum) en ten minste één activiteit zijn uren en termijnen niet te bepalen.",
        "Without the service, benefit, doorlooptijd, Opdracht date (Werkbehoud: Inkooporder date) and at least one activity, hours and deadlines cannot be determined.",
    ),
    voorbeeld: ul(
        "\"dienst\": \"naar-werk\", \"client\": {\"uitkering\": \"WW\"}, \"doorlooptijdMaanden\": 6, \"datums\": {\"opdracht\": \"2025-03-03\"}.",
        "\"dienst\": \"naar-werk\", \"client\": {\"uitkering\": \"WW\"}, \"doorlooptijdMaanden\": 6, \"datums\": {\"opdracht\": \"2025-03-03\"}.",
    ),
    lezing: None,
    feiten: &[],
    berichten: &[
        sj("dienst", "Kies de re-integratiedienst.", "Choose the re-integration service."),
        sj("uitkering", "Kies de uitkering van de cliënt.", "Choose the client’s benefit."),
        sj(
            "doorlooptijd",
            "Vul de maximale individuele doorlooptijd in maanden in.",
            "Fill in the maximum individual duration in months.",
        ),
        sj(
            "inkooporder",
            "Vul de datum van de Inkooporder in: daarmee begint Werkbehoud.",
            "Fill in the date of the Inkooporder: Werkbehoud starts on it.",
        ),
        sj(
            "opdracht",
            "Vul de datum van de Opdracht in: de termijnen tellen vanaf die dag.",
            "Fill in the date of the Opdracht: the deadlines count from that day.",
        ),
        sj("activiteiten", "Voeg ten minste één activiteit toe.", "Add at least one activity."),
    ],
};

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
        (p.dienst.is_leeg(), "/dienst", "dienst"),
        (p.client.uitkering.is_leeg(), "/client/uitkering", "uitkering"),
        (p.doorlooptijd_maanden.is_leeg(), "/doorlooptijdMaanden", "doorlooptijd"),
        (werkbehoud && p.datums.inkooporder.is_leeg(), "/datums/inkooporder", "inkooporder"),
        (!werkbehoud && p.datums.opdracht.is_leeg(), "/datums/opdracht", "opdracht"),
        (geen_activiteiten, "/activiteiten", "activiteiten"),
    ];
    for (ontbreekt, pad, sleutel) in verplicht {
        if ontbreekt {
            c.meld(&I06, Ernst::Fout, pad, sleutel, vec![]);
        }
    }
}

pub static I09: Regel = Regel {
    code: "I09",
    ernst: F,
    bron: "BSN: elfproef",
    titel: ul("Het BSN is geen 9 cijfers of faalt de elfproef", "The BSN is not 9 digits or fails the 11-test"),
    waarom: ul(
        "Een verkeerd BSN koppelt het plan aan de verkeerde persoon.",
        "A wrong BSN links the plan to the wrong person.",
    ),
    voorbeeld: ul("\"bsn\": \"111222333\".", "\"bsn\": \"111222333\"."),
    lezing: Some(ul(
        "Spaties, punten en streepjes tussen de cijfers worden genegeerd; 000000000 telt als ongeldig.",
        "Spaces, dots and hyphens between the digits are ignored; 000000000 counts as invalid.",
    )),
    feiten: &["aantal", "verwacht"],
    berichten: &[
        sj(
            "aantal",
            "Een BSN bestaat uit {verwacht} cijfers; u vulde {aantal|cijfer|cijfers} in.",
            "A BSN has {verwacht} digits; you entered {aantal|digit|digits}.",
        ),
        sj(
            "tekens",
            "Een BSN bestaat uit {verwacht} cijfers, zonder letters of andere tekens.",
            "A BSN consists of {verwacht} digits, without letters or other characters.",
        ),
        sj(
            "elfproef",
            "Dit BSN bestaat niet (het klopt niet volgens de elfproef); controleer de cijfers.",
            "This BSN does not exist (it fails the eleven-test); check the digits.",
        ),
    ],
};

/// The length of a BSN.
const BSN_CIJFERS: usize = 9;

/// I09: a BSN is nine digits and passes the elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a
/// multiple of 11.
pub fn i09(c: &mut Ctx) {
    let Some(bsn) = c.plan.client.bsn.waarde() else { return };
    if bsn_geldig(bsn) {
        return;
    }
    let cijfers = bsn.chars().filter(char::is_ascii_digit).count();
    let verwacht = ("verwacht", Feit::Geheel(BSN_CIJFERS as i64));
    let sleutel = if bsn.trim().chars().any(|t| !t.is_ascii_digit() && !matches!(t, ' ' | '.' | '-')) {
        "tekens"
    } else if cijfers != BSN_CIJFERS {
        "aantal"
    } else {
        "elfproef"
    };
    c.meld(&I09, Ernst::Fout, "/client/bsn", sleutel, vec![verwacht, ("aantal", Feit::Geheel(cijfers as i64))]);
}

pub fn bsn_geldig(bsn: &str) -> bool {
    let mut cijfers = [0u32; BSN_CIJFERS];
    let mut n = 0;
    for t in bsn.trim().chars() {
        match t {
            '0'..='9' => {
                let Some(plek) = cijfers.get_mut(n) else { return false };
                *plek = t as u32 - '0' as u32;
                n += 1;
            }
            ' ' | '.' | '-' => {}
            _ => return false,
        }
    }
    if n != BSN_CIJFERS || cijfers.iter().all(|&d| d == 0) {
        return false;
    }
    let som: i64 =
        cijfers[..8].iter().zip((2..=9).rev()).map(|(&d, w)| i64::from(d) * w).sum::<i64>() - i64::from(cijfers[8]);
    som % 11 == 0
}

pub static I10: Regel = Regel {
    code: "I10",
    ernst: W,
    bron: "§4.4.1",
    titel: ul(
        "Een veld dat een ingediend plan nodig heeft, is leeg",
        "A field a submitted plan needs is empty",
    ),
    waarom: ul(
        "UWV koppelt het plan aan de Opdracht, de cliënt en het bedrijf via het ordernummer, het BSN, de namen en de contactpersonen; zonder die gegevens is het plan niet in te dienen.",
        "UWV links the plan to the Opdracht, the client and the company through the order number, the BSN, the names and the contact persons; without them the plan cannot be submitted.",
    ),
    voorbeeld: ul(
        "Ordernummer en contactpersoon zoals op de Opdracht; naam en BSN van de cliënt; naam en contactpersoon van het bedrijf.",
        "Order number and contact person as on the Opdracht; the client's name and BSN; the company's name and contact person.",
    ),
    lezing: Some(ul(
        "Werkbehoud heeft geen plan: daar zijn alleen het ordernummer, de naam van het bedrijf en de naam van de cliënt nodig. Een intakeformulier zonder deze velden kan de regel overslaan met de optie negeer.",
        "Werkbehoud has no plan: only the order number, the company's name and the client's name are needed there. An intake form without these fields can skip the rule with the option negeer.",
    )),
    feiten: &[],
    berichten: &[sj(
        "leeg",
        "Vul dit in voordat u het plan indient: UWV heeft het nodig.",
        "Fill this in before you submit the plan: UWV needs it.",
    )],
};

/// I10: what a submitted plan needs; one finding per empty field (SPEC v2).
pub fn i10(c: &mut Ctx) {
    let p = c.plan;
    let werkbehoud = c.is_werkbehoud();
    let velden = [
        ("/ordernummer", &p.ordernummer, true),
        ("/uwvContactpersoon", &p.uwv_contactpersoon, !werkbehoud),
        ("/opdrachtnemer/naam", &p.opdrachtnemer.naam, true),
        ("/opdrachtnemer/contactpersoon", &p.opdrachtnemer.contactpersoon, !werkbehoud),
        ("/client/naam", &p.client.naam, true),
        ("/client/bsn", &p.client.bsn, !werkbehoud),
    ];
    for (pad, veld, nodig) in velden {
        if nodig && veld.is_leeg() {
            c.meld(&I10, Ernst::Waarschuwing, pad, "leeg", vec![]);
        }
    }
}

pub static I12: Regel = Regel {
    code: "I12",
    ernst: W,
    bron: "Invoer: e-mailadres en telefoonnummer",
    titel: ul(
        "Het e-mailadres of telefoonnummer van het bedrijf klopt niet",
        "The company's e-mail address or phone number is not valid",
    ),
    waarom: ul(
        "UWV neemt via deze gegevens contact op over het plan; een tikfout erin kost dagen.",
        "UWV contacts the company about the plan through these; a typo in them costs days.",
    ),
    voorbeeld: ul(
        "\"email\": \"planning@werkpad.nl\", \"telefoon\": \"+31 20 123 4567\".",
        "\"email\": \"planning@werkpad.nl\", \"telefoon\": \"+31 20 123 4567\".",
    ),
    lezing: Some(ul(
        "Een telefoonnummer heeft 10 tot 15 cijfers, met hooguit spaties, streepjes en een + vooraan; een e-mailadres heeft één @ en een domein met een punt, zonder spaties.",
        "A phone number has 10 to 15 digits, with at most spaces, hyphens and a leading +; an e-mail address has one @ and a domain with a dot, without spaces.",
    )),
    feiten: &["aantal", "minimum", "maximum"],
    berichten: &[
        sj(
            "email",
            "Dit lijkt geen e-mailadres; controleer het (zoals naam@bedrijf.nl).",
            "This does not look like an e-mail address; check it (such as name@company.nl).",
        ),
        sj(
            "telefoon",
            "Dit lijkt geen telefoonnummer: een nummer heeft {minimum} tot {maximum} cijfers, met hooguit spaties, streepjes of een + vooraan.",
            "This does not look like a phone number: a number has {minimum} to {maximum} digits, with at most spaces, hyphens or a leading +.",
        ),
    ],
};

/// The digits a Dutch or international phone number has (E.164 allows up to 15).
const TELEFOON_CIJFERS: (usize, usize) = (10, 15);

/// I12: the company's e-mail address and phone number, when given.
pub fn i12(c: &mut Ctx) {
    let o = &c.plan.opdrachtnemer;
    if let Some(email) = o.email.waarde() {
        if !is_email(email.trim()) {
            c.meld(&I12, Ernst::Waarschuwing, "/opdrachtnemer/email", "email", vec![]);
        }
    }
    if let Some(tel) = o.telefoon.waarde() {
        let cijfers = tel.chars().filter(char::is_ascii_digit).count();
        if !is_telefoon(tel.trim()) {
            let (min, max) = TELEFOON_CIJFERS;
            c.meld(
                &I12,
                Ernst::Waarschuwing,
                "/opdrachtnemer/telefoon",
                "telefoon",
                vec![
                    ("aantal", Feit::Geheel(cijfers as i64)),
                    ("minimum", Feit::Geheel(min as i64)),
                    ("maximum", Feit::Geheel(max as i64)),
                ],
            );
        }
    }
}

/// One @, a local part, and a domain of labels separated by dots (at least one); no spaces.
fn is_email(t: &str) -> bool {
    let Some((lokaal, domein)) = t.split_once('@') else { return false };
    let labels: Vec<&str> = domein.split('.').collect();
    !lokaal.is_empty()
        && !t.chars().any(char::is_whitespace)
        && !domein.contains('@')
        && labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
        && labels.last().is_some_and(|tld| tld.chars().all(char::is_alphabetic) && tld.chars().count() >= 2)
}

/// Digits, spaces and hyphens, a + only in front, 10–15 digits.
fn is_telefoon(t: &str) -> bool {
    let cijfers = t.chars().filter(char::is_ascii_digit).count();
    let (min, max) = TELEFOON_CIJFERS;
    let rest = t.strip_prefix('+').unwrap_or(t);
    (min..=max).contains(&cijfers) && rest.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elfproef() {
        for goed in ["111222333", "123456782", "1112.22.333", " 111 222 333 "] {
            assert!(bsn_geldig(goed), "{goed}");
        }
        for fout in ["111222334", "12345678", "1234567890", "000000000", "11122233a", "111-222-33"] {
            assert!(!bsn_geldig(fout), "{fout}");
        }
    }

    #[test]
    fn email_en_telefoon() {
        for goed in ["a@b.nl", "planning@werk-pad.nl", "j.de.vries+uwv@mail.example.com"] {
            assert!(is_email(goed), "{goed}");
        }
        for fout in ["", "a", "a@b", "@b.nl", "a@.nl", "a b@c.nl", "a@b@c.nl", "a@b.1", "a@b..nl"] {
            assert!(!is_email(fout), "{fout}");
        }
        for goed in ["020-1234567", "06 12345678", "+31 6 1234 5678", "+44 20 7946 0958", "0031201234567"] {
            assert!(is_telefoon(goed), "{goed}");
        }
        for fout in ["12345", "06-1234567a", "(020) 1234567", "+31+6 12345678", "0612345678901234"] {
            assert!(!is_telefoon(fout), "{fout}");
        }
    }
}
