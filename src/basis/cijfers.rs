//! Digits without `core::fmt`, whose machinery costs kilobytes of WebAssembly.

/// A magnitude in hundredths split into its whole part and its hundredths (3850 → 38, 50),
/// in 64 bits when it fits (see [`cijfers`]).
pub fn per_honderd(n: u128) -> (i128, u8) {
    match u64::try_from(n) {
        Ok(k) => (i128::from(k / 100), (k % 100) as u8),
        Err(_) => ((n / 100) as i128, (n % 100) as u8),
    }
}

/// Appends the decimal digits of a whole number.
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

/// The parts joined into one text (`format!` costs kilobytes of WebAssembly).
pub fn plak(delen: &[&str]) -> String {
    let mut s = String::with_capacity(delen.iter().map(|d| d.len()).sum());
    for d in delen {
        s.push_str(d);
    }
    s
}

/// A whole number as text.
pub fn als_tekst(n: i128) -> String {
    let mut s = String::new();
    cijfers(n, &mut s);
    s
}

/// Hundredths as a decimal: 3850 → "38.5" (`sep` '.') or "38,5" (','); no trailing zeros,
/// and no decimals at all for a whole number.
pub fn honderdsten(n: i128, sep: char, uit: &mut String) {
    if n < 0 {
        uit.push('-');
    }
    let (heel, rest) = per_honderd(n.unsigned_abs());
    cijfers(heel, uit);
    if rest != 0 {
        uit.push(sep);
        uit.push(char::from(b'0' + rest / 10));
        if rest % 10 != 0 {
            uit.push(char::from(b'0' + rest % 10));
        }
    }
}

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
    fn honderdsten_zonder_nullen() {
        for (n, nl) in
            [(3850, "38,5"), (800, "8"), (8, "0,08"), (-250, "-2,5"), (4100, "41"), (123456789, "1234567,89")]
        {
            let mut s = String::new();
            honderdsten(n, ',', &mut s);
            assert_eq!(s, nl);
        }
    }
}
