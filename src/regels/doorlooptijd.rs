//! D — doorlooptijd (§3.7 Tabel IV, §3.2.1, §4.4.2, §4.5). The dates are computed in
//! `berekening` with the conventions of SPEC §2; these rules judge them.

use chrono::NaiveDate;

use crate::berekening::{geldig, geldig_u32};
use crate::datum;
use crate::diensten::{self, SCHOLING_MAX_MAANDEN};
use crate::plan::{Dienst, Soort, Uitkering, Veld};
use crate::rapport::{getal_tekst, Ernst, Taal};
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

fn dag(d: NaiveDate, taal: Taal) -> String {
    match taal {
        Taal::Nl => datum::nl(d),
        Taal::En => datum::en(d),
    }
}

/// D01: the individual doorlooptijd within the general maximum.
pub fn d01(c: &mut Ctx) {
    let Some(info) = c.info() else { return };
    let Some(maanden) = geldig_u32(&c.plan.doorlooptijd_maanden, velden::MAANDEN) else {
        return;
    };
    let max = info.max_doorlooptijd_maanden;
    let dienst = c.dienstnaam();
    if maanden > max {
        let bericht = if info.dienst == Dienst::BegeleidingBijScholing {
            c.zeg(
                || format!("{maanden} maanden is te lang: Begeleiding bij Scholing duurt hooguit de scholing en nooit langer dan {max} maanden."),
                || format!("{maanden} months is too long: Begeleiding bij Scholing lasts at most as long as the scholing and never more than {max} months."),
            )
        } else {
            c.zeg(
                || format!("{maanden} maanden is te lang: de maximale doorlooptijd voor {dienst} is {max} maanden."),
                || format!("{maanden} months is too long: the maximum doorlooptijd for {dienst} is {max} months."),
            )
        };
        c.meld(&D01, Ernst::Fout, "/doorlooptijdMaanden", bericht);
        return;
    }
    if info.dienst == Dienst::BegeleidingBijScholing {
        let (Some(einde), Some(s_eind)) = (c.ber.einde_zonder_kap, c.plan.scholing.eind.kopie()) else {
            return;
        };
        if einde > s_eind {
            let (e, s) = (dag(einde, c.taal), dag(s_eind, c.taal));
            let geschat = c.ber.termijnen.start_geschat;
            let bericht = c.zeg(
                || {
                    format!(
                        "De doorlooptijd loopt tot {e}{}, na het einde van de scholing op {s}; kort hem in.",
                        if geschat { " (geschat)" } else { "" }
                    )
                },
                || {
                    format!(
                        "The doorlooptijd runs until {e}{}, after the scholing ends on {s}; shorten it.",
                        if geschat { " (estimated)" } else { "" }
                    )
                },
            );
            c.meld(&D01, Ernst::Fout, "/doorlooptijdMaanden", bericht);
        }
    }
}

/// D02: the doorlooptijd against the Werkplan's indication, and its justification.
pub fn d02(c: &mut Ctx) {
    let Some(werkplan) = geldig(&c.plan.werkplan.doorlooptijd_maanden, velden::MAANDEN) else {
        return;
    };
    let Some(plan) = geldig(&c.plan.doorlooptijd_maanden, velden::MAANDEN) else {
        return;
    };
    if plan == werkplan {
        return;
    }
    let (p, w) = (getal_tekst(plan, c.taal), getal_tekst(werkplan, c.taal));
    if c.plan.onderbouwing_afwijking.waarde().is_some() {
        let bericht = c.zeg(
            || format!("Doorlooptijd {p} maanden, het Werkplan noemt {w}; de onderbouwing gaat mee ter beoordeling naar UWV."),
            || format!("Doorlooptijd {p} months, the Werkplan says {w}; the justification goes to UWV for its judgement."),
        );
        c.meld(&D02, Ernst::Info, "/doorlooptijdMaanden", bericht);
    } else {
        let bericht = c.zeg(
            || format!("Doorlooptijd {p} maanden, het Werkplan noemt {w}: onderbouw de afwijking of neem de doorlooptijd van het Werkplan over."),
            || format!("Doorlooptijd {p} months, the Werkplan says {w}: justify the difference or use the Werkplan's doorlooptijd."),
        );
        c.meld(&D02, Ernst::Fout, "/doorlooptijdMaanden", bericht);
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
    let (h, u) = (dag(hervatting, c.taal), dag(uiterlijk, c.taal));
    let bericht = c.zeg(
        || format!("Werkhervatting op {h} is te laat: bij Naar werk uiterlijk 3 maanden na het einde van de doorlooptijd, dus op {u}."),
        || format!("Resuming work on {h} is too late: in Naar werk at most 3 months after the end of the doorlooptijd, so by {u}."),
    );
    c.meld(&D03, Ernst::Fout, "/datums/werkhervatting", bericht);
}

/// D04: Werkfit maken, the evaluatiemoment.
pub fn d04(c: &mut Ctx) {
    let Some(moment) = c.ber.termijnen.evaluatiemoment else {
        return;
    };
    let zw = c.plan.client.uitkering.kopie() == Some(Uitkering::Zw);
    let maanden = if zw { diensten::EVALUATIE_MAANDEN_ZW } else { diensten::EVALUATIE_MAANDEN_OVERIG };
    let m = dag(moment, c.taal);
    let basis_order = c.plan.datums.inkooporder.waarde().is_some();
    let geschat = !basis_order && c.ber.termijnen.start_geschat;
    let bericht = c.zeg(
        || {
            let basis = if basis_order {
                "de Inkooporder"
            } else if geschat {
                "de geschatte start"
            } else {
                "de start"
            };
            let wie = if zw { "een cliënt met ZW-uitkering" } else { "deze cliënt" };
            format!("Evaluatiemoment: {m}, {maanden} maanden na {basis} (voor {wie}).")
        },
        || {
            let basis = if basis_order {
                "the Inkooporder"
            } else if geschat {
                "the estimated start"
            } else {
                "the start"
            };
            let wie = if zw { "a client with a ZW benefit" } else { "this client" };
            format!("Evaluatiemoment: {m}, {maanden} months after {basis} (for {wie}).")
        },
    );
    c.meld(&D04, Ernst::Info, "/datums/inkooporder", bericht);
}

/// D05: activities inside the doorlooptijd, and ending after they start.
pub fn d05(c: &mut Ctx) {
    let Veld::Waarde(lijst) = &c.plan.activiteiten else {
        return;
    };
    let venster = c.ber.venster;
    let geschat = c.ber.termijnen.start_geschat;
    for (i, a) in lijst.iter().enumerate() {
        let n = i + 1;
        let (start, eind) = (a.start.kopie(), a.eind.kopie());
        if let (Some(s), Some(e)) = (start, eind) {
            if e < s {
                let (sd, ed) = (dag(s, c.taal), dag(e, c.taal));
                let bericht = c.zeg(
                    || format!("Activiteit {n} eindigt ({ed}) voordat hij begint ({sd})."),
                    || format!("Activity {n} ends ({ed}) before it starts ({sd})."),
                );
                c.meld(&D05, Ernst::Fout, format!("/activiteiten/{i}/eind"), bericht);
                continue;
            }
        }
        let Some((van, tot)) = venster else { continue };
        for (veld, d) in [("start", start), ("eind", eind)] {
            let Some(d) = d else { continue };
            if d >= van && d <= tot {
                continue;
            }
            let (dd, v, t) = (dag(d, c.taal), dag(van, c.taal), dag(tot, c.taal));
            let bericht = c.zeg(
                || {
                    format!(
                        "Activiteit {n}: {dd} valt buiten de doorlooptijd ({v} tot en met {t}{}).",
                        if geschat { ", start geschat" } else { "" }
                    )
                },
                || {
                    format!(
                        "Activity {n}: {dd} is outside the doorlooptijd ({v} to {t}{}).",
                        if geschat { ", start estimated" } else { "" }
                    )
                },
            );
            c.meld(&D05, Ernst::Fout, format!("/activiteiten/{i}/{veld}"), bericht);
        }
    }
}

/// D06: milestones inside the doorlooptijd.
pub fn d06(c: &mut Ctx) {
    let (Veld::Waarde(lijst), Some((van, tot))) = (&c.plan.mijlpalen, c.ber.venster) else {
        return;
    };
    for (i, m) in lijst.iter().enumerate() {
        let Some(d) = m.datum.kopie() else { continue };
        if d >= van && d <= tot {
            continue;
        }
        let (dd, v, t) = (dag(d, c.taal), dag(van, c.taal), dag(tot, c.taal));
        let bericht = c.zeg(
            || format!("Mijlpaal {}: {dd} valt buiten de doorlooptijd ({v} tot en met {t}).", i + 1),
            || format!("Milestone {}: {dd} is outside the doorlooptijd ({v} to {t}).", i + 1),
        );
        c.meld(&D06, Ernst::Waarschuwing, format!("/mijlpalen/{i}/datum"), bericht);
    }
}

/// D07: only one substantial bijstelling.
pub fn d07(c: &mut Ctx) {
    if c.plan.soort.kopie() != Some(Soort::Bijstelling) {
        return;
    }
    let b = &c.plan.bijstelling;
    let Some(eerder) = geldig_u32(&b.eerdere_substantieel, velden::AANTAL) else {
        return;
    };
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
    if !uren_anders && !maanden_anders {
        return;
    }
    let wat_nl = match (uren_anders, maanden_anders) {
        (true, true) => "de uren en de doorlooptijd",
        (true, false) => "de uren",
        _ => "de doorlooptijd",
    };
    let wat_en = match (uren_anders, maanden_anders) {
        (true, true) => "the hours and the doorlooptijd",
        (true, false) => "the hours",
        _ => "the doorlooptijd",
    };
    let bericht = c.zeg(
        || format!("Deze bijstelling verandert {wat_nl}, maar er was al {eerder} substantiële bijstelling; dat kan maar één keer."),
        || format!("This adjustment changes {wat_en}, but there has already been {eerder} substantial adjustment; that is allowed only once."),
    );
    c.meld(&D07, Ernst::Fout, "/bijstelling/eerdereSubstantieel", bericht);
}

/// D08: a longer doorlooptijd only below the general maximum.
pub fn d08(c: &mut Ctx) {
    if c.plan.soort.kopie() != Some(Soort::Bijstelling) {
        return;
    }
    let Some(info) = c.info() else { return };
    let vorig = geldig_u32(&c.plan.bijstelling.vorige_doorlooptijd_maanden, velden::MAANDEN);
    let nu = geldig_u32(&c.plan.doorlooptijd_maanden, velden::MAANDEN);
    let (Some(vorig), Some(nu)) = (vorig, nu) else {
        return;
    };
    let max = if info.dienst == Dienst::BegeleidingBijScholing {
        SCHOLING_MAX_MAANDEN
    } else {
        info.max_doorlooptijd_maanden
    };
    if nu <= vorig || vorig < max {
        return;
    }
    let dienst = c.dienstnaam();
    let bericht = c.zeg(
        || format!("De goedgekeurde doorlooptijd was al {vorig} maanden, het maximum voor {dienst}; verlengen naar {nu} maanden kan niet."),
        || format!("The approved doorlooptijd was already {vorig} months, the maximum for {dienst}; extending to {nu} months is not possible."),
    );
    c.meld(&D08, Ernst::Fout, "/doorlooptijdMaanden", bericht);
}

/// D09: Begeleiding bij Scholing, a scholing of more than a year.
pub fn d09(c: &mut Ctx) {
    if c.dienst() != Some(Dienst::BegeleidingBijScholing) {
        return;
    }
    let (Some(start), Some(eind)) = (c.plan.scholing.start.kopie(), c.plan.scholing.eind.kopie()) else {
        return;
    };
    let Some(jaar) = datum::einde_periode(start, SCHOLING_MAX_MAANDEN) else {
        return;
    };
    if eind <= jaar {
        return;
    }
    let e = dag(eind, c.taal);
    let bericht = match c.ber.termijnen.einde_doorlooptijd {
        Some(einde) => {
            let j = dag(einde, c.taal);
            c.zeg(
                || format!("De scholing loopt tot {e}, langer dan een jaar: de begeleiding duurt hooguit een jaar, tot uiterlijk {j}."),
                || format!("The scholing runs until {e}, longer than a year: the support lasts at most a year, until {j} at the latest."),
            )
        }
        None => c.zeg(
            || format!("De scholing loopt tot {e}, langer dan een jaar: de begeleiding duurt hooguit een jaar."),
            || format!("The scholing runs until {e}, longer than a year: the support lasts at most a year."),
        ),
    };
    c.meld(&D09, Ernst::Info, "/scholing/eind", bericht);
}
