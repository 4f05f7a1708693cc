//! A small JSON parser (RFC 8259) that never fails hard.
//!
//! Why not `serde_json::Value`: the plan reader needs four things a generic parser does not
//! give together. Numbers keep their exact text, so hours are exact decimals (`0.1` is one
//! tenth, not a float). Nesting deeper than [`MAX_DIEPTE`] is validated but not built,
//! without recursion, so hostile input cannot overflow the stack (I08). Strings without
//! escapes borrow from the input, which is what makes checking on every keystroke cheap in
//! WebAssembly. And a syntax error carries its line and column for I01.
//! `serde_json` is the oracle this parser is tested against (see the tests below).

use std::borrow::Cow;

/// Containers nested deeper than this are skipped and become [`Json::TeDiep`] (SPEC I08).
pub const MAX_DIEPTE: usize = 32;

/// At most this many values are built into a tree (a plan of 500 activities has about
/// 8 000). Past it the rest of the text is only validated and the whole value becomes
/// [`Json::TeVeel`]: the input is too large to be a plan (I08). This bounds the memory a
/// hostile input can take to a few megabytes, whatever its shape.
pub const MAX_WAARDEN: usize = 100_000;

/// A parsed JSON value. Objects keep their members in input order, duplicates included;
/// the reader lets the last one win, as `JSON.parse` does.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    /// The number exactly as written, e.g. `"-12.50e1"`.
    Getal(&'a str),
    Tekst(Cow<'a, str>),
    Lijst(Vec<Json<'a>>),
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
    /// A container nested deeper than [`MAX_DIEPTE`]: syntax-checked, not built.
    TeDiep,
    /// A container holding more than [`MAX_WAARDEN`] values, nested or not: syntax-checked,
    /// not built. The parser gives it only for the whole text.
    TeVeel,
}

/// Where and why the text is not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxFout {
    /// 1-based line.
    pub regel: usize,
    /// 1-based column, counted in characters.
    pub kolom: usize,
    pub verwacht: Verwacht,
}

/// What the parser expected where it stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verwacht {
    Waarde,
    KommaOfEinde,
    Sleutel,
    Dubbelepunt,
    EindeTekst,
    GeldigGetal,
    GeldigeEscape,
    GeenBesturingsteken,
    NietsMeer,
}

impl Verwacht {
    /// A name for the report's facts and messages.
    pub fn code(self) -> &'static str {
        match self {
            Verwacht::Waarde => "waarde",
            Verwacht::KommaOfEinde => "komma-of-einde",
            Verwacht::Sleutel => "sleutel",
            Verwacht::Dubbelepunt => "dubbelepunt",
            Verwacht::EindeTekst => "einde-tekst",
            Verwacht::GeldigGetal => "geldig-getal",
            Verwacht::GeldigeEscape => "geldige-escape",
            Verwacht::GeenBesturingsteken => "geen-besturingsteken",
            Verwacht::NietsMeer => "niets-meer",
        }
    }
}

/// Parses one JSON text.
pub fn parse(tekst: &str) -> Result<Json<'_>, SyntaxFout> {
    let mut p =
        Parser { s: tekst, b: tekst.as_bytes(), i: 0, leden: Vec::new(), items: Vec::new(), ruimte: MAX_WAARDEN };
    let resultaat = p.waarde(1).and_then(|w| {
        p.spatie();
        if p.i < p.b.len() {
            Err(Verwacht::NietsMeer)
        } else {
            Ok(w)
        }
    });
    resultaat.map_err(|verwacht| p.fout(verwacht))
}

/// The bytes that end a run of plain characters in a string: `"`, `\\` and controls.
static STOPT_TEKST: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    /// Members and items of the containers being read, innermost last. A container moves
    /// its own into a vector of exactly the right size when it closes: one allocation per
    /// container, none wasted, however large or small (hostile input is many tiny ones).
    leden: Vec<(Cow<'a, str>, Json<'a>)>,
    items: Vec<Json<'a>>,
    /// How many more values may be built ([`MAX_WAARDEN`]).
    ruimte: usize,
}

type Uitkomst<T> = Result<T, Verwacht>;

impl<'a> Parser<'a> {
    fn fout(&self, verwacht: Verwacht) -> SyntaxFout {
        let tot = self.i.min(self.b.len());
        let voor = self.s.get(..tot).unwrap_or(self.s);
        let regel = voor.bytes().filter(|&c| c == b'\n').count() + 1;
        let begin_regel = voor.rfind('\n').map_or(0, |n| n + 1);
        let kolom = voor.get(begin_regel..).map_or(0, |r| r.chars().count()) + 1;
        SyntaxFout { regel, kolom, verwacht }
    }

    #[inline]
    fn spatie(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            if c == b' ' || c == b'\n' || c == b'\r' || c == b'\t' {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    #[inline]
    fn kijk(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn woord(&mut self, w: &[u8]) -> Uitkomst<()> {
        if self.b.get(self.i..self.i + w.len()) == Some(w) {
            self.i += w.len();
            Ok(())
        } else {
            Err(Verwacht::Waarde)
        }
    }

    fn waarde(&mut self, diepte: usize) -> Uitkomst<Json<'a>> {
        self.spatie();
        match self.kijk() {
            Some(b'{') | Some(b'[') if diepte > MAX_DIEPTE => {
                self.sla_over()?;
                Ok(Json::TeDiep)
            }
            Some(b'{') | Some(b'[') if self.ruimte == 0 => {
                self.sla_over()?;
                Ok(Json::TeVeel)
            }
            Some(b'{') => self.object(diepte),
            Some(b'[') => self.lijst(diepte),
            Some(b'"') => self.tekst().map(Json::Tekst),
            Some(b't') => self.woord(b"true").map(|_| Json::Bool(true)),
            Some(b'f') => self.woord(b"false").map(|_| Json::Bool(false)),
            Some(b'n') => self.woord(b"null").map(|_| Json::Null),
            Some(b'-' | b'0'..=b'9') => self.getal().map(Json::Getal),
            _ => Err(Verwacht::Waarde),
        }
    }

    /// Takes one value from the budget ([`MAX_WAARDEN`]); a container skipped for its depth
    /// is free. `false` when the budget is spent: then every open container skips the rest
    /// of its text and becomes [`Json::TeVeel`], up to the whole value.
    fn neem(&mut self, w: &Json<'_>) -> bool {
        match w {
            Json::TeDiep => return true,
            Json::TeVeel => return false,
            _ => {}
        }
        match self.ruimte.checked_sub(1) {
            Some(r) => {
                self.ruimte = r;
                true
            }
            None => false,
        }
    }

    fn object(&mut self, diepte: usize) -> Uitkomst<Json<'a>> {
        self.i += 1;
        self.spatie();
        if self.kijk() == Some(b'}') {
            self.i += 1;
            return Ok(Json::Object(Vec::new()));
        }
        let begin = self.leden.len();
        loop {
            self.spatie();
            if self.kijk() != Some(b'"') {
                return Err(Verwacht::Sleutel);
            }
            let sleutel = self.tekst()?;
            self.spatie();
            if self.kijk() != Some(b':') {
                return Err(Verwacht::Dubbelepunt);
            }
            self.i += 1;
            let w = self.waarde(diepte + 1)?;
            if !self.neem(&w) {
                self.leden.truncate(begin);
                self.sla_rest(vec![b'}'], true)?;
                return Ok(Json::TeVeel);
            }
            self.leden.push((sleutel, w));
            self.spatie();
            match self.kijk() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Json::Object(self.leden.drain(begin..).collect()));
                }
                _ => return Err(Verwacht::KommaOfEinde),
            }
        }
    }

    fn lijst(&mut self, diepte: usize) -> Uitkomst<Json<'a>> {
        self.i += 1;
        self.spatie();
        if self.kijk() == Some(b']') {
            self.i += 1;
            return Ok(Json::Lijst(Vec::new()));
        }
        let begin = self.items.len();
        loop {
            let w = self.waarde(diepte + 1)?;
            if !self.neem(&w) {
                self.items.truncate(begin);
                self.sla_rest(vec![b']'], true)?;
                return Ok(Json::TeVeel);
            }
            self.items.push(w);
            self.spatie();
            match self.kijk() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Json::Lijst(self.items.drain(begin..).collect()));
                }
                _ => return Err(Verwacht::KommaOfEinde),
            }
        }
    }

    fn getal(&mut self) -> Uitkomst<&'a str> {
        let begin = self.i;
        if self.kijk() == Some(b'-') {
            self.i += 1;
        }
        match self.kijk() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => self.cijfers(),
            _ => return Err(Verwacht::GeldigGetal),
        }
        if self.kijk() == Some(b'.') {
            self.i += 1;
            if !matches!(self.kijk(), Some(b'0'..=b'9')) {
                return Err(Verwacht::GeldigGetal);
            }
            self.cijfers();
        }
        if matches!(self.kijk(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.kijk(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !matches!(self.kijk(), Some(b'0'..=b'9')) {
                return Err(Verwacht::GeldigGetal);
            }
            self.cijfers();
        }
        // Only ASCII was consumed, so both ends are character boundaries.
        self.s.get(begin..self.i).ok_or(Verwacht::GeldigGetal)
    }

    #[inline]
    fn cijfers(&mut self) {
        while matches!(self.kijk(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
    }

    /// Moves past the bytes that stand for themselves in a string, to a quote, a
    /// backslash, a control character or the end: one table lookup per byte.
    #[inline]
    fn gewone_tekens(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            if STOPT_TEKST[usize::from(c)] {
                break;
            }
            self.i += 1;
        }
    }

    /// A string; borrowed when it has no escapes.
    fn tekst(&mut self) -> Uitkomst<Cow<'a, str>> {
        self.i += 1;
        let begin = self.i;
        self.gewone_tekens();
        match self.kijk() {
            None => return Err(Verwacht::EindeTekst),
            Some(b'"') => {
                let t = self.s.get(begin..self.i).ok_or(Verwacht::EindeTekst)?;
                self.i += 1;
                return Ok(Cow::Borrowed(t));
            }
            Some(b'\\') => {}
            Some(_) => return Err(Verwacht::GeenBesturingsteken),
        }
        let mut uit = String::from(self.s.get(begin..self.i).unwrap_or(""));
        loop {
            let run = self.i;
            self.gewone_tekens();
            uit.push_str(self.s.get(run..self.i).unwrap_or(""));
            match self.kijk() {
                None => return Err(Verwacht::EindeTekst),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(Cow::Owned(uit));
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self.kijk().ok_or(Verwacht::EindeTekst)?;
                    self.i += 1;
                    match c {
                        b'"' => uit.push('"'),
                        b'\\' => uit.push('\\'),
                        b'/' => uit.push('/'),
                        b'b' => uit.push('\u{8}'),
                        b'f' => uit.push('\u{c}'),
                        b'n' => uit.push('\n'),
                        b'r' => uit.push('\r'),
                        b't' => uit.push('\t'),
                        b'u' => uit.push(self.unicode()?),
                        _ => return Err(Verwacht::GeldigeEscape),
                    }
                }
                Some(_) => return Err(Verwacht::GeenBesturingsteken),
            }
        }
    }

    fn hex4(&mut self) -> Uitkomst<u32> {
        let mut n = 0u32;
        for _ in 0..4 {
            let c = self.kijk().ok_or(Verwacht::GeldigeEscape)?;
            let d = (c as char).to_digit(16).ok_or(Verwacht::GeldigeEscape)?;
            n = n * 16 + d;
            self.i += 1;
        }
        Ok(n)
    }

    /// `\uXXXX`, joining surrogate pairs. A lone surrogate (which `JSON.stringify` can
    /// produce from a JavaScript string) becomes U+FFFD instead of an error.
    fn unicode(&mut self) -> Uitkomst<char> {
        let hoog = self.hex4()?;
        if (0xD800..0xDC00).contains(&hoog) && self.b.get(self.i..self.i + 2) == Some(b"\\u") {
            let terug = self.i;
            self.i += 2;
            let laag = self.hex4()?;
            if (0xDC00..0xE000).contains(&laag) {
                let c = 0x10000 + ((hoog - 0xD800) << 10) + (laag - 0xDC00);
                return Ok(char::from_u32(c).unwrap_or('\u{FFFD}'));
            }
            self.i = terug;
        }
        Ok(char::from_u32(hoog).unwrap_or('\u{FFFD}'))
    }

    /// Validates one container without building it and without recursion.
    fn sla_over(&mut self) -> Uitkomst<()> {
        self.sla_rest(Vec::new(), false)
    }

    /// Validates without building: one value (`stapel` empty, `na_waarde` false), or the
    /// rest of the open containers in `stapel` (innermost last) after one of their values.
    fn sla_rest(&mut self, mut stapel: Vec<u8>, mut na_waarde: bool) -> Uitkomst<()> {
        loop {
            if na_waarde {
                na_waarde = false;
                if self.na_waarde(&mut stapel)? {
                    return Ok(());
                }
                continue;
            }
            // Expect a value.
            self.spatie();
            match self.kijk() {
                Some(b'{') => {
                    self.i += 1;
                    self.spatie();
                    if self.kijk() == Some(b'}') {
                        self.i += 1;
                    } else {
                        stapel.push(b'}');
                        self.sleutel_en_dubbelepunt()?;
                        continue;
                    }
                }
                Some(b'[') => {
                    self.i += 1;
                    self.spatie();
                    if self.kijk() == Some(b']') {
                        self.i += 1;
                    } else {
                        stapel.push(b']');
                        continue;
                    }
                }
                Some(b'"') => {
                    self.tekst()?;
                }
                Some(b't') => self.woord(b"true")?,
                Some(b'f') => self.woord(b"false")?,
                Some(b'n') => self.woord(b"null")?,
                Some(b'-' | b'0'..=b'9') => {
                    self.getal()?;
                }
                _ => return Err(Verwacht::Waarde),
            }
            if self.na_waarde(&mut stapel)? {
                return Ok(());
            }
        }
    }

    /// After a value: closes containers, or moves on to the next member or item.
    /// `true` when every container in `stapel` is closed.
    fn na_waarde(&mut self, stapel: &mut Vec<u8>) -> Uitkomst<bool> {
        loop {
            let Some(&sluit) = stapel.last() else {
                return Ok(true);
            };
            self.spatie();
            match self.kijk() {
                Some(b',') => {
                    self.i += 1;
                    if sluit == b'}' {
                        self.spatie();
                        self.sleutel_en_dubbelepunt()?;
                    }
                    return Ok(false);
                }
                Some(c) if c == sluit => {
                    self.i += 1;
                    stapel.pop();
                }
                _ => return Err(Verwacht::KommaOfEinde),
            }
        }
    }

    fn sleutel_en_dubbelepunt(&mut self) -> Uitkomst<()> {
        if self.kijk() != Some(b'"') {
            return Err(Verwacht::Sleutel);
        }
        self.tekst()?;
        self.spatie();
        if self.kijk() != Some(b':') {
            return Err(Verwacht::Dubbelepunt);
        }
        self.i += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Converts our tree to serde_json's, to compare with the oracle.
    fn naar_serde(j: &Json) -> serde_json::Value {
        match j {
            Json::Null => serde_json::Value::Null,
            Json::Bool(b) => serde_json::Value::Bool(*b),
            // Rust's parser rounds correctly (serde_json's default float parser does not).
            Json::Getal(t) => match (t.parse::<i64>(), t.parse::<u64>()) {
                (Ok(i), _) => serde_json::json!(i),
                (_, Ok(u)) => serde_json::json!(u),
                _ => serde_json::json!(t.parse::<f64>().unwrap()),
            },
            Json::Tekst(t) => serde_json::Value::String(t.to_string()),
            Json::Lijst(l) => serde_json::Value::Array(l.iter().map(naar_serde).collect()),
            Json::Object(o) => {
                let mut m = serde_json::Map::new();
                for (k, v) in o {
                    m.insert(k.to_string(), naar_serde(v));
                }
                serde_json::Value::Object(m)
            }
            Json::TeDiep => serde_json::Value::String("<te diep>".into()),
            Json::TeVeel => serde_json::Value::String("<te veel>".into()),
        }
    }

    #[test]
    fn leest_een_plan() {
        let j = parse(r#" {"a": [1, -2.5e3, true, null], "b\n": "x\u00e9\"", "c": {}} "#).unwrap();
        let Json::Object(leden) = &j else { panic!() };
        assert_eq!(leden.len(), 3);
        assert_eq!(
            leden[0].1,
            Json::Lijst(vec![Json::Getal("1"), Json::Getal("-2.5e3"), Json::Bool(true), Json::Null])
        );
        assert_eq!(leden[1].0, "b\n");
        assert_eq!(leden[1].1, Json::Tekst("xé\"".into()));
    }

    #[test]
    fn getallen_houden_hun_tekst() {
        assert_eq!(parse("0.1").unwrap(), Json::Getal("0.1"));
        assert_eq!(parse("-0").unwrap(), Json::Getal("-0"));
        assert_eq!(parse("1E+2").unwrap(), Json::Getal("1E+2"));
    }

    #[test]
    fn fouten_met_regel_en_kolom() {
        let f = parse("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
        assert_eq!((f.regel, f.kolom, f.verwacht), (3, 7, Verwacht::Dubbelepunt));
        for slecht in [
            "",
            "01",
            "1.",
            "-",
            "[1,]",
            "{\"a\":1,}",
            "\"a",
            "tru",
            "[1 2]",
            "{} x",
            "\"\t\"",
            "\"\\x\"",
            "NaN",
            "'a'",
        ] {
            assert!(parse(slecht).is_err(), "{slecht:?} moet fout zijn");
        }
    }

    #[test]
    fn surrogaten() {
        assert_eq!(parse(r#""\ud83d\ude00""#).unwrap(), Json::Tekst("😀".into()));
        assert_eq!(parse(r#""\ud83d x""#).unwrap(), Json::Tekst("\u{FFFD} x".into()));
        assert_eq!(parse(r#""\ude00""#).unwrap(), Json::Tekst("\u{FFFD}".into()));
    }

    #[test]
    fn te_veel_waarden_maken_het_geheel_te_groot() {
        let lijst = |n: usize| format!("{{\"b\":1,\"a\":[{}]}}", vec!["1"; n].join(","));
        // Exactly the budget (the member b, the list, its items): built.
        let past = lijst(MAX_WAARDEN - 2);
        let Json::Object(leden) = parse(&past).unwrap() else { panic!("not an object") };
        assert!(matches!(&leden[1].1, Json::Lijst(l) if l.len() == MAX_WAARDEN - 2));
        // One more, wherever it is: the whole value is too large, and still validated.
        assert_eq!(parse(&lijst(MAX_WAARDEN - 1)).unwrap(), Json::TeVeel);
        assert!(parse(&format!("{}x", lijst(MAX_WAARDEN))).is_err());
        assert!(parse(&lijst(MAX_WAARDEN).replace("1]}", "1}}")).is_err());
        // Lists of small lists: every value counts, however it is nested.
        let rij = format!("[{}]", vec!["1"; 400].join(","));
        let rijen = |n: usize| format!("[{}]", vec![rij.as_str(); n].join(","));
        assert!(matches!(parse(&rijen(249)).unwrap(), Json::Lijst(l) if l.len() == 249));
        assert_eq!(parse(&rijen(300)).unwrap(), Json::TeVeel);
        // Depth-skipped parts do not count.
        let diep = "[".repeat(MAX_DIEPTE + 2) + &"]".repeat(MAX_DIEPTE + 2);
        let lijst_diep = format!("[{}]", vec![diep.as_str(); 1000].join(","));
        assert!(matches!(parse(&lijst_diep).unwrap(), Json::Lijst(l) if l.len() == 1000));
    }

    #[test]
    fn diepe_nesting_wordt_overgeslagen_zonder_recursie() {
        let diep = "[".repeat(MAX_DIEPTE) + &"]".repeat(MAX_DIEPTE);
        assert!(!format!("{:?}", parse(&diep).unwrap()).contains("TeDiep"));
        let dieper = "[".repeat(MAX_DIEPTE + 1) + &"]".repeat(MAX_DIEPTE + 1);
        assert!(format!("{:?}", parse(&dieper).unwrap()).contains("TeDiep"));
        // A million levels: no stack overflow, and still validated.
        let n = 1_000_000;
        let heel_diep = "[{\"a\":".repeat(n) + "1" + &"}]".repeat(n);
        assert!(parse(&heel_diep).is_ok());
        let kapot = "[".repeat(n) + &"]".repeat(n - 1);
        assert!(parse(&kapot).is_err());
        let kapot2 = "[".repeat(40) + "{\"a\" 1}" + &"]".repeat(40);
        assert_eq!(parse(&kapot2).unwrap_err().verwacht, Verwacht::Dubbelepunt);
    }

    fn json_waarde() -> impl Strategy<Value = serde_json::Value> {
        let blad = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::Bool),
            any::<i64>().prop_map(|n| serde_json::json!(n)),
            (-1e6f64..1e6).prop_map(|n| serde_json::json!(n)),
            ".*".prop_map(serde_json::Value::String),
        ];
        blad.prop_recursive(4, 64, 8, |binnen| {
            prop_oneof![
                prop::collection::vec(binnen.clone(), 0..8).prop_map(serde_json::Value::Array),
                prop::collection::btree_map("[a-zé\"\\\\]{0,6}", binnen, 0..8)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Whatever serde_json writes, we read back the same.
        #[test]
        fn zelfde_als_serde_json(w in json_waarde(), mooi in any::<bool>()) {
            let tekst = if mooi { serde_json::to_string_pretty(&w).unwrap() } else { w.to_string() };
            prop_assert_eq!(naar_serde(&parse(&tekst).unwrap()), w);
        }

        /// On arbitrary text we agree with serde_json on what is JSON, and never panic.
        #[test]
        fn willekeurige_tekst(t in "[\\[\\]{}\",:0-9a-z\\\\. -]{0,40}") {
            let ons = parse(&t).is_ok();
            let serde = serde_json::from_str::<serde_json::Value>(&t).is_ok();
            prop_assert_eq!(ons, serde, "{:?}", t);
        }
    }
}
