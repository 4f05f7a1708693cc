//! `plantoets check FILE… | -` — checks plans from the command line (SPEC §5).
//!
//! Prints one report per plan: JSON (one line per plan, in the order given) or, with
//! `--format tekst`, a table for people. Exit code 0 when every plan is ok, 1 when a plan
//! has a fout, 2 when an input could not be read at all or the output could not be written.
//!
//! It never panics (issue 14): arguments that are not UTF-8 are refused (file names may be
//! any bytes), a file is read up to the core's 16 MB and no further, tariffs are capped as
//! the library caps them, control characters in the table for people are escaped, a closed
//! or empty standard input is unreadable, and a closed standard output or error ends the
//! run with exit code 2.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::process::ExitCode;

use plantoets::rapport::opmaak::{euro, uren};
use plantoets::rapport::Uren;
use plantoets::{Ernst, Opties, Report, Taal};

const HULP: &str = "\
plantoets — toetst een Re-integratieplan aan het Overzicht Re-integratiediensten v7.1

Gebruik:
  plantoets check [opties] BESTAND…   één rapport per plan
  plantoets check [opties] -          het plan van standaardinvoer
  plantoets catalogus | diensten | schema   de regels, de diensten, het JSON Schema

Opties:
  --format json|tekst       json (standaard): één regel per plan; tekst: een tabel
  --peildatum JJJJ-MM-DD    'vandaag' voor de termijnen (standaard: vandaag)
  --taal nl|en              taal van de berichten (standaard: nl)
  --uurtarief-cent N        uurtarief in centen (wint van het meegeleverde tarief)
  --vaste-prijs-cent N      vaste prijs van een Praktijkassessment in centen
  --negeer CODES            regels of groepen die niet gecontroleerd worden, met komma's (I10,S)

Exitcode: 0 alle plannen ok, 1 een plan heeft een fout, 2 invoer onleesbaar.
";

#[derive(PartialEq)]
enum Formaat {
    Json,
    Tekst,
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err(melding) => {
            // Even stderr may be closed: then the exit code says it all.
            let _ = writeln!(std::io::stderr(), "plantoets: {melding}\n\n{HULP}");
            ExitCode::from(2)
        }
    }
}

/// An argument as text: options and their values must be UTF-8 (file names need not be).
fn als_tekst(arg: &OsString) -> Result<&str, String> {
    arg.to_str().ok_or_else(|| format!("‘{}’ is geen UTF-8-tekst", arg.to_string_lossy()))
}

fn run(args: &[OsString]) -> Result<u8, String> {
    let Some((opdracht, rest)) = args.split_first() else {
        return uit(HULP);
    };
    match als_tekst(opdracht)? {
        "check" => check(rest),
        "catalogus" => uit(&plantoets::catalogus_json()),
        "diensten" => uit(&plantoets::diensten_json(None)),
        "schema" => uit(&plantoets::schema()),
        "-h" | "--help" | "help" => uit(HULP),
        anders => Err(format!("onbekende opdracht ‘{anders}’")),
    }
}

/// Writes to stdout; a closed stdout (`plantoets schema | head -c 1`) is exit code 2, not a
/// panic.
fn uit(tekst: &str) -> Result<u8, String> {
    let mut out = std::io::stdout().lock();
    let einde = if tekst.ends_with('\n') { "" } else { "\n" };
    match write!(out, "{tekst}{einde}").and_then(|()| out.flush()) {
        Ok(()) => Ok(0),
        Err(_) => Ok(2),
    }
}

/// An input: a file name (any bytes) or `-`.
enum Invoer<'a> {
    Stdin,
    Bestand(&'a OsString),
}

fn check(args: &[OsString]) -> Result<u8, String> {
    let mut opties = Opties { peildatum: vandaag(), ..Opties::default() };
    let mut formaat = Formaat::Json;
    let mut invoer: Vec<Invoer> = Vec::new();
    let mut i = 0;
    while let Some(ruw) = args.get(i) {
        let mut waarde = |naam: &str| -> Result<&str, String> {
            i += 1;
            args.get(i).ok_or_else(|| format!("{naam} verwacht een waarde")).and_then(als_tekst)
        };
        // A file name need not be UTF-8; an option must be.
        let Some(arg) = ruw.to_str() else {
            invoer.push(Invoer::Bestand(ruw));
            i += 1;
            continue;
        };
        match arg {
            "--format" => {
                formaat = match waarde("--format")? {
                    "json" => Formaat::Json,
                    "tekst" | "text" => Formaat::Tekst,
                    f => return Err(format!("onbekend formaat ‘{f}’ (json of tekst)")),
                }
            }
            "--peildatum" => {
                let w = waarde("--peildatum")?;
                opties.peildatum =
                    Some(plantoets::lees_datum(w).ok_or_else(|| format!("‘{w}’ is geen datum JJJJ-MM-DD"))?);
            }
            "--taal" => {
                opties.taal = match waarde("--taal")? {
                    "nl" => Taal::Nl,
                    "en" => Taal::En,
                    t => return Err(format!("onbekende taal ‘{t}’ (nl of en)")),
                }
            }
            "--uurtarief-cent" => {
                opties.tarieven.uurtarief_cent = Some(centen(waarde("--uurtarief-cent")?, plantoets::UURTARIEF.max)?)
            }
            "--vaste-prijs-cent" => {
                opties.tarieven.vaste_prijs_praktijkassessment_cent =
                    Some(centen(waarde("--vaste-prijs-cent")?, plantoets::VASTE_PRIJS.max)?)
            }
            "--negeer" => {
                opties.negeer =
                    waarde("--negeer")?.split(',').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect();
            }
            "-h" | "--help" => return uit(HULP),
            "-" => invoer.push(Invoer::Stdin),
            a if a.starts_with("--") => return Err(format!("onbekende optie ‘{a}’")),
            _ => invoer.push(Invoer::Bestand(ruw)),
        }
        i += 1;
    }
    if invoer.is_empty() {
        return Err("geef een of meer bestanden, of - voor standaardinvoer".into());
    }

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut code = 0u8;
    for bron in invoer {
        let naam = match bron {
            Invoer::Stdin => "-".to_string(),
            Invoer::Bestand(b) => b.to_string_lossy().into_owned(),
        };
        let tekst = match lees(&bron) {
            Ok(t) => t,
            Err(e) => {
                if writeln!(std::io::stderr(), "plantoets: {}: {e}", zichtbaar(&naam)).is_err() {
                    return Ok(2);
                }
                code = 2;
                continue;
            }
        };
        let report = plantoets::check_tekst(tekst.strip_prefix('\u{feff}').unwrap_or(&tekst), &opties);
        if !report.ok && code == 0 {
            code = 1;
        }
        let geschreven = match formaat {
            Formaat::Json => writeln!(out, "{}", plantoets::naar_json(&report)),
            Formaat::Tekst => write!(out, "{}", tabel(&naam, &report, opties.taal)),
        };
        if geschreven.is_err() {
            return Ok(2); // stdout closed
        }
    }
    if out.flush().is_err() {
        return Ok(2);
    }
    Ok(code)
}

/// Today in the local time zone. (This binary is native only; the cfg lets the test
/// build for wasm32 compile it.)
fn vandaag() -> Option<chrono::NaiveDate> {
    #[cfg(not(target_arch = "wasm32"))]
    return Some(chrono::Local::now().date_naive());
    #[cfg(target_arch = "wasm32")]
    return None;
}

/// A tariff in cents: whole, positive, at most `max` (the library's cap, SPEC §3).
fn centen(w: &str, max: i64) -> Result<i64, String> {
    w.parse::<i64>()
        .ok()
        .filter(|&n| n > 0 && n <= max)
        .ok_or_else(|| format!("‘{w}’ is geen positief aantal centen van ten hoogste {max}"))
}

/// Reads an input whole, but never more than the core reads (16 MB): a larger one is
/// refused while reading, before it fills memory. An empty or closed standard input is
/// unreadable: Rust reads a closed one as empty, and neither holds a plan.
fn lees(bron: &Invoer) -> Result<String, String> {
    let grens = plantoets::MAX_INVOER_BYTES as u64;
    let mut bytes = Vec::new();
    let gelezen = match bron {
        Invoer::Stdin => std::io::stdin().lock().take(grens + 1).read_to_end(&mut bytes),
        Invoer::Bestand(pad) => std::fs::File::open(pad).and_then(|f| f.take(grens + 1).read_to_end(&mut bytes)),
    };
    gelezen.map_err(|e| e.to_string())?;
    if bytes.len() as u64 > grens {
        return Err(format!("groter dan {} MB; dat is geen plan", grens / (1024 * 1024)));
    }
    if bytes.is_empty() && matches!(bron, Invoer::Stdin) {
        return Err("standaardinvoer is leeg of gesloten".into());
    }
    String::from_utf8(bytes).map_err(|_| "geen UTF-8-tekst".to_string())
}

/// Control characters written as `\u{…}`: a file name or a message never moves the
/// terminal's cursor or changes its colours.
fn zichtbaar(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    for c in tekst.chars() {
        if c.is_control() {
            uit.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            uit.push(c);
        }
    }
    uit
}

/// A report for people.
fn tabel(bestand: &str, r: &Report, taal: Taal) -> String {
    let en = taal == Taal::En;
    let mut s = String::new();
    let kop = if r.ok {
        if en {
            "ok"
        } else {
            "in orde"
        }
    } else if en {
        "has errors"
    } else {
        "bevat fouten"
    };
    s += &format!("== {}: {kop} (Overzicht v{})\n", zichtbaar(bestand), r.regelset.versie);
    for b in &r.bevindingen {
        let ernst = match (b.ernst, en) {
            (Ernst::Fout, false) => "FOUT",
            (Ernst::Fout, true) => "ERROR",
            (Ernst::Waarschuwing, false) => "WAARSCHUWING",
            (Ernst::Waarschuwing, true) => "WARNING",
            (Ernst::Info, _) => "INFO",
        };
        s += &format!("  {} {:<12} {}: {} [{}]\n", b.code, ernst, zichtbaar(&b.veld), zichtbaar(&b.bericht), b.bron);
    }
    let u = |x: Option<Uren>| x.map_or("–".to_string(), |x| uren(x.breuk(), taal));
    s += &format!(
        "  {} {} / max {} (verhoogd {}), {} {}\n",
        if en { "Hours:" } else { "Uren:" },
        u(r.uren.totaal),
        u(r.uren.maximum),
        u(r.uren.verhoogd_maximum),
        if en { "remaining" } else { "resterend" },
        u(r.uren.resterend)
    );
    let t = &r.termijnen;
    let d = |x: Option<chrono::NaiveDate>| x.map_or("–".to_string(), plantoets::datum_iso);
    s += &format!(
        "  {} {} · start {}{} · {} {} · eindrapportage {}\n",
        if en { "Submit by" } else { "Indienen uiterlijk" },
        d(t.indienen_uiterlijk),
        d(t.start),
        if t.start_geschat {
            if en {
                " (estimated)"
            } else {
                " (geschat)"
            }
        } else {
            ""
        },
        if en { "end" } else { "einde" },
        d(t.einde_doorlooptijd),
        d(t.eindrapportage_uiterlijk)
    );
    match r.prijs.totaal_cent {
        Some(c) => s += &format!("  {} {}\n", if en { "Price:" } else { "Prijs:" }, euro(c, taal)),
        None => s += &format!("  {} –\n", if en { "Price:" } else { "Prijs:" }),
    }
    s
}
