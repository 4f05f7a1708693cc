//! Messages: wording apart from facts.
//!
//! A rule reports a template in Dutch and English with named places (`{totaal}`) and the
//! facts that fill them (a number, a date, an amount). The facts are the same for both
//! languages; only their wording differs ("41,5" / "41.5", "7 april 2025" / "7 April
//! 2025"), so both languages always read the same numbers. Rendering is this one small
//! function, which also keeps the WebAssembly small (no formatting machinery per message).

use chrono::NaiveDate;

use crate::breuk::Breuk;
use crate::datum;
use crate::diensten::Taalpaar;
use crate::rapport::{duur, euro, getal_tekst, Taal};
use crate::schrijven::cijfers;

/// A message in both languages, with `{naam}` places for facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sjabloon {
    pub nl: &'static str,
    pub en: &'static str,
}

pub const fn sj(nl: &'static str, en: &'static str) -> Sjabloon {
    Sjabloon { nl, en }
}

/// A fact in a message.
#[derive(Debug, Clone, Copy)]
pub enum Feit<'a> {
    /// Words that are the same in both languages (a field name, a quote of the input).
    Tekst(&'a str),
    /// Words that differ per language.
    Taal(Taalpaar),
    Geheel(i64),
    /// An exact number, two decimals at most: "41,5" / "41.5".
    Getal(Breuk),
    /// Hours, or minutes when less than an hour: "2,5 uur" / "0,14 minutes".
    Duur(Breuk),
    /// "7 april 2025" / "7 April 2025".
    Datum(NaiveDate),
    /// Euro cents: "€ 86,00" / "€86.00".
    Euro(i128),
}

impl Feit<'_> {
    fn schrijf(&self, taal: Taal, uit: &mut String) {
        match *self {
            Feit::Tekst(t) => uit.push_str(t),
            Feit::Taal(p) => uit.push_str(if taal == Taal::Nl { p.nl } else { p.en }),
            Feit::Geheel(n) => cijfers(i128::from(n), uit),
            Feit::Getal(b) => uit.push_str(&getal_tekst(b, taal)),
            Feit::Duur(b) => uit.push_str(&duur(b, taal)),
            Feit::Datum(d) => uit.push_str(&if taal == Taal::Nl { datum::nl(d) } else { datum::en(d) }),
            Feit::Euro(c) => uit.push_str(&euro(c, taal)),
        }
    }
}

/// Fills a template in the language asked for. A place without a fact stays as written,
/// which the tests would show.
#[inline(never)]
pub fn vul(sjabloon: &Sjabloon, taal: Taal, feiten: &[(&str, Feit)]) -> String {
    let tekst = if taal == Taal::Nl { sjabloon.nl } else { sjabloon.en };
    let mut uit = String::with_capacity(tekst.len() + 32);
    let mut rest = tekst;
    while let Some(open) = rest.find('{') {
        uit.push_str(&rest[..open]);
        let na = &rest[open + 1..];
        match na.find('}').map(|sluit| (&na[..sluit], &na[sluit + 1..])) {
            Some((naam, verder)) => match feiten.iter().find(|(n, _)| *n == naam) {
                Some((_, feit)) => {
                    feit.schrijf(taal, &mut uit);
                    rest = verder;
                }
                None => {
                    uit.push('{');
                    rest = na;
                }
            },
            None => {
                uit.push('{');
                rest = na;
            }
        }
    }
    uit.push_str(rest);
    uit
}

/// A pointer into an activity, milestone or other list: `/activiteiten/3/sessies`.
pub fn pad_in(lijst: &str, i: usize, veld: &str) -> String {
    let mut p = String::with_capacity(lijst.len() + veld.len() + 8);
    p.push('/');
    p.push_str(lijst);
    p.push('/');
    cijfers(i as i128, &mut p);
    if !veld.is_empty() {
        p.push('/');
        p.push_str(veld);
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vult_in_beide_talen() {
        let s = sj("{t} uur, maximum {m}; {d}.", "{t} hours, maximum {m}; {d}.");
        let d = NaiveDate::from_ymd_opt(2025, 4, 7).unwrap();
        let feiten = [("t", Feit::Getal(Breuk::new(83, 2).unwrap())), ("m", Feit::Geheel(41)), ("d", Feit::Datum(d))];
        assert_eq!(vul(&s, Taal::Nl, &feiten), "41,5 uur, maximum 41; 7 april 2025.");
        assert_eq!(vul(&s, Taal::En, &feiten), "41.5 hours, maximum 41; 7 April 2025.");
        assert_eq!(vul(&sj("{x} en {", ""), Taal::Nl, &[]), "{x} en {");
        assert_eq!(vul(&sj("{{a}}", ""), Taal::Nl, &[("a", Feit::Tekst("b"))]), "{b}");
        assert_eq!(pad_in("activiteiten", 12, "sessies"), "/activiteiten/12/sessies");
        assert_eq!(pad_in("activiteiten", 0, ""), "/activiteiten/0");
    }
}
