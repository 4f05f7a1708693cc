//! A finding's message: its rule's template, filled with its facts, in the language asked
//! for. `{naam}` is the fact written for people; `{naam|dag|dagen}` is a count with its
//! noun in the singular or the plural.

use super::opmaak;
use crate::basis::bevinding::{Feit, Sjabloon};
use crate::basis::taal::Taal;

/// Fills a template. A place without a fact stays as written, which the tests would show.
pub fn vul(sjabloon: &Sjabloon, taal: Taal, feiten: &[(&str, Feit)]) -> String {
    let tekst = if taal == Taal::Nl { sjabloon.nl } else { sjabloon.en };
    let mut uit = String::with_capacity(tekst.len() + 32);
    let mut rest = tekst;
    while let Some(open) = rest.find('{') {
        uit.push_str(&rest[..open]);
        let na = &rest[open + 1..];
        let Some(sluit) = na.find('}') else {
            uit.push('{');
            rest = na;
            continue;
        };
        let plek = &na[..sluit];
        let mut delen = plek.split('|');
        let naam = delen.next().unwrap_or_default();
        match feiten.iter().find(|(n, _)| *n == naam) {
            Some((_, feit)) => {
                schrijf(feit, taal, &mut uit);
                if let (Some(enkel), Some(meer)) = (delen.next(), delen.next()) {
                    uit.push(' ');
                    uit.push_str(if is_een(feit) { enkel } else { meer });
                }
                rest = &na[sluit + 1..];
            }
            None => {
                uit.push('{');
                rest = na;
            }
        }
    }
    uit.push_str(rest);
    uit
}

fn is_een(feit: &Feit) -> bool {
    match feit {
        Feit::Geheel(n) => *n == 1,
        Feit::Getal(b) => *b == crate::basis::breuk::Breuk::geheel(1),
        _ => false,
    }
}

/// A fact for people.
fn schrijf(feit: &Feit, taal: Taal, uit: &mut String) {
    match feit {
        Feit::Geheel(n) => uit.push_str(&opmaak::geheel(*n, taal)),
        Feit::Getal(b) => uit.push_str(&opmaak::getal(*b, taal)),
        Feit::Uren(b) => uit.push_str(&opmaak::uren(*b, taal)),
        Feit::Datum(d) => uit.push_str(&opmaak::datum(*d, taal)),
        Feit::Euro(c) => uit.push_str(&opmaak::euro(*c, taal)),
        Feit::Tekst(t) => uit.push_str(t),
        Feit::Woorden(w) => {
            let delen: Vec<String> = w.iter().map(|w| crate::basis::cijfers::plak(&["“", w, "”"])).collect();
            uit.push_str(&opmaak::opsomming(&delen, taal, false));
        }
        Feit::Naam(n) => uit.push_str(n.naam.in_taal(taal)),
        Feit::Namen(namen) => {
            let delen: Vec<String> = namen.iter().map(|n| n.naam.in_taal(taal).to_string()).collect();
            uit.push_str(&opmaak::opsomming(&delen, taal, true));
        }
        Feit::JaNee(b) => uit.push_str(match (b, taal) {
            (true, Taal::Nl) => "ja",
            (false, Taal::Nl) => "nee",
            (true, Taal::En) => "yes",
            (false, Taal::En) => "no",
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basis::bevinding::sj;
    use crate::basis::breuk::Breuk;
    use chrono::NaiveDate;

    #[test]
    fn vult_in_beide_talen() {
        let s = sj("x", "{t}, maximum {m}; {d}.", "{t}, maximum {m}; {d}.");
        let d = NaiveDate::from_ymd_opt(2025, 4, 7).unwrap();
        let feiten = [("t", Feit::Uren(Breuk::new(83, 2).unwrap())), ("m", Feit::Geheel(41)), ("d", Feit::Datum(d))];
        assert_eq!(vul(&s, Taal::Nl, &feiten), "41,5 uur, maximum 41; 7 april 2025.");
        assert_eq!(vul(&s, Taal::En, &feiten), "41.5 hours, maximum 41; 7 April 2025.");
        assert_eq!(vul(&sj("x", "{x} en {", ""), Taal::Nl, &[]), "{x} en {");
        assert_eq!(vul(&sj("x", "{{a}}", ""), Taal::Nl, &[("a", Feit::Tekst("b".into()))]), "{b}");
    }

    #[test]
    fn enkelvoud_en_meervoud() {
        let s = sj("x", "nog {n|dag|dagen}", "{n|day|days} left");
        assert_eq!(vul(&s, Taal::Nl, &[("n", Feit::Geheel(1))]), "nog 1 dag");
        assert_eq!(vul(&s, Taal::Nl, &[("n", Feit::Geheel(3))]), "nog 3 dagen");
        assert_eq!(vul(&s, Taal::En, &[("n", Feit::Geheel(0))]), "0 days left");
    }
}
