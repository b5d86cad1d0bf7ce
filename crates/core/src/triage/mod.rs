//! Free-text triage: one typed sentence → danger first, then a dispute category.
//!
//! The pipeline: [`normalize`] the text (width, punctuation, case, dialect words, typos). Then:
//! - **Danger** ([`danger::detect`]): signal classes (intent, means, state, time, who) combined by
//!   rules that staff can read in `content/intake/danger.toml`, read clause by clause, with filler
//!   characters allowed inside a word (不想再活了 → 不想活). A strong alarm goes straight to the
//!   urgent screen; a weak one asks "现在有没有人有危险？" first.
//! - **Category**: hand-written keywords (`content/intake/triage.toml`), found left to right with
//!   the longest keyword winning at each place, give each category points; a naive Bayes model
//!   learned at build time from `content/intake/corpus/` ([`model`]) gives each category a score.
//!   The category with the highest `model score + keyword_weight × points` wins (ties go to more
//!   keywords, then the earlier keyword, then the earlier category). With no keyword and a model margin below `min_margin`, the
//!   answer is "other" with the fallback reason.

pub mod danger;
pub mod model;
mod normalize;
mod rules;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use danger::{Alarm, DangerRules, Level};
pub use normalize::{normalize, Cache, Index};
pub use rules::{CategoryRules, Keyword, Rules};

use normalize::{by_first, preceded_by, starts_with, Normalizer};

/// The category ids, which are also the intake branch ids.
pub const CATEGORIES: [&str; 9] =
    ["family", "domestic_violence", "neighbour", "medical", "labour", "consumer", "traffic", "fraud", "other"];

/// At most this many words are quoted back in a reason.
const QUOTED: usize = 3;
/// Only this many characters of the normalised text are looked at, so a pasted page stays quick.
pub const MAX_CHARS: usize = 1000;

/// What triage made of a sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// One of [`CATEGORIES`].
    pub category: String,
    /// Danger was seen (strong or weak): emergency numbers come before anything else.
    pub urgent: bool,
    /// How strong the danger is.
    pub danger: Level,
    /// The danger signals that fired (`data-signals`), in the rules' order.
    pub signals: Vec<String>,
    /// The urgent screen a strong alarm opens (an id of the questionnaire's urgent screens).
    pub screen: String,
    /// One plain Chinese line for the person, saying what was understood and why.
    pub reason: String,
    /// The words that decided: danger words first, then the winning category's keywords, each in
    /// the order they appear in the sentence (normalised, so 离昏 shows as 离婚).
    pub matched: Vec<String>,
}

/// Points gathered by one category.
#[derive(Clone, Debug, Default)]
struct Tally {
    points: u32,
    words: Vec<String>,
    first: usize,
}

/// Triages one typed sentence (the first [`MAX_CHARS`] characters after normalising).
pub fn triage(rules: &Rules, text: &str) -> Verdict {
    let normalizer = Normalizer::new(rules);
    let chars: Vec<char> = normalizer.apply(text).chars().take(MAX_CHARS).collect();
    let alarm = alarm(rules, &normalizer, text, &chars);
    let (category, words, decided) = categorise(rules, &chars);
    let cat = rules.categories.iter().find(|c| c.id == category);
    let mut matched = alarm.words.clone();
    for w in &words {
        if !matched.contains(w) {
            matched.push(w.clone());
        }
    }
    let reason = match (alarm.level, cat) {
        (Level::Strong, _) => fill(&rules.danger.strong_reason, &alarm.words),
        (Level::Weak, _) if alarm.words.is_empty() => rules.danger.model_reason.clone(),
        (Level::Weak, _) => fill(&rules.danger.weak_reason, &alarm.words),
        (Level::None, Some(c)) if !words.is_empty() => fill(&c.reason, &words),
        (Level::None, Some(c)) if decided => c.guess.clone(),
        (Level::None, _) => rules.fallback.clone(),
    };
    let screen = rules
        .screens
        .iter()
        .find(|(signal, _)| alarm.signals.contains(signal))
        .map_or_else(|| rules.default_screen.clone(), |(_, s)| s.clone());
    Verdict {
        category,
        urgent: alarm.level != Level::None,
        danger: alarm.level,
        signals: alarm.signals,
        screen,
        reason,
        matched,
    }
}

impl Rules {
    /// Builds the word indexes now (they are otherwise built by the first sentence), so the first
    /// sentence a person types is answered as quickly as the rest.
    pub fn warm(&self) {
        let _ = triage(self, "");
    }
}

/// Danger, read clause by clause (the first [`MAX_CHARS`] characters). When no signal fired, the
/// learned danger model may still ask the danger question first.
fn alarm(rules: &Rules, normalizer: &Normalizer, text: &str, chars: &[char]) -> Alarm {
    let mut clauses = danger::clauses(text, |piece| normalizer.apply(piece));
    clauses.truncate(MAX_CHARS);
    let alarm = danger::detect(&rules.danger, &rules.fillers, &clauses);
    let Some(margin) = rules.danger.model_margin else { return alarm };
    if alarm.level != Level::None {
        return alarm;
    }
    match rules.danger_model.scores(chars).as_slice() {
        [calm, danger] if danger - calm >= margin => {
            Alarm { level: Level::Weak, signals: vec![danger::MODEL_SIGNAL.into()], words: Vec::new() }
        }
        _ => alarm,
    }
}

/// The category: the model's score plus the weighted keyword points; "other" when nothing speaks.
/// Returns the category id, the keywords that counted for it, and whether anything spoke.
fn categorise(rules: &Rules, chars: &[char]) -> (String, Vec<String>, bool) {
    let tallies = keywords(rules, chars);
    let scores = rules.model.scores(chars);
    let any_keyword = tallies.iter().any(|t| t.points > 0);
    let total = |i: usize| {
        let model = scores.get(CATEGORIES.iter().position(|c| *c == rules.categories[i].id).unwrap_or(usize::MAX));
        model.copied().unwrap_or(0) + rules.keyword_weight * i64::from(tallies[i].points)
    };
    // Highest total first; ties go to more keywords, then the earlier keyword, then rule order.
    let mut order: Vec<usize> = (0..rules.categories.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |i: usize| (total(i), tallies[i].words.len(), std::cmp::Reverse(tallies[i].first));
        key(b).cmp(&key(a)).then(a.cmp(&b))
    });
    let Some(&best) = order.first() else { return ("other".into(), Vec::new(), false) };
    if !any_keyword {
        let margin = order.get(1).map_or(i64::MAX, |&second| total(best) - total(second));
        if scores.is_empty() || margin < rules.min_margin {
            return ("other".into(), Vec::new(), false);
        }
    }
    (rules.categories[best].id.clone(), tallies[best].words.clone(), true)
}

/// Finds keywords left to right, longest first at each place, and tallies them per category (in
/// the order of `rules.categories`). A keyword counts once however often it appears, and not at
/// all where a negation stands right before it (他没打过我 is not 打我).
fn keywords(rules: &Rules, chars: &[char]) -> Vec<Tally> {
    let mut tallies = vec![Tally::default(); rules.categories.len()];
    let index = rules.keyword_index.get(|| {
        let all = rules.categories.iter().enumerate().flat_map(|(c, cat)| cat.keywords.iter().map(move |k| (c, k)));
        by_first(all.map(|(c, k)| (k.word.as_str(), (c, k.weight))))
    });
    let mut i = 0;
    while i < chars.len() {
        let here: Vec<&(Box<str>, (usize, u32))> =
            index.get(&chars[i]).into_iter().flatten().filter(|(w, _)| starts_with(&chars[i..], w)).collect();
        let Some(len) = here.iter().map(|(w, _)| w.chars().count()).max() else {
            i += 1;
            continue;
        };
        if !preceded_by(chars, i, &rules.danger.negations) {
            // The longest word here, in every category that lists it.
            for (word, (c, weight)) in here.into_iter().filter(|(w, _)| w.chars().count() == len) {
                let tally = &mut tallies[*c];
                if tally.words.iter().any(|w| **w == **word) {
                    continue;
                }
                if tally.words.is_empty() {
                    tally.first = i;
                }
                tally.points = tally.points.saturating_add(*weight);
                tally.words.push(word.to_string());
            }
        }
        i += len;
    }
    tallies
}

/// Fills `{words}` in a reason template with up to [`QUOTED`] quoted words: “甲”、“乙”和“丙”.
fn fill(template: &str, words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().take(QUOTED).map(|w| format!("“{w}”")).collect();
    let list = match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}和{}", init.join("、"), last),
    };
    template.replace("{words}", &list)
}
