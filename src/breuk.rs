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

fn ggd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        let r = a % b;
        a = b;
        b = r;
    }
    a
}

impl Breuk {
    pub const NUL: Breuk = Breuk { teller: 0, noemer: 1 };

    pub const fn geheel(n: i64) -> Breuk {
        Breuk { teller: n as i128, noemer: 1 }
    }

    /// `teller / noemer`, reduced; `None` when `noemer` is 0.
    pub fn new(teller: i128, noemer: i128) -> Option<Breuk> {
        if noemer == 0 {
            return None;
        }
        let g = ggd(teller, noemer);
        let (mut t, mut n) = (teller / g, noemer / g);
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
            teller = teller.checked_mul(10)?.checked_add(i128::from(c - b'0'))?;
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
        let g = ggd(self.noemer, ander.noemer);
        let noemer = (self.noemer / g).checked_mul(ander.noemer)?;
        let teller = self
            .teller
            .checked_mul(noemer / self.noemer)?
            .checked_add(ander.teller.checked_mul(noemer / ander.noemer)?)?;
        Breuk::new(teller, noemer)
    }

    pub fn minus(self, ander: Breuk) -> Option<Breuk> {
        self.plus(Breuk { teller: ander.teller.checked_neg()?, noemer: ander.noemer })
    }

    pub fn maal(self, ander: Breuk) -> Option<Breuk> {
        let g1 = ggd(self.teller, ander.noemer).max(1);
        let g2 = ggd(ander.teller, self.noemer).max(1);
        let teller = (self.teller / g1).checked_mul(ander.teller / g2)?;
        let noemer = (self.noemer / g2).checked_mul(ander.noemer / g1)?;
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
        if self.teller >= 0 {
            twee_t.saturating_add(self.noemer) / twee_n
        } else {
            -((-twee_t).saturating_add(self.noemer) / twee_n)
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
        match (self.teller.checked_mul(ander.noemer), ander.teller.checked_mul(self.noemer)) {
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
    fn overloop_is_none() {
        let grote = Breuk::new(i128::MAX / 2, 1).unwrap();
        assert!(grote.plus(grote).and_then(|x| x.plus(grote)).is_none());
        assert!(Breuk::new(1, 7919).unwrap().maal(Breuk::new(1, i128::MAX / 3).unwrap()).is_none());
    }
}
