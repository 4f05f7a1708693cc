//! Writing the report (and the catalogue, the services, the schema) as JSON text.
//!
//! A small writer of our own instead of serde_json: the report's shape is fixed, its
//! numbers are exact decimals we print ourselves (hours from hundredths, money in whole
//! cents), and in WebAssembly serde_json's float printing and generic machinery cost more
//! than 25 KB. The tests parse everything it writes with serde_json.

use chrono::NaiveDate;

/// Appends JSON to a string.
pub struct Schrijver {
    pub uit: String,
    /// Whether the next member or item needs a comma before it.
    komma: bool,
}

impl Default for Schrijver {
    fn default() -> Self {
        Schrijver { uit: String::with_capacity(2048), komma: false }
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

    fn tekst_ruw(&mut self, t: &str) {
        self.uit.push('"');
        let mut begin = 0;
        for (i, b) in t.bytes().enumerate() {
            if b >= 0x20 && b != b'"' && b != b'\\' {
                continue;
            }
            let vervanging = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            self.uit.push_str(t.get(begin..i).unwrap_or(""));
            if vervanging.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
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

/// The decimal digits of a whole number (without `core::fmt`).
/// A magnitude in hundredths split into its whole part and its hundredths (3850 → 38, 50),
/// in 64 bits when it fits (see [`cijfers`]).
pub fn per_honderd(n: u128) -> (i128, u8) {
    match u64::try_from(n) {
        Ok(k) => (i128::from(k / 100), (k % 100) as u8),
        Err(_) => ((n / 100) as i128, (n % 100) as u8),
    }
}

pub fn cijfers(n: i128, uit: &mut String) {
    const E19: u128 = 10_000_000_000_000_000_000;
    if n < 0 {
        uit.push('-');
    }
    let mut n = n.unsigned_abs();
    let mut buf = [0u8; 40];
    let mut i = buf.len();
    // In 64-bit chunks of 19 digits: 128-bit division is a library call in WebAssembly,
    // and a plan's numbers always fit in one chunk.
    loop {
        let (rest, mut deel) = match u64::try_from(n) {
            Ok(k) => (0, k),
            Err(_) => (n / E19, (n % E19) as u64),
        };
        let eind = i;
        loop {
            i -= 1;
            buf[i] = b'0' + (deel % 10) as u8;
            deel /= 10;
            if deel == 0 {
                break;
            }
        }
        if rest == 0 {
            break;
        }
        while i > eind - 19 {
            i -= 1;
            buf[i] = b'0';
        }
        n = rest;
    }
    uit.push_str(std::str::from_utf8(&buf[i..]).unwrap_or_default());
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
        s.tekst(&crate::datum::tekst(*self));
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
pub(crate) use object;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cijfers_als_format() {
        let e19 = 10_000_000_000_000_000_000i128;
        for n in [0, 7, -1, 1234567, e19 - 1, e19, e19 + 5, -e19 * e19, i128::from(u64::MAX) + 1, i128::MAX, i128::MIN]
        {
            let mut s = String::new();
            cijfers(n, &mut s);
            assert_eq!(s, n.to_string());
        }
    }

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
}
