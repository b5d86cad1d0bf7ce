//! Fixture tests of the content compiler, one folder per mistake a clerk can make.
//!
//! `fixtures/content/base/` is a small valid content tree. Each other folder holds `files/`, which
//! replace files of the base, and `expected.txt`, the exact diagnostics (`file:line: message`,
//! warnings prefixed `warning: `) with paths relative to the content folder. Set
//! `BLESS=1` to rewrite `expected.txt` after a deliberate change, then review the diff.

mod common;

use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content")
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Builds base + the case's files in a fresh temp folder and returns its diagnostics.
fn diagnostics(case: &str) -> Vec<String> {
    let root = std::env::temp_dir().join(format!("kiosk-content-{case}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    copy_tree(&fixtures().join("base"), &root);
    let files = fixtures().join(case).join("files");
    if files.exists() {
        copy_tree(&files, &root);
    }
    let (_, diags) = kiosk_content::compile(&root);
    let out = common::lines(&diags, &root);
    let _ = std::fs::remove_dir_all(&root);
    out
}

#[test]
fn the_base_fixture_compiles_clean_and_renders_what_the_app_needs() {
    let root = fixtures().join("base");
    let (compiled, diags) = kiosk_content::compile(&root);
    assert!(diags.errors.is_empty() && diags.warnings.is_empty(), "{:?} {:?}", diags.errors, diags.warnings);
    let c = compiled.expect("compiles");
    assert_eq!(c.library.articles.len(), 2);
    let (id, html) = &c.article_html[0];
    assert_eq!(id, "cooling-off");
    assert!(html.contains("href=\"/library/a/custody\""), "{html}");
    assert!(html.contains("href=\"/intake?branch=family\""));
    assert!(html.contains("href=\"/centre#room-family\""));
    assert!(html.contains("href=\"tel:12338\""));
    assert!(
        html.contains("<button type=\"button\" class=\"term\" data-term=\"cooling-off\">冷静期</button>"),
        "{html}"
    );
    assert_eq!(c.library.articles[0].summary, vec!["一。", "二。", "三。"]);
    let (_, custody) = &c.article_html[1];
    assert!(
        custody.contains("<ul class=\"rooms\">") && custody.contains("婚姻家庭调解室"),
        "{{rooms}} expands: {custody}"
    );
    assert!(!custody.contains("{{rooms}}"));
    assert_eq!(c.search.docs[0].pinyin[0], "dengjilihunyulengjingqi");
    assert_eq!(c.intake.results.len(), 2);
    assert_eq!(c.intake.version.len(), 8);
}

#[test]
fn every_mistake_gives_exactly_its_expected_lines() {
    common::check(&fixtures(), 20, &["base", "citation-ok"], |case| {
        let got = diagnostics(case);
        assert!(!got.is_empty(), "{case}: a mistake must give at least one diagnostic");
        got
    });
}

#[test]
fn a_bare_number_after_its_law_in_the_same_sentence_is_a_clean_citation() {
    // citation-ok cites in an article, a quiz explanation and an intake deadline the allowed
    // ways: 《民法典》第1084条，再看第1085条; a list after the law; （2025年修订）; a superseded
    // law named without 《》 ("以前的婚姻法"); 第一次 and 第二天, which are no citations.
    assert_eq!(diagnostics("citation-ok"), Vec::<String>::new());
}
