//! D — doorlooptijd (§3.7 Tabel IV, §3.2.1, §4.4.2, §4.5). The dates are computed in
//! `berekening` with the conventions of SPEC §2; these rules judge them.

use super::{nummer, pad_in, Ctx};
use crate::basis::bevinding::{naam, sj, Ernst, Feit, Feiten, Regel, F, FI, I, W};
use crate::basis::datum;
use crate::basis::taal::ul;
use crate::plan::{Dienst, Soort, Uitkering, Veld};

pub static D01: Regel = Regel {
    code: "D01",
    ernst: F,
    bron: "§3.7 Tabel IV",
    titel: ul("De doorlooptijd is langer dan de dienst toestaat", "The doorlooptijd is longer than the service allows"),
    waarom: ul(
        "De individuele doorlooptijd moet binnen de maximale generale doorlooptijd van Tabel IV blijven; bij Begeleiding bij Scholing ook binnen de scholing en binnen een jaar.",
        "The individual doorlooptijd must stay within the general maximum of Tabel IV; for Begeleiding bij Scholing also within the scholing and within one year.",
    ),
    voorbeeld: ul(
        "Naar werk: hooguit 9 maanden; Werkfit maken: hooguit 18 maanden.",
        "Naar werk: at most 9 months; Werkfit maken: at most 18 months.",
    ),
    lezing: Some(ul(
        "Bij Begeleiding bij Scholing telt de duur van de scholing in hele maanden, naar boven afgerond (1 september 2025 – 30 juni 2026 is 10 maanden).",
        "For Begeleiding bij Scholing the scholing's duration counts in whole months, rounded up (1 September 2025 – 30 June 2026 is 10 months).",
    )),
    feiten: &["maanden", "maximum", "dienst", "scholingMaanden"],
    berichten: &[
        sj(
            "te-lang",
            "{maanden} maanden is te lang: de maximale doorlooptijd voor {dienst} is {maximum} maanden.",
            "{maanden} months is too long: the maximum duration for {dienst} is {maximum} months.",
        ),
        sj(
            "langer-dan-scholing",
            "{maanden} maanden is te lang: de scholing duurt {scholingMaanden|maand|maanden}, en Begeleiding bij Scholing duurt nooit langer dan de scholing.",
            "{maanden} months is too long: the training lasts {scholingMaanden|month|months}, and Begeleiding bij Scholing never lasts longer than the training.",
        ),
    ],
};

/// D01: the individual doorlooptijd within the general maximum; for Begeleiding bij
/// Scholing also within the scholing, in whole months (SPEC v2).
pub fn d01(c: &mut Ctx) {
    let Some(info) = c.info() else { return };
    let Some(maanden) = c.plan.doorlooptijd_maanden.geheel() else { return };
    let max = info.max_doorlooptijd_maanden;
    let mut feiten = vec![("maanden", Feit::Geheel(maanden.into())), ("maximum", Feit::Geheel(max.into()))];
    feiten.extend(c.dienst_feit());
    if maanden > max {
        c.meld(&D01, Ernst::Fout, "/doorlooptijdMaanden", "te-lang", feiten);
        return;
    }
    if info.dienst != Dienst::BegeleidingBijScholing {
        return;
    }
    let (Some(start), Some(eind)) = (c.plan.scholing.start.kopie(), c.plan.scholing.eind.kopie()) else { return };
    let Some(scholing) = datum::maanden_tussen(start, eind) else { return };
    if maanden > scholing {
        feiten.push(("scholingMaanden", Feit::Geheel(scholing.into())));
        c.meld(&D01, Ernst::Fout, "/doorlooptijdMaanden", "langer-dan-scholing", feiten);
    }
}

pub static D02: Regel = Regel {
    code: "D02",
    ernst: FI,
    bron: "§3.7, §4.4.2",
    titel: ul("De doorlooptijd wijkt af van het Werkplan", "The doorlooptijd differs from the Werkplan"),
    waarom: ul(
        "De doorlooptijd die UWV in het Werkplan aangeeft is de leidraad; korter of langer moet het plan onderbouwen.",
        "The doorlooptijd UWV gives in the Werkplan is the guide; shorter or longer needs a justification in the plan.",
    ),
    voorbeeld: ul(
        "Werkplan 6 maanden, plan 8 maanden, met in onderbouwingAfwijking waarom de cliënt meer tijd nodig heeft.",
        "Werkplan 6 months, plan 8 months, with onderbouwingAfwijking explaining why the client needs more time.",
    ),
    lezing: None,
    feiten: &["maanden", "werkplan"],
    berichten: &[
        sj(
            "zonder-onderbouwing",
            "De doorlooptijd is {maanden} maanden, het Werkplan noemt {werkplan}: onderbouw de afwijking, of neem de doorlooptijd van het Werkplan over.",
            "The duration is {maanden} months, the Werkplan says {werkplan}: justify the difference, or use the Werkplan's duration.",
        ),
        sj(
            "met-onderbouwing",
            "De doorlooptijd is {maanden} maanden, het Werkplan noemt {werkplan}; de onderbouwing gaat mee naar UWV, dat erover beslist.",
            "The duration is {maanden} months, the Werkplan says {werkplan}; the justification goes to UWV, which decides.",
        ),
    ],
};

/// D02: the doorlooptijd against the Werkplan's indication, and its justification.
pub fn d02(c: &mut Ctx) {
    let (Some(werkplan), Some(plan)) =
        (c.plan.werkplan.doorlooptijd_maanden.geheel(), c.plan.doorlooptijd_maanden.geheel())
    else {
        return;
    };
    if plan == werkplan {
        return;
    }
    let feiten = vec![("maanden", Feit::Geheel(plan.into())), ("werkplan", Feit::Geheel(werkplan.into()))];
    if c.plan.onderbouwing_afwijking.waarde().is_some() {
        c.meld(&D02, Ernst::Info, "/doorlooptijdMaanden", "met-onderbouwing", feiten);
    } else {
        c.meld(&D02, Ernst::Fout, "/doorlooptijdMaanden", "zonder-onderbouwing", feiten);
    }
}

pub static D03: Regel = Regel {
    code: "D03",
    ernst: F,
    bron: "§3.7",
    titel: ul(
        "Naar werk: de werkhervatting ligt te laat of vóór de start",
        "Naar werk: work resumes too late or before the start",
    ),
    waarom: ul(
        "Bij Naar werk hervat de cliënt het werk binnen de doorlooptijd of uiterlijk 3 maanden daarna (9 + 3 = 12 maanden bij de volle doorlooptijd); een werkhervatting vóór de start is geen resultaat van de dienst.",
        "In Naar werk the client resumes work within the doorlooptijd or at most 3 months after it (9 + 3 = 12 months at the full doorlooptijd); resuming before the start is not a result of the service.",
    ),
    voorbeeld: ul(
        "Akkoord 1 maart 2025, 9 maanden: werkhervatting uiterlijk 1 maart 2026.",
        "Approval 1 March 2025, 9 months: resumption by 1 March 2026 at the latest.",
    ),
    lezing: None,
    feiten: &["datum", "uiterlijk", "naMaanden", "start"],
    berichten: &[
        sj(
            "te-laat",
            "Werkhervatting op {datum} is te laat: bij Naar werk uiterlijk {naMaanden|maand|maanden} na het einde van de doorlooptijd, dus op {uiterlijk}.",
            "Resuming work on {datum} is too late: in Naar werk at most {naMaanden|month|months} after the end of the duration, so by {uiterlijk}.",
        ),
        sj(
            "voor-start",
            "Werkhervatting op {datum} ligt vóór de start van de dienst ({start}); ze moet binnen de doorlooptijd vallen of kort erna. Controleer de datum.",
            "Resuming work on {datum} is before the service starts ({start}); it must fall within the duration or shortly after. Check the date.",
        ),
    ],
};

/// D03: Naar werk, work resumes within the doorlooptijd and the months after it, not before
/// the start (SPEC v2).
pub fn d03(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::NaarWerk) {
        return;
    }
    let Some(hervatting) = c.plan.datums.werkhervatting.kopie() else { return };
    let t = &c.ber.termijnen;
    if let Some(uiterlijk) = t.werkhervatting_uiterlijk.filter(|&u| hervatting > u) {
        let na = c.info().and_then(|i| i.werkhervatting_na_maanden).unwrap_or_default();
        c.meld(
            &D03,
            Ernst::Fout,
            "/datums/werkhervatting",
            "te-laat",
            vec![
                ("datum", Feit::Datum(hervatting)),
                ("uiterlijk", Feit::Datum(uiterlijk)),
                ("naMaanden", Feit::Geheel(na.into())),
            ],
        );
    } else if let Some(start) = eerste_dag(c).filter(|&s| hervatting < s) {
        c.meld(
            &D03,
            Ernst::Fout,
            "/datums/werkhervatting",
            "voor-start",
            vec![("datum", Feit::Datum(hervatting)), ("start", Feit::Datum(start))],
        );
    }
}

/// The first day of the service: the start, or while it is estimated the earliest it can be.
fn eerste_dag(c: &Ctx) -> Option<chrono::NaiveDate> {
    if c.ber.termijnen.start_geschat {
        c.ber.venster.map(|(van, _)| van)
    } else {
        c.ber.termijnen.start
    }
}

pub static D04: Regel = Regel {
    code: "D04",
    ernst: I,
    bron: "§3.2.1",
    titel: ul("Werkfit maken: de datum van het evaluatiemoment", "Werkfit maken: the date of the evaluatiemoment"),
    waarom: ul(
        "Op het evaluatiemoment stelt het bureau vast of de cliënt binnen de doorlooptijd werkfit te maken is: 3 maanden na de Inkooporder bij een ZW-uitkering, anders 6 maanden.",
        "At the evaluatiemoment the bureau judges whether the client can become work-ready within the doorlooptijd: 3 months after the Inkooporder for a ZW benefit, otherwise 6 months.",
    ),
    voorbeeld: ul(
        "Inkooporder 7 april 2025, AG-uitkering: evaluatiemoment 7 oktober 2025.",
        "Inkooporder 7 April 2025, AG benefit: evaluatiemoment 7 October 2025.",
    ),
    lezing: Some(ul(
        "Zonder Inkooporder tellen we vanaf de (geschatte) start. IVA en Wajong-DGA vallen onder 'alle overige cliënten' (§4.1): 6 maanden. Valt het moment na het einde van de doorlooptijd, dan is er binnen deze doorlooptijd geen evaluatiemoment.",
        "Without an Inkooporder we count from the (estimated) start. IVA and Wajong-DGA are 'all other clients' (§4.1): 6 months. When the moment falls after the end of the doorlooptijd, there is none within this doorlooptijd.",
    )),
    feiten: &["datum", "maanden", "vanaf", "einde"],
    berichten: &[
        sj(
            "zw",
            "Het evaluatiemoment is {datum}: {maanden|maand|maanden} na {vanaf}, omdat de cliënt een ZW-uitkering heeft.",
            "The evaluatiemoment is on {datum}: {maanden|month|months} after {vanaf}, because the client has a ZW benefit.",
        ),
        sj(
            "overig",
            "Het evaluatiemoment is {datum}: {maanden|maand|maanden} na {vanaf}.",
            "The evaluatiemoment is on {datum}: {maanden|month|months} after {vanaf}.",
        ),
        sj(
            "na-einde",
            "Het evaluatiemoment zou {datum} zijn ({maanden|maand|maanden} na {vanaf}), maar de doorlooptijd eindigt al op {einde}: binnen deze doorlooptijd is er geen evaluatiemoment.",
            "The evaluatiemoment would be on {datum} ({maanden|month|months} after {vanaf}), but the duration already ends on {einde}: there is no evaluatiemoment within this duration.",
        ),
    ],
};

/// D04: Werkfit maken, the evaluatiemoment, or that there is none within the doorlooptijd (SPEC v2).
pub fn d04(c: &mut Ctx) {
    let t = &c.ber.termijnen;
    let (moment, na_einde) = match (t.evaluatiemoment, c.ber.evaluatie_na_einde) {
        (Some(m), _) => (m, false),
        (None, Some(m)) => (m, true),
        _ => return,
    };
    let zw = c.plan.client.uitkering.kopie() == Some(Uitkering::Zw);
    let tr = &c.overzicht.termijnen;
    let maanden = if zw { tr.evaluatie_maanden_zw } else { tr.evaluatie_maanden_overig };
    let vanaf = if c.plan.datums.inkooporder.waarde().is_some() {
        naam("inkooporder", "de Inkooporder", "the Inkooporder")
    } else if t.start_geschat {
        naam("geschatte-start", "de geschatte start", "the estimated start")
    } else {
        naam("start", "de start", "the start")
    };
    let mut feiten =
        vec![("datum", Feit::Datum(moment)), ("maanden", Feit::Geheel(maanden.into())), ("vanaf", Feit::Naam(vanaf))];
    let sleutel = match (na_einde, t.einde_doorlooptijd) {
        (true, Some(einde)) => {
            feiten.push(("einde", Feit::Datum(einde)));
            "na-einde"
        }
        _ if zw => "zw",
        _ => "overig",
    };
    c.meld(&D04, Ernst::Info, "/datums/inkooporder", sleutel, feiten);
}

pub static D05: Regel = Regel {
    code: "D05",
    ernst: F,
    bron: "§3.7",
    titel: ul("Een activiteit valt buiten de doorlooptijd", "An activity falls outside the doorlooptijd"),
    waarom: ul(
        "Activiteiten worden uitgevoerd vanaf de datum akkoord tot en met de laatste dag van de doorlooptijd; daarbuiten worden ze niet vergoed.",
        "Activities run from the date of approval up to and including the last day of the doorlooptijd; outside it they are not paid.",
    ),
    voorbeeld: ul(
        "Doorlooptijd 7 april – 7 oktober 2025: een activiteit van 14 april tot 30 mei past.",
        "Doorlooptijd 7 April – 7 October 2025: an activity from 14 April to 30 May fits.",
    ),
    lezing: Some(ul(
        "Is de start nog geschat, dan geldt de ruimste periode: vanaf de indiening (UWV kan eerder akkoord geven) tot het einde gerekend vanaf de schatting. Valt de hele activiteit erbuiten, dan volgt één melding.",
        "When the start is still estimated, the widest period applies: from the submission (UWV may approve sooner) to the end counted from the estimate. When the whole activity falls outside, there is one finding.",
    )),
    feiten: &["activiteit", "datum", "start", "eind", "van", "tot", "geschat"],
    berichten: &[
        sj(
            "eind-voor-start",
            "Deze activiteit eindigt ({eind}) voordat ze begint ({start}); controleer de datums.",
            "This activity ends ({eind}) before it starts ({start}); check the dates.",
        ),
        sj(
            "buiten",
            "{datum} valt buiten de doorlooptijd, die loopt van {van} tot en met {tot}.",
            "{datum} falls outside the duration, which runs from {van} to {tot}.",
        ),
        sj(
            "helemaal-buiten",
            "Deze activiteit ({start} tot en met {eind}) valt helemaal buiten de doorlooptijd, die loopt van {van} tot en met {tot}.",
            "This activity ({start} to {eind}) falls entirely outside the duration, which runs from {van} to {tot}.",
        ),
        sj(
            "buiten-geschat",
            "{datum} valt buiten de doorlooptijd, die met de geschatte start loopt van {van} tot en met {tot}.",
            "{datum} falls outside the duration, which with the estimated start runs from {van} to {tot}.",
        ),
    ],
};

/// D05: activities inside the doorlooptijd, and ending after they start.
pub fn d05(c: &mut Ctx) {
    let venster = c.ber.venster;
    let geschat = c.ber.termijnen.start_geschat;
    let mut uit: Vec<(String, &'static str, Feiten)> = Vec::new();
    for (i, a) in c.activiteiten().iter().enumerate() {
        let (start, eind) = (a.start.kopie(), a.eind.kopie());
        if let (Some(s), Some(e)) = (start, eind) {
            if e < s {
                let feiten = vec![("activiteit", nummer(i)), ("eind", Feit::Datum(e)), ("start", Feit::Datum(s))];
                uit.push((pad_in("activiteiten", i, "eind"), "eind-voor-start", feiten));
                continue;
            }
        }
        let Some((van, tot)) = venster else { continue };
        let buiten = |d: Option<chrono::NaiveDate>| d.filter(|&d| d < van || d > tot);
        let periode = [("van", Feit::Datum(van)), ("tot", Feit::Datum(tot)), ("geschat", Feit::JaNee(geschat))];
        match (buiten(start), buiten(eind)) {
            (Some(s), Some(e)) => {
                let mut feiten = vec![("activiteit", nummer(i)), ("start", Feit::Datum(s)), ("eind", Feit::Datum(e))];
                feiten.extend(periode);
                uit.push((pad_in("activiteiten", i, "start"), "helemaal-buiten", feiten));
            }
            (s, e) => {
                for (veld, d) in [("start", s), ("eind", e)] {
                    let Some(d) = d else { continue };
                    let mut feiten = vec![("activiteit", nummer(i)), ("datum", Feit::Datum(d))];
                    feiten.extend(periode.clone());
                    let sleutel = if geschat { "buiten-geschat" } else { "buiten" };
                    uit.push((pad_in("activiteiten", i, veld), sleutel, feiten));
                }
            }
        }
    }
    for (pad, sleutel, feiten) in uit {
        c.meld(&D05, Ernst::Fout, pad, sleutel, feiten);
    }
}

pub static D06: Regel = Regel {
    code: "D06",
    ernst: W,
    bron: "§4.4.1",
    titel: ul("Een mijlpaal valt buiten de doorlooptijd", "A milestone falls outside the doorlooptijd"),
    waarom: ul(
        "Tussentijdse mijlpalen horen bij de doorlooptijd; een mijlpaal erbuiten wordt niet meer begeleid.",
        "Intermediate milestones belong to the doorlooptijd; one outside it is no longer supported.",
    ),
    voorbeeld: ul("Een mijlpaal halverwege de doorlooptijd.", "A milestone halfway through the doorlooptijd."),
    lezing: None,
    feiten: &["mijlpaal", "datum", "van", "tot"],
    berichten: &[sj(
        "buiten",
        "Deze mijlpaal ({datum}) valt buiten de doorlooptijd, die loopt van {van} tot en met {tot}.",
        "This milestone ({datum}) falls outside the duration, which runs from {van} to {tot}.",
    )],
};

/// D06: milestones inside the doorlooptijd.
pub fn d06(c: &mut Ctx) {
    let (Veld::Waarde(lijst), Some((van, tot))) = (&c.plan.mijlpalen, c.ber.venster) else { return };
    let buiten: Vec<_> = lijst
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.datum.kopie().filter(|&d| d < van || d > tot).map(|d| (i, d)))
        .collect();
    for (i, d) in buiten {
        c.meld(
            &D06,
            Ernst::Waarschuwing,
            pad_in("mijlpalen", i, "datum"),
            "buiten",
            vec![
                ("mijlpaal", nummer(i)),
                ("datum", Feit::Datum(d)),
                ("van", Feit::Datum(van)),
                ("tot", Feit::Datum(tot)),
            ],
        );
    }
}

pub static D07: Regel = Regel {
    code: "D07",
    ernst: F,
    bron: "§4.5",
    titel: ul("Bijstelling: een tweede substantiële bijstelling", "Bijstelling: a second substantial adjustment"),
    waarom: ul(
        "Een tussentijdse bijstelling die meer uren of een langere doorlooptijd vraagt, kan maar één keer.",
        "An interim adjustment that asks for more hours or a longer doorlooptijd can happen only once.",
    ),
    voorbeeld: ul(
        "Na een eerdere substantiële bijstelling: uren en doorlooptijd niet verhogen; minder uren of uren anders verdelen mag.",
        "After an earlier substantial adjustment: do not raise the hours or the doorlooptijd; fewer hours or redistributing them is allowed.",
    ),
    lezing: Some(ul(
        "Substantieel = meer uren dan het vorige plan (bijstelling.vorigeUren) of een langere doorlooptijd (bijstelling.vorigeDoorlooptijdMaanden). Minder uren, een kortere doorlooptijd of uren verschuiven tussen activiteiten is een bijstelling zonder substantiële gevolgen (§4.5).",
        "Substantial = more hours than the previous plan (bijstelling.vorigeUren) or a longer doorlooptijd (bijstelling.vorigeDoorlooptijdMaanden). Fewer hours, a shorter doorlooptijd or moving hours between activities is an adjustment without substantial consequences (§4.5).",
    )),
    feiten: &["aantal", "uren", "vorigeUren", "maanden", "vorigeMaanden"],
    berichten: &[
        sj(
            "meer-uren",
            "Deze bijstelling verhoogt de uren van {vorigeUren} naar {uren}, maar er was al een substantiële bijstelling, en dat kan maar één keer.",
            "This adjustment raises the hours from {vorigeUren} to {uren}, but there was already a substantial adjustment, which can happen only once.",
        ),
        sj(
            "langer",
            "Deze bijstelling verlengt de doorlooptijd van {vorigeMaanden} naar {maanden} maanden, maar er was al een substantiële bijstelling, en dat kan maar één keer.",
            "This adjustment extends the duration from {vorigeMaanden} to {maanden} months, but there was already a substantial adjustment, which can happen only once.",
        ),
        sj(
            "beide",
            "Deze bijstelling verhoogt de uren ({vorigeUren} naar {uren}) en verlengt de doorlooptijd ({vorigeMaanden} naar {maanden} maanden), maar er was al een substantiële bijstelling, en dat kan maar één keer.",
            "This adjustment raises the hours ({vorigeUren} to {uren}) and extends the duration ({vorigeMaanden} to {maanden} months), but there was already a substantial adjustment, which can happen only once.",
        ),
    ],
};

/// D07: only one substantial bijstelling; substantial means more hours or a longer
/// doorlooptijd than the approved plan (SPEC v2, §4.5).
pub fn d07(c: &mut Ctx) {
    if c.plan.soort.kopie() != Some(Soort::Bijstelling) {
        return;
    }
    let b = &c.plan.bijstelling;
    let Some(eerder) = b.eerdere_substantieel.geheel() else { return };
    if eerder < 1 {
        return;
    }
    let uren = match (b.vorige_uren.exact(), c.ber.uren.totaal) {
        (Some(vorig), Some(nu)) if c.ber.uren.volledig && nu > vorig => Some((vorig, nu)),
        _ => None,
    };
    let maanden = match (b.vorige_doorlooptijd_maanden.geheel(), c.plan.doorlooptijd_maanden.geheel()) {
        (Some(vorig), Some(nu)) if nu > vorig => Some((vorig, nu)),
        _ => None,
    };
    let mut feiten = vec![("aantal", Feit::Geheel(eerder.into()))];
    if let Some((vorig, nu)) = uren {
        feiten.extend([("vorigeUren", Feit::Uren(vorig)), ("uren", Feit::Uren(nu))]);
    }
    if let Some((vorig, nu)) = maanden {
        feiten.extend([("vorigeMaanden", Feit::Geheel(vorig.into())), ("maanden", Feit::Geheel(nu.into()))]);
    }
    let sleutel = match (uren.is_some(), maanden.is_some()) {
        (false, false) => return,
        (true, true) => "beide",
        (true, false) => "meer-uren",
        (false, true) => "langer",
    };
    c.meld(&D07, Ernst::Fout, "/bijstelling/eerdereSubstantieel", sleutel, feiten);
}

pub static D08: Regel = Regel {
    code: "D08",
    ernst: F,
    bron: "§4.5",
    titel: ul(
        "Bijstelling: langere doorlooptijd terwijl het maximum al bereikt was",
        "Bijstelling: a longer doorlooptijd while the maximum was already reached",
    ),
    waarom: ul(
        "Een langere doorlooptijd kan alleen worden aangevraagd als de goedgekeurde korter was dan de maximale generale doorlooptijd.",
        "A longer doorlooptijd can be requested only when the approved one was shorter than the general maximum.",
    ),
    voorbeeld: ul(
        "Naar werk met 6 maanden goedgekeurd: verlengen tot hooguit 9 maanden kan.",
        "Naar werk approved at 6 months: extending to at most 9 months is possible.",
    ),
    lezing: None,
    feiten: &["vorigeMaanden", "maanden", "dienst"],
    berichten: &[sj(
        "al-maximum",
        "De goedgekeurde doorlooptijd was al {vorigeMaanden} maanden, het maximum voor {dienst}; verlengen naar {maanden} maanden kan niet.",
        "The approved duration was already {vorigeMaanden} months, the maximum for {dienst}; extending to {maanden} months is not possible.",
    )],
};

/// D08: a longer doorlooptijd only below the general maximum.
pub fn d08(c: &mut Ctx) {
    if c.plan.soort.kopie() != Some(Soort::Bijstelling) {
        return;
    }
    let Some(info) = c.info() else { return };
    let vorig = c.plan.bijstelling.vorige_doorlooptijd_maanden.geheel();
    let nu = c.plan.doorlooptijd_maanden.geheel();
    let (Some(vorig), Some(nu)) = (vorig, nu) else { return };
    let max = if info.dienst == Dienst::BegeleidingBijScholing {
        c.overzicht.scholing_max_maanden
    } else {
        info.max_doorlooptijd_maanden
    };
    if nu <= vorig || vorig < max {
        return;
    }
    let mut feiten = vec![("vorigeMaanden", Feit::Geheel(vorig.into())), ("maanden", Feit::Geheel(nu.into()))];
    feiten.extend(c.dienst_feit());
    c.meld(&D08, Ernst::Fout, "/doorlooptijdMaanden", "al-maximum", feiten);
}

pub static D09: Regel = Regel {
    code: "D09",
    ernst: I,
    bron: "§3.7 Tabel IV",
    titel: ul(
        "Begeleiding bij Scholing: de scholing duurt langer dan een jaar",
        "Begeleiding bij Scholing: the scholing lasts longer than a year",
    ),
    waarom: ul(
        "De begeleiding duurt hooguit een jaar, ook als de scholing langer loopt.",
        "The support lasts at most one year, even when the scholing runs longer.",
    ),
    voorbeeld: ul(
        "Scholing van 2 jaar: begeleiding in het eerste jaar, met 49 uur als maximum.",
        "A two-year scholing: support in the first year, with 49 hours at most.",
    ),
    lezing: None,
    feiten: &["eind", "einde", "maanden"],
    berichten: &[
        sj(
            "met-einde",
            "De scholing loopt tot {eind}, langer dan {maanden} maanden; de begeleiding duurt hooguit zo lang, tot uiterlijk {einde}.",
            "The training runs until {eind}, longer than {maanden} months; the support lasts at most that long, until {einde}.",
        ),
        sj(
            "zonder-einde",
            "De scholing loopt tot {eind}, langer dan {maanden} maanden; de begeleiding duurt hooguit zo lang.",
            "The training runs until {eind}, longer than {maanden} months; the support lasts at most that long.",
        ),
    ],
};

/// D09: Begeleiding bij Scholing, a scholing of more than a year.
pub fn d09(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::BegeleidingBijScholing) {
        return;
    }
    let max = c.overzicht.scholing_max_maanden;
    let (Some(start), Some(eind)) = (c.plan.scholing.start.kopie(), c.plan.scholing.eind.kopie()) else { return };
    let Some(jaar) = datum::einde_periode(start, max) else { return };
    if eind <= jaar {
        return;
    }
    let mut feiten = vec![("eind", Feit::Datum(eind)), ("maanden", Feit::Geheel(max.into()))];
    let sleutel = match c.ber.termijnen.einde_doorlooptijd {
        Some(einde) => {
            feiten.push(("einde", Feit::Datum(einde)));
            "met-einde"
        }
        None => "zonder-einde",
    };
    c.meld(&D09, Ernst::Info, "/scholing/eind", sleutel, feiten);
}
