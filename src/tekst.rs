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
//! Folding happens into a small buffer on the stack, once per word: no allocation, which
//! matters in WebAssembly on every keystroke.

/// Longest word we compare; longer words (not Dutch) never match.
const MAX_WOORD: usize = 48;

/// One word, folded.
#[derive(Clone, Copy)]
struct Woord {
    buf: [u8; MAX_WOORD],
    len: usize,
}

impl Woord {
    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

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
        _ => !c.is_whitespace() && !c.is_control(),
    }
}

/// The words of a text, folded.
#[derive(Clone)]
struct Woorden<'t> {
    rest: std::str::CharIndices<'t>,
}

impl<'t> Woorden<'t> {
    fn new(tekst: &'t str) -> Self {
        Woorden { rest: tekst.char_indices() }
    }
}

impl Iterator for Woorden<'_> {
    type Item = Woord;
    fn next(&mut self) -> Option<Woord> {
        let mut w = Woord { buf: [0; MAX_WOORD], len: 0 };
        let mut te_lang = false;
        for (_, c) in self.rest.by_ref() {
            if is_woordteken(c) {
                if w.len < MAX_WOORD {
                    w.buf[w.len] = vouw(c);
                    w.len += 1;
                } else {
                    te_lang = true;
                }
            } else if w.len > 0 {
                break;
            }
        }
        if w.len == 0 {
            return None;
        }
        if te_lang {
            // A single byte no term can match.
            w.buf[0] = 0xFF;
            w.len = 1;
        }
        Some(w)
    }
}

/// The number of words in a text.
pub fn aantal_woorden(tekst: &str) -> usize {
    Woorden::new(tekst).count()
}

/// Does one folded word match one term word (with its `*`s)?
fn past(woord: &[u8], term: &str) -> bool {
    let t = term.as_bytes();
    match (t.first() == Some(&b'*'), t.last() == Some(&b'*') && t.len() > 1) {
        (false, false) => woord == t,
        (false, true) => woord.starts_with(&t[..t.len() - 1]),
        (true, false) => woord.ends_with(&t[1..]),
        (true, true) => {
            let kern = &t[1..t.len() - 1];
            kern.is_empty() || woord.windows(kern.len()).any(|v| v == kern)
        }
    }
}

/// Does the text, from this word on, match the whole term (all its words in a row)?
fn past_term(eerste: &Woord, verder: &Woorden, term: &str) -> bool {
    let mut delen = term.split(' ');
    let Some(kop) = delen.next() else {
        return false;
    };
    if !past(eerste.bytes(), kop) {
        return false;
    }
    let mut volgende = verder.clone();
    for deel in delen {
        match volgende.next() {
            Some(w) if past(w.bytes(), deel) => {}
            _ => return false,
        }
    }
    true
}

/// The first term of the list that occurs in the text.
pub fn vind(tekst: &str, termen: &[&'static str]) -> Option<&'static str> {
    let mut woorden = Woorden::new(tekst);
    while let Some(w) = woorden.next() {
        if let Some(&t) = termen.iter().find(|t| past_term(&w, &woorden, t)) {
            return Some(t);
        }
    }
    None
}

/// Whether any term of the list occurs in the text.
pub fn bevat(tekst: &str, termen: &[&'static str]) -> bool {
    vind(tekst, termen).is_some()
}

/// Whether every word of the text is in the list (S04: only generic words).
pub fn alleen(tekst: &str, termen: &[&'static str]) -> bool {
    let mut iets = false;
    for w in Woorden::new(tekst) {
        iets = true;
        if !termen.iter().any(|t| !t.contains(' ') && past(w.bytes(), t)) {
            return false;
        }
    }
    iets
}

/// Whether the text holds a digit (S06: a number is measurable).
pub fn heeft_cijfer(tekst: &str) -> bool {
    tekst.bytes().any(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vouwen_en_woorden() {
        assert_eq!(aantal_woorden("Diëtist, GGZ-behandeling; en… 3x"), 5);
        assert_eq!(aantal_woorden("   "), 0);
        assert!(bevat("Contact met een DIËTIST.", &["dietist"]));
        assert!(bevat("Één keer per week", &["een keer"]));
    }

    #[test]
    fn woordgrenzen_en_samenstellingen() {
        let l = &["schuldhulp*", "*therapie*", "schuld", "plannen van afspraken"];
        assert_eq!(vind("Aanmelden bij schuldhulpverlening", l), Some("schuldhulp*"));
        assert_eq!(vind("Cognitieve gedragstherapie", l), Some("*therapie*"));
        assert_eq!(vind("Therapieën voor angst", l), Some("*therapie*"));
        assert_eq!(vind("Zijn schulden in kaart", l), None);
        assert_eq!(vind("Hij heeft schuld", l), Some("schuld"));
        assert_eq!(vind("Het plannen van afspraken", l), Some("plannen van afspraken"));
        assert_eq!(vind("Plannen, en dan van afspraken", l), None);
        assert_eq!(vind("", l), None);
    }

    #[test]
    fn alleen_algemene_woorden() {
        let l = &["coaching", "gesprek*", "en"];
        assert!(alleen("Coaching en gesprekken", l));
        assert!(!alleen("Coaching en sollicitatiebrieven", l));
        assert!(!alleen("", l));
    }

    #[test]
    fn lange_woorden_passen_niet() {
        let lang = "a".repeat(100);
        assert!(!bevat(&lang, &["*a*"]));
        assert_eq!(aantal_woorden(&lang), 1);
    }
}
