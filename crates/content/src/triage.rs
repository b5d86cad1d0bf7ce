//! The triage compiler: reads `content/intake/triage.toml` (replacements for dialect words and
//! typos, keywords per category, the model's settings), then `danger.toml` and `corpus/`, and
//! builds the rules (`data/triage.json`), reporting every mistake as `file:line: message`.
//!
//! Keyword weights: a word under `weak` is worth 1; under `words`, one point per character (longer
//! words say more); under `strong`, one point per character plus 4. All words are normalised with
//! the file's own replacements, so 俺家 is stored as 我家, just as typed text will be. `fillers`
//! lists single characters (再, 都 …) that may stand inside a danger word without hiding it.
//! `guess` is the line shown when the learned model, not a keyword, chose the category.

use std::collections::BTreeMap;
use std::path::Path;

use kiosk_core::triage::{normalize, CategoryRules, Keyword, Rules, CATEGORIES};
use serde::Deserialize;
use toml::Spanned;

use crate::diag::{self, Diagnostics};

/// Extra points of a `strong` keyword over a plain one.
const STRONG_BONUS: u32 = 4;

/// The shape of triage.toml.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    fallback: Option<Spanned<String>>,
    #[serde(default)]
    fillers: Vec<Spanned<String>>,
    #[serde(default)]
    replace: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    category: Vec<RawCategory>,
    model: Option<Spanned<RawModel>>,
}

/// The `[model]` table: how the learned model is trained and weighed against the keywords.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModel {
    buckets: u32,
    alpha: f64,
    keyword_weight: i64,
    min_margin: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    id: Spanned<String>,
    reason: Spanned<String>,
    guess: Spanned<String>,
    #[serde(default)]
    strong: Vec<Spanned<String>>,
    #[serde(default)]
    words: Vec<Spanned<String>>,
    #[serde(default)]
    weak: Vec<Spanned<String>>,
}

/// The file being compiled, for diagnostics at spans.
pub(crate) struct Ctx<'a> {
    pub(crate) path: &'a Path,
    pub(crate) src: &'a str,
}

impl Ctx<'_> {
    pub(crate) fn line<T>(&self, s: &Spanned<T>) -> usize {
        diag::line_at(self.src, s.span().start)
    }
}

/// Compiles the triage rules of one intake folder: `triage.toml` (replacements, keywords, the
/// model's settings), `danger.toml` (danger signals, see [`crate::danger`]) and the labelled
/// sentences in `corpus/` that train the model (see [`crate::corpus`]). `screens` are the
/// questionnaire's urgent screen ids. With errors the returned rules are incomplete; the build
/// stops anyway.
pub fn compile(dir: &Path, screens: &[String], diags: &mut Diagnostics) -> Rules {
    let path = dir.join("triage.toml");
    let Some(src) = diag::read(&path, diags) else { return Rules::default() };
    let Some(file) = diag::parse_toml::<File>(&path, &src, diags) else { return Rules::default() };
    let cx = Ctx { path: &path, src: &src };
    let mut rules = Rules { replacements: replacements(&cx, file.replace, diags), ..Rules::default() };
    match file.fallback {
        Some(f) if !f.get_ref().trim().is_empty() => rules.fallback = f.into_inner(),
        Some(f) => diags.error(&path, cx.line(&f), "fallback is empty; write the line shown when nothing matched"),
        None => diags.error(&path, 0, "fallback is missing; add fallback = \"…\" for when nothing matched"),
    }
    for f in file.fillers {
        let folded = normalize(&Rules::default(), f.get_ref());
        if folded.chars().count() == 1 && !rules.fillers.contains(&folded) {
            rules.fillers.push_str(&folded);
        } else {
            let msg = format!("fillers: \"{}\" must be one character, listed once", f.get_ref());
            diags.error(&path, cx.line(&f), msg);
        }
    }
    rules.categories = categories(&cx, &rules, file.category, diags);
    crate::danger::compile(&dir.join("danger.toml"), screens, &mut rules, diags);
    match file.model {
        Some(m) => {
            let line = cx.line(&m);
            let m = m.into_inner();
            if !m.buckets.is_power_of_two() || !(256..=65536).contains(&m.buckets) {
                diags.error(&path, line, "[model] buckets must be a power of two from 256 to 65536, e.g. 4096");
            } else if !(m.alpha > 0.0 && m.alpha <= 10.0) {
                diags.error(&path, line, "[model] alpha must be above 0 and at most 10, e.g. 0.5");
            } else {
                let examples = crate::corpus::read(&dir.join("corpus"), diags);
                rules.model = crate::corpus::train(&examples, &rules, m.buckets, m.alpha);
                rules.danger_model = crate::corpus::train_danger(&examples, &rules, m.buckets, m.alpha);
                rules.keyword_weight = m.keyword_weight;
                rules.min_margin = m.min_margin;
            }
        }
        None => diags.error(&path, 0, "[model] is missing; add it with buckets, alpha, keyword_weight and min_margin"),
    }
    rules
}

/// The `[replace]` table, checked and folded, longest first.
fn replacements(cx: &Ctx, table: BTreeMap<String, Spanned<String>>, diags: &mut Diagnostics) -> Vec<(String, String)> {
    let plain = Rules::default();
    let mut out: Vec<(String, String)> = Vec::new();
    let mut raw: Vec<_> = table.into_iter().collect();
    raw.sort_by_key(|(_, to)| to.span().start);
    for (from, to) in raw {
        let line = cx.line(&to);
        let (from_n, to_n) = (normalize(&plain, &from), normalize(&plain, to.get_ref()));
        if from_n.is_empty() {
            diags.error(cx.path, line, format!("replace: \"{from}\" has no letters or characters to replace"));
        } else if to_n.is_empty() {
            diags.error(cx.path, line, format!("replace: \"{from}\" is replaced by nothing; write the word it means"));
        } else if from_n == to_n {
            diags.warn(cx.path, line, format!("replace: \"{from}\" is replaced by itself; remove the line"));
        } else if out.iter().any(|(f, _)| *f == from_n) {
            diags.error(cx.path, line, format!("replace: \"{from}\" is listed twice"));
        } else {
            out.push((from_n, to_n));
        }
    }
    out.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then(a.0.cmp(&b.0)));
    out
}

/// Normalises a list of words, reporting empty ones and repeats; returns (word, line) pairs.
pub(crate) fn word_list(
    cx: &Ctx,
    rules: &Rules,
    what: &str,
    list: Vec<Spanned<String>>,
    seen: &mut Vec<String>,
    diags: &mut Diagnostics,
) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for w in list {
        let line = cx.line(&w);
        let word = normalize(rules, w.get_ref());
        if word.is_empty() {
            diags.error(cx.path, line, format!("{what}: \"{}\" has no letters or characters", w.get_ref()));
        } else if seen.contains(&word) {
            diags.warn(cx.path, line, format!("{what}: \"{}\" is listed twice", w.get_ref()));
        } else {
            seen.push(word.clone());
            out.push((word, line));
        }
    }
    out
}

/// Whether an occurrence of `word` and one of `phrase` can overlap in some text: one holds the
/// other, or an end of one is the start of the other.
pub(crate) fn can_overlap(word: &str, phrase: &str) -> bool {
    let ends = |a: &str, b: &str| a.char_indices().skip(1).any(|(i, _)| b.starts_with(&a[i..]));
    word.contains(phrase) || phrase.contains(word) || ends(word, phrase) || ends(phrase, word)
}

/// The `[[category]]` tables, checked, in the order of [`CATEGORIES`].
fn categories(cx: &Ctx, rules: &Rules, raw: Vec<RawCategory>, diags: &mut Diagnostics) -> Vec<CategoryRules> {
    let mut out: Vec<(usize, CategoryRules)> = Vec::new();
    let mut owner: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for c in raw {
        let (id, id_line) = (c.id.get_ref().clone(), cx.line(&c.id));
        let Some(order) = CATEGORIES.iter().position(|k| *k == id) else {
            let msg = format!("unknown category \"{id}\" (use one of {})", CATEGORIES.join(", "));
            diags.error(cx.path, id_line, msg);
            continue;
        };
        if out.iter().any(|(o, _)| *o == order) {
            diags.error(cx.path, id_line, format!("category \"{id}\" is listed twice; merge the two"));
            continue;
        }
        if c.reason.get_ref().trim().is_empty() {
            diags.error(cx.path, cx.line(&c.reason), format!("category \"{id}\": the reason is empty"));
        }
        let what = format!("category \"{id}\"");
        let mut seen = Vec::new();
        let mut keywords = Vec::new();
        let tiers = [(c.strong, STRONG_BONUS, true), (c.words, 0, true), (c.weak, 1, false)];
        for (list, extra, by_length) in tiers {
            for (word, line) in word_list(cx, rules, &what, list, &mut seen, diags) {
                let weight = if by_length { word.chars().count() as u32 + extra } else { extra };
                if let Some((other, other_line)) = owner.get(&word) {
                    let msg = format!(
                        "\"{word}\" is a keyword of both {other} (line {other_line}) and {id}; it counts for both"
                    );
                    diags.warn(cx.path, line, msg);
                } else {
                    owner.insert(word.clone(), (id.clone(), line));
                }
                keywords.push(Keyword { word, weight });
            }
        }
        if keywords.is_empty() {
            diags.error(cx.path, id_line, format!("{what}: the word list is empty; add words under words = […]"));
        }
        if c.guess.get_ref().trim().is_empty() {
            diags.error(cx.path, cx.line(&c.guess), format!("category \"{id}\": the guess line is empty"));
        }
        out.push((order, CategoryRules { id, reason: c.reason.into_inner(), guess: c.guess.into_inner(), keywords }));
    }
    for (order, id) in CATEGORIES.iter().enumerate() {
        if !out.iter().any(|(o, _)| *o == order) {
            diags.error(cx.path, 0, format!("category \"{id}\" is missing; add a [[category]] with id = \"{id}\""));
        }
    }
    out.sort_by_key(|(o, _)| *o);
    out.into_iter().map(|(_, c)| c).collect()
}
