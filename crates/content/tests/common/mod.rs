//! Shared by the fixture tests: every folder under a fixture directory is one case whose output
//! must equal its `expected.txt` line for line. `BLESS=1` rewrites the expected files instead;
//! review the diff by eye before committing.

#![allow(dead_code)]

use std::path::Path;

use kiosk_content::diag::Diagnostics;

/// The case folders under `dir`, sorted.
pub fn cases(dir: &Path) -> Vec<String> {
    let mut cases: Vec<String> = std::fs::read_dir(dir)
        .expect("fixture folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    cases
}

/// Diagnostics as lines with `prefix` cut from every path (messages may name a second file);
/// warnings prefixed `warning: `.
pub fn lines(diags: &Diagnostics, prefix: &Path) -> Vec<String> {
    let folder = format!("{}/", prefix.display());
    let cut = |d: &kiosk_content::diag::Diagnostic| {
        let file = d.file.strip_prefix(prefix).unwrap_or(&d.file).display().to_string();
        format!("{file}:{}: {}", d.line.max(1), d.message.replace(&folder, ""))
    };
    let mut out: Vec<String> = diags.errors.iter().map(cut).collect();
    out.extend(diags.warnings.iter().map(|w| format!("warning: {}", cut(w))));
    out
}

/// Runs every case (except `skip`) and compares its lines with `expected.txt`.
pub fn check(dir: &Path, at_least: usize, skip: &[&str], run: impl Fn(&str) -> Vec<String>) {
    let cases: Vec<String> = cases(dir).into_iter().filter(|c| !skip.contains(&c.as_str())).collect();
    assert!(cases.len() >= at_least, "fixture cases found: {cases:?}");
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let expected_file = dir.join(case).join("expected.txt");
        let got = run(case);
        if bless {
            std::fs::write(&expected_file, got.join("\n") + "\n").expect("write expected.txt");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_file).unwrap_or_else(|_| panic!("{case}: no expected.txt"));
        let expected: Vec<&str> = expected.lines().filter(|l| !l.trim().is_empty()).collect();
        if got != expected {
            failures.push(format!("== {case}\n-- expected\n{}\n-- got\n{}", expected.join("\n"), got.join("\n")));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The real triage rules, compiled from content/intake/ with the questionnaire's urgent screens.
pub fn real_triage() -> kiosk_core::triage::Rules {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let screens = ["danger".to_string(), "self-harm".to_string(), "dv".to_string()];
    let mut diags = Diagnostics::default();
    let rules = kiosk_content::triage::compile(&root.join("content/intake"), &screens, &mut diags);
    assert!(diags.errors.is_empty(), "content/intake has errors: {:#?}", diags.errors);
    assert!(diags.warnings.is_empty(), "content/intake has warnings: {:#?}", diags.warnings);
    rules
}
