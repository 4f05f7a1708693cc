//! D — doorlooptijd (§3.7 Tabel IV, §3.2.1, §4.4.2, §4.5). The dates are computed in
//! `berekening` with the conventions of SPEC §2; these rules judge them.

use crate::berekening::{geldig, geldig_u32};
use crate::bericht::{pad_in, sj, Feit};
use crate::datum;
use crate::diensten::{self, SCHOLING_MAX_MAANDEN};
use crate::plan::{Dienst, Soort, Uitkering, Veld};
use crate::rapport::Ernst;
use crate::regels::regel::*;
use crate::velden;

pub const D01: Regel = Regel {
    code: "D01",
    ernst: F,
    bron: "§3.7 Tabel IV",
    titel: tp("De doorlooptijd is langer dan de dienst toestaat", "The doorlooptijd is longer than the service allows"),
    waarom: tp(
        "De individuele doorlooptijd moet binnen de maximale generale doorlooptijd van Tabel IV blijven; bij Begeleiding bij Scholing ook binnen de scholing en binnen een jaar.",
        "The individual doorlooptijd must stay within the general maximum of Tabel IV; for Begeleiding bij Scholing also within the scholing and within one year.",
    ),
    voorbeeld: tp(
        "Naar werk: hooguit 9 maanden; Werkfit maken: hooguit 18 maanden.",
        "Naar werk: at most 9 months; Werkfit maken: at most 18 months.",
    ),
    lezing: None,
};

pub const D02: Regel = Regel {
    code: "D02",
    ernst: FI,
    bron: "§3.7, §4.4.2",
    titel: tp("De doorlooptijd wijkt af van het Werkplan", "The doorlooptijd differs from the Werkplan"),
    waarom: tp(
        "De doorlooptijd die UWV in het Werkplan aangeeft is de leidraad; korter of langer moet het plan onderbouwen.",
        "The doorlooptijd UWV gives in the Werkplan is the guide; shorter or longer needs a justification in the plan.",
    ),
    voorbeeld: tp(
        "Werkplan 6 maanden, plan 8 maanden, met in onderbouwingAfwijking waarom de cliënt meer tijd nodig heeft.",
        "Werkplan 6 months, plan 8 months, with onderbouwingAfwijking explaining why the client needs more time.",
    ),
    lezing: None,
};

pub const D03: Regel = Regel {
    code: "D03",
    ernst: F,
    bron: "§3.7",
    titel: tp("Naar werk: de werkhervatting ligt te laat", "Naar werk: work resumes too late"),
    waarom: tp(
        "Bij Naar werk moet de cliënt het werk hervatten binnen de doorlooptijd of uiterlijk 3 maanden daarna (9 + 3 = 12 maanden bij de volle doorlooptijd).",
        "In Naar werk the client must resume work within the doorlooptijd or at most 3 months after it (9 + 3 = 12 months at the full doorlooptijd).",
    ),
    voorbeeld: tp(
        "Start 1 april 2025, 9 maanden: werkhervatting uiterlijk 31 maart 2026.",
        "Start 1 April 2025, 9 months: resumption by 31 March 2026 at the latest.",
    ),
    lezing: None,
};

pub const D04: Regel = Regel {
    code: "D04",
    ernst: I,
    bron: "§3.2.1",
    titel: tp("Werkfit maken: de datum van het evaluatiemoment", "Werkfit maken: the date of the evaluatiemoment"),
    waarom: tp(
        "Op het evaluatiemoment stelt het bureau vast of de cliënt binnen de doorlooptijd werkfit te maken is: 3 maanden na de Inkooporder bij een ZW-uitkering, anders 6 maanden.",
        "At the evaluatiemoment the bureau judges whether the client can become work-ready within the doorlooptijd: 3 months after the Inkooporder for a ZW benefit, otherwise 6 months.",
    ),
    voorbeeld: tp(
        "Inkooporder 7 april 2025, AG-uitkering: evaluatiemoment 7 oktober 2025.",
        "Inkooporder 7 April 2025, AG benefit: evaluatiemoment 7 October 2025.",
    ),
    lezing: Some(tp(
        "Zonder Inkooporder tellen we vanaf de (geschatte) start. IVA en Wajong-DGA vallen onder 'alle overige cliënten' (§4.1): 6 maanden.",
        "Without an Inkooporder we count from the (estimated) start. IVA and Wajong-DGA are 'all other clients' (§4.1): 6 months.",
    )),
};

pub const D05: Regel = Regel {
    code: "D05",
    ernst: F,
    bron: "§3.7",
    titel: tp("Een activiteit valt buiten de doorlooptijd", "An activity falls outside the doorlooptijd"),
    waarom: tp(
        "Activiteiten worden uitgevoerd vanaf de datum akkoord tot en met de laatste dag van de doorlooptijd; daarbuiten worden ze niet vergoed.",
        "Activities run from the date of approval up to and including the last day of the doorlooptijd; outside it they are not paid.",
    ),
    voorbeeld: tp(
        "Doorlooptijd 7 april – 6 oktober 2025: een activiteit van 14 april tot 30 mei past.",
        "Doorlooptijd 7 April – 6 October 2025: an activity from 14 April to 30 May fits.",
    ),
    lezing: Some(tp(
        "Is de start nog geschat, dan geldt de ruimste periode: vanaf de indiening (UWV kan eerder akkoord geven) tot het einde gerekend vanaf de schatting.",
        "When the start is still estimated, the widest period applies: from the submission (UWV may approve sooner) to the end counted from the estimate.",
    )),
};

pub const D06: Regel = Regel {
    code: "D06",
    ernst: W,
    bron: "§4.4.1",
    titel: tp("Een mijlpaal valt buiten de doorlooptijd", "A milestone falls outside the doorlooptijd"),
    waarom: tp(
        "Tussentijdse mijlpalen horen bij de doorlooptijd; een mijlpaal erbuiten wordt niet meer begeleid.",
        "Intermediate milestones belong to the doorlooptijd; one outside it is no longer supported.",
    ),
    voorbeeld: tp("Een mijlpaal halverwege de doorlooptijd.", "A milestone halfway through the doorlooptijd."),
    lezing: None,
};

pub const D07: Regel = Regel {
    code: "D07",
    ernst: F,
    bron: "§4.5",
    titel: tp("Bijstelling: een tweede substantiële bijstelling", "Bijstelling: a second substantial adjustment"),
    waarom: tp(
        "Een tussentijdse bijstelling die de uren of de doorlooptijd verandert, kan maar één keer.",
        "An interim adjustment that changes the hours or the doorlooptijd can happen only once.",
    ),
    voorbeeld: tp(
        "Na een eerdere substantiële bijstelling: uren en doorlooptijd gelijk laten en alleen de activiteiten anders verdelen.",
        "After an earlier substantial adjustment: keep hours and doorlooptijd and only redistribute the activities.",
    ),
    lezing: Some(tp(
        "Substantieel = het totaal aan uren of de doorlooptijd wijkt af van het vorige plan (bijstelling.vorigeUren, bijstelling.vorigeDoorlooptijdMaanden).",
        "Substantial = the total hours or the doorlooptijd differ from the previous plan (bijstelling.vorigeUren, bijstelling.vorigeDoorlooptijdMaanden).",
    )),
};

pub const D08: Regel = Regel {
    code: "D08",
    ernst: F,
    bron: "§4.5",
    titel: tp(
        "Bijstelling: langere doorlooptijd terwijl het maximum al bereikt was",
        "Bijstelling: a longer doorlooptijd while the maximum was already reached",
    ),
    waarom: tp(
        "Een langere doorlooptijd kan alleen worden aangevraagd als de goedgekeurde korter was dan de maximale generale doorlooptijd.",
        "A longer doorlooptijd can be requested only when the approved one was shorter than the general maximum.",
    ),
    voorbeeld: tp(
        "Naar werk met 6 maanden goedgekeurd: verlengen tot hooguit 9 maanden kan.",
        "Naar werk approved at 6 months: extending to at most 9 months is possible.",
    ),
    lezing: None,
};

pub const D09: Regel = Regel {
    code: "D09",
    ernst: I,
    bron: "§3.7 Tabel IV",
    titel: tp(
        "Begeleiding bij Scholing: de scholing duurt langer dan een jaar",
        "Begeleiding bij Scholing: the scholing lasts longer than a year",
    ),
    waarom: tp(
        "De begeleiding duurt hooguit een jaar, ook als de scholing langer loopt.",
        "The support lasts at most one year, even when the scholing runs longer.",
    ),
    voorbeeld: tp(
        "Scholing van 2 jaar: begeleiding in het eerste jaar, met 49 uur als maximum.",
        "A two-year scholing: support in the first year, with 49 hours at most.",
    ),
    lezing: None,
};

/// D01: the individual doorlooptijd within the general maximum.
pub fn d01(c: &mut Ctx) {
    let Some(info) = c.info() else { return };
    let Some(maanden) = geldig_u32(&c.plan.doorlooptijd_maanden, velden::MAANDEN) else { return };
    let max = info.max_doorlooptijd_maanden;
    let feiten =
        [("maanden", Feit::Geheel(maanden.into())), ("max", Feit::Geheel(max.into())), ("dienst", c.dienstnaam())];
    if maanden > max {
        let sjabloon = if info.dienst == Dienst::BegeleidingBijScholing {
            sj(
                "{maanden} maanden is te lang: Begeleiding bij Scholing duurt hooguit de scholing en nooit langer dan {max} maanden.",
                "{maanden} months is too long: Begeleiding bij Scholing lasts at most as long as the scholing and never more than {max} months.",
            )
        } else {
            sj(
                "{maanden} maanden is te lang: de maximale doorlooptijd voor {dienst} is {max} maanden.",
                "{maanden} months is too long: the maximum doorlooptijd for {dienst} is {max} months.",
            )
        };
        c.meld(&D01, Ernst::Fout, "/doorlooptijdMaanden", &sjabloon, &feiten);
        return;
    }
    if info.dienst == Dienst::BegeleidingBijScholing {
        let (Some(einde), Some(s_eind)) = (c.ber.einde_zonder_kap, c.plan.scholing.eind.kopie()) else { return };
        if einde > s_eind {
            let geschat = if c.ber.termijnen.start_geschat { tp(" (geschat)", " (estimated)") } else { tp("", "") };
            c.meld(
                &D01,
                Ernst::Fout,
                "/doorlooptijdMaanden",
                &sj(
                    "De doorlooptijd loopt tot {einde}{geschat}, na het einde van de scholing op {scholing}; kort hem in.",
                    "The doorlooptijd runs until {einde}{geschat}, after the scholing ends on {scholing}; shorten it.",
                ),
                &[("einde", Feit::Datum(einde)), ("geschat", Feit::Taal(geschat)), ("scholing", Feit::Datum(s_eind))],
            );
        }
    }
}

/// D02: the doorlooptijd against the Werkplan's indication, and its justification.
pub fn d02(c: &mut Ctx) {
    let Some(werkplan) = geldig(&c.plan.werkplan.doorlooptijd_maanden, velden::MAANDEN) else { return };
    let Some(plan) = geldig(&c.plan.doorlooptijd_maanden, velden::MAANDEN) else { return };
    if plan == werkplan {
        return;
    }
    let feiten = [("plan", Feit::Getal(plan)), ("werkplan", Feit::Getal(werkplan))];
    if c.plan.onderbouwing_afwijking.waarde().is_some() {
        c.meld(
            &D02,
            Ernst::Info,
            "/doorlooptijdMaanden",
            &sj(
                "Doorlooptijd {plan} maanden, het Werkplan noemt {werkplan}; de onderbouwing gaat mee ter beoordeling naar UWV.",
                "Doorlooptijd {plan} months, the Werkplan says {werkplan}; the justification goes to UWV for its judgement.",
            ),
            &feiten,
        );
    } else {
        c.meld(
            &D02,
            Ernst::Fout,
            "/doorlooptijdMaanden",
            &sj(
                "Doorlooptijd {plan} maanden, het Werkplan noemt {werkplan}: onderbouw de afwijking of neem de doorlooptijd van het Werkplan over.",
                "Doorlooptijd {plan} months, the Werkplan says {werkplan}: justify the difference or use the Werkplan's doorlooptijd.",
            ),
            &feiten,
        );
    }
}

/// D03: Naar werk, work resumes within the doorlooptijd + 3 months.
pub fn d03(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::NaarWerk) {
        return;
    }
    let (Some(hervatting), Some(uiterlijk)) =
        (c.plan.datums.werkhervatting.kopie(), c.ber.termijnen.werkhervatting_uiterlijk)
    else {
        return;
    };
    if hervatting <= uiterlijk {
        return;
    }
    c.meld(
        &D03,
        Ernst::Fout,
        "/datums/werkhervatting",
        &sj(
            "Werkhervatting op {hervatting} is te laat: bij Naar werk uiterlijk 3 maanden na het einde van de doorlooptijd, dus op {uiterlijk}.",
            "Resuming work on {hervatting} is too late: in Naar werk at most 3 months after the end of the doorlooptijd, so by {uiterlijk}.",
        ),
        &[("hervatting", Feit::Datum(hervatting)), ("uiterlijk", Feit::Datum(uiterlijk))],
    );
}

/// D04: Werkfit maken, the evaluatiemoment.
pub fn d04(c: &mut Ctx) {
    let Some(moment) = c.ber.termijnen.evaluatiemoment else { return };
    let zw = c.plan.client.uitkering.kopie() == Some(Uitkering::Zw);
    let maanden = if zw { diensten::EVALUATIE_MAANDEN_ZW } else { diensten::EVALUATIE_MAANDEN_OVERIG };
    let basis = if c.plan.datums.inkooporder.waarde().is_some() {
        tp("de Inkooporder", "the Inkooporder")
    } else if c.ber.termijnen.start_geschat {
        tp("de geschatte start", "the estimated start")
    } else {
        tp("de start", "the start")
    };
    let wie = if zw {
        tp("een cliënt met ZW-uitkering", "a client with a ZW benefit")
    } else {
        tp("deze cliënt", "this client")
    };
    c.meld(
        &D04,
        Ernst::Info,
        "/datums/inkooporder",
        &sj(
            "Evaluatiemoment: {moment}, {maanden} maanden na {basis} (voor {wie}).",
            "Evaluatiemoment: {moment}, {maanden} months after {basis} (for {wie}).",
        ),
        &[
            ("moment", Feit::Datum(moment)),
            ("maanden", Feit::Geheel(maanden.into())),
            ("basis", Feit::Taal(basis)),
            ("wie", Feit::Taal(wie)),
        ],
    );
}

/// D05: activities inside the doorlooptijd, and ending after they start.
pub fn d05(c: &mut Ctx) {
    let Veld::Waarde(lijst) = &c.plan.activiteiten else { return };
    let venster = c.ber.venster;
    let geschat = if c.ber.termijnen.start_geschat { tp(", start geschat", ", start estimated") } else { tp("", "") };
    for (i, a) in lijst.iter().enumerate() {
        let n = Feit::Geheel(i as i64 + 1);
        let (start, eind) = (a.start.kopie(), a.eind.kopie());
        if let (Some(s), Some(e)) = (start, eind) {
            if e < s {
                c.meld(
                    &D05,
                    Ernst::Fout,
                    pad_in("activiteiten", i, "eind"),
                    &sj(
                        "Activiteit {n} eindigt ({eind}) voordat hij begint ({start}).",
                        "Activity {n} ends ({eind}) before it starts ({start}).",
                    ),
                    &[("n", n), ("eind", Feit::Datum(e)), ("start", Feit::Datum(s))],
                );
                continue;
            }
        }
        let Some((van, tot)) = venster else { continue };
        for (veld, d) in [("start", start), ("eind", eind)] {
            let Some(d) = d else { continue };
            if d >= van && d <= tot {
                continue;
            }
            c.meld(
                &D05,
                Ernst::Fout,
                pad_in("activiteiten", i, veld),
                &sj(
                    "Activiteit {n}: {datum} valt buiten de doorlooptijd ({van} tot en met {tot}{geschat}).",
                    "Activity {n}: {datum} is outside the doorlooptijd ({van} to {tot}{geschat}).",
                ),
                &[
                    ("n", n),
                    ("datum", Feit::Datum(d)),
                    ("van", Feit::Datum(van)),
                    ("tot", Feit::Datum(tot)),
                    ("geschat", Feit::Taal(geschat)),
                ],
            );
        }
    }
}

/// D06: milestones inside the doorlooptijd.
pub fn d06(c: &mut Ctx) {
    let (Veld::Waarde(lijst), Some((van, tot))) = (&c.plan.mijlpalen, c.ber.venster) else { return };
    for (i, m) in lijst.iter().enumerate() {
        let Some(d) = m.datum.kopie() else { continue };
        if d >= van && d <= tot {
            continue;
        }
        c.meld(
            &D06,
            Ernst::Waarschuwing,
            pad_in("mijlpalen", i, "datum"),
            &sj(
                "Mijlpaal {n}: {datum} valt buiten de doorlooptijd ({van} tot en met {tot}).",
                "Milestone {n}: {datum} is outside the doorlooptijd ({van} to {tot}).",
            ),
            &[
                ("n", Feit::Geheel(i as i64 + 1)),
                ("datum", Feit::Datum(d)),
                ("van", Feit::Datum(van)),
                ("tot", Feit::Datum(tot)),
            ],
        );
    }
}

/// D07: only one substantial bijstelling.
pub fn d07(c: &mut Ctx) {
    if c.plan.soort.kopie() != Some(Soort::Bijstelling) {
        return;
    }
    let b = &c.plan.bijstelling;
    let Some(eerder) = geldig_u32(&b.eerdere_substantieel, velden::AANTAL) else { return };
    if eerder < 1 {
        return;
    }
    let uren_anders = match (geldig(&b.vorige_uren, velden::UREN), c.ber.uren.totaal) {
        (Some(vorig), Some(nu)) if c.ber.uren.volledig => vorig != nu,
        _ => false,
    };
    let maanden_anders = match (
        geldig(&b.vorige_doorlooptijd_maanden, velden::MAANDEN),
        geldig(&c.plan.doorlooptijd_maanden, velden::MAANDEN),
    ) {
        (Some(vorig), Some(nu)) => vorig != nu,
        _ => false,
    };
    let wat = match (uren_anders, maanden_anders) {
        (false, false) => return,
        (true, true) => tp("de uren en de doorlooptijd", "the hours and the doorlooptijd"),
        (true, false) => tp("de uren", "the hours"),
        (false, true) => tp("de doorlooptijd", "the doorlooptijd"),
    };
    c.meld(
        &D07,
        Ernst::Fout,
        "/bijstelling/eerdereSubstantieel",
        &sj(
            "Deze bijstelling verandert {wat}, maar er was al {eerder} substantiële bijstelling; dat kan maar één keer.",
            "This adjustment changes {wat}, but there has already been {eerder} substantial adjustment; that is allowed only once.",
        ),
        &[("wat", Feit::Taal(wat)), ("eerder", Feit::Geheel(eerder.into()))],
    );
}

/// D08: a longer doorlooptijd only below the general maximum.
pub fn d08(c: &mut Ctx) {
    if c.plan.soort.kopie() != Some(Soort::Bijstelling) {
        return;
    }
    let Some(info) = c.info() else { return };
    let vorig = geldig_u32(&c.plan.bijstelling.vorige_doorlooptijd_maanden, velden::MAANDEN);
    let nu = geldig_u32(&c.plan.doorlooptijd_maanden, velden::MAANDEN);
    let (Some(vorig), Some(nu)) = (vorig, nu) else { return };
    let max = if info.dienst == Dienst::BegeleidingBijScholing {
        SCHOLING_MAX_MAANDEN
    } else {
        info.max_doorlooptijd_maanden
    };
    if nu <= vorig || vorig < max {
        return;
    }
    c.meld(
        &D08,
        Ernst::Fout,
        "/doorlooptijdMaanden",
        &sj(
            "De goedgekeurde doorlooptijd was al {vorig} maanden, het maximum voor {dienst}; verlengen naar {nu} maanden kan niet.",
            "The approved doorlooptijd was already {vorig} months, the maximum for {dienst}; extending to {nu} months is not possible.",
        ),
        &[("vorig", Feit::Geheel(vorig.into())), ("dienst", c.dienstnaam()), ("nu", Feit::Geheel(nu.into()))],
    );
}

/// D09: Begeleiding bij Scholing, a scholing of more than a year.
pub fn d09(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::BegeleidingBijScholing) {
        return;
    }
    let (Some(start), Some(eind)) = (c.plan.scholing.start.kopie(), c.plan.scholing.eind.kopie()) else { return };
    let Some(jaar) = datum::einde_periode(start, SCHOLING_MAX_MAANDEN) else { return };
    if eind <= jaar {
        return;
    }
    match c.ber.termijnen.einde_doorlooptijd {
        Some(einde) => c.meld(
            &D09,
            Ernst::Info,
            "/scholing/eind",
            &sj(
                "De scholing loopt tot {eind}, langer dan een jaar: de begeleiding duurt hooguit een jaar, tot uiterlijk {einde}.",
                "The scholing runs until {eind}, longer than a year: the support lasts at most a year, until {einde} at the latest.",
            ),
            &[("eind", Feit::Datum(eind)), ("einde", Feit::Datum(einde))],
        ),
        None => c.meld(
            &D09,
            Ernst::Info,
            "/scholing/eind",
            &sj(
                "De scholing loopt tot {eind}, langer dan een jaar: de begeleiding duurt hooguit een jaar.",
                "The scholing runs until {eind}, longer than a year: the support lasts at most a year.",
            ),
            &[("eind", Feit::Datum(eind))],
        ),
    }
}
