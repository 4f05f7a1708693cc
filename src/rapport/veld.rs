//! A finding's `veld`: the field its pointer names, as a person names it — "Activiteit 3:
//! aantal sessies", "Administratie-uren", "Datum van de Opdracht" — from the labels of the
//! plan's declaration, which the JSON Schema and the page use too.

use crate::basis::bevinding::{Bevinding, Feit};
use crate::basis::cijfers::{als_tekst, plak};
use crate::basis::pad;
use crate::basis::taal::Taal;
use crate::plan::{def_bij, Stap};

/// The label of the field a finding is about.
pub fn label(b: &Bevinding, taal: Taal) -> String {
    if b.pad.is_empty() {
        return match (b.feit("optie"), taal) {
            (Some(Feit::Tekst(o)), Taal::Nl) => plak(&["Optie ‘", o, "’"]),
            (Some(Feit::Tekst(o)), Taal::En) => plak(&["Option ‘", o, "’"]),
            (_, Taal::Nl) => "Het plan".into(),
            (_, Taal::En) => "The plan".into(),
        };
    }
    let delen: Vec<String> = pad::delen(&b.pad).collect();
    let stappen = def_bij(delen.iter().map(String::as_str));
    let mut label = String::new();
    // The label of the list item the field is in ("Activiteit 3"), if any.
    let mut item: Option<String> = None;
    for (stap, deel) in stappen.iter().zip(&delen) {
        match *stap {
            Stap::Veld { def, .. } => {
                let eigen = def.label.in_taal(taal);
                label = match item.take() {
                    Some(item) => plak(&[&item, ": ", &klein(eigen)]),
                    None => eigen.to_string(),
                };
            }
            Stap::Item { naam, index } => {
                let n = index.map_or_else(|| deel.clone(), |i| als_tekst(i as i128 + 1));
                let eigen = plak(&[naam.in_taal(taal), " ", &n]);
                label = eigen.clone();
                item = Some(eigen);
            }
            Stap::Onbekend => {
                let ouder = item.take().unwrap_or_else(|| label.clone());
                label = if ouder.is_empty() { plak(&["‘", deel, "’"]) } else { plak(&[&ouder, ": ", deel]) };
            }
        }
    }
    label
}

/// A label inside a longer one starts with a small letter ("Activiteit 3: aantal sessies"),
/// unless its first word is a name or an abbreviation (two capitals).
fn klein(label: &str) -> String {
    let mut tekens = label.chars();
    match (tekens.next(), tekens.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => {
            a.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lezen::I02;

    fn veld(pad: &str, taal: Taal) -> String {
        label(&I02.vind(crate::basis::bevinding::Ernst::Fout, pad.into(), "zonder-waarde", vec![]), taal)
    }

    #[test]
    fn labels_zoals_het_formulier() {
        assert_eq!(veld("/activiteiten/2/sessies", Taal::Nl), "Activiteit 3: aantal sessies");
        assert_eq!(veld("/activiteiten/2/sessies", Taal::En), "Activity 3: number of sessions");
        assert_eq!(veld("/administratieUren", Taal::Nl), "Administratie-uren");
        assert_eq!(veld("/datums/opdracht", Taal::Nl), "Datum van de Opdracht");
        assert_eq!(veld("/activiteiten", Taal::Nl), "Activiteiten");
        assert_eq!(veld("/activiteiten/0", Taal::Nl), "Activiteit 1");
        assert_eq!(veld("/werkplan/hoofdactiviteiten/1", Taal::Nl), "Hoofdactiviteit 2");
        assert_eq!(veld("/client/kleur", Taal::Nl), "Cliënt: kleur");
        assert_eq!(veld("/kleur", Taal::Nl), "‘kleur’");
        assert_eq!(veld("/activiteiten/0/kleur", Taal::Nl), "Activiteit 1: kleur");
        assert_eq!(veld("", Taal::Nl), "Het plan");
        assert_eq!(veld("/client/bsn", Taal::Nl), "BSN van de cliënt");
    }
}
