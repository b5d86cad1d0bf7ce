//! Triage measured on sentences it was not tuned on.
//!
//! The fresh corpus (680 sentences by four writers with different briefs) was split once by a
//! fixed seed (`tests/triage/split.py`): 70 % train/dev in `content/intake/corpus/` (the model
//! learns from it; the danger rules were tuned while looking at it) and 30 % sealed in
//! `tests/triage/sealed/`, which nothing was tuned on.
//!
//! - `sealed_sets_hold_their_recorded_figures_and_the_budgets_they_met`: the budgets are every
//!   dangerous sentence flagged (strong or weak), at most 5 % of calm ones flagged, calm-sentence
//!   category accuracy at least 90 %. Each sealed set was looked at once; the README gives what
//!   that look showed, misses included, and this test keeps every figure at least that good. A
//!   second sealed set (`tests/triage/sealed2/`) was written after the first look.
//! - `dev_report` (ignored; run with `--ignored --nocapture`) is the tuning view: danger on the
//!   train/dev set, and category accuracy by 5-fold cross-validation (the model retrained without
//!   the fold it is scored on).

mod common;

use std::path::{Path, PathBuf};

use kiosk_content::corpus::{self, Example};
use kiosk_content::diag::Diagnostics;
use kiosk_core::triage::{triage, Level, Rules, CATEGORIES};

/// The budgets on text the rules were not tuned on.
const BUDGET: Figures = Figures { recall: 1.0, false_alarm: 0.05, calm_accuracy: 0.90 };

/// A sealed set and what its one look gave on 2026-12-02 (the README reports these). The test
/// holds each figure to the budget where the look met it, and to what the look gave where it did
/// not; it is a guard against getting worse, not a tuning target.
struct Sealed {
    dir: &'static str,
    recorded: Figures,
}

/// Shares: dangerous sentences flagged, calm ones flagged, calm ones given the right category.
#[derive(Clone, Copy, Debug)]
struct Figures {
    recall: f64,
    false_alarm: f64,
    calm_accuracy: f64,
}

const SEALED: [Sealed; 2] = [
    // 208 of the first 680 sentences, sealed by seed before any tuning.
    Sealed {
        dir: "tests/triage/sealed",
        recorded: Figures { recall: 64.0 / 72.0, false_alarm: 1.0 / 136.0, calm_accuracy: 125.0 / 136.0 },
    },
    // 150 sentences written after the first look, committed unread, looked at once at the end.
    Sealed {
        dir: "tests/triage/sealed2",
        recorded: Figures { recall: 66.0 / 70.0, false_alarm: 11.0 / 80.0, calm_accuracy: 76.0 / 80.0 },
    },
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rules() -> Rules {
    common::real_triage()
}

fn examples(dir: &Path) -> Vec<Example> {
    let mut diags = Diagnostics::default();
    let ex = corpus::read(dir, &mut diags);
    assert!(diags.errors.is_empty(), "{:?}", diags.errors);
    ex
}

/// The figures of one evaluation.
#[derive(Default)]
struct Score {
    danger: usize,
    caught: usize,
    strong: usize,
    calm: usize,
    false_alarm: usize,
    right: usize,
    misses: Vec<String>,
}

impl Score {
    fn add(&mut self, ex: &Example, rules: &Rules) {
        let v = triage(rules, &ex.text);
        let want = CATEGORIES[ex.category];
        if ex.kind == "danger" {
            self.danger += 1;
            if v.danger != Level::None {
                self.caught += 1;
            } else {
                self.misses.push(format!("MISSED DANGER  {}:{}  {}", ex.file.display(), ex.line, ex.text));
            }
            self.strong += usize::from(v.danger == Level::Strong);
        } else {
            self.calm += 1;
            if v.danger != Level::None {
                self.false_alarm += 1;
                let what = format!("{:?} {:?} {:?}", v.danger, v.signals, v.matched);
                self.misses.push(format!("FALSE ALARM {what}  {}:{}  {}", ex.file.display(), ex.line, ex.text));
            }
            if v.category == want {
                self.right += 1;
            } else {
                let l = format!("WRONG {want} -> {}  {}:{}  {}", v.category, ex.file.display(), ex.line, ex.text);
                self.misses.push(l);
            }
        }
    }

    fn recall(&self) -> f64 {
        self.caught as f64 / self.danger.max(1) as f64
    }
    fn false_alarms(&self) -> f64 {
        self.false_alarm as f64 / self.calm.max(1) as f64
    }
    fn accuracy(&self) -> f64 {
        self.right as f64 / self.calm.max(1) as f64
    }

    fn report(&self, name: &str) -> String {
        format!(
            "{name}: danger recall {}/{} = {:.1} % ({} strong, {} weak); calm flagged {}/{} = {:.1} %; calm category {}/{} = {:.1} %",
            self.caught,
            self.danger,
            100.0 * self.recall(),
            self.strong,
            self.caught - self.strong,
            self.false_alarm,
            self.calm,
            100.0 * self.false_alarms(),
            self.right,
            self.calm,
            100.0 * self.accuracy()
        )
    }
}

#[test]
fn sealed_sets_hold_their_recorded_figures_and_the_budgets_they_met() {
    let rules = rules();
    for set in SEALED {
        let mut s = Score::default();
        for ex in examples(&root().join(set.dir)) {
            s.add(&ex, &rules);
        }
        println!("{}", s.report(set.dir));
        assert!(s.danger >= 60 && s.calm >= 80, "{} is smaller than it was written", set.dir);
        let (r, b) = (set.recorded, BUDGET);
        // The budget where the look met it; what the look gave where it did not.
        let want = Figures {
            recall: if r.recall >= b.recall { b.recall } else { r.recall },
            false_alarm: if r.false_alarm <= b.false_alarm { b.false_alarm } else { r.false_alarm },
            calm_accuracy: if r.calm_accuracy >= b.calm_accuracy { b.calm_accuracy } else { r.calm_accuracy },
        };
        let eps = 1e-9;
        let ok = s.recall() + eps >= want.recall
            && s.false_alarms() <= want.false_alarm + eps
            && s.accuracy() + eps >= want.calm_accuracy;
        assert!(ok, "{} fell below {want:?}: {}", set.dir, s.report(set.dir));
    }
}

#[test]
#[ignore = "the tuning view; run with --ignored --nocapture"]
fn dev_report() {
    let rules = rules();
    let train = examples(&root().join("content/intake/corpus"));
    // Danger and keywords were tuned on this set, so these figures flatter.
    let mut whole = Score::default();
    for ex in &train {
        whole.add(ex, &rules);
    }
    // Category by 5-fold cross-validation: the model never saw the fold it is scored on.
    let mut cv = Score::default();
    let buckets = rules.model.buckets;
    let alpha: f64 = std::env::var("ALPHA").ok().and_then(|a| a.parse().ok()).unwrap_or(0.5);
    for fold in 0..5 {
        let held: Vec<&Example> = train.iter().enumerate().filter(|(i, _)| i % 5 == fold).map(|(_, e)| e).collect();
        let rest: Vec<Example> =
            train.iter().enumerate().filter(|(i, _)| i % 5 != fold).map(|(_, e)| e.clone()).collect();

        let mut r = rules.clone();
        r.model = corpus::train(&rest, &rules, buckets, alpha);
        r.danger_model = corpus::train_danger(&rest, &rules, buckets, alpha);
        if std::env::var("NORULES").is_ok() {
            r.danger.signals.clear();
            r.danger.combos.clear();
        }
        if let Some(m) = std::env::var("DM").ok().and_then(|w| w.parse().ok()) {
            r.danger.model_margin = Some(m);
        }
        if let Some(w) = std::env::var("KW").ok().and_then(|w| w.parse().ok()) {
            r.keyword_weight = w;
        }
        if let Some(m) = std::env::var("MARGIN").ok().and_then(|w| w.parse().ok()) {
            r.min_margin = m;
        }
        for ex in held {
            cv.add(ex, &r);
        }
    }
    for m in cv.misses.iter().filter(|m| m.contains("[\"model\"]") || m.starts_with("MISSED")) {
        println!("CV {m}");
    }
    for m in &whole.misses {
        if !m.starts_with("WRONG") {
            println!("{m}");
        }
    }
    for m in cv.misses.iter().filter(|m| m.starts_with("WRONG")) {
        println!("{m}");
    }
    println!("{}", whole.report("train/dev (tuned on)"));
    println!("{}", cv.report("train/dev, model by 5-fold CV"));
}

#[test]
#[ignore = "scores any folder of labelled .tsv files: TRIAGE_EVAL=<folder> … --ignored --nocapture"]
fn report_on_a_folder() {
    let Some(dir) = std::env::var_os("TRIAGE_EVAL") else { return };
    let rules = rules();
    let mut s = Score::default();
    for ex in examples(Path::new(&dir)) {
        s.add(&ex, &rules);
    }
    for m in &s.misses {
        println!("{m}");
    }
    println!("{}", s.report("folder"));
}
