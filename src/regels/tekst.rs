//! Finding words in Dutch text as people write it (rules C08–C10, S04, S06, S11, S15).
//!
//! A text is split into words at everything that is not a letter or a digit (so
//! "GGZ-behandeling" is the two words "ggz" "behandeling"), and every word is folded to
//! lower case without accents ("Diëtist" → "dietist"). A term is written in that folded
//! form, one or more words separated by spaces, each word optionally with `*`:
//! - `schuld`     the whole word only ("schuld", not "schulden");
//! - `schuldhulp*` a word that starts with it ("schuldhulpverlening");
//! - `*therapie`  a word that ends with it ("psychotherapie");
//! - `*diploma*`  a word that contains it ("vakdiploma's");
//! - `plannen van afspraken` those words in a row.
//!
//! Speed matters (every keystroke, often in WebAssembly): a text is folded once into one
//! buffer ([`Gevouwen`]), and a word list is compiled once, on first use, into terms whose
//! words and modes are ready to compare ([`Lijst`]). No string is lowercased into a new
//! string per comparison.

use std::sync::{Mutex, PoisonError};

use crate::bron::woorden::Termen;

/// Longest word we compare; longer words (not Dutch) never match.
const MAX_WOORD: usize = 48;

/// Lower case, without accents; characters that have no ASCII form become 0xFF.
fn vouw(c: char) -> u8 {
    match c {
        'a'..='z' | '0'..='9' => c as u8,
        'A'..='Z' => c.to_ascii_lowercase() as u8,
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => b'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => b'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => b'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => b'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => b'u',
        'ý' | 'ÿ' | 'Ý' => b'y',
        'ç' | 'Ç' => b'c',
        'ñ' | 'Ñ' => b'n',
        _ => 0xFF,
    }
}

/// Letters and digits. Beyond ASCII we count every character as a letter except the
/// punctuation and symbol blocks, which is right for Dutch text and keeps the large
/// Unicode tables of `char::is_alphanumeric` out of the WebAssembly.
fn is_woordteken(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\u{BF}' | '×' | '÷' => false,
        '\u{2000}'..='\u{2BFF}' | '\u{3000}'..='\u{303F}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FF0F}' => false,
        _ => !crate::basis::tekens::is_onzichtbaar(c),
    }
}

/// For an ASCII byte: its folded form, or 0 when it separates words.
static ASCII: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = match c {
            b'a'..=b'z' | b'0'..=b'9' => c,
            b'A'..=b'Z' => c + 32,
            _ => 0,
        };
        i += 1;
    }
    t
};

/// The character at byte `i`, folded (0 when it separates words), and where the next one
/// starts; `None` at the end. ASCII, most of any Dutch text, takes one table lookup.
#[inline]
fn teken(tekst: &str, i: usize) -> Option<(u8, usize)> {
    let b = *tekst.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((ASCII[usize::from(b)], i + 1));
    }
    teken_buiten_ascii(tekst, i)
}

/// [`teken`] for a character beyond ASCII, kept out of the hot loop.
#[inline(never)]
fn teken_buiten_ascii(tekst: &str, i: usize) -> Option<(u8, usize)> {
    let c = tekst.get(i..)?.chars().next()?;
    Some((if is_woordteken(c) { vouw(c) } else { 0 }, i + c.len_utf8()))
}

/// One word of a folded text.
#[derive(Debug, Clone, Copy)]
struct Woord {
    begin: u32,
    eind: u32,
    /// Its first 8 bytes, little-endian, zero-padded: most comparisons end here.
    kop: u64,
}

/// Up to the first 8 bytes as a little-endian number, zero-padded.
#[inline]
fn kop(b: &[u8]) -> u64 {
    b.iter().take(8).enumerate().fold(0, |k, (i, &c)| k | u64::from(c) << (8 * i))
}

/// A text folded once: its words, lower case and without accents, in one buffer.
pub struct Gevouwen {
    bytes: Vec<u8>,
    woorden: Vec<Woord>,
}

impl Gevouwen {
    pub fn van(tekst: &str) -> Gevouwen {
        // Folding never makes a text longer: one byte per character at most.
        let mut g =
            Gevouwen { bytes: Vec::with_capacity(tekst.len()), woorden: Vec::with_capacity(tekst.len() / 6 + 1) };
        let (mut begin, mut lengte, mut kop) = (0usize, 0usize, 0u64);
        let b = tekst.as_bytes();
        let mut i = 0;
        while i <= b.len() {
            // The folded byte, or 0 at a separator and at the end (which closes the last word).
            // The ASCII case of [`teken`] is written out: this loop is the text rules' hot path.
            let f = match b.get(i) {
                Some(&c) if c < 0x80 => {
                    i += 1;
                    ASCII[usize::from(c)]
                }
                Some(_) => match teken_buiten_ascii(tekst, i) {
                    Some((f, volgende)) => {
                        i = volgende;
                        f
                    }
                    None => break,
                },
                None => {
                    i += 1;
                    0
                }
            };
            if f != 0 {
                if lengte == 0 {
                    begin = g.bytes.len();
                    kop = 0;
                }
                if lengte < 8 {
                    kop |= u64::from(f) << (8 * lengte);
                }
                if lengte < MAX_WOORD {
                    g.bytes.push(f);
                }
                lengte += 1;
            } else if lengte > 0 {
                if lengte > MAX_WOORD {
                    // One byte no term can match.
                    g.bytes.truncate(begin);
                    g.bytes.push(0xFF);
                    kop = 0xFF;
                }
                g.woorden.push(Woord { begin: begin as u32, eind: g.bytes.len() as u32, kop });
                lengte = 0;
            }
        }
        g
    }

    pub fn aantal_woorden(&self) -> usize {
        self.woorden.len()
    }

    #[inline]
    fn woord(&self, w: Woord) -> &[u8] {
        self.bytes.get(w.begin as usize..w.eind as usize).unwrap_or_default()
    }
}

/// The number of words in a text (without folding it into a buffer).
pub fn aantal_woorden(tekst: &str) -> usize {
    let (mut aantal, mut in_woord, mut i) = (0, false, 0);
    while let Some((f, volgende)) = teken(tekst, i) {
        if f != 0 && !in_woord {
            aantal += 1;
        }
        in_woord = f != 0;
        i = volgende;
    }
    aantal
}

/// Whether the text holds a digit (S06: a number is measurable).
pub fn heeft_cijfer(tekst: &str) -> bool {
    tekst.bytes().any(|b| b.is_ascii_digit())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Modus {
    Heel,
    Begin,
    Eind,
    Deel,
}

/// One word of a term, ready to compare.
#[derive(Debug, Clone)]
struct TermWoord {
    kern: &'static [u8],
    modus: Modus,
    /// The first 8 bytes of `kern` as in [`Woord::kop`], and the mask of those bytes.
    kop: u64,
    masker: u64,
}

impl TermWoord {
    fn lees(deel: &'static str) -> TermWoord {
        let b = deel.as_bytes();
        let (begin, eind) = (b.first() == Some(&b'*'), b.len() > 1 && b.last() == Some(&b'*'));
        let kern = &b[usize::from(begin)..b.len() - usize::from(eind)];
        let modus = match (begin, eind) {
            (false, false) => Modus::Heel,
            (false, true) => Modus::Begin,
            (true, false) => Modus::Eind,
            (true, true) => Modus::Deel,
        };
        let masker = if kern.len() >= 8 { u64::MAX } else { (1u64 << (8 * kern.len())) - 1 };
        TermWoord { kern, modus, kop: kop(kern), masker }
    }

    #[inline]
    fn past(&self, g: &Gevouwen, w: Woord) -> bool {
        let k = self.kern;
        let lengte = (w.eind - w.begin) as usize;
        match self.modus {
            // The common cases: one compare of the first 8 bytes decides most words.
            Modus::Heel | Modus::Begin => {
                (lengte == k.len() || (self.modus == Modus::Begin && lengte > k.len()))
                    && w.kop & self.masker == self.kop
                    && (k.len() <= 8 || g.woord(w).get(8..k.len()) == k.get(8..))
            }
            // Compare one byte before the whole: these terms are tried on every word.
            Modus::Eind => {
                let woord = g.woord(w);
                woord.last() == k.last() && woord.ends_with(k)
            }
            Modus::Deel => match k.first() {
                Some(&eerste) => g.woord(w).windows(k.len()).any(|v| v[0] == eerste && v == k),
                None => true,
            },
        }
    }
}

#[derive(Debug)]
struct Term {
    tekst: &'static str,
    woorden: Vec<TermWoord>,
}

/// A compiled list: the terms, and which of them can match a word starting with a byte.
struct Gecompileerd {
    /// By the first byte of a word: the first word of each term that can match it, with
    /// the term's index. Those that may start anywhere (`*…`) are in every entry, after the
    /// others. Kept inline so that trying a candidate reads one contiguous array.
    per_begin: Vec<Vec<(TermWoord, u16)>>,
    termen: Vec<Term>,
}

impl Gecompileerd {
    /// The terms that could match a word: their first word and their index.
    #[inline]
    fn kandidaten(&self, w: Woord) -> &[(TermWoord, u16)] {
        self.per_begin.get((w.kop & 0xFF) as usize).map_or(&[], |v| &v[..])
    }

    /// Whether the term is one word.
    fn enkel(&self, t: u16) -> bool {
        self.termen.get(usize::from(t)).is_some_and(|t| t.woorden.len() == 1)
    }
}

/// A word list compiled once, on first use, and kept for every later check: the lists are
/// data of a version of the Overzicht (`bron::woorden`), found again by their address.
fn lijst(termen: Termen) -> &'static Gecompileerd {
    type Cache = Vec<((usize, usize), &'static Gecompileerd)>;
    static CACHE: Mutex<Cache> = Mutex::new(Vec::new());
    let sleutel = (termen.as_ptr() as usize, termen.len());
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, g)) = cache.iter().find(|(k, _)| *k == sleutel) {
        return g;
    }
    let g: &'static Gecompileerd = Box::leak(Box::new(compileer(termen)));
    cache.push((sleutel, g));
    g
}

fn compileer(termen: Termen) -> Gecompileerd {
    let termen: Vec<Term> =
        termen.iter().map(|&t| Term { tekst: t, woorden: t.split(' ').map(TermWoord::lees).collect() }).collect();
    let mut per_begin: Vec<Vec<(TermWoord, u16)>> = (0..256).map(|_| Vec::new()).collect();
    let mut altijd = Vec::new();
    for (i, t) in termen.iter().enumerate() {
        let Some(eerste) = t.woorden.first() else { continue };
        let kandidaat = (eerste.clone(), i as u16);
        match (eerste.modus, eerste.kern.first()) {
            (Modus::Heel | Modus::Begin, Some(&b)) => per_begin[usize::from(b)].push(kandidaat),
            _ => altijd.push(kandidaat),
        }
    }
    for lijst in &mut per_begin {
        lijst.extend(altijd.iter().cloned());
    }
    Gecompileerd { termen, per_begin }
}

/// The first term of the list that occurs in the text (in the order of the text), with
/// the words of the text it matched.
pub fn vind(termen: Termen, g: &Gevouwen) -> Option<(&'static str, String)> {
    let c = lijst(termen);
    for (i, &w) in g.woorden.iter().enumerate() {
        for (eerste, t) in c.kandidaten(w) {
            if !eerste.past(g, w) {
                continue;
            }
            let Some(term) = c.termen.get(usize::from(*t)) else { continue };
            let rest = term.woorden.get(1..).unwrap_or_default();
            let volgende = g.woorden.get(i + 1..).unwrap_or_default();
            if volgende.len() >= rest.len() && rest.iter().zip(volgende).all(|(d, &v)| d.past(g, v)) {
                let gevonden = g.woorden.get(i..=i + rest.len()).unwrap_or_default();
                let woorden: Vec<String> =
                    gevonden.iter().map(|&w| String::from_utf8_lossy(g.woord(w)).into_owned()).collect();
                return Some((term.tekst, woorden.join(" ")));
            }
        }
    }
    None
}

pub fn bevat(termen: Termen, g: &Gevouwen) -> bool {
    vind(termen, g).is_some()
}

/// Whether every word of the text is one of the list's single-word terms (S04).
pub fn alleen(termen: Termen, g: &Gevouwen) -> bool {
    let c = lijst(termen);
    !g.woorden.is_empty()
        && g.woorden.iter().all(|&w| c.kandidaten(w).iter().any(|(eerste, t)| eerste.past(g, w) && c.enkel(*t)))
}

/// An activity's description, goal and result, folded once for all the text rules.
#[derive(Default)]
pub struct ActiviteitTeksten {
    pub omschrijving: Option<Gevouwen>,
    pub doel: Option<Gevouwen>,
    pub resultaat: Option<Gevouwen>,
}

impl ActiviteitTeksten {
    pub fn van(plan: &crate::plan::Plan) -> Vec<ActiviteitTeksten> {
        let crate::plan::Veld::Waarde(lijst) = &plan.activiteiten else { return Vec::new() };
        let vouw = |v: &crate::plan::Veld<crate::plan::Tekst>| v.waarde().map(|t| Gevouwen::van(t));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn vind_(tekst: &str, lijst: Termen) -> Option<&'static str> {
        super::vind(lijst, &Gevouwen::van(tekst)).map(|(t, _)| t)
    }

    #[test]
    fn vouwen_en_woorden() {
        assert_eq!(aantal_woorden("Diëtist, GGZ-behandeling; en… 3x"), 5);
        assert_eq!(aantal_woorden("   "), 0);
        for t in ["", "a", " a b ", "één—twee…drie", "x\u{2028}y", "ĳs ÿ"] {
            assert_eq!(aantal_woorden(t), Gevouwen::van(t).aantal_woorden(), "{t:?}");
        }
        const L1: Termen = &["dietist"];
        assert!(bevat(L1, &Gevouwen::van("Contact met een DIËTIST.")));
        const L2: Termen = &["een keer"];
        assert!(bevat(L2, &Gevouwen::van("Één keer per week")));
    }

    #[test]
    fn woordgrenzen_en_samenstellingen() {
        const L: Termen = &["schuldhulp*", "*therapie*", "schuld", "plannen van afspraken"];
        assert_eq!(vind_("Aanmelden bij schuldhulpverlening", L), Some("schuldhulp*"));
        assert_eq!(vind_("Cognitieve gedragstherapie", L), Some("*therapie*"));
        assert_eq!(vind_("Therapieën voor angst", L), Some("*therapie*"));
        assert_eq!(vind_("Zijn schulden in kaart", L), None);
        assert_eq!(vind_("Hij heeft schuld", L), Some("schuld"));
        assert_eq!(vind_("Het plannen van afspraken", L), Some("plannen van afspraken"));
        assert_eq!(vind_("Plannen, en dan van afspraken", L), None);
        assert_eq!(vind_("het plannen van", L), None, "a term cut off at the end of the text");
        assert_eq!(vind_("", L), None);
    }

    #[test]
    fn alleen_algemene_woorden() {
        const L: Termen = &["coaching", "gesprek*", "en"];
        assert!(alleen(L, &Gevouwen::van("Coaching en gesprekken")));
        assert!(!alleen(L, &Gevouwen::van("Coaching en sollicitatiebrieven")));
        assert!(!alleen(L, &Gevouwen::van("")));
    }

    #[test]
    fn kop_klopt_met_het_woord() {
        for t in ["Diëtist, GGZ-behandeling; en… 3x", "ab", "sollicitatievaardigheden", &"x".repeat(60)] {
            let g = Gevouwen::van(t);
            assert!(g.woorden.iter().all(|&w| w.kop == kop(g.woord(w))), "{t}");
        }
    }

    #[test]
    fn lange_woorden_passen_niet() {
        let lang = "a".repeat(100);
        const L: Termen = &["*a*"];
        assert!(!bevat(L, &Gevouwen::van(&lang)));
        assert_eq!(aantal_woorden(&lang), 1);
        assert!(bevat(L, &Gevouwen::van(&format!("{lang} a"))));
    }
}
