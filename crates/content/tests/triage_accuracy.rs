//! Accuracy of the real triage rules (`content/intake/triage.toml`) on the labelled sentences in
//! `tests/triage/labelled.tsv` (`category<TAB>urgent<TAB>sentence`, written before the keywords
//! were tuned). Prints a per-category precision/recall table and every miss.
//!
//! Run with `cargo test -p kiosk-content --test triage_accuracy -- --nocapture` to see the table.

use std::path::PathBuf;

use kiosk_content::diag::Diagnostics;
use kiosk_content::triage::compile;
use kiosk_core::triage::{triage, CATEGORIES};

/// Overall share of sentences that must get the labelled category.
const MIN_ACCURACY: f64 = 0.90;
/// Share of urgent sentences that must be flagged urgent: all of them.
const MIN_DANGER_RECALL: f64 = 1.0;
/// Largest share of non-urgent sentences that may be flagged urgent.
const MAX_FALSE_URGENT: f64 = 0.03;

struct Case {
    category: String,
    urgent: bool,
    text: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn labelled() -> Vec<Case> {
    let path = root().join("tests/triage/labelled.tsv");
    let src = std::fs::read_to_string(&path).expect("tests/triage/labelled.tsv");
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let mut cols = line.splitn(3, '\t');
            let (Some(category), Some(urgent), Some(text)) = (cols.next(), cols.next(), cols.next()) else {
                panic!("labelled.tsv:{}: expected category<TAB>urgent<TAB>sentence", i + 1)
            };
            assert!(CATEGORIES.contains(&category), "labelled.tsv:{}: unknown category {category}", i + 1);
            let urgent = match urgent {
                "true" => true,
                "false" => false,
                other => panic!("labelled.tsv:{}: urgent must be true or false, not {other}", i + 1),
            };
            Case { category: category.into(), urgent, text: text.into() }
        })
        .collect()
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "   -  ".into()
    } else {
        format!("{:5.1}%", 100.0 * n as f64 / d as f64)
    }
}

#[test]
fn labelled_sentences_are_triaged_well_enough() {
    let mut diags = Diagnostics::default();
    let rules = compile(&root().join("content/intake/triage.toml"), &mut diags);
    assert!(diags.errors.is_empty(), "triage.toml has errors: {:#?}", diags.errors);
    assert!(diags.warnings.is_empty(), "triage.toml has warnings: {:#?}", diags.warnings);

    let cases = labelled();
    let urgent_total = cases.iter().filter(|c| c.urgent).count();
    assert!(cases.len() >= 160, "only {} labelled sentences", cases.len());
    assert!(urgent_total >= 25, "only {urgent_total} urgent sentences");

    let mut right = 0;
    let (mut danger_found, mut false_urgent) = (0, 0);
    let mut misses = Vec::new();
    let mut rows = Vec::new();
    let verdicts: Vec<_> = cases.iter().map(|c| triage(&rules, &c.text)).collect();
    for (c, v) in cases.iter().zip(&verdicts) {
        if v.category == c.category {
            right += 1;
        } else {
            misses.push(format!("  {} → {} {:?}: {}", c.category, v.category, v.matched, c.text));
        }
        match (c.urgent, v.urgent) {
            (true, true) => danger_found += 1,
            (true, false) => misses.push(format!("  MISSED DANGER: {}", c.text)),
            (false, true) => {
                false_urgent += 1;
                misses.push(format!("  false urgent {:?}: {}", v.matched, c.text));
            }
            (false, false) => {}
        }
    }
    for cat in CATEGORIES {
        let labelled = cases.iter().filter(|c| c.category == cat).count();
        assert!(labelled >= 12, "only {labelled} labelled sentences for {cat}");
        let predicted = verdicts.iter().filter(|v| v.category == cat).count();
        let hits = cases.iter().zip(&verdicts).filter(|(c, v)| c.category == cat && v.category == cat).count();
        rows.push(format!(
            "{cat:<18} {labelled:>5} {predicted:>9} {hits:>8} {:>9} {:>7}",
            pct(hits, predicted),
            pct(hits, labelled)
        ));
    }
    let n = cases.len();
    let accuracy = right as f64 / n as f64;
    let danger_recall = danger_found as f64 / urgent_total as f64;
    let false_rate = false_urgent as f64 / (n - urgent_total) as f64;
    println!("category           label predicted  correct precision  recall");
    println!("{}", rows.join("\n"));
    println!("overall accuracy: {right}/{n} = {}", pct(right, n));
    println!("danger recall: {danger_found}/{urgent_total} = {}", pct(danger_found, urgent_total));
    println!("non-urgent flagged urgent: {false_urgent}/{} = {}", n - urgent_total, pct(false_urgent, n - urgent_total));
    if !misses.is_empty() {
        println!("misses:\n{}", misses.join("\n"));
    }
    assert!(danger_recall >= MIN_DANGER_RECALL, "danger recall {danger_recall:.3} below {MIN_DANGER_RECALL}");
    assert!(accuracy >= MIN_ACCURACY, "accuracy {accuracy:.3} below {MIN_ACCURACY}");
    assert!(false_rate <= MAX_FALSE_URGENT, "false urgent rate {false_rate:.3} above {MAX_FALSE_URGENT}");
}
