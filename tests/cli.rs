//! The command line (SPEC §5): `plantoets check FILE… | -`, formats, options, exit codes.

// The helpers of a test file may fail loudly too (clippy.toml allows it in #[test] only).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::process::{Command, Stdio};

fn plantoets(args: &[&str], invoer: Option<&str>) -> (i32, String, String) {
    let mut kind = Command::new(env!("CARGO_BIN_EXE_plantoets"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(t) = invoer {
        kind.stdin.take().unwrap().write_all(t.as_bytes()).unwrap();
    }
    drop(kind.stdin.take());
    let uit = kind.wait_with_output().unwrap();
    (uit.status.code().unwrap_or(-1), String::from_utf8(uit.stdout).unwrap(), String::from_utf8(uit.stderr).unwrap())
}

fn voorbeelden() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
        .unwrap()
        .map(|f| f.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn de_voorbeelden_zijn_in_orde() {
    let v = voorbeelden();
    let mut args = vec!["check", "--peildatum", "2026-11-23"];
    args.extend(v.iter().map(String::as_str));
    let (code, uit, fout) = plantoets(&args, None);
    assert_eq!(code, 0, "{uit}{fout}");
    let regels: Vec<&str> = uit.lines().collect();
    assert_eq!(regels.len(), v.len(), "one JSON line per plan");
    for r in regels {
        let r: serde_json::Value = serde_json::from_str(r).unwrap();
        assert_eq!(r["ok"], true);
    }
}

#[test]
fn een_fout_geeft_exitcode_1_en_onleesbaar_2() {
    let (code, uit, _) = plantoets(&["check", "--peildatum", "2026-11-23", "-"], Some(r#"{"dienst":"werkfit-maken"}"#));
    assert_eq!(code, 1);
    assert!(uit.contains("\"I06\""));
    let (code, _, fout) = plantoets(&["check", "bestaat-niet.json"], None);
    assert_eq!(code, 2);
    assert!(fout.contains("bestaat-niet.json"));
    // Unreadable beats fout.
    let (code, _, _) = plantoets(&["check", "-", "bestaat-niet.json"], Some("{}"));
    assert_eq!(code, 2);
    // Text that is not JSON was read: it is a plan with a fout (I01).
    let (code, uit, _) = plantoets(&["check", "-"], Some("geen json"));
    assert_eq!(code, 1);
    assert!(uit.contains("\"I01\""));
}

#[test]
fn tekst_voor_mensen_in_twee_talen() {
    let (code, uit, _) =
        plantoets(&["check", "--format", "tekst", "--peildatum", "2026-11-23", "examples/werkfit-maken.json"], None);
    assert_eq!(code, 0);
    assert!(uit.contains("in orde") && uit.contains("D04") && uit.contains("€ 3.096,00"), "{uit}");
    let (_, uit, _) = plantoets(
        &["check", "--format", "tekst", "--taal", "en", "--peildatum", "2026-11-23", "examples/werkfit-maken.json"],
        None,
    );
    assert!(
        uit.contains("ok") && uit.contains("evaluatiemoment is on 6 May 2027") && uit.contains("€3,096.00"),
        "{uit}"
    );
}

#[test]
fn uurtarief_en_peildatum() {
    let (_, uit, _) =
        plantoets(&["check", "--uurtarief-cent", "9000", "--peildatum", "2026-11-23", "examples/naar-werk.json"], None);
    let r: serde_json::Value = serde_json::from_str(uit.trim()).unwrap();
    assert_eq!(r["prijs"]["uurtariefCent"], 9000);
    assert_eq!(r["prijs"]["totaalCent"], 24 * 9000);
    // Without --peildatum, today is used: an old unsubmitted plan is late (T01).
    let (code, uit, _) =
        plantoets(&["check", "-"], Some(r#"{"dienst":"naar-werk","datums":{"opdracht":"2020-01-06"}}"#));
    assert_eq!(code, 1);
    assert!(uit.contains("\"T01\""));
}

#[test]
fn verkeerde_opties_geven_2_en_hulp() {
    for args in [
        vec!["check"],
        vec!["check", "--taal", "fr", "x.json"],
        vec!["check", "--peildatum", "gisteren", "x.json"],
        vec!["onzin"],
        vec!["check", "--onbekend", "x.json"],
    ] {
        let (code, _, fout) = plantoets(&args, None);
        assert_eq!(code, 2, "{args:?}");
        assert!(fout.contains("Gebruik:"), "{args:?}");
    }
    let (code, uit, _) = plantoets(&["--help"], None);
    assert_eq!(code, 0);
    assert!(uit.contains("plantoets check"));
}

#[test]
fn catalogus_diensten_schema() {
    let (code, uit, _) = plantoets(&["catalogus"], None);
    assert_eq!(code, 0);
    let c: serde_json::Value = serde_json::from_str(&uit).unwrap();
    assert_eq!(c.as_array().unwrap().len(), plantoets::catalogus().len());
    let (_, uit, _) = plantoets(&["diensten"], None);
    let d: serde_json::Value = serde_json::from_str(&uit).unwrap();
    assert_eq!(d[3]["dienst"], "werkfit-maken");
    assert_eq!(d[3]["uren"]["maximum"], 41);
    assert_eq!(d[3]["uren"]["verhoogdMaximum"], 60);
    let (_, uit, _) = plantoets(&["schema"], None);
    let s: serde_json::Value = serde_json::from_str(&uit).unwrap();
    assert_eq!(s["properties"]["activiteiten"]["maxItems"], 500);
}

/// Issue 14: the command line never panics (Rust exits 101 on a panic), whatever its
/// surroundings do.
#[test]
fn een_gesloten_uitvoer_is_exitcode_2_geen_paniek() {
    // The reading end of stdout is gone before the program writes its (large) output.
    for args in [&["catalogus"][..], &["schema"], &["check", "--format", "tekst", "examples/naar-werk.json"]] {
        let mut kind = Command::new(env!("CARGO_BIN_EXE_plantoets"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(kind.stdout.take());
        let uit = kind.wait_with_output().unwrap();
        let code = uit.status.code().unwrap_or(-1);
        assert!(code == 2 || code == 0, "{args:?}: exit {code}, {}", String::from_utf8_lossy(&uit.stderr));
        assert!(!String::from_utf8_lossy(&uit.stderr).contains("panicked"), "{args:?}");
    }
}

#[test]
fn een_lege_of_gesloten_standaardinvoer_is_onleesbaar() {
    let (code, uit, fout) = plantoets(&["check", "-"], None);
    assert_eq!(code, 2);
    assert!(uit.is_empty());
    assert!(fout.contains("standaardinvoer is leeg of gesloten"), "{fout}");
    let kind =
        Command::new(env!("CARGO_BIN_EXE_plantoets")).args(["check", "-"]).stdin(Stdio::null()).output().unwrap();
    assert_eq!(kind.status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn argumenten_die_geen_utf8_zijn() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let vreemd = OsStr::from_bytes(b"plan-\xff.json");
    // A file name may be any bytes: this one does not exist, so it is unreadable (2).
    let uit = Command::new(env!("CARGO_BIN_EXE_plantoets")).arg("check").arg(vreemd).output().unwrap();
    assert_eq!(uit.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&uit.stderr).contains("plan-\u{fffd}.json"));
    // An option's value must be text.
    let uit = Command::new(env!("CARGO_BIN_EXE_plantoets"))
        .args([OsStr::new("check"), OsStr::new("--taal"), vreemd, OsStr::new("x.json")])
        .output()
        .unwrap();
    assert_eq!(uit.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&uit.stderr).contains("geen UTF-8"));
    // And a command.
    let uit = Command::new(env!("CARGO_BIN_EXE_plantoets")).arg(vreemd).output().unwrap();
    assert_eq!(uit.status.code(), Some(2));
}

#[test]
fn lezen_stopt_bij_16_mb() {
    let pad = std::env::temp_dir().join(format!("plantoets-groot-{}.json", std::process::id()));
    let f = std::fs::File::create(&pad).unwrap();
    f.set_len(plantoets::MAX_INVOER_BYTES as u64 + 1).unwrap();
    let (code, uit, fout) = plantoets(&["check", pad.to_str().unwrap()], None);
    std::fs::remove_file(&pad).unwrap();
    assert_eq!(code, 2);
    assert!(uit.is_empty());
    assert!(fout.contains("groter dan 16 MB"), "{fout}");
}

#[test]
fn tarieven_hebben_de_grens_van_de_bibliotheek() {
    let te_veel = (plantoets::UURTARIEF.max + 1).to_string();
    let (code, _, fout) = plantoets(&["check", "--uurtarief-cent", &te_veel, "examples/naar-werk.json"], None);
    assert_eq!(code, 2);
    assert!(fout.contains("ten hoogste"), "{fout}");
    let max = plantoets::UURTARIEF.max.to_string();
    let (code, _, _) = plantoets(&["check", "--uurtarief-cent", &max, "examples/naar-werk.json"], None);
    assert_eq!(code, 0);
    let te_veel = (plantoets::VASTE_PRIJS.max + 1).to_string();
    let (code, _, _) = plantoets(&["check", "--vaste-prijs-cent", &te_veel, "examples/praktijkassessment.json"], None);
    assert_eq!(code, 2);
}

#[test]
fn stuurtekens_in_de_tabel_worden_zichtbaar_geschreven() {
    // A description that moves the cursor and clears the screen, quoted in a message.
    let mut plan: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/werkfit-maken.json")).unwrap(),
    )
    .unwrap();
    plan["activiteiten"][0]["doel"] = "Zo\u{1b}\u{7} mogelijk minder verzuim".into();
    let (_, uit, _) =
        plantoets(&["check", "--format", "tekst", "--peildatum", "2026-01-01", "-"], Some(&plan.to_string()));
    assert!(uit.contains("S11"), "{uit}");
    assert!(!uit.chars().any(|c| c.is_control() && c != '\n'), "{uit:?}");
    assert!(uit.contains("Zo\\u{1b}\\u{7} mogelijk"), "{uit}");
}

#[test]
fn negeer_slaat_regels_over_en_zegt_welke() {
    // SPEC v2 §3 `negeer`: a plan without an order number has I10; ignored, it has none,
    // and the report says what was left out.
    let plan = r#"{"dienst":"naar-werk","client":{"naam":"A"}}"#;
    let (_, uit, _) = plantoets(&["check", "--peildatum", "2026-11-23", "-"], Some(plan));
    assert!(uit.contains("\"I10\""));
    let (_, uit, _) = plantoets(&["check", "--peildatum", "2026-11-23", "--negeer", "I10, S", "-"], Some(plan));
    let r: serde_json::Value = serde_json::from_str(uit.trim()).unwrap();
    assert!(r["bevindingen"]
        .as_array()
        .unwrap()
        .iter()
        .all(|b| b["code"] != "I10" && !b["code"].as_str().unwrap().starts_with('S')));
    let genegeerd: Vec<&str> =
        r["regelset"]["genegeerd"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert!(genegeerd.contains(&"I10") && genegeerd.contains(&"S01"), "{genegeerd:?}");
}
