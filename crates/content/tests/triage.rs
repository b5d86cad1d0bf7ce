//! Fixture tests for the triage compiler. `tests/fixtures/triage/good/` is a whole intake folder
//! (`triage.toml`, `danger.toml`, `corpus/`); every other case folder holds only the files it
//! changes (laid over `good` in a scratch folder), a `remove.txt` naming files to take away, and
//! `expected.txt`, the exact output: error lines (paths relative to the folder), `warning: `
//! lines, then for each line of `good/sentences.txt` (good only)
//! `sentence => category strong|weak|calm [signals] [matched words] reason`.
//! Run with `BLESS=1` to rewrite the expected files after checking the output by eye.

mod common;

use std::path::{Path, PathBuf};

use kiosk_content::diag::Diagnostics;
use kiosk_content::triage::compile;
use kiosk_core::triage::{triage, Level, CATEGORIES};

const FIXTURES: &str = "tests/fixtures/triage";

/// The urgent screens the fixtures' questionnaire would have.
fn screens() -> Vec<String> {
    vec!["danger".into(), "self-harm".into(), "dv".into()]
}

/// The case laid over `good` in a fresh scratch folder.
fn assemble(case: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kiosk-triage-{}-{case}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for layer in ["good", case] {
        copy_tree(&Path::new(FIXTURES).join(layer), &dir);
    }
    let remove = std::fs::read_to_string(dir.join("remove.txt")).unwrap_or_default();
    for f in remove.lines().filter(|l| !l.trim().is_empty()) {
        std::fs::remove_file(dir.join(f.trim())).expect("remove.txt names a file of good");
    }
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().filter_map(Result::ok) {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn run(case: &str) -> Vec<String> {
    let dir = assemble(case);
    let mut diags = Diagnostics::default();
    let rules = compile(&dir, &screens(), &mut diags);
    let mut lines = common::lines(&diags, &dir);
    let sentences =
        if case == "good" { std::fs::read_to_string(dir.join("sentences.txt")).unwrap() } else { String::new() };
    for s in sentences.lines().filter(|l| !l.trim().is_empty()) {
        let v = triage(&rules, s);
        let level = match v.danger {
            Level::Strong => "strong",
            Level::Weak => "weak",
            Level::None => "calm",
        };
        let (signals, matched) = (v.signals.join(" "), v.matched.join(" "));
        lines.push(format!("{s} => {} {level} [{signals}] [{matched}] {}", v.category, v.reason));
    }
    std::fs::remove_dir_all(&dir).unwrap();
    lines
}

#[test]
fn every_fixture_gives_exactly_its_expected_lines() {
    common::check(Path::new(FIXTURES), 28, &[], |case| {
        let got = run(case);
        assert!(case == "good" || !got.is_empty(), "{case} compiled without a diagnostic");
        got
    });
}

#[test]
fn the_good_rules_are_complete_normalised_and_weighted() {
    let mut diags = Diagnostics::default();
    let rules = compile(&Path::new(FIXTURES).join("good"), &screens(), &mut diags);
    assert!(diags.errors.is_empty() && diags.warnings.is_empty(), "{diags:?}");
    let ids: Vec<&str> = rules.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, CATEGORIES);
    let family = &rules.categories[0];
    let weights: Vec<(&str, u32)> = family.keywords.iter().map(|k| (k.word.as_str(), k.weight)).collect();
    assert_eq!(weights, [("离婚", 6), ("丈夫", 1)]);
    assert_eq!(rules.categories[4].keywords[1].weight, 3, "a plain word weighs its length");
    assert_eq!(rules.fillers, "再");
    assert_eq!(rules.danger.signals.len(), 5);
    assert_eq!(
        rules.screens,
        [("self_harm".to_string(), "self-harm".to_string()), ("poison".into(), "self-harm".into())]
    );
    assert!(rules.model.is_trained() && rules.danger_model.is_trained());
    assert!(rules.replacements.contains(&("当家的".to_string(), "丈夫".to_string())));
    let json = serde_json::to_string(&rules).expect("rules serialise");
    assert_eq!(serde_json::from_str::<kiosk_core::triage::Rules>(&json).expect("and read back"), rules);
}
