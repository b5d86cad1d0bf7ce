//! Fixture tests for `content/synonyms.toml`: each folder under `tests/fixtures/synonyms/` holds a
//! `synonyms.toml` and `expected.txt`, the exact output: diagnostic lines (paths relative to the
//! folder, warnings prefixed `warning: `) and then one `word → target target` line per entry.
//! Run with `BLESS=1` to rewrite the expected files after checking the output by eye.

mod common;

use std::path::Path;

use kiosk_content::diag::Diagnostics;
use kiosk_content::search::load_synonyms;

const FIXTURES: &str = "tests/fixtures/synonyms";

fn run(case: &str) -> Vec<String> {
    let dir = Path::new(FIXTURES).join(case);
    let mut diags = Diagnostics::default();
    let entries = load_synonyms(&dir.join("synonyms.toml"), &mut diags);
    let mut lines = common::lines(&diags, &dir);
    lines.extend(entries.iter().map(|(word, targets)| format!("{word} → {}", targets.join(" "))));
    lines
}

#[test]
fn every_fixture_gives_exactly_its_expected_lines() {
    common::check(Path::new(FIXTURES), 8, &[], run);
}

#[test]
fn a_missing_file_is_one_error() {
    let mut diags = Diagnostics::default();
    assert!(load_synonyms(Path::new("tests/fixtures/synonyms/none.toml"), &mut diags).is_empty());
    assert_eq!(diags.errors.len(), 1);
    assert!(diags.errors[0].message.starts_with("cannot read the file"), "{:?}", diags.errors);
}

#[test]
fn entries_keep_file_order_and_lower_case_ascii_words() {
    let mut diags = Diagnostics::default();
    let entries = load_synonyms(&Path::new(FIXTURES).join("good/synonyms.toml"), &mut diags);
    assert!(diags.errors.is_empty() && diags.warnings.is_empty());
    let words: Vec<&str> = entries.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(words, ["老公", "打人", "app", "娃"]);
}
