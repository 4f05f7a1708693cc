//! Messages are for people (SPEC v2 §4 "Messages"), and the numbers of the source live in
//! one place per version of the Overzicht (issue 11):
//! - every template of every rule, in both languages, filled with sample facts, holds no
//!   JSON key, pointer, rule code, "SPEC" or unfilled place;
//! - no template holds a number that is in the version's table;
//! - a second version of the Overzicht, made here as data only, changes the verdicts and
//!   the messages through the public API.

// The helpers of a test file may fail loudly too (clippy.toml allows it in #[test] only).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;

use chrono::NaiveDate;
use plantoets::bron::{DienstInfo, Overzicht, Urenregel, V7_1};
use plantoets::plan::Dienst;
use plantoets::{Breuk, Feit, Naam, Opties, Taal, Taalpaar};

fn d(t: &str) -> NaiveDate {
    plantoets::lees_datum(t).unwrap()
}

/// A plausible value for a fact of this name, as the rules use them.
fn voorbeeld(naam: &str) -> Feit {
    let n = |code| Naam { code, naam: Taalpaar { nl: "Werkfit maken", en: "Getting fit for work" } };
    match naam {
        "datum" | "uiterlijk" | "start" | "einde" | "eind" | "van" | "tot" | "vanaf" | "sinds" | "inkooporder"
        | "eerderDatum" => Feit::Datum(d("2025-12-01")),
        "totaal" | "teVeel" | "administratie" | "uren" | "vorigeUren" | "verhoogdMaximum" | "perWeek" => {
            Feit::Uren(Breuk::new(5, 2).unwrap())
        }
        "weken" => Feit::Getal(Breuk::new(213, 7).unwrap()),
        "tarief" => Feit::Euro(8600),
        "gevonden" => Feit::Woorden(vec!["schuldregeling".into()]),
        "toegestaan" => Feit::Namen(vec![n("a"), n("b")]),
        "dienst" | "instantie" | "vanaf-naam" | "wat" | "eerder" | "hoofdactiviteit" | "ontbreekt" | "fout"
        | "soort" | "verwacht" | "suggestie" => Feit::Naam(n("x")),
        "waarde" | "naam" | "code" | "optie" | "versie" | "huidig" => Feit::Tekst("schoonmaak".into()),
        "geschat" => Feit::JaNee(true),
        _ => Feit::Geheel(2),
    }
}

fn camel_case(w: &str) -> bool {
    let mut tekens = w.chars();
    tekens.next().is_some_and(char::is_lowercase) && tekens.any(char::is_uppercase)
}

#[test]
fn elk_bericht_is_voor_mensen() {
    let mut fouten = Vec::new();
    for regel in plantoets::catalogus() {
        assert!(!regel.berichten.is_empty(), "{} heeft geen berichten", regel.code);
        for sjabloon in regel.berichten {
            for taal in [Taal::Nl, Taal::En] {
                let feiten: Vec<(&str, Feit)> = regel.feiten.iter().map(|&f| (f, voorbeeld(f))).collect();
                let b = plantoets::rapport::bericht::vul(sjabloon, taal, &feiten);
                let woorden = b.split(|c: char| !c.is_alphanumeric());
                let mis: Vec<&str> = woorden
                    .clone()
                    .filter(|w| {
                        camel_case(w)
                            || (w.len() == 3
                                && w.starts_with(|c| "ICUDTSP".contains(c))
                                && w[1..].chars().all(|c| c.is_ascii_digit()))
                    })
                    .collect();
                let mis = !mis.is_empty()
                    || b.contains("SPEC")
                    || b.contains("(invoer)")
                    || b.contains('{')
                    || b.contains('}')
                    || b.contains("§")
                    || b.split_whitespace().any(|w| w.starts_with('/') && w.len() > 1)
                    || b.trim().is_empty()
                    || !b.trim_end().ends_with(['.', '?', '!']);
                if mis {
                    fouten.push(format!("{} {} ({:?}): {b}", regel.code, sjabloon.sleutel, taal));
                }
            }
        }
    }
    assert!(fouten.is_empty(), "berichten die niet voor mensen zijn:\n{}", fouten.join("\n"));
}

#[test]
fn elke_feitnaam_staat_in_een_bericht_of_is_data() {
    // A template's places all name facts the rule declares.
    for regel in plantoets::catalogus() {
        for s in regel.berichten {
            for tekst in [s.nl, s.en] {
                for plek in tekst.split('{').skip(1) {
                    let naam = plek.split(['}', '|']).next().unwrap();
                    assert!(
                        regel.feiten.contains(&naam),
                        "{} {}: {{{naam}}} is geen feit van de regel",
                        regel.code,
                        s.sleutel
                    );
                }
            }
        }
    }
}

/// Every number in a version's table.
fn getallen(o: &Overzicht) -> BTreeSet<u32> {
    let mut g = BTreeSet::new();
    for d in o.diensten {
        match d.uren {
            Urenregel::Maximum { maximum, verhoogd_maximum } => {
                g.insert(maximum);
                g.extend(verhoogd_maximum);
            }
            Urenregel::PerWeek { uren_per_week, maximum_per_jaar } => {
                g.extend([uren_per_week, maximum_per_jaar]);
            }
            Urenregel::VastePrijs => {}
        }
        g.extend([
            d.max_administratie_uren,
            d.max_doorlooptijd_maanden,
            d.eindrapportage_dagen,
            d.tredes.0,
            d.tredes.1,
        ]);
        g.extend(d.werkhervatting_na_maanden);
    }
    let t = &o.termijnen;
    g.extend([
        t.indienen_dagen,
        t.oordeel_uwv_dagen,
        t.herindienen_dagen,
        t.evaluatie_maanden_zw,
        t.evaluatie_maanden_overig,
    ]);
    g.extend([o.werkbehoud_max_inzet, o.scholing_max_maanden, o.trede_betaald_werk]);
    g
}

#[test]
fn geen_getal_van_de_bron_in_een_sjabloon() {
    let bron = getallen(&V7_1);
    assert!(bron.contains(&41) && bron.contains(&28));
    let mut fouten = Vec::new();
    for regel in plantoets::catalogus() {
        for s in regel.berichten {
            for tekst in [s.nl, s.en] {
                for getal in tekst.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()) {
                    if getal.parse::<u32>().is_ok_and(|n| bron.contains(&n)) {
                        fouten.push(format!("{} {}: {getal} in “{tekst}”", regel.code, s.sleutel));
                    }
                }
            }
        }
    }
    assert!(fouten.is_empty(), "getallen van de bron in een bericht (ze horen in een feit):\n{}", fouten.join("\n"));
}

/// A version of the Overzicht made only as data: from 2027, Werkfit maken up to 50 hours (70
/// with UWV's consent) and 21 days to submit a plan.
fn versie_7_2() -> &'static Overzicht {
    let diensten: Vec<DienstInfo> = V7_1
        .diensten
        .iter()
        .map(|d| match d.dienst {
            Dienst::WerkfitMaken => {
                DienstInfo { uren: Urenregel::Maximum { maximum: 50, verhoogd_maximum: Some(70) }, ..*d }
            }
            _ => *d,
        })
        .collect();
    Box::leak(Box::new(Overzicht {
        versie: "7.2-proef",
        geldig_vanaf: d("2027-01-01"),
        diensten: Box::leak(diensten.into_boxed_slice()),
        termijnen: plantoets::bron::Termijnregels { indienen_dagen: 21, ..V7_1.termijnen },
        ..V7_1
    }))
}

fn plan(opdracht: &str, sessies: u32) -> String {
    serde_json::json!({
        "dienst": "werkfit-maken",
        "client": { "uitkering": "WW" },
        "datums": { "opdracht": opdracht },
        "doorlooptijdMaanden": 6,
        "administratieUren": 3,
        "activiteiten": [ { "omschrijving": "Oefenen op een werkervaringsplaats in de logistiek", "vorm": "individueel", "sessies": sessies, "minutenPerSessie": 60 } ]
    })
    .to_string()
}

#[test]
fn een_nieuwe_versie_is_alleen_data() {
    let alle: &[&Overzicht] = &[&V7_1, versie_7_2()];
    let opties = Opties { peildatum: Some(d("2027-02-01")), ..Opties::default() };
    let code = |r: &plantoets::Report, c: &str| r.bevindingen.iter().find(|b| b.code == c).cloned();

    // 45 hours: too many under 7.1 (41), fine under 7.2 (50).
    let oud = plantoets::check_tekst_met(&plan("2026-12-01", 42), &opties, alle);
    assert_eq!(oud.regelset.versie, "7.1");
    let u01 = code(&oud, "U01").expect("U01 onder 7.1");
    assert_eq!(u01.feit("maximum"), Some(&Feit::Uren(Breuk::geheel(41))));
    assert!(u01.bericht.contains("41 uur"), "{}", u01.bericht);
    assert_eq!(oud.termijnen.indienen_uiterlijk, Some(d("2026-12-29")), "28 days");

    let nieuw = plantoets::check_tekst_met(&plan("2027-02-01", 42), &opties, alle);
    assert_eq!(nieuw.regelset.versie, "7.2-proef");
    assert_eq!(nieuw.regelset.geldig_vanaf, d("2027-01-01"));
    assert!(code(&nieuw, "U01").is_none(), "45 uur mag onder 7.2");
    assert_eq!(nieuw.termijnen.indienen_uiterlijk, Some(d("2027-02-22")), "21 days");
    let uren = nieuw.uren.maximum.map(|u| u.0);
    assert_eq!(uren, Some(5000));

    // 52 hours under 7.2: the message names 7.2's numbers, which no template holds.
    let te_veel = plantoets::check_tekst_met(&plan("2027-02-01", 49), &opties, alle);
    let u01 = code(&te_veel, "U01").expect("U01 onder 7.2");
    assert!(u01.bericht.contains("52 uur is 2 uur te veel") && u01.bericht.contains("50 uur"), "{}", u01.bericht);
    assert!(u01.bericht.contains("70 uur"), "het uitzonderlijke maximum van 7.2: {}", u01.bericht);
    // T02 warns with 7.2's deadline.
    let laat = Opties { peildatum: Some(d("2027-02-20")), ..Opties::default() };
    let t02 = code(&plantoets::check_tekst_met(&plan("2027-02-01", 10), &laat, alle), "T02").expect("T02");
    assert_eq!(t02.feit("uiterlijk"), Some(&Feit::Datum(d("2027-02-22"))));
}
