//! Fixture tests for the triage compiler: each folder under `tests/fixtures/triage/` holds a
//! `triage.toml`, optionally `sentences.txt` (one sentence a line), and `expected.txt`, the exact
//! output: error lines (paths relative to the folder), `warning: ` lines, then for each sentence
//! `sentence => category urgent|calm [matched words] reason`.
//! Run with `BLESS=1` to rewrite the expected files after checking the output by eye.

use std::path::Path;

use kiosk_content::diag::Diagnostics;
use kiosk_content::triage::compile;
use kiosk_core::triage::{triage, CATEGORIES};

const FIXTURES: &str = "tests/fixtures/triage";

fn run(case: &str) -> Vec<String> {
    let dir = Path::new(FIXTURES).join(case);
    let mut diags = Diagnostics::default();
    let rules = compile(&dir.join("triage.toml"), &mut diags);
    let prefix = format!("{}/", dir.display());
    let mut lines: Vec<String> = diags.errors.iter().map(|d| d.to_string().replace(&prefix, "")).collect();
    lines.extend(diags.warnings.iter().map(|d| format!("warning: {}", d.to_string().replace(&prefix, ""))));
    let sentences = std::fs::read_to_string(dir.join("sentences.txt")).unwrap_or_default();
    for s in sentences.lines().filter(|l| !l.trim().is_empty()) {
        let v = triage(&rules, s);
        let urgent = if v.urgent { "urgent" } else { "calm" };
        lines.push(format!("{s} => {} {urgent} [{}] {}", v.category, v.matched.join(" "), v.reason));
    }
    lines
}

fn cases() -> Vec<String> {
    let mut cases: Vec<String> = std::fs::read_dir(FIXTURES)
        .expect("fixture folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_fixture_gives_exactly_its_expected_lines() {
    let cases = cases();
    assert!(cases.len() >= 15, "fixture cases found: {cases:?}");
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let expected_file = Path::new(FIXTURES).join(case).join("expected.txt");
        let got = run(case);
        if bless {
            std::fs::write(&expected_file, got.join("\n") + "\n").expect("write expected.txt");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_file).unwrap_or_default();
        let expected: Vec<&str> = expected.lines().filter(|l| !l.trim().is_empty()).collect();
        if got != expected {
            failures.push(format!("== {case}\n-- expected\n{}\n-- got\n{}", expected.join("\n"), got.join("\n")));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_case_but_the_good_one_reports_something() {
    for case in cases().iter().filter(|c| c.as_str() != "good") {
        assert!(!run(case).is_empty(), "{case} compiled without a diagnostic");
    }
}

#[test]
fn the_good_rules_are_complete_normalised_and_weighted() {
    let mut diags = Diagnostics::default();
    let rules = compile(&Path::new(FIXTURES).join("good/triage.toml"), &mut diags);
    assert!(diags.errors.is_empty() && diags.warnings.is_empty(), "{diags:?}");
    let ids: Vec<&str> = rules.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, CATEGORIES);
    let family = &rules.categories[0];
    let weights: Vec<(&str, u32)> = family.keywords.iter().map(|k| (k.word.as_str(), k.weight)).collect();
    assert_eq!(weights, [("离婚", 6), ("丈夫", 1)]);
    assert_eq!(rules.categories[4].keywords[1].weight, 3, "a plain word weighs its length");
    assert_eq!(rules.fillers, "再");
    assert_eq!(rules.danger[0].lean.as_deref(), Some("domestic_violence"));
    assert!(rules.replacements.contains(&("当家的".to_string(), "丈夫".to_string())));
    let json = serde_json::to_string(&rules).expect("rules serialise");
    assert_eq!(serde_json::from_str::<kiosk_core::triage::Rules>(&json).expect("and read back"), rules);
}
