//! Characters that show nothing. A text of only these is empty (SPEC §3: "" counts as
//! absent), however many there are: zero-width spaces, byte-order marks, word joiners,
//! Hangul fillers, NUL and other control characters, as well as ordinary white space.

/// Whether a character shows nothing on screen.
pub fn is_onzichtbaar(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFF8}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// Whether a text shows nothing: empty, white space, or only invisible characters.
pub fn is_blanco(t: &str) -> bool {
    t.chars().all(is_onzichtbaar)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn onzichtbaar_is_leeg() {
        for leeg in ["", "   ", "\u{200B}\u{FEFF}\u{2060}", "\u{3164}", "\0\0", "\u{00A0}\t\n", "\u{200D}"] {
            assert!(is_blanco(leeg), "{leeg:?}");
        }
        for vol in ["a", " x ", "\u{200B}b", "é", "0"] {
            assert!(!is_blanco(vol), "{vol:?}");
        }
    }
}
