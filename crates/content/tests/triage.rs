//! Fixture tests for the triage compiler: each folder under `tests/fixtures/triage/` holds a
//! `triage.toml`, optionally `sentences.txt` (one sentence a line), and `expected.txt`, the exact
//! output: error lines (paths relative to the folder), `warning: ` lines, then for each sentence
//! `sentence => category urgent|calm [matched words] reason`.
//! Run with `BLESS=1` to rewrite the expected files after checking the output by eye.

mod common;

use std::path::Path;

use kiosk_content::diag::Diagnostics;
use kiosk_content::triage::compile;
use kiosk_core::triage::{triage, CATEGORIES};

const FIXTURES: &str = "tests/fixtures/triage";

fn run(case: &str) -> Vec<String> {
    let dir = Path::new(FIXTURES).join(case);
    let mut diags = Diagnostics::default();
    let rules = compile(&dir.join("triage.toml"), &mut diags);
    let mut lines = common::lines(&diags, &dir);
    let sentences = std::fs::read_to_string(dir.join("sentences.txt")).unwrap_or_default();
    for s in sentences.lines().filter(|l| !l.trim().is_empty()) {
        let v = triage(&rules, s);
        let urgent = if v.urgent { "urgent" } else { "calm" };
        lines.push(format!("{s} => {} {urgent} [{}] {}", v.category, v.matched.join(" "), v.reason));
    }
    lines
}

#[test]
fn every_fixture_gives_exactly_its_expected_lines() {
    common::check(Path::new(FIXTURES), 15, &[], |case| {
        let got = run(case);
        assert!(case == "good" || !got.is_empty(), "{case} compiled without a diagnostic");
        got
    });
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
