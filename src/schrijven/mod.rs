//! Stage 5, writing: the report (and the catalogue, the services, the schema) as JSON text.
//!
//! A small writer of our own instead of serde_json: the report's shape is fixed, its
//! numbers are exact decimals we print ourselves (hours from hundredths, money in whole
//! cents), and in WebAssembly serde_json's float printing and generic machinery cost more
//! than 25 KB. The tests parse everything it writes with serde_json.

use chrono::NaiveDate;

use crate::basis::bevinding::{Bevinding, Ernst, Feit, Naam, Regel};
use crate::basis::cijfers::{cijfers, per_honderd};
use crate::basis::datum;
use crate::basis::taal::Taalpaar;
use crate::berekening::Termijnen;
use crate::bron::{DienstInfo, Overzicht, Urenregel};
use crate::plan::Keuze;
use crate::rapport::{Prijs, Prijspost, Regelset, Report, Uren, UrenRapport};

pub mod schema;

/// Appends JSON to a string.
pub struct Schrijver {
    pub uit: String,
    /// Whether the next member or item needs a comma before it.
    komma: bool,
    /// Every character above ASCII as `\uXXXX` (see [`json_ascii`]).
    ascii: bool,
}

impl Default for Schrijver {
    fn default() -> Self {
        Schrijver { uit: String::with_capacity(2048), komma: false, ascii: false }
    }
}

/// Something that can be written as JSON.
pub trait Schrijf {
    fn schrijf(&self, s: &mut Schrijver);
}

/// JSON text of a value.
pub fn json<T: Schrijf + ?Sized>(waarde: &T) -> String {
    let mut s = Schrijver::default();
    waarde.schrijf(&mut s);
    s.uit
}

/// The same JSON with every character above ASCII escaped (`"Cli\u00ebnt"`): the same value
/// to any reader, and for JavaScript much cheaper to take in, because a browser decodes an
/// all-ASCII string from WebAssembly's memory without the UTF-8 work (BENCHMARKS.md). The
/// JavaScript boundary writes the report so; the command line writes readable UTF-8.
pub fn json_ascii<T: Schrijf + ?Sized>(waarde: &T) -> String {
    let mut s = Schrijver { ascii: true, ..Schrijver::default() };
    waarde.schrijf(&mut s);
    s.uit
}

impl Schrijver {
    fn scheiding(&mut self) {
        if self.komma {
            self.uit.push(',');
        }
        self.komma = true;
    }

    pub fn begin_object(&mut self) {
        self.scheiding();
        self.uit.push('{');
        self.komma = false;
    }

    pub fn einde_object(&mut self) {
        self.uit.push('}');
        self.komma = true;
    }

    pub fn begin_lijst(&mut self) {
        self.scheiding();
        self.uit.push('[');
        self.komma = false;
    }

    pub fn einde_lijst(&mut self) {
        self.uit.push(']');
        self.komma = true;
    }

    /// A member's name; its value follows.
    pub fn naam(&mut self, naam: &str) {
        self.scheiding();
        self.tekst_ruw(naam);
        self.uit.push(':');
        self.komma = false;
    }

    pub fn veld<T: Schrijf + ?Sized>(&mut self, naam: &str, waarde: &T) {
        self.naam(naam);
        waarde.schrijf(self);
    }

    pub fn null(&mut self) {
        self.scheiding();
        self.uit.push_str("null");
    }

    pub fn tekst(&mut self, t: &str) {
        self.scheiding();
        self.tekst_ruw(t);
    }

    // One copy, not inlined into every writer (smaller, and no slower: BENCHMARKS.md).
    #[inline(never)]
    fn tekst_ruw(&mut self, t: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.uit.push('"');
        let mut begin = 0;
        for (i, b) in t.bytes().enumerate() {
            if b >= 0x20 && b != b'"' && b != b'\\' && (b < 0x80 || !self.ascii) {
                continue;
            }
            if b >= 0x80 {
                // Only with `ascii`: the character that starts here as UTF-16 escapes (a
                // continuation byte belongs to the character before it, already written).
                if b & 0xc0 == 0x80 {
                    continue;
                }
                self.uit.push_str(t.get(begin..i).unwrap_or(""));
                let teken = t.get(i..).and_then(|r| r.chars().next()).unwrap_or('\u{fffd}');
                let mut eenheden = [0u16; 2];
                for e in teken.encode_utf16(&mut eenheden) {
                    self.uit.push_str("\\u");
                    for verschuiving in [12, 8, 4, 0] {
                        self.uit.push(char::from(HEX[usize::from((*e >> verschuiving) & 0xf)]));
                    }
                }
                begin = i + teken.len_utf8();
                continue;
            }
            let vervanging = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                _ => "",
            };
            self.uit.push_str(t.get(begin..i).unwrap_or(""));
            if vervanging.is_empty() {
                self.uit.push_str("\\u00");
                self.uit.push(char::from(HEX[usize::from(b >> 4)]));
                self.uit.push(char::from(HEX[usize::from(b & 0xf)]));
            } else {
                self.uit.push_str(vervanging);
            }
            begin = i + 1;
        }
        self.uit.push_str(t.get(begin..).unwrap_or(""));
        self.uit.push('"');
    }

    pub fn geheel(&mut self, n: i128) {
        self.scheiding();
        cijfers(n, &mut self.uit);
    }

    /// A number given in hundredths, with at least one decimal: 3850 → 38.5, 800 → 8.0.
    pub fn honderdsten(&mut self, n: i128) {
        self.scheiding();
        if n < 0 {
            self.uit.push('-');
        }
        let (heel, rest) = per_honderd(n.unsigned_abs());
        cijfers(heel, &mut self.uit);
        self.uit.push('.');
        self.uit.push(char::from(b'0' + rest / 10));
        if rest % 10 != 0 {
            self.uit.push(char::from(b'0' + rest % 10));
        }
    }

    pub fn ja_nee(&mut self, b: bool) {
        self.scheiding();
        self.uit.push_str(if b { "true" } else { "false" });
    }
}

impl Schrijf for str {
    fn schrijf(&self, s: &mut Schrijver) {
        s.tekst(self);
    }
}

impl Schrijf for String {
    fn schrijf(&self, s: &mut Schrijver) {
        s.tekst(self);
    }
}

impl Schrijf for bool {
    fn schrijf(&self, s: &mut Schrijver) {
        s.ja_nee(*self);
    }
}

macro_rules! geheel {
    ($($t:ty),*) => {$(
        impl Schrijf for $t {
            fn schrijf(&self, s: &mut Schrijver) {
                s.geheel(*self as i128);
            }
        }
    )*};
}
geheel!(u8, u32, i64, i128, usize);

impl Schrijf for NaiveDate {
    fn schrijf(&self, s: &mut Schrijver) {
        s.tekst(&datum::iso(*self));
    }
}

impl<T: Schrijf + ?Sized> Schrijf for &T {
    fn schrijf(&self, s: &mut Schrijver) {
        (**self).schrijf(s);
    }
}

impl<T: Schrijf> Schrijf for Option<T> {
    fn schrijf(&self, s: &mut Schrijver) {
        match self {
            Some(w) => w.schrijf(s),
            None => s.null(),
        }
    }
}

impl<T: Schrijf> Schrijf for [T] {
    fn schrijf(&self, s: &mut Schrijver) {
        s.begin_lijst();
        for w in self {
            w.schrijf(s);
        }
        s.einde_lijst();
    }
}

impl<T: Schrijf> Schrijf for Vec<T> {
    fn schrijf(&self, s: &mut Schrijver) {
        self.as_slice().schrijf(s);
    }
}

/// `impl Schrijf` for a struct as a JSON object: `object!(Type { "naam" => veld, … });`
macro_rules! object {
    ($type:ty { $($naam:literal => $veld:ident),* $(,)? }) => {
        impl $crate::schrijven::Schrijf for $type {
            fn schrijf(&self, s: &mut $crate::schrijven::Schrijver) {
                s.begin_object();
                $(s.veld($naam, &self.$veld);)*
                s.einde_object();
            }
        }
    };
}

// ---- the shapes of the report (SPEC §4) --------------------------------------------------

impl Schrijf for Ernst {
    fn schrijf(&self, s: &mut Schrijver) {
        s.tekst(self.code());
    }
}

impl Schrijf for Uren {
    /// As a JSON number with at least one decimal: 3850 → `38.5`, 800 → `8.0`, 8 → `0.08`.
    fn schrijf(&self, s: &mut Schrijver) {
        s.honderdsten(self.0);
    }
}

object!(Taalpaar { "nl" => nl, "en" => en });
object!(Naam { "code" => code, "naam" => naam });

impl Schrijf for Feit {
    /// A fact as data: numbers as JSON numbers, dates as `YYYY-MM-DD`, named values by code.
    fn schrijf(&self, s: &mut Schrijver) {
        match self {
            Feit::Geheel(n) => s.geheel((*n).into()),
            Feit::Getal(b) | Feit::Uren(b) => match b.honderdsten() {
                Some(h) if h % 100 == 0 => s.geheel(h / 100),
                Some(h) => s.honderdsten(h),
                None => s.null(),
            },
            Feit::Datum(d) => d.schrijf(s),
            Feit::Euro(c) => s.geheel(*c),
            Feit::Tekst(t) => s.tekst(t),
            Feit::Woorden(w) => w.schrijf(s),
            Feit::Naam(n) => s.tekst(n.code),
            Feit::Namen(n) => {
                s.begin_lijst();
                for n in n {
                    s.tekst(n.code);
                }
                s.einde_lijst();
            }
            Feit::JaNee(b) => s.ja_nee(*b),
        }
    }
}

impl Schrijf for Bevinding {
    fn schrijf(&self, s: &mut Schrijver) {
        s.begin_object();
        s.veld("code", self.code);
        s.veld("ernst", &self.ernst);
        s.veld("pad", &self.pad);
        s.veld("veld", &self.veld);
        s.veld("bericht", &self.bericht);
        s.veld("bron", self.bron);
        s.naam("feiten");
        s.begin_object();
        for (naam, feit) in &self.feiten {
            s.veld(naam, feit);
        }
        s.einde_object();
        s.veld("toelichting", &self.toelichting);
        s.einde_object();
    }
}

object!(Report {
    "ok" => ok,
    "indienbaar" => indienbaar,
    "regelset" => regelset,
    "bevindingen" => bevindingen,
    "uren" => uren,
    "termijnen" => termijnen,
    "prijs" => prijs,
});
object!(Regelset { "versie" => versie, "geldigVanaf" => geldig_vanaf, "genegeerd" => genegeerd });
object!(UrenRapport {
    "activiteiten" => activiteiten,
    "administratie" => administratie,
    "totaal" => totaal,
    "maximum" => maximum,
    "verhoogdMaximum" => verhoogd_maximum,
    "resterend" => resterend,
});
object!(Termijnen {
    "indienenUiterlijk" => indienen_uiterlijk,
    "oordeelUwvUiterlijk" => oordeel_uwv_uiterlijk,
    "herindienenUiterlijk" => herindienen_uiterlijk,
    "start" => start,
    "startGeschat" => start_geschat,
    "eindeDoorlooptijd" => einde_doorlooptijd,
    "evaluatiemoment" => evaluatiemoment,
    "werkhervattingUiterlijk" => werkhervatting_uiterlijk,
    "eindrapportageUiterlijk" => eindrapportage_uiterlijk,
});
object!(Prijs {
    "uurtariefCent" => uurtarief_cent,
    "tariefBron" => tarief_bron,
    "regels" => regels,
    "totaalCent" => totaal_cent,
    "vastePrijs" => vaste_prijs,
});
object!(Prijspost { "omschrijving" => omschrijving, "uren" => uren, "tariefCent" => tarief_cent, "bedragCent" => bedrag_cent });

// ---- the catalogue and the services -------------------------------------------------------

object!(Regel {
    "code" => code,
    "ernst" => ernst,
    "bron" => bron,
    "titel" => titel,
    "waarom" => waarom,
    "voorbeeld" => voorbeeld,
    "lezing" => lezing,
    "feiten" => feiten,
});

impl Schrijf for Urenregel {
    fn schrijf(&self, s: &mut Schrijver) {
        s.begin_object();
        match *self {
            Urenregel::Maximum { maximum, verhoogd_maximum } => {
                s.veld("soort", "maximum");
                s.veld("maximum", &maximum);
                s.veld("verhoogdMaximum", &verhoogd_maximum);
            }
            Urenregel::PerWeek { uren_per_week, maximum_per_jaar } => {
                s.veld("soort", "perWeek");
                s.veld("urenPerWeek", &uren_per_week);
                s.veld("maximumPerJaar", &maximum_per_jaar);
            }
            Urenregel::VastePrijs => s.veld("soort", "vastePrijs"),
        }
        s.einde_object();
    }
}

/// A service of a version, as `diensten()` gives it (with the names the page shows).
pub struct DienstVanVersie<'o> {
    pub info: &'o DienstInfo,
    pub overzicht: &'o Overzicht,
}

impl Schrijf for DienstVanVersie<'_> {
    fn schrijf(&self, s: &mut Schrijver) {
        let d = self.info;
        let namen = |codes: &mut dyn Iterator<Item = Naam>| codes.collect::<Vec<_>>();
        s.begin_object();
        s.veld("dienst", d.dienst.code());
        s.veld("naam", &d.dienst.naam());
        s.veld("versie", self.overzicht.versie);
        s.veld("perceel", &d.perceel);
        s.veld("paragraaf", d.paragraaf);
        s.veld("uren", &d.uren);
        s.veld("maxAdministratieUren", &d.max_administratie_uren);
        s.veld("maxDoorlooptijdMaanden", &d.max_doorlooptijd_maanden);
        s.veld("werkhervattingNaMaanden", &d.werkhervatting_na_maanden);
        s.veld("eindrapportageDagen", &d.eindrapportage_dagen);
        s.veld("heeftPlan", &d.heeft_plan);
        s.veld(
            "hoofdactiviteiten",
            &namen(&mut d.hoofdactiviteiten.iter().map(|h| Naam { code: h.code(), naam: h.naam() })),
        );
        s.veld("onderdelen", &namen(&mut d.onderdelen.iter().map(|o| Naam { code: o.code(), naam: o.naam() })));
        s.veld("bronUren", d.bron_uren);
        s.veld("bronDoorlooptijd", d.bron_doorlooptijd);
        s.einde_object();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tekens_en_getallen() {
        let mut s = Schrijver::default();
        s.begin_lijst();
        s.tekst("a\"b\\c\nd\u{1}é😀");
        s.geheel(-1234567890123);
        s.geheel(0);
        s.honderdsten(3850);
        s.honderdsten(800);
        s.honderdsten(8);
        s.honderdsten(-250);
        s.honderdsten(123456789);
        s.null();
        s.ja_nee(true);
        s.begin_object();
        s.veld("x", &Some(1u32));
        s.veld("y", &None::<u32>);
        s.einde_object();
        s.einde_lijst();
        assert_eq!(
            s.uit,
            r#"["a\"b\\c\nd\u0001é😀",-1234567890123,0,38.5,8.0,0.08,-2.5,1234567.89,null,true,{"x":1,"y":null}]"#
        );
        let terug: serde_json::Value = serde_json::from_str(&s.uit).unwrap();
        assert_eq!(terug[0], "a\"b\\c\nd\u{1}é😀");
        assert_eq!(terug[3], 38.5);
    }

    #[test]
    fn ascii_schrijft_dezelfde_waarde() {
        let tekst = "Cliënt € 3.096,00 — “ok” 😀 \u{1}\"\\ 1–2";
        let json = json_ascii(tekst);
        assert!(json.is_ascii(), "{json}");
        assert_eq!(json, r#""Cli\u00ebnt \u20ac 3.096,00 \u2014 \u201cok\u201d \ud83d\ude00 \u0001\"\\ 1\u20132""#);
        let terug: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(terug, tekst);
        // Without `ascii` the characters stay as they are.
        assert_eq!(super::json(tekst), r#""Cliënt € 3.096,00 — “ok” 😀 \u0001\"\\ 1–2""#);
    }
}
