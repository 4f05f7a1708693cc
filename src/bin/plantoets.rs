//! `plantoets check FILE… | -` — checks plans from the command line (SPEC §5).
//!
//! Prints one report per plan: JSON (one line per plan, in the order given) or, with
//! `--format tekst`, a table for people. Exit code 0 when every plan is ok, 1 when a plan
//! has a fout, 2 when an input could not be read at all.

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
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err(melding) => {
            eprintln!("plantoets: {melding}\n\n{HULP}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<u8, String> {
    let Some((opdracht, rest)) = args.split_first() else {
        print!("{HULP}");
        return Ok(0);
    };
    match opdracht.as_str() {
        "check" => check(rest),
        "catalogus" => uit(&plantoets::catalogus_json()),
        "diensten" => uit(&plantoets::diensten_json(None)),
        "schema" => uit(&plantoets::schema()),
        "-h" | "--help" | "help" => {
            print!("{HULP}");
            Ok(0)
        }
        anders => Err(format!("onbekende opdracht ‘{anders}’")),
    }
}

fn uit(tekst: &str) -> Result<u8, String> {
    println!("{tekst}");
    Ok(0)
}

fn check(args: &[String]) -> Result<u8, String> {
    let mut opties = Opties { peildatum: vandaag(), ..Opties::default() };
    let mut formaat = Formaat::Json;
    let mut bestanden: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let mut waarde = |naam: &str| -> Result<&str, String> {
            i += 1;
            args.get(i).map(String::as_str).ok_or_else(|| format!("{naam} verwacht een waarde"))
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
            "--uurtarief-cent" => opties.tarieven.uurtarief_cent = Some(centen(waarde("--uurtarief-cent")?)?),
            "--vaste-prijs-cent" => {
                opties.tarieven.vaste_prijs_praktijkassessment_cent = Some(centen(waarde("--vaste-prijs-cent")?)?)
            }
            "--negeer" => {
                opties.negeer =
                    waarde("--negeer")?.split(',').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect();
            }
            "-h" | "--help" => {
                print!("{HULP}");
                return Ok(0);
            }
            "-" => bestanden.push("-"),
            a if a.starts_with("--") => return Err(format!("onbekende optie ‘{a}’")),
            a => bestanden.push(a),
        }
        i += 1;
    }
    if bestanden.is_empty() {
        return Err("geef een of meer bestanden, of - voor standaardinvoer".into());
    }

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut code = 0u8;
    for bestand in bestanden {
        let tekst = match lees(bestand) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("plantoets: {bestand}: {e}");
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
            Formaat::Tekst => write!(out, "{}", tabel(bestand, &report, opties.taal)),
        };
        if geschreven.is_err() {
            return Ok(2); // stdout closed
        }
    }
    let _ = out.flush();
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

fn centen(w: &str) -> Result<i64, String> {
    w.parse::<i64>().ok().filter(|&n| n > 0).ok_or_else(|| format!("‘{w}’ is geen positief aantal centen"))
}

fn lees(bestand: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let gelezen = if bestand == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(bestand).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    gelezen.map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|_| "geen UTF-8-tekst".to_string())
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
    s += &format!("== {bestand}: {kop} (Overzicht v{})\n", r.regelset.versie);
    for b in &r.bevindingen {
        let ernst = match (b.ernst, en) {
            (Ernst::Fout, false) => "FOUT",
            (Ernst::Fout, true) => "ERROR",
            (Ernst::Waarschuwing, false) => "WAARSCHUWING",
            (Ernst::Waarschuwing, true) => "WARNING",
            (Ernst::Info, _) => "INFO",
        };
        s += &format!("  {} {:<12} {}: {} [{}]\n", b.code, ernst, b.veld, b.bericht, b.bron);
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
