//! Reading Dutch sentences as coaches write them, for the text rules (C08–C10, S04, S06,
//! S11, S15): not a bag of words but phrases in clauses.
//!
//! **Words.** A text is split into words at everything that is not a letter or a digit (so
//! "GGZ-behandeling" is the two words "ggz" "behandeling"), and every word is folded to
//! lower case without accents ("Diëtist" → "dietist"), once, into one buffer ([`Gevouwen`]).
//! Characters that show nothing separate words too.
//!
//! **Clauses and segments.** `. ; ! ? /`, a line break and a dash between spaces, and the
//! words that open a clause ("zodat", "omdat", "om", "waarbij", …), end a *clause*; `, ( ) [ ]
//! +` and the words that join parts of one clause ("en", "of", "maar") end a *segment* inside
//! it. A colon ends neither: what follows it explains what precedes it ("Agendabeheer: cliënt
//! leert zelf …"). The word lists are data (`bron::woorden`, `grenzen`).
//!
//! **Terms.** A term is written folded, one or more words separated by spaces, each word
//! optionally marked: `schuld` the whole word only; `schuldhulp*` a word that starts with
//! it; `*therapie` a word that ends with it; `*diploma*` a word that contains it;
//! `+opleiding` a compound that ends with it but not the word itself ("kappersopleiding");
//! `*` alone any one word; `plannen van afspraken` those words in a row; `behandel* ~ ggz`
//! with up to three words between them, in one clause ("behandeling bij de GGZ").
//!
//! **Judgements** ([`Oordeel`], data in `bron::woorden`): a text rule fires on a *trigger*
//! that no *exception* excuses. An exception governs only its own phrase — its segment, its
//! clause, the phrase right after it, or, for a trigger that can be a place or a topic (a
//! "dagbestedingscentrum" as a workplace), a place-word in its segment — never every other
//! word of the text: "Cognitieve gedragstherapie om te leren omgaan met angst" is still
//! treatment, because "omgaan met" governs its own clause. Every finding names the words of
//! the text that triggered it.

use std::borrow::Cow;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::basis::tekens::is_onzichtbaar;
use crate::bron::woorden::{termen, Bereik, Grenzen, Oordeel, Termen, Trigger, Uitzondering, Woorden};

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
        _ => !is_onzichtbaar(c),
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

/// Up to the first 8 bytes as a little-endian number, zero-padded.
#[inline]
fn kop(b: &[u8]) -> u64 {
    b.iter().take(8).enumerate().fold(0, |k, (i, &c)| k | u64::from(c) << (8 * i))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Modus {
    Heel,
    Begin,
    Eind,
    Deel,
    /// `+x`: a compound ending in x, not x itself ("+opleiding": "kappersopleiding").
    Samenstelling,
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
        if let Some(kern) = b.strip_prefix(b"+") {
            return TermWoord { kern, modus: Modus::Samenstelling, kop: 0, masker: 0 };
        }
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
    fn past(&self, g: &Kern, w: &Woord) -> bool {
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
            Modus::Eind if k.is_empty() => true,
            Modus::Eind => {
                let woord = g.woord(w);
                woord.last() == k.last() && woord.ends_with(k)
            }
            Modus::Samenstelling => lengte > k.len() && g.woord(w).ends_with(k),
            Modus::Deel => match k.first() {
                Some(&eerste) => g.woord(w).windows(k.len()).any(|v| v[0] == eerste && v == k),
                None => true,
            },
        }
    }
}

/// One word of a folded text.
#[derive(Debug, Clone, Copy)]
struct Woord {
    /// Where it is in the folded buffer.
    begin: u32,
    eind: u32,
    /// Its first 8 bytes, little-endian, zero-padded: most comparisons end here.
    kop: u64,
    /// Where it is in the text as written.
    bron: (u32, u32),
    /// Its clause and its segment (numbered through the text), and whether its clause is an
    /// "om … te" clause.
    zin: u16,
    deel: u16,
    om: bool,
}

/// A text folded once: its words, lower case and without accents, in one buffer, each with
/// its clause and segment, and every term of the version's word lists found in it. What is
/// read ([`Kern`]) is shared with [`Onthouden`]; the text is the caller's.
pub struct Gevouwen<'t> {
    tekst: &'t str,
    kern: Arc<Kern>,
    alles: Option<&'static Alles>,
}

/// What reading a text yields.
#[derive(Default)]
pub struct Kern {
    bytes: Vec<u8>,
    woorden: Vec<Woord>,
    /// Every term of every list of the words found in the text, in one reading ([`Alles`]),
    /// ordered by list and then by place.
    gevonden: Vec<Treffer>,
}

impl std::ops::Deref for Gevouwen<'_> {
    type Target = Kern;
    fn deref(&self) -> &Kern {
        &self.kern
    }
}

impl<'t> Gevouwen<'t> {
    /// Folds a text and finds every term of `woorden` in it, once; a text read before (the
    /// other fields of a plan, at the next keystroke) is taken from [`Onthouden`].
    pub fn van(tekst: &'t str, woorden: &'static Woorden) -> Gevouwen<'t> {
        let alles = alles(woorden);
        let sleutel = hash(tekst) ^ meng(woorden as *const Woorden as u64);
        if let Some(kern) = onthouden().zoek(sleutel, tekst) {
            return Gevouwen { tekst, kern, alles: Some(alles) };
        }
        let mut kern = Kern::lees(tekst, &woorden.grenzen);
        let mut gevonden = Vec::new();
        alles.c.alle(&kern, &mut gevonden);
        for t in &mut gevonden {
            let begin = alles.begin.get(usize::from(t.lijst)).copied().unwrap_or(0);
            t.term = t.term.saturating_sub(begin);
        }
        kern.gevonden = per_lijst(gevonden, alles.begin.len());
        let kern = Arc::new(kern);
        onthouden().bewaar(sleutel, tekst, &kern);
        Gevouwen { tekst, kern, alles: Some(alles) }
    }

    /// The text as written from word `van` to word `tot` (inclusive).
    fn stuk(&self, van: usize, tot: usize) -> &'t str {
        let (Some(a), Some(b)) = (self.woorden.get(van), self.woorden.get(tot)) else { return "" };
        self.tekst.get(a.bron.0 as usize..b.bron.1 as usize).unwrap_or("")
    }
}

impl Kern {
    /// Folds a text into words, clauses and segments, without looking for terms.
    fn lees(tekst: &str, grenzen: &Grenzen) -> Kern {
        // Folding never makes a text longer: one byte per character at most.
        let mut g = Kern {
            bytes: Vec::with_capacity(tekst.len()),
            woorden: Vec::with_capacity(tekst.len() / 6 + 1),
            gevonden: Vec::new(),
        };
        let (mut begin, mut lengte, mut kop, mut bron_begin) = (0usize, 0usize, 0u64, 0usize);
        // Whether the word being read follows a comma or a colon (a new segment).
        let mut na_komma = false;
        // Clauses by punctuation here; the words that open one are added by `deel_op`.
        let (mut zin, mut grens, mut zwak) = (0u16, false, false);
        let b = tekst.as_bytes();
        let mut i = 0;
        while i <= b.len() {
            let hier = i;
            // The folded byte, or 0 at a separator and at the end (which closes the last word).
            // The ASCII case of [`teken`] is written out: this loop is the text rules' hot path.
            let f = match b.get(i) {
                Some(&c) if c < 0x80 => {
                    i += 1;
                    let f = ASCII[usize::from(c)];
                    if f == 0 {
                        match leesteken(b, hier) {
                            Leesteken::Zin => grens = true,
                            Leesteken::Deel => zwak = true,
                            Leesteken::Geen => {}
                        }
                    }
                    f
                }
                Some(_) => match teken_buiten_ascii(tekst, i) {
                    Some((f, volgende)) => {
                        if f == 0
                            && matches!(tekst.get(i..).and_then(|t| t.chars().next()), Some('—' | '–' | '…' | '•'))
                        {
                            grens = true;
                        }
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
                    bron_begin = hier;
                    kop = 0;
                    if grens && !g.woorden.is_empty() {
                        zin = zin.saturating_add(1);
                    }
                    na_komma = zwak && !grens && !g.woorden.is_empty();
                    grens = false;
                    zwak = false;
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
                let bron = (bron_begin as u32, hier as u32);
                g.woorden.push(Woord {
                    begin: begin as u32,
                    eind: g.bytes.len() as u32,
                    kop,
                    bron,
                    zin,
                    deel: u16::from(na_komma),
                    om: false,
                });
                lengte = 0;
            }
        }
        g.deel_op(tekst, grenzen);
        g
    }

    /// The words that open a clause or a segment start a new one ("én" with its accent opens
    /// a clause: it joins two activities); then clauses and segments are numbered through
    /// the text (a segment number is never reused), and "om … te" clauses are marked.
    fn deel_op(&mut self, tekst: &str, grenzen: &Grenzen) {
        let grens = grenslijst(grenzen);
        let (mut zin, mut deel, mut om_zin) = (0u16, 0u16, false);
        let mut leesteken_zin = self.woorden.first().map_or(0, |w| w.zin);
        for i in 0..self.woorden.len() {
            // Boundary words are read before their clause is numbered: none has a gap (`~`),
            // the one thing that looks at the clause of the words after it.
            let [nieuwe_zin, nieuw_deel, is_om] = grens.begint_op(self, i);
            let Some(w) = self.woorden.get_mut(i) else { continue };
            let nieuwe_zin = nieuwe_zin || matches!(tekst.get(w.bron.0 as usize..w.bron.1 as usize), Some("én" | "Én"));
            if i > 0 && (w.zin != leesteken_zin || nieuwe_zin) {
                zin = zin.saturating_add(1);
                deel = deel.saturating_add(1);
                om_zin = is_om;
            } else if i > 0 && (nieuw_deel || w.deel == 1) {
                deel = deel.saturating_add(1);
            } else if i == 0 {
                om_zin = is_om;
            }
            leesteken_zin = w.zin;
            w.zin = zin;
            w.deel = deel;
            w.om = om_zin;
        }
    }

    pub fn aantal_woorden(&self) -> usize {
        self.woorden.len()
    }

    #[inline]
    fn woord(&self, w: &Woord) -> &[u8] {
        self.bytes.get(w.begin as usize..w.eind as usize).unwrap_or_default()
    }
}
/// The terms found, in the order of the text, ordered by list (a counting sort: stable, so
/// each list's terms stay in the order of the text, and linear, whatever the text's size).
fn per_lijst(gevonden: Vec<Treffer>, lijsten: usize) -> Vec<Treffer> {
    let mut van = vec![0usize; lijsten + 1];
    for t in &gevonden {
        if let Some(n) = van.get_mut(usize::from(t.lijst) + 1) {
            *n += 1;
        }
    }
    let mut som = 0;
    for n in &mut van {
        som += *n;
        *n = som;
    }
    let mut uit = gevonden.clone();
    for t in gevonden {
        if let Some(p) = van.get_mut(usize::from(t.lijst)) {
            if let Some(plek) = uit.get_mut(*p) {
                *plek = t;
            }
            *p += 1;
        }
    }
    uit
}

/// The texts read lately, kept for the next check: at every keystroke the page checks the
/// whole plan again, and all texts but one are as they were. A table of [`ONTHOUDEN`] slots
/// by the text's hash, two slots per text (the second when the first is taken): a plan's
/// few dozen texts nearly always find a place. Memory is bounded: texts above
/// [`ONTHOUDEN_LENGTE`] bytes are not kept, and when what is kept passes [`ONTHOUDEN_BYTES`]
/// (typing a long text leaves a version per keystroke) the table starts empty again.
struct Onthouden {
    vakken: Vec<Option<Bewaard>>,
    /// Which of a text's two slots the next new text takes when both are full.
    beurt: usize,
    /// The memory of what is kept, about.
    bytes: usize,
}

/// A kept text: its hash, itself, and what reading it yielded.
type Bewaard = (u64, Box<str>, Arc<Kern>);

/// Slots: several plans' worth of texts.
const ONTHOUDEN: usize = 1024;

/// Texts longer than this are read each time (a pasted document): not worth keeping.
const ONTHOUDEN_LENGTE: usize = 4096;

/// At most this much memory for kept texts.
const ONTHOUDEN_BYTES: usize = 4 << 20;

fn onthouden() -> MutexGuard<'static, Onthouden> {
    static O: Mutex<Onthouden> = Mutex::new(Onthouden { vakken: Vec::new(), beurt: 0, bytes: 0 });
    O.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The memory a kept text takes, about.
fn omvang(tekst: &str, kern: &Kern) -> usize {
    tekst.len()
        + kern.bytes.len()
        + kern.woorden.len() * std::mem::size_of::<Woord>()
        + kern.gevonden.len() * std::mem::size_of::<Treffer>()
        + 64
}

impl Onthouden {
    /// The two slots of a hash.
    fn plekken(sleutel: u64) -> [usize; 2] {
        let a = (sleutel >> 54) as usize % ONTHOUDEN;
        [a, a ^ 1]
    }

    fn zoek(&self, sleutel: u64, tekst: &str) -> Option<Arc<Kern>> {
        Onthouden::plekken(sleutel).into_iter().find_map(|p| match self.vakken.get(p) {
            Some(Some((k, t, kern))) if *k == sleutel && **t == *tekst => Some(Arc::clone(kern)),
            _ => None,
        })
    }

    fn bewaar(&mut self, sleutel: u64, tekst: &str, kern: &Arc<Kern>) {
        if tekst.len() > ONTHOUDEN_LENGTE {
            return;
        }
        let erbij = omvang(tekst, kern);
        if self.vakken.is_empty() || self.bytes + erbij > ONTHOUDEN_BYTES {
            self.vakken.clear();
            self.vakken.resize_with(ONTHOUDEN, || None);
            self.bytes = 0;
        }
        let [a, b] = Onthouden::plekken(sleutel);
        let p = match (self.vakken.get(a), self.vakken.get(b)) {
            (Some(None), _) => a,
            (_, Some(None)) => b,
            _ => {
                self.beurt ^= 1;
                if self.beurt == 0 {
                    a
                } else {
                    b
                }
            }
        };
        if let Some(vak) = self.vakken.get_mut(p) {
            if let Some((_, t, k)) = vak.take() {
                self.bytes = self.bytes.saturating_sub(omvang(&t, &k));
            }
            *vak = Some((sleutel, tekst.into(), Arc::clone(kern)));
            self.bytes += erbij;
        }
    }
}

#[cfg(test)]
impl Onthouden {
    fn aantal(&self) -> usize {
        self.vakken.iter().flatten().count()
    }
}

/// A fast hash of a text (FxHash's step, eight bytes at a time), to find it in [`Onthouden`];
/// equal texts are compared in full.
fn hash(tekst: &str) -> u64 {
    let b = tekst.as_bytes();
    let stap = |h: u64, x: u64| (h.rotate_left(5) ^ x).wrapping_mul(0x517C_C1B7_2722_0A95);
    let mut h = b.len() as u64;
    let mut stukken = b.chunks_exact(8);
    for s in &mut stukken {
        h = stap(h, kop(s));
    }
    stap(h, kop(stukken.remainder()))
}

/// What an ASCII separator does to a sentence.
enum Leesteken {
    /// Ends a clause: `. ; ! ? /` or a dash between spaces.
    Zin,
    /// Ends a segment of a clause: `, ( ) +` (lists, asides). A colon is neither: what
    /// follows it explains what precedes it ("Agendabeheer: cliënt leert zelf …").
    Deel,
    Geen,
}

fn leesteken(b: &[u8], i: usize) -> Leesteken {
    let cijfer = |j: Option<usize>| j.and_then(|j| b.get(j)).is_some_and(u8::is_ascii_digit);
    match b.get(i) {
        // A decimal point or comma between digits ("2,5", "9.00") is neither.
        Some(b',' | b'.') if cijfer(i.checked_sub(1)) && cijfer(Some(i + 1)) => Leesteken::Geen,
        // The point of an abbreviation ("o.a.", "dhr.", "i.o.m.") is not the end of a sentence.
        Some(b'.') if afkorting(b, i) => Leesteken::Geen,
        Some(b'.' | b';' | b'!' | b'?' | b'/' | b'\n') => Leesteken::Zin,
        Some(b',' | b'(' | b')' | b'[' | b']' | b'+') => Leesteken::Deel,
        Some(b'-') if i > 0 && b.get(i - 1) == Some(&b' ') && b.get(i + 1) == Some(&b' ') => Leesteken::Zin,
        _ => Leesteken::Geen,
    }
}

/// Abbreviations a coach writes with a point; one letter ("o.a.", "d.w.z.") always is one.
const AFKORTINGEN: &[&[u8]] = &[
    b"dhr", b"mw", b"mevr", b"mr", b"dr", b"bijv", b"evt", b"ca", b"nl", b"jl", b"vlg", b"incl", b"excl", b"max",
    b"min", b"resp", b"tel", b"nr", b"st", b"ivm", b"zgn", b"etc", b"enz", b"wk", b"mnd", b"p", b"pw", b"gem",
];

/// Whether the point at `i` ends an abbreviation: the letters before it, lower-cased.
fn afkorting(b: &[u8], i: usize) -> bool {
    let begin = b.get(..i).map_or(i, |v| v.iter().rposition(|c| !c.is_ascii_alphabetic()).map_or(0, |p| p + 1));
    let woord = b.get(begin..i).unwrap_or_default();
    woord.len() == 1 || (woord.len() <= 4 && AFKORTINGEN.iter().any(|a| a.eq_ignore_ascii_case(woord)))
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

/// Whether the text holds a number or a term of `getallen` outside every place a term of
/// `termijnen` covers ("2 keer per week" counts; "na 5 maanden" only dates).
pub fn getal_buiten(getallen: Termen, termijnen: Termen, g: &Gevouwen) -> bool {
    let gedekt = treffers(termijnen, g);
    let vrij = |i: usize| !gedekt.iter().any(|t| t.eerste <= i && i <= t.laatste);
    let cijfer =
        g.woorden.iter().enumerate().any(|(i, w)| g.woord(w).first().is_some_and(u8::is_ascii_digit) && vrij(i));
    cijfer || treffers(getallen, g).iter().any(|t| vrij(t.eerste))
}

/// How a word of a term follows the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sprong {
    /// The next word.
    Direct,
    /// Up to this many words between, in the same clause.
    Gat(usize),
}

/// Words between the parts of a term written with `~`.
const GAT: usize = 3;

#[derive(Debug)]
struct Term {
    woorden: Vec<(Sprong, TermWoord)>,
}

/// Terms by a key (a hash of a word or of three bytes of one), in one flat array: bucket
/// `k` holds `ingangen[van[k]..van[k + 1]]`, each with its first word inline, so that trying
/// a candidate reads memory next to the bucket. Sized to its terms, to stay in the cache.
struct Index {
    van: Vec<u16>,
    ingangen: Vec<(u16, TermWoord)>,
    /// The bucket is the top `bits` bits of the key.
    bits: u32,
}

/// A key for an [`Index`]: a multiplicative hash, whose top bits are well mixed.
#[inline]
fn meng(x: u64) -> u64 {
    x.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The key of a whole word: its first eight bytes (as [`kop`]) and its length.
#[inline]
fn woordsleutel(kop: u64, lengte: usize) -> u64 {
    meng(kop ^ (lengte as u64) << 59)
}

/// The key of up to three bytes (a word's first three, its last three, or three inside it).
#[inline]
fn drie(b: &[u8]) -> u64 {
    meng(b.iter().take(3).enumerate().fold(0, |k, (i, &c)| k | u64::from(c) << (8 * i)))
}

impl Index {
    fn van(ingangen: Vec<(u64, u16, TermWoord)>) -> Index {
        // About two buckets per term, at least 16.
        let bits = (ingangen.len() * 2).max(16).next_power_of_two().trailing_zeros();
        let mut per_vak: Vec<Vec<(u16, TermWoord)>> = (0..1usize << bits).map(|_| Vec::new()).collect();
        for (sleutel, t, tw) in ingangen {
            if let Some(v) = per_vak.get_mut((sleutel >> (64 - bits)) as usize) {
                v.push((t, tw));
            }
        }
        let mut van = Vec::with_capacity(per_vak.len() + 1);
        let mut alle = Vec::new();
        for v in per_vak {
            van.push(u16::try_from(alle.len()).unwrap_or(u16::MAX));
            alle.extend(v);
        }
        van.push(u16::try_from(alle.len()).unwrap_or(u16::MAX));
        Index { van, ingangen: alle, bits }
    }

    #[inline]
    fn get(&self, sleutel: u64) -> &[(u16, TermWoord)] {
        if self.ingangen.is_empty() {
            return &[];
        }
        let k = (sleutel >> (64 - self.bits)) as usize;
        match (self.van.get(k), self.van.get(k + 1)) {
            (Some(&a), Some(&b)) => self.ingangen.get(usize::from(a)..usize::from(b)).unwrap_or_default(),
            _ => &[],
        }
    }
}

/// A compiled list: the terms, and which of them can match a word, by its first three bytes
/// or its last three.
struct Gecompileerd {
    /// The terms whose first word is a whole word (`schuld`), by its first eight bytes and
    /// its length.
    per_woord: Index,
    /// The terms whose first word starts with three bytes (`xyz…*`).
    per_begin: Index,
    /// The terms whose first word ends with three bytes (`*…xyz`, `+…xyz`).
    per_eind: Index,
    /// The terms whose first word may be anything (`*`, and short kernels).
    altijd: Vec<(u16, TermWoord)>,
    /// The terms whose first word contains a kernel (`*diploma*`), by the first three bytes
    /// of the kernel, looked up at every place in a word.
    binnen: Index,
    /// The shortest kernel of those.
    binnen_min: usize,
    termen: Vec<Term>,
    /// For a list made of several: which one each term is from.
    eigenaar: Vec<u16>,
}

/// A term found in a text: its index in the list and the words it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Treffer {
    /// Its list, within a list made of several ([`Alles`]).
    pub lijst: u16,
    pub term: usize,
    pub eerste: usize,
    pub laatste: usize,
}

impl Gecompileerd {
    /// Every place a term occurs, in the order of the text.
    fn alle(&self, g: &Kern, uit: &mut Vec<Treffer>) {
        for i in 0..g.woorden.len() {
            self.op(g, i, uit);
        }
    }

    /// The terms that match at word `i`, with the last word each covers.
    fn op(&self, g: &Kern, i: usize, uit: &mut Vec<Treffer>) {
        self.kandidaten(g, i, |t, term| {
            if let Some(laatste) = verder(term, g, i, 0) {
                uit.push(Treffer {
                    lijst: self.eigenaar.get(usize::from(t)).copied().unwrap_or(0),
                    term: usize::from(t),
                    eerste: i,
                    laatste,
                });
            }
        });
    }

    /// Which of (up to three) lists have a term that starts at word `i` (boundary words).
    fn begint_op(&self, g: &Kern, i: usize) -> [bool; 3] {
        let mut uit = [false; 3];
        self.kandidaten(g, i, |t, term| {
            let n = self.eigenaar.get(usize::from(t)).copied().unwrap_or(u16::MAX);
            if let Some(plek) = uit.get_mut(usize::from(n)) {
                *plek = *plek || verder(term, g, i, 0).is_some();
            }
        });
        uit
    }

    /// Calls `f` with every term whose first word matches word `i`: looked up by the word
    /// itself, by its first three bytes, by its last three, and by the three bytes at each
    /// place a kernel inside it could start; then those that can match anywhere.
    #[inline]
    fn kandidaten(&self, g: &Kern, i: usize, mut f: impl FnMut(u16, &Term)) {
        let Some(w) = g.woorden.get(i) else { return };
        let woord = g.woord(w);
        let mut probeer = |(t, tw): &(u16, TermWoord)| {
            if tw.past(g, w) {
                if let Some(term) = self.termen.get(usize::from(*t)) {
                    f(*t, term);
                }
            }
        };
        self.per_woord.get(woordsleutel(w.kop, woord.len())).iter().for_each(&mut probeer);
        if woord.len() >= 3 {
            self.per_begin.get(drie(woord)).iter().for_each(&mut probeer);
            let eind = woord.get(woord.len() - 3..).unwrap_or_default();
            self.per_eind.get(drie(eind)).iter().for_each(&mut probeer);
        }
        if !self.binnen.ingangen.is_empty() && woord.len() >= self.binnen_min {
            // A term once per word, however often its kernel occurs in it.
            let mut gezien: [u16; 4] = [u16::MAX; 4];
            let mut n = 0;
            for p in 0..=woord.len() - self.binnen_min {
                for ingang in self.binnen.get(drie(woord.get(p..).unwrap_or_default())) {
                    if !gezien.contains(&ingang.0) {
                        if let Some(plek) = gezien.get_mut(n) {
                            *plek = ingang.0;
                            n += 1;
                        }
                        probeer(ingang);
                    }
                }
            }
        }
        self.altijd.iter().for_each(&mut probeer);
    }
}

/// Matches a term's words from its `k`-th on, its `k`-th at word `i`; the last word covered.
fn past_vanaf(term: &Term, g: &Kern, i: usize, k: usize) -> Option<usize> {
    let (_, tw) = term.woorden.get(k)?;
    if !tw.past(g, g.woorden.get(i)?) {
        return None;
    }
    verder(term, g, i, k)
}

/// The term's `k`-th word matched at word `i`: matches the rest; the last word covered.
#[inline]
fn verder(term: &Term, g: &Kern, i: usize, k: usize) -> Option<usize> {
    let Some((sprong, _)) = term.woorden.get(k + 1) else { return Some(i) };
    let zin = g.woorden.get(i)?.zin;
    let verst = match sprong {
        Sprong::Direct => i + 1,
        Sprong::Gat(n) => i + 1 + n,
    };
    (i + 1..=verst)
        .take_while(|&j| g.woorden.get(j).is_some_and(|w| w.zin == zin || *sprong == Sprong::Direct))
        .find_map(|j| past_vanaf(term, g, j, k + 1))
}

/// A word list compiled once, on first use, and kept for every later check: the lists are
/// data of a version of the Overzicht (`bron::woorden`), found again by their address.
fn lijst(termen: Termen) -> &'static Gecompileerd {
    // Sorted by address, found by binary search: a check asks for lists some hundreds of times.
    type Cache = Vec<((usize, usize), &'static Gecompileerd)>;
    static CACHE: Mutex<Cache> = Mutex::new(Vec::new());
    let sleutel = termen.adres();
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    let i = match cache.binary_search_by_key(&sleutel, |(k, _)| *k) {
        Ok(i) => i,
        Err(i) => {
            cache.insert(i, (sleutel, Box::leak(Box::new(compileer(&[termen])))));
            i
        }
    };
    match cache.get(i) {
        Some((_, g)) => g,
        None => Box::leak(Box::new(compileer(&[termen]))),
    }
}

/// The boundary words compiled as one list: those that open a clause, those that open a
/// segment, and "om" (which opens an "om … te" clause).
fn grenslijst(grenzen: &Grenzen) -> &'static Gecompileerd {
    type Cache = Vec<(usize, &'static Gecompileerd)>;
    static CACHE: Mutex<Cache> = Mutex::new(Vec::new());
    let sleutel = grenzen as *const Grenzen as usize;
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, c)) = cache.iter().find(|(k, _)| *k == sleutel) {
        return c;
    }
    let c: &'static Gecompileerd = Box::leak(Box::new(compileer(&[grenzen.zin, grenzen.deel, termen!["om"]])));
    cache.push((sleutel, c));
    c
}

/// Every list of one version's words compiled as one, so that a text is read once for all
/// the text rules: [`Gevouwen::van`] keeps what it finds, and [`treffers`] picks a list's
/// share of it by the list's address.
pub struct Alles {
    c: Gecompileerd,
    /// Per list (by its number): where its terms start in `c`.
    begin: Vec<usize>,
    /// Each list's number by its address and length (as [`adres`]), in an open-addressing
    /// table (0: empty).
    adressen: Vec<(u64, u16)>,
}

/// Slots of [`Alles::adressen`]: well above the number of lists of a version.
const ADRESSEN: usize = 512;

/// A list's address and length in one number (addresses fit in 48 bits); never 0.
#[inline]
fn adres(termen: Termen) -> u64 {
    let (plek, lengte) = termen.adres();
    (plek as u64 ^ (lengte as u64) << 48) | 1 << 63
}

#[inline]
fn adresvak(adres: u64) -> usize {
    (meng(adres) >> 55) as usize % ADRESSEN
}

impl Alles {
    /// The number of a list, by its address.
    #[inline]
    fn nummer(&self, termen: Termen) -> Option<u16> {
        let sleutel = adres(termen);
        let mut p = adresvak(sleutel);
        loop {
            match self.adressen.get(p)? {
                (k, n) if *k == sleutel => return Some(*n),
                (0, _) => return None,
                _ => p = (p + 1) % ADRESSEN,
            }
        }
    }
}

fn alles(woorden: &'static Woorden) -> &'static Alles {
    type Cache = Vec<(usize, &'static Alles)>;
    static CACHE: Mutex<Cache> = Mutex::new(Vec::new());
    let sleutel = woorden as *const Woorden as usize;
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, a)) = cache.iter().find(|(k, _)| *k == sleutel) {
        return a;
    }
    // Each list once, though several judgements may share one.
    let mut lijsten: Vec<Termen> = Vec::new();
    for l in woorden.lijsten() {
        if !lijsten.iter().any(|u| adres(*u) == adres(l)) {
            lijsten.push(l);
        }
    }
    let mut begin = Vec::with_capacity(lijsten.len());
    let mut n = 0;
    for l in &lijsten {
        begin.push(n);
        n += l.aantal();
    }
    let mut adressen = vec![(0, 0); ADRESSEN];
    for (i, l) in lijsten.iter().enumerate() {
        let sleutel = adres(*l);
        let mut p = adresvak(sleutel);
        while adressen.get(p).is_some_and(|(k, _)| *k != 0) {
            p = (p + 1) % ADRESSEN;
        }
        if let Some(plek) = adressen.get_mut(p) {
            *plek = (sleutel, i as u16);
        }
    }
    let a: &'static Alles = Box::leak(Box::new(Alles { c: compileer(&lijsten), begin, adressen }));
    cache.push((sleutel, a));
    a
}

fn compileer(lijsten: &[Termen]) -> Gecompileerd {
    let mut termen = Vec::new();
    let mut eigenaar = Vec::new();
    for (n, lijst) in lijsten.iter().enumerate() {
        for t in lijst.iter() {
            let mut woorden = Vec::new();
            let mut sprong = Sprong::Direct;
            for deel in t.split(' ').filter(|d| !d.is_empty()) {
                if deel == "~" {
                    sprong = Sprong::Gat(GAT);
                    continue;
                }
                woorden.push((sprong, TermWoord::lees(deel)));
                sprong = Sprong::Direct;
            }
            termen.push(Term { woorden });
            eigenaar.push(n as u16);
        }
    }
    let (mut per_woord, mut per_begin, mut per_eind, mut binnen) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut altijd, mut binnen_min) = (Vec::new(), MAX_WOORD);
    for (i, t) in termen.iter().enumerate() {
        let Some((_, eerste)) = t.woorden.first() else { continue };
        let (k, id) = (eerste.kern, i as u16);
        let ingang = |sleutel| (sleutel, id, eerste.clone());
        match eerste.modus {
            Modus::Heel if k.len() <= MAX_WOORD => per_woord.push(ingang(woordsleutel(kop(k), k.len()))),
            Modus::Begin if k.len() >= 3 => per_begin.push(ingang(drie(k))),
            Modus::Eind | Modus::Samenstelling if k.len() >= 3 => {
                per_eind.push(ingang(drie(k.get(k.len() - 3..).unwrap_or_default())));
            }
            Modus::Deel if k.len() >= 3 => {
                binnen_min = binnen_min.min(k.len());
                binnen.push(ingang(drie(k)));
            }
            _ => altijd.push((id, eerste.clone())),
        }
    }
    Gecompileerd {
        per_woord: Index::van(per_woord),
        per_begin: Index::van(per_begin),
        per_eind: Index::van(per_eind),
        binnen: Index::van(binnen),
        binnen_min,
        altijd,
        termen,
        eigenaar,
    }
}

/// Every place a term of the list occurs, in the order of the text.
pub fn treffers<'g>(termen: Termen, g: &'g Gevouwen) -> Cow<'g, [Treffer]> {
    // A list of the words: already found, when the text was folded.
    if let Some(alles) = g.alles {
        if g.gevonden.is_empty() {
            return Cow::Borrowed(&[]);
        }
        if let Some(n) = alles.nummer(termen) {
            let (a, b) = (g.gevonden.partition_point(|t| t.lijst < n), g.gevonden.partition_point(|t| t.lijst <= n));
            return Cow::Borrowed(g.gevonden.get(a..b).unwrap_or_default());
        }
    }
    let mut uit = Vec::new();
    lijst(termen).alle(g, &mut uit);
    // Found word by word: in the order of the text already.
    Cow::Owned(uit)
}

/// The first place a term of the list occurs, with the words of the text it covers.
pub fn vind<'t>(termen: Termen, g: &Gevouwen<'t>) -> Option<&'t str> {
    treffers(termen, g).first().map(|t| g.stuk(t.eerste, t.laatste))
}

/// Whether every word of the text is one of the list's single-word terms (S04).
pub fn alleen(termen: Termen, g: &Gevouwen) -> bool {
    let enkel: Vec<usize> = treffers(termen, g)
        .iter()
        // A term of several words covers several: one that covers one word is a single word.
        .filter(|t| t.eerste == t.laatste)
        .map(|t| t.eerste)
        .collect();
    !g.woorden.is_empty() && (0..g.woorden.len()).all(|i| enkel.contains(&i))
}

/// What a judgement found: the trigger and the words of the text that are it.
#[derive(Debug, Clone, Copy)]
pub struct Vondst<'t> {
    pub trigger: &'static Trigger,
    pub woorden: &'t str,
}

/// A judgement on a text: the first trigger no exception excuses.
pub fn beoordeel<'t>(o: &'static Oordeel, g: &Gevouwen<'t>) -> Option<Vondst<'t>> {
    let gevonden = |tenzij: &'static [Uitzondering]| -> Vec<(Treffer, Bereik)> {
        let mut uit = Vec::new();
        for u in tenzij {
            uit.extend(treffers(u.termen, g).iter().map(|t| (*t, u.bereik)));
        }
        uit
    };
    // The exceptions are looked for only once a trigger is found: most texts have none.
    let mut algemeen: Option<Vec<(Treffer, Bereik)>> = None;
    for trigger in o.triggers {
        let gevonden_triggers = treffers(trigger.termen, g);
        if gevonden_triggers.is_empty() {
            continue;
        }
        let eigen = gevonden(trigger.tenzij);
        let algemeen = algemeen.get_or_insert_with(|| gevonden(o.tenzij));
        for &t in gevonden_triggers.iter() {
            if !trigger.met.is_empty() && !met_context(trigger.met, g, &t) {
                continue;
            }
            let excuseert = |(u, bereik): &(Treffer, Bereik)| {
                (!trigger.sterk || matches!(bereik, Bereik::Direct | Bereik::Na | Bereik::PlekDirect | Bereik::Verder))
                    && excuseert(g, u, *bereik, &t, trigger.plek)
            };
            if !eigen.iter().any(|u| excuseert_eigen(g, u, &t, trigger.plek)) && !algemeen.iter().any(excuseert) {
                return Some(Vondst { trigger, woorden: g.stuk(t.eerste, t.laatste) });
            }
        }
    }
    None
}

/// A trigger's own exceptions excuse it whatever its strength.
fn excuseert_eigen(g: &Gevouwen, (u, bereik): &(Treffer, Bereik), t: &Treffer, plek: bool) -> bool {
    excuseert(g, u, *bereik, t, plek)
}

/// Whether a context word of the trigger stands in its clause (and is not the trigger itself).
fn met_context(met: Termen, g: &Gevouwen, t: &Treffer) -> bool {
    let zin = |i: usize| g.woorden.get(i).map(|w| w.zin);
    treffers(met, g).iter().any(|c| zin(c.eerste) == zin(t.eerste))
}

/// Whether an exception found at `u` governs the trigger found at `t`.
fn excuseert(g: &Gevouwen, u: &Treffer, bereik: Bereik, t: &Treffer, plek: bool) -> bool {
    let (Some(uw), Some(tw)) = (g.woorden.get(u.eerste), g.woorden.get(t.eerste)) else { return false };
    let overlapt = u.eerste <= t.laatste && t.eerste <= u.laatste;
    let ervoor = u.laatste < t.eerste;
    match bereik {
        Bereik::Deel => !overlapt && uw.deel == tw.deel,
        Bereik::Rond => {
            !overlapt
                && (uw.deel == tw.deel
                    || (ervoor && uw.zin == tw.zin)
                    || (ervoor && tw.om && tw.zin == uw.zin.saturating_add(1)))
        }
        Bereik::Verder => ervoor && uw.zin == tw.zin,
        Bereik::Zin => !overlapt && uw.zin == tw.zin,
        Bereik::Direct => u.laatste + 1 == t.eerste,
        Bereik::Na => t.laatste + 1 == u.eerste,
        Bereik::Plek => plek && ervoor && uw.zin == tw.zin,
        Bereik::PlekDirect => plek && u.laatste + 1 == t.eerste,
        Bereik::Tekst => !overlapt,
    }
}

/// An activity's description, goal and result, folded once for all the text rules.
#[derive(Default)]
pub struct ActiviteitTeksten<'t> {
    pub omschrijving: Option<Gevouwen<'t>>,
    pub doel: Option<Gevouwen<'t>>,
    pub resultaat: Option<Gevouwen<'t>>,
}

impl<'t> ActiviteitTeksten<'t> {
    pub fn van(plan: &'t crate::plan::Plan, woorden: &'static Woorden) -> Vec<ActiviteitTeksten<'t>> {
        let crate::plan::Veld::Waarde(lijst) = &plan.activiteiten else { return Vec::new() };
        let vouw = |v: &'t crate::plan::Veld<crate::plan::Tekst>| v.waarde().map(|t| Gevouwen::van(t, woorden));
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
    use crate::bron::woorden::{Bereik, Trigger, WOORDEN};

    fn g(tekst: &str) -> Gevouwen<'_> {
        Gevouwen::van(tekst, &WOORDEN)
    }

    #[test]
    fn woordvormen_en_samenstellingen() {
        assert_eq!(vind(termen!["behandel*"], &g("Hij wordt behandeld")), Some("behandeld"));
        assert_eq!(vind(termen!["*therapie"], &g("Cognitieve gedragstherapie")), Some("gedragstherapie"));
        assert_eq!(vind(termen!["*diploma*"], &g("haar mbo-diploma's")), Some("diploma"));
        assert_eq!(vind(termen!["+opleiding"], &g("een kappersopleiding volgen")), Some("kappersopleiding"));
        assert_eq!(vind(termen!["+opleiding"], &g("een opleiding kiezen")), None);
        assert_eq!(vind(termen!["schuld"], &g("schuldhulp")), None);
        // Folded: case and accents do not matter.
        assert_eq!(vind(termen!["dietist"], &g("De Diëtist")), Some("Diëtist"));
    }

    #[test]
    fn woorden_ertussen_maar_binnen_de_zin() {
        assert_eq!(vind(termen!["behandel* ~ ggz"], &g("behandeling bij de GGZ")), Some("behandeling bij de GGZ"));
        assert_eq!(vind(termen!["behandel* ~ ggz"], &g("behandeling bij een of andere GGZ")), None);
        assert_eq!(vind(termen!["behandel* ~ ggz"], &g("behandeling. De GGZ")), None);
    }

    #[test]
    fn een_uitzondering_geldt_alleen_voor_haar_eigen_zinsdeel() {
        static O: Oordeel = Oordeel {
            triggers: &[Trigger {
                termen: termen!["*therapie"],
                plek: false,
                sterk: false,
                tenzij: &[],
                met: termen![],
                naam: None,
            }],
            tenzij: &[Uitzondering { termen: termen!["omgaan met"], bereik: Bereik::Verder }],
        };
        assert!(beoordeel(&O, &g("Cognitieve gedragstherapie om te leren omgaan met angst")).is_some());
        assert!(beoordeel(&O, &g("Leren omgaan met de therapie")).is_none());
        static R: Oordeel = Oordeel {
            triggers: &[Trigger {
                termen: termen!["schuldhulp*"],
                plek: false,
                sterk: false,
                tenzij: &[],
                met: termen![],
                naam: None,
            }],
            tenzij: &[Uitzondering { termen: termen!["aanmelden"], bereik: Bereik::Rond }],
        };
        assert!(beoordeel(&R, &g("Aanmelden bij de schuldhulpverlening")).is_none());
        assert!(beoordeel(&R, &g("Schuldhulpverlening; daarna aanmelden bij de sportclub")).is_some());
    }

    #[test]
    fn een_getal_dat_alleen_dateert_meet_niets() {
        let w = &WOORDEN;
        assert!(!getal_buiten(w.meetbaar, w.termijn, &g("na 3 maanden meer zelfvertrouwen")));
        assert!(getal_buiten(w.meetbaar, w.termijn, &g("na 3 maanden 2 keer per week")));
    }

    #[test]
    fn een_gelezen_tekst_wordt_bewaard_en_begrensd() {
        let tekst = "Cognitieve gedragstherapie om te leren omgaan met angst";
        let eerst: Vec<Treffer> = g(tekst).gevonden.clone();
        // Read again: from the table, the same findings, and the same judgement.
        let weer = g(tekst);
        assert_eq!(weer.gevonden, eerst);
        assert!(Arc::strong_count(&weer.kern) >= 2, "taken from the table");
        // A text of the same length but other words is not mistaken for it.
        let ander = "Cognitieve gedragsoefening om te leren omgaan met angst";
        assert_ne!(g(ander).gevonden, eerst);
        // Typing a long text leaves many versions: memory stays bounded.
        let lang = "Wekelijks een gesprek over de voortgang van de sollicitaties en het netwerk. ".repeat(50);
        for n in 0..400 {
            let _ = g(lang.get(..lang.len() - n).unwrap_or_default());
        }
        let o = onthouden();
        assert!(o.bytes <= ONTHOUDEN_BYTES, "{} bytes kept", o.bytes);
        assert!(o.aantal() <= ONTHOUDEN);
    }

    #[test]
    fn woorden_tellen_zonder_te_vouwen() {
        assert_eq!(aantal_woorden("GGZ-behandeling, 2x per week"), 5);
        assert_eq!(aantal_woorden("  "), 0);
    }
}
