//! One small stable sort for the whole crate. The standard library's sorts are fast but
//! large once monomorphised: five of them (findings, terms found, lists, codes) were ≈ 30 KB
//! of the WebAssembly before wasm-opt. Here the merging is written once, over positions,
//! with the comparison behind a `dyn`; each use adds only the closure and a move.
//! Stable, like `sort_by_key`: equal items keep their order, so the result is the same.

/// Sorts `v` stably by `voor(a, b)`: "a comes strictly before b".
pub fn stabiel<T>(v: &mut [T], voor: impl Fn(&T, &T) -> bool) {
    if v.len() < 2 {
        return;
    }
    let volgorde = {
        let w: &[T] = v;
        posities(w.len(), &|a, b| match (w.get(a), w.get(b)) {
            (Some(x), Some(y)) => voor(x, y),
            _ => false,
        })
    };
    zet(v, &volgorde);
}

/// Sorts `v` stably by a key computed once per item (as `sort_by_cached_key`).
pub fn stabiel_op_sleutel<T, K: Ord>(v: &mut [T], sleutel: impl Fn(&T) -> K) {
    if v.len() < 2 {
        return;
    }
    let sleutels: Vec<K> = v.iter().map(sleutel).collect();
    let volgorde = posities(sleutels.len(), &|a, b| match (sleutels.get(a), sleutels.get(b)) {
        (Some(x), Some(y)) => x < y,
        _ => false,
    });
    zet(v, &volgorde);
}

/// Puts the items of `v` in the order of the positions `volgorde` (a permutation of
/// `0..v.len()`), in place: each item is swapped straight to where it belongs.
fn zet<T>(v: &mut [T], volgorde: &[usize]) {
    let n = v.len();
    let mut doel = vec![0; n];
    for (k, &i) in volgorde.iter().enumerate() {
        if let Some(d) = doel.get_mut(i) {
            *d = k;
        }
    }
    for i in 0..n {
        while let Some(&d) = doel.get(i) {
            if d == i || d >= n {
                break;
            }
            v.swap(i, d);
            doel.swap(i, d);
        }
    }
}

/// The positions `0..n` in stable order by `voor`: insertion sort of short runs, then
/// merging them bottom-up.
fn posities(n: usize, voor: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    const RUN: usize = 8;
    let mut a: Vec<usize> = (0..n).collect();
    for run in a.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 {
                match (run.get(j - 1).copied(), run.get(j).copied()) {
                    (Some(x), Some(y)) if voor(y, x) => run.swap(j - 1, j),
                    _ => break,
                }
                j -= 1;
            }
        }
    }
    let mut b = vec![0; n];
    let mut breedte = RUN;
    while breedte < n {
        let mut begin = 0;
        while begin < n {
            let midden = (begin + breedte).min(n);
            let eind = (begin + 2 * breedte).min(n);
            let (mut i, mut j) = (begin, midden);
            for k in begin..eind {
                let links = a.get(i).copied().filter(|_| i < midden);
                let rechts = a.get(j).copied().filter(|_| j < eind);
                let kies = match (links, rechts) {
                    (Some(x), Some(y)) if voor(y, x) => {
                        j += 1;
                        y
                    }
                    (Some(x), _) => {
                        i += 1;
                        x
                    }
                    (None, Some(y)) => {
                        j += 1;
                        y
                    }
                    (None, None) => break,
                };
                if let Some(plek) = b.get_mut(k) {
                    *plek = kies;
                }
            }
            begin = eind;
        }
        std::mem::swap(&mut a, &mut b);
        breedte *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn als_sort_by_key() {
        // Pseudo-random keys with many ties, every length up to 70: the same order as std.
        let mut x: u64 = 12345;
        for n in 0..70 {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    (((x >> 33) % 5) as u8, i)
                })
                .collect();
            let mut std = v.clone();
            std.sort_by_key(|t| t.0);
            let mut ons = v.clone();
            stabiel(&mut ons, |a, b| a.0 < b.0);
            assert_eq!(ons, std);
            let mut ons = v.clone();
            stabiel_op_sleutel(&mut ons, |t| t.0);
            assert_eq!(ons, std);
        }
    }
}
