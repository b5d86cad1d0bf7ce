//! Free-text triage: one typed sentence → a dispute category, with danger words always winning.
//!
//! The pipeline: [`normalize`] the text (width, punctuation, case, dialect words, typos); look for
//! danger words (any one makes the verdict urgent); then find keywords from left to right, taking
//! the longest keyword at each place, and add each distinct keyword's weight to its categories.
//! The category with the most points wins; ties go to the category with more distinct keywords,
//! then to the one whose first keyword comes earlier in the sentence, then to the earlier one in
//! [`CATEGORIES`]. With no keyword, an urgent verdict takes its danger group's `lean` category, and
//! anything else is "other" with the fallback reason.

mod normalize;
mod rules;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use normalize::normalize;
pub use rules::{CategoryRules, Danger, Keyword, Rules};

use normalize::{find_all, starts_with};

/// The category ids, which are also the intake branch ids.
pub const CATEGORIES: [&str; 9] = [
    "family",
    "domestic_violence",
    "neighbour",
    "medical",
    "labour",
    "consumer",
    "traffic",
    "fraud",
    "other",
];

/// At most this many words are quoted back in a reason.
const QUOTED: usize = 3;

/// What triage made of a sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// One of [`CATEGORIES`].
    pub category: String,
    /// A danger word matched: show the emergency numbers before anything else.
    pub urgent: bool,
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

/// Triages one typed sentence.
pub fn triage(rules: &Rules, text: &str) -> Verdict {
    let chars: Vec<char> = normalize(rules, text).chars().collect();
    let (danger_words, group) = danger(rules, &chars);
    let tallies = keywords(rules, &chars);
    let best = tallies
        .iter()
        .enumerate()
        .filter(|(_, t)| t.points > 0)
        .max_by(|(a, x), (b, y)| {
            (x.points, x.words.len())
                .cmp(&(y.points, y.words.len()))
                .then(y.first.cmp(&x.first))
                .then(b.cmp(a))
        })
        .map(|(i, t)| (rules.categories[i].id.clone(), &rules.categories[i].reason, t.words.clone()));
    let urgent = group.is_some();
    let (category, words) = match (best, group) {
        (Some((id, reason, words)), None) => {
            let reason = fill(reason, &words);
            return Verdict { category: id, urgent, reason, matched: words };
        }
        (Some((id, _, words)), Some(_)) => (id, words),
        (None, Some(g)) => (g.lean.clone().unwrap_or_else(|| "other".into()), Vec::new()),
        (None, None) => {
            return Verdict {
                category: "other".into(),
                urgent,
                reason: rules.fallback.clone(),
                matched: Vec::new(),
            }
        }
    };
    let reason = group.map(|g| fill(&g.reason, &danger_words)).unwrap_or_default();
    let mut matched = danger_words;
    matched.extend(words.into_iter().filter(|w| !matched.contains(w)).collect::<Vec<_>>());
    Verdict { category, urgent, reason, matched }
}

/// The danger words found (in order of appearance, distinct) and the first group, in the rules'
/// order, that had one.
fn danger<'a>(rules: &'a Rules, chars: &[char]) -> (Vec<String>, Option<&'a Danger>) {
    let mut found: Vec<(usize, &str)> = Vec::new();
    let mut group = None;
    for g in &rules.danger {
        for word in &g.words {
            let len = word.chars().count();
            let harmless = |at: usize| {
                g.except.iter().any(|e| {
                    let elen = e.chars().count();
                    find_all(chars, e).any(|s| s < at + len && at < s + elen)
                })
            };
            if let Some(at) = find_all(chars, word).find(|&at| !harmless(at)) {
                found.push((at, word));
                group.get_or_insert(g);
            }
        }
    }
    found.sort_by_key(|&(at, w)| (at, std::cmp::Reverse(w.len())));
    let mut words: Vec<String> = Vec::new();
    for (_, w) in found {
        if !words.iter().any(|x| x == w) {
            words.push(w.to_string());
        }
    }
    (words, group)
}

/// Finds keywords left to right, longest first at each place, and tallies them per category (in
/// the order of `rules.categories`). A keyword counts once however often it appears.
fn keywords(rules: &Rules, chars: &[char]) -> Vec<Tally> {
    let mut tallies = vec![Tally::default(); rules.categories.len()];
    let mut i = 0;
    while i < chars.len() {
        let longest = rules
            .categories
            .iter()
            .flat_map(|c| c.keywords.iter())
            .filter(|k| !k.word.is_empty() && starts_with(&chars[i..], &k.word))
            .map(|k| k.word.as_str())
            .max_by_key(|w| w.chars().count());
        let Some(word) = longest else {
            i += 1;
            continue;
        };
        for (c, tally) in rules.categories.iter().zip(tallies.iter_mut()) {
            let Some(k) = c.keywords.iter().find(|k| k.word == word) else { continue };
            if tally.words.iter().any(|w| w == word) {
                continue;
            }
            if tally.words.is_empty() {
                tally.first = i;
            }
            tally.points = tally.points.saturating_add(k.weight);
            tally.words.push(word.to_string());
        }
        i += word.chars().count();
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
