//! JSON Pointers (RFC 6901) into the plan, built only when a finding needs one.

/// A pointer as a chain of borrowed parts; turning it into text allocates, so the reader
/// does that only when it reports something.
#[derive(Debug, Clone, Copy)]
pub struct Pad<'p> {
    ouder: Option<&'p Pad<'p>>,
    deel: Deel<'p>,
}

#[derive(Debug, Clone, Copy)]
enum Deel<'p> {
    Wortel,
    Sleutel(&'p str),
    Index(usize),
}

impl<'p> Pad<'p> {
    pub const WORTEL: Pad<'static> = Pad { ouder: None, deel: Deel::Wortel };

    pub fn sleutel(&'p self, sleutel: &'p str) -> Pad<'p> {
        Pad { ouder: Some(self), deel: Deel::Sleutel(sleutel) }
    }

    pub fn index(&'p self, i: usize) -> Pad<'p> {
        Pad { ouder: Some(self), deel: Deel::Index(i) }
    }

    /// The pointer, e.g. `/activiteiten/2/sessies`; `""` for the whole plan.
    pub fn tekst(&self) -> String {
        let mut delen = Vec::new();
        let mut p = Some(self);
        while let Some(pad) = p {
            delen.push(pad.deel);
            p = pad.ouder;
        }
        let mut s = String::new();
        for deel in delen.iter().rev() {
            match deel {
                Deel::Wortel => {}
                Deel::Sleutel(k) => {
                    s.push('/');
                    s.push_str(&escape(k));
                }
                Deel::Index(i) => {
                    s.push('/');
                    crate::basis::cijfers::cijfers(*i as i128, &mut s);
                }
            }
        }
        s
    }
}

/// RFC 6901: `~` becomes `~0` and `/` becomes `~1`.
pub fn escape(sleutel: &str) -> std::borrow::Cow<'_, str> {
    if sleutel.contains(['~', '/']) {
        sleutel.replace('~', "~0").replace('/', "~1").into()
    } else {
        sleutel.into()
    }
}

/// The parts of a pointer, unescaped.
pub fn delen(pad: &str) -> impl Iterator<Item = String> + '_ {
    pad.split('/').skip(1).map(|d| d.replace("~1", "/").replace("~0", "~"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers() {
        let w = Pad::WORTEL;
        assert_eq!(w.tekst(), "");
        let a = w.sleutel("activiteiten");
        let i = a.index(2);
        let s = i.sleutel("sessies");
        assert_eq!(s.tekst(), "/activiteiten/2/sessies");
        let raar = w.sleutel("a/b~c");
        assert_eq!(raar.tekst(), "/a~1b~0c");
        assert_eq!(delen("/a~1b~0c/0").collect::<Vec<_>>(), ["a/b~c", "0"]);
    }
}
