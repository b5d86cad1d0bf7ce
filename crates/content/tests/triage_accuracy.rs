//! The regression set: the real triage rules on the 212 labelled sentences of the first triage
//! (`content/intake/corpus/labelled.tsv`, written before its keywords were tuned; since
//! 2026-12-02 the model also learns from them). Prints a per-category precision/recall table and
//! every miss. The honest figures on unseen text are in `triage_sealed.rs`.
//!
//! Run with `cargo test -p kiosk-content --test triage_accuracy -- --nocapture` to see the table.

use std::path::PathBuf;

mod common;

use kiosk_content::corpus;
use kiosk_content::diag::Diagnostics;
use kiosk_core::triage::{triage, CATEGORIES};

/// Overall share of sentences that must get the labelled category.
const MIN_ACCURACY: f64 = 0.90;
/// Share of urgent sentences that must be flagged urgent: all of them.
const MIN_DANGER_RECALL: f64 = 1.0;
/// Largest share of non-urgent sentences outside `domestic_violence` that may be flagged.
/// (This set was labelled before danger meant signal classes: its calm domestic-violence
/// sentences describe ongoing beating, confinement or stalking, which the kiosk now meets with
/// the danger question first, by design.)
const MAX_FALSE_URGENT: f64 = 0.05;

struct Case {
    category: String,
    urgent: bool,
    text: String,
}

fn labelled() -> Vec<Case> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content/intake/corpus/labelled.tsv");
    let src = std::fs::read_to_string(&path).expect("content/intake/corpus/labelled.tsv");
    let mut diags = Diagnostics::default();
    let cases = corpus::parse(&path, &src, &mut diags);
    assert!(diags.errors.is_empty(), "{:?}", diags.errors);
    cases
        .into_iter()
        .map(|e| Case { category: CATEGORIES[e.category].into(), urgent: e.kind == "danger", text: e.text })
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
    let rules = common::real_triage();

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
            (false, true) if c.category == "domestic_violence" => {}
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
    let calm_others = cases.iter().filter(|c| !c.urgent && c.category != "domestic_violence").count();
    let false_rate = false_urgent as f64 / calm_others as f64;
    println!("category           label predicted  correct precision  recall");
    println!("{}", rows.join("\n"));
    println!("overall accuracy: {right}/{n} = {}", pct(right, n));
    println!("danger recall: {danger_found}/{urgent_total} = {}", pct(danger_found, urgent_total));
    println!(
        "non-urgent flagged (outside domestic_violence): {false_urgent}/{calm_others} = {}",
        pct(false_urgent, calm_others)
    );
    if !misses.is_empty() {
        println!("misses:\n{}", misses.join("\n"));
    }
    assert!(danger_recall >= MIN_DANGER_RECALL, "danger recall {danger_recall:.3} below {MIN_DANGER_RECALL}");
    assert!(accuracy >= MIN_ACCURACY, "accuracy {accuracy:.3} below {MIN_ACCURACY}");
    assert!(false_rate <= MAX_FALSE_URGENT, "false urgent rate {false_rate:.3} above {MAX_FALSE_URGENT}");
}

#[test]
fn greetings_and_nonsense_go_to_the_reception_desk() {
    let rules = common::real_triage();
    for text in ["你好", "谢谢", "我想问问", "123", "asdf", "在吗", "请问一下"] {
        let v = triage(&rules, text);
        assert_eq!((v.category.as_str(), v.urgent), ("other", false), "{text}: {v:?}");
        assert_eq!(v.reason, rules.fallback, "{text}");
    }
}
