//! Exact numbers for hours and money (SPEC §3: "no float drift").
//!
//! A plan's numbers are decimals as typed ("35", "1.5") and the hours of a group activity
//! are divided by the number of participants (§3.6: 60 minutes with 12 participants is
//! 5 minutes). A [`Breuk`] is a reduced fraction of two `i128`s, so "exactly 41 hours is
//! allowed, 41 hours and 1/7 minute is over" is decided without rounding. Every operation
//! is checked: an overflow (only reachable with hostile input, such as hundreds of
//! activities with different prime group sizes) returns `None` and becomes a finding,
//! never a panic.

use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Breuk {
    teller: i128,
    /// Always > 0, and gcd(teller, noemer) == 1.
    noemer: i128,
}

/// Greatest common divisor of the magnitudes. Plans' numbers are small, so the common
/// case runs in 64 bits: 128-bit division is a library call in WebAssembly and was a tenth
/// of a check before this fast path.
fn ggd(a: i128, b: i128) -> u128 {
    let (a, b) = (a.unsigned_abs(), b.unsigned_abs());
    if let (Ok(mut a), Ok(mut b)) = (u64::try_from(a), u64::try_from(b)) {
        while b != 0 {
            (a, b) = (b, a % b);
        }
        return u128::from(a);
    }
    let (mut a, mut b) = (a, b);
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// `a / b` rounded toward zero, in 64 bits when both fit; `None` for 0 or overflow.
#[inline]
fn deel(a: i128, b: i128) -> Option<i128> {
    match (i64::try_from(a), i64::try_from(b)) {
        (Ok(x), Ok(y)) => x.checked_div(y).map(i128::from),
        _ => a.checked_div(b),
    }
}

/// `a × b`, `None` on overflow; in 64 bits when that suffices (see [`ggd`]).
#[inline]
pub fn keer(a: i128, b: i128) -> Option<i128> {
    if let (Ok(x), Ok(y)) = (i64::try_from(a), i64::try_from(b)) {
        if let Some(p) = x.checked_mul(y) {
            return Some(i128::from(p));
        }
    }
    a.checked_mul(b)
}

/// The gcd as a divisor: at least 1, and `None` when it does not fit (only `i128::MIN`).
fn deler(a: i128, b: i128) -> Option<i128> {
    i128::try_from(ggd(a, b).max(1)).ok()
}

impl Breuk {
    pub const NUL: Breuk = Breuk { teller: 0, noemer: 1 };

    pub const fn geheel(n: i64) -> Breuk {
        Breuk { teller: n as i128, noemer: 1 }
    }

    /// `teller / noemer`, reduced; `None` when `noemer` is 0.
    pub fn new(teller: i128, noemer: i128) -> Option<Breuk> {
        if noemer == 1 {
            return Some(Breuk { teller, noemer });
        }
        if noemer == 0 {
            return None;
        }
        let g = deler(teller, noemer)?;
        let (mut t, mut n) = (deel(teller, g)?, deel(noemer, g)?);
        if n < 0 {
            t = t.checked_neg()?;
            n = n.checked_neg()?;
        }
        Some(Breuk { teller: t, noemer: n })
    }

    pub fn teller(self) -> i128 {
        self.teller
    }
    pub fn noemer(self) -> i128 {
        self.noemer
    }

    /// Reads a JSON number's text exactly ("12.50", "-3e2", "1E-1"). `None` when it is not
    /// a number or has more precision or magnitude than fits (beyond ~30 digits).
    pub fn uit_tekst(tekst: &str) -> Option<Breuk> {
        let (mantisse, exponent) = match tekst.find(['e', 'E']) {
            Some(p) => (tekst.get(..p)?, tekst.get(p + 1..)?.parse::<i32>().ok()?),
            None => (tekst, 0),
        };
        let (negatief, mantisse) = match mantisse.strip_prefix('-') {
            Some(m) => (true, m),
            None => (false, mantisse),
        };
        let (heel, fractie) = mantisse.split_once('.').unwrap_or((mantisse, ""));
        if heel.is_empty() || !heel.bytes().all(|c| c.is_ascii_digit()) || !fractie.bytes().all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let mut teller: i128 = 0;
        let mut schaal: i32 = -exponent;
        for c in heel.bytes().chain(fractie.bytes()) {
            if teller == 0 && c == b'0' {
                continue;
            }
            teller = keer(teller, 10)?.checked_add(i128::from(c - b'0'))?;
        }
        schaal = schaal.checked_add(i32::try_from(fractie.len()).ok()?)?;
        if teller == 0 {
            return Some(Breuk::NUL);
        }
        if negatief {
            teller = -teller;
        }
        if schaal >= 0 {
            Breuk::new(teller, tien_tot(schaal)?)
        } else {
            Breuk::new(teller.checked_mul(tien_tot(-schaal)?)?, 1)
        }
    }

    pub fn plus(self, ander: Breuk) -> Option<Breuk> {
        if self.noemer == ander.noemer {
            return Breuk::new(self.teller.checked_add(ander.teller)?, self.noemer);
        }
        let g = deler(self.noemer, ander.noemer)?;
        let noemer = keer(deel(self.noemer, g)?, ander.noemer)?;
        let teller = keer(self.teller, deel(noemer, self.noemer)?)?
            .checked_add(keer(ander.teller, deel(noemer, ander.noemer)?)?)?;
        Breuk::new(teller, noemer)
    }

    pub fn minus(self, ander: Breuk) -> Option<Breuk> {
        self.plus(Breuk { teller: ander.teller.checked_neg()?, noemer: ander.noemer })
    }

    pub fn maal(self, ander: Breuk) -> Option<Breuk> {
        if self.noemer == 1 && ander.noemer == 1 {
            return Some(Breuk { teller: keer(self.teller, ander.teller)?, noemer: 1 });
        }
        let g1 = deler(self.teller, ander.noemer)?;
        let g2 = deler(ander.teller, self.noemer)?;
        let teller = keer(deel(self.teller, g1)?, deel(ander.teller, g2)?)?;
        let noemer = keer(deel(self.noemer, g2)?, deel(ander.noemer, g1)?)?;
        Breuk::new(teller, noemer)
    }

    pub fn gedeeld(self, ander: Breuk) -> Option<Breuk> {
        if ander.teller == 0 {
            return None;
        }
        self.maal(Breuk::new(ander.noemer, ander.teller)?)
    }

    pub fn is_geheel(self) -> bool {
        self.noemer == 1
    }

    pub fn is_negatief(self) -> bool {
        self.teller < 0
    }

    pub fn is_nul(self) -> bool {
        self.teller == 0
    }

    /// The whole number, if it is one and fits in an `i64`.
    pub fn als_i64(self) -> Option<i64> {
        if self.noemer == 1 {
            i64::try_from(self.teller).ok()
        } else {
            None
        }
    }

    /// Rounded half away from zero to a whole number (SPEC §3: "rounded half-up").
    pub fn afgerond(self) -> i128 {
        let twee_t = self.teller.saturating_mul(2);
        let twee_n = self.noemer.saturating_mul(2);
        // (2t + n) / 2n with floor for positives; mirror for negatives.
        // `twee_n` > 0, so `deel` cannot fail; 0 is the unreachable fallback.
        if self.teller >= 0 {
            deel(twee_t.saturating_add(self.noemer), twee_n).unwrap_or(0)
        } else {
            -deel(twee_t.saturating_neg().saturating_add(self.noemer), twee_n).unwrap_or(0)
        }
    }

    /// Rounded half-up to hundredths, as a whole number of hundredths (38.5 → 3850).
    pub fn honderdsten(self) -> Option<i128> {
        Some(self.maal(Breuk::geheel(100))?.afgerond())
    }
}

fn tien_tot(n: i32) -> Option<i128> {
    10i128.checked_pow(u32::try_from(n).ok()?)
}

impl PartialOrd for Breuk {
    fn partial_cmp(&self, ander: &Breuk) -> Option<Ordering> {
        Some(self.cmp(ander))
    }
}

impl Ord for Breuk {
    fn cmp(&self, ander: &Breuk) -> Ordering {
        if self.noemer == ander.noemer {
            return self.teller.cmp(&ander.teller);
        }
        // a/b ? c/d  <=>  a*d ? c*b (b, d > 0). Fall back to a wide comparison on overflow.
        match (keer(self.teller, ander.noemer), keer(ander.teller, self.noemer)) {
            (Some(l), Some(r)) => l.cmp(&r),
            _ => vergelijk_breed(*self, *ander),
        }
    }
}

/// Compares a/b with c/d through their continued fractions: exact, no overflow.
fn vergelijk_breed(x: Breuk, y: Breuk) -> Ordering {
    let (mut a, mut b, mut c, mut d) = (x.teller, x.noemer, y.teller, y.noemer);
    let mut omgekeerd = false;
    loop {
        let (qa, ra) = (a.div_euclid(b), a.rem_euclid(b));
        let (qc, rc) = (c.div_euclid(d), c.rem_euclid(d));
        if qa != qc {
            let o = qa.cmp(&qc);
            return if omgekeerd { o.reverse() } else { o };
        }
        match (ra == 0, rc == 0) {
            (true, true) => return Ordering::Equal,
            (true, false) => return if omgekeerd { Ordering::Greater } else { Ordering::Less },
            (false, true) => return if omgekeerd { Ordering::Less } else { Ordering::Greater },
            (false, false) => {
                // Compare b/ra with d/rc, reversed.
                (a, b, c, d) = (b, ra, d, rc);
                omgekeerd = !omgekeerd;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(t: &str) -> Breuk {
        Breuk::uit_tekst(t).unwrap()
    }

    #[test]
    fn leest_decimalen_exact() {
        assert_eq!(b("0.1"), Breuk::new(1, 10).unwrap());
        assert_eq!(b("35"), Breuk::geheel(35));
        assert_eq!(b("-2.50"), Breuk::new(-5, 2).unwrap());
        assert_eq!(b("1e3"), Breuk::geheel(1000));
        assert_eq!(b("15E-1"), Breuk::new(3, 2).unwrap());
        assert_eq!(b("0.000"), Breuk::NUL);
        assert_eq!(b("-0"), Breuk::NUL);
        assert!(Breuk::uit_tekst("1e400").is_none());
        assert!(Breuk::uit_tekst("abc").is_none());
        assert!(Breuk::uit_tekst("1.5.5").is_none());
        assert!(Breuk::uit_tekst(".5").is_none());
    }

    #[test]
    fn geen_drift() {
        // 0.1 + 0.2 == 0.3, exactly.
        assert_eq!(b("0.1").plus(b("0.2")).unwrap(), b("0.3"));
        // §3.6: 60 minutes in a group of 12 is 5 minutes.
        let min = Breuk::geheel(60).gedeeld(Breuk::geheel(12)).unwrap();
        assert_eq!(min, Breuk::geheel(5));
        // 41 hours + 1/7 minute is over 41.
        let zevende_minuut = Breuk::new(1, 7 * 60).unwrap();
        assert!(Breuk::geheel(41).plus(zevende_minuut).unwrap() > Breuk::geheel(41));
    }

    #[test]
    fn afronden_half_omhoog() {
        assert_eq!(b("2.5").afgerond(), 3);
        assert_eq!(b("2.4999").afgerond(), 2);
        assert_eq!(b("-2.5").afgerond(), -3);
        assert_eq!(b("38.505").honderdsten(), Some(3851));
        assert_eq!(b("38.5049").honderdsten(), Some(3850));
        assert_eq!(Breuk::new(1, 12).unwrap().honderdsten(), Some(8));
    }

    #[test]
    fn brede_vergelijking() {
        let groot = Breuk::new(i128::MAX - 1, i128::MAX - 2).unwrap();
        let ander = Breuk::new(i128::MAX - 2, i128::MAX - 3).unwrap();
        // (n-1)/(n-2) < (n-2)/(n-3) for large n.
        assert_eq!(groot.cmp(&ander), Ordering::Less);
        assert_eq!(ander.cmp(&groot), Ordering::Greater);
        assert_eq!(vergelijk_breed(b("1.5"), b("1.5")), Ordering::Equal);
        assert_eq!(vergelijk_breed(b("-1.5"), b("1.25")), Ordering::Less);
        assert_eq!(vergelijk_breed(Breuk::new(7, 3).unwrap(), Breuk::new(9, 4).unwrap()), Ordering::Greater);
    }

    #[test]
    fn uitersten_geven_none_en_geen_paniek() {
        let min = Breuk { teller: i128::MIN, noemer: 1 };
        assert_eq!(Breuk::new(i128::MIN, 1), Some(min));
        assert!(Breuk::new(i128::MIN, -1).is_none());
        assert!(min.maal(Breuk::geheel(-1)).is_none());
        assert!(min.minus(Breuk::geheel(1)).is_none());
        let _ = min.afgerond();
        let _ = Breuk { teller: i128::MAX, noemer: 3 }.afgerond();
        // The 64-bit fast path and the 128-bit path agree.
        let groot = Breuk::new(i128::from(i64::MAX) * 6, 4).unwrap();
        assert_eq!((groot.teller(), groot.noemer()), (i128::from(i64::MAX) * 3, 2));
        assert_eq!(Breuk::new(-6, -4).unwrap(), Breuk::new(3, 2).unwrap());
    }

    #[test]
    fn overloop_is_none() {
        let grote = Breuk::new(i128::MAX / 2, 1).unwrap();
        assert!(grote.plus(grote).and_then(|x| x.plus(grote)).is_none());
        assert!(Breuk::new(1, 7919).unwrap().maal(Breuk::new(1, i128::MAX / 3).unwrap()).is_none());
    }
}
