//! The labelled sentences that train the triage model: `content/intake/corpus/*.tsv`, one
//! `kind<TAB>category<TAB>sentence` a line (kind: danger, hard or calm; `#` starts a comment).
//! Staff add a sentence the kiosk misrouted, and the next build learns it.

use std::path::{Path, PathBuf};

use kiosk_core::triage::model::{self, Model};
use kiosk_core::triage::{normalize, Rules, CATEGORIES, MAX_CHARS};

use crate::diag::{self, Diagnostics};

/// What a labelled sentence is.
pub const KINDS: [&str; 3] = ["danger", "hard", "calm"];

/// One labelled sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    /// One of [`KINDS`].
    pub kind: String,
    /// Index into [`CATEGORIES`].
    pub category: usize,
    /// The sentence as written.
    pub text: String,
    /// Where it came from, for messages.
    pub file: PathBuf,
    /// Its 1-based line.
    pub line: usize,
}

/// Parses one corpus file; mistakes become `file:line: message`.
pub fn parse(path: &Path, src: &str, diags: &mut Diagnostics) -> Vec<Example> {
    let mut out = Vec::new();
    for (i, raw) in src.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').collect();
        let [kind, category, text] = cols.as_slice() else {
            let msg = format!("expected kind<TAB>category<TAB>sentence, found {} column(s)", cols.len());
            diags.error(path, line, msg);
            continue;
        };
        if !KINDS.contains(kind) {
            diags.error(path, line, format!("kind \"{kind}\" must be one of {}", KINDS.join(", ")));
            continue;
        }
        let Some(category) = CATEGORIES.iter().position(|c| c == category) else {
            diags.error(path, line, format!("unknown category \"{category}\" (use one of {})", CATEGORIES.join(", ")));
            continue;
        };
        if text.trim().is_empty() {
            diags.error(path, line, "the sentence is empty");
            continue;
        }
        out.push(Example { kind: kind.to_string(), category, text: text.to_string(), file: path.to_path_buf(), line });
    }
    out
}

/// Reads every `*.tsv` in `dir` (file-name order). Repeated sentences are reported.
pub fn read(dir: &Path, diags: &mut Diagnostics) -> Vec<Example> {
    let files = match diag::files_in(dir, "tsv") {
        Ok(files) => files,
        Err(e) => {
            let msg = format!("cannot read the corpus folder: {e} (it holds the labelled sentences, one .tsv per set)");
            diags.error(dir, 0, msg);
            return Vec::new();
        }
    };
    let mut all: Vec<Example> = Vec::new();
    for f in files {
        let Some(src) = diag::read(&f, diags) else { continue };
        for ex in parse(&f, &src, diags) {
            if let Some(first) = all.iter().find(|e| e.text == ex.text) {
                let msg = format!("this sentence is already in {}:{}; keep one", first.file.display(), first.line);
                diags.error(&ex.file, ex.line, msg);
            } else {
                all.push(ex);
            }
        }
    }
    if all.is_empty() {
        diags.error(dir, 0, "the corpus is empty; add labelled sentences so the model can learn");
    }
    all
}

/// Trains the category model on the examples, normalised as typed text will be.
pub fn train(examples: &[Example], rules: &Rules, buckets: u32, alpha: f64) -> Model {
    model::train(&labelled(examples, rules, |e| e.category), CATEGORIES.len(), buckets, alpha)
}

/// Trains the danger model: class 1 for `danger` sentences, class 0 for the rest.
pub fn train_danger(examples: &[Example], rules: &Rules, buckets: u32, alpha: f64) -> Model {
    model::train(&labelled(examples, rules, |e| usize::from(e.kind == "danger")), 2, buckets, alpha)
}

/// The examples as (class, normalised characters).
fn labelled(examples: &[Example], rules: &Rules, class: impl Fn(&Example) -> usize) -> Vec<(usize, Vec<char>)> {
    examples.iter().map(|e| (class(e), normalize(rules, &e.text).chars().take(MAX_CHARS).collect())).collect()
}
