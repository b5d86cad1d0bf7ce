//! Free-text triage: one typed sentence → a dispute category, with danger words always winning.
//!
//! The pipeline: [`normalize`] the text (width, punctuation, case, dialect words, typos); look for
//! danger words (any one makes the verdict urgent); then find keywords from left to right, taking
//! the longest keyword at each place, and add each distinct keyword's weight to its categories.
//! The category with the most points wins; ties go to the category with more distinct keywords,
//! then to the one whose first keyword comes earlier in the sentence, then to the earlier one in
//! [`CATEGORIES`]. A danger word of a group with a `lean` category also counts for that category
//! (one point per character). With no keyword, an urgent verdict takes the first matching danger
//! group's `lean` category, and anything else is "other" with the fallback reason.

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
/// Only this many characters of the normalised text are looked at, so a pasted page stays quick.
pub const MAX_CHARS: usize = 1000;

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

/// Triages one typed sentence (the first [`MAX_CHARS`] characters after normalising).
pub fn triage(rules: &Rules, text: &str) -> Verdict {
    let chars: Vec<char> = normalize(rules, text).chars().take(MAX_CHARS).collect();
    let found = danger(rules, &chars);
    let mut tallies = keywords(rules, &chars);
    for (at, word, g) in &found {
        let lean = g.lean.as_deref().and_then(|l| rules.categories.iter().position(|c| c.id == l));
        if let Some(t) = lean.map(|i| &mut tallies[i]) {
            if !t.words.contains(word) {
                t.first = if t.words.is_empty() { *at } else { t.first.min(*at) };
                t.points = t.points.saturating_add(word.chars().count() as u32);
                t.words.push(word.clone());
            }
        }
    }
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
        .map(|(i, t)| (&rules.categories[i], t.words.clone()));
    let Some((_, _, first)) = found.first() else {
        return match best {
            Some((c, words)) => Verdict {
                category: c.id.clone(),
                urgent: false,
                reason: fill(&c.reason, &words),
                matched: words,
            },
            None => Verdict {
                category: "other".into(),
                urgent: false,
                reason: rules.fallback.clone(),
                matched: Vec::new(),
            },
        };
    };
    // The first group in the rules' order that matched speaks.
    let group = rules.danger.iter().find(|g| found.iter().any(|f| std::ptr::eq(f.2, *g))).unwrap_or(first);
    let mut matched: Vec<String> = Vec::new();
    for (_, w, _) in &found {
        if !matched.contains(w) {
            matched.push(w.clone());
        }
    }
    let reason = fill(&group.reason, &matched);
    let category = match best {
        Some((c, words)) => {
            for w in words {
                if !matched.contains(&w) {
                    matched.push(w);
                }
            }
            c.id.clone()
        }
        None => group.lean.clone().unwrap_or_else(|| "other".into()),
    };
    Verdict { category, urgent: true, reason, matched }
}

/// Every danger word found, not overlapping a harmless phrase: (position, word, its group), in
/// order of appearance (a longer word first where two start at the same place). Words are looked
/// for in the text and in the text without filler characters; positions refer to the view where
/// the word was found, which is close enough for ordering.
fn danger<'a>(rules: &'a Rules, chars: &[char]) -> Vec<(usize, String, &'a Danger)> {
    let is_filler = |c: &char| rules.fillers.contains(*c);
    let stripped: Vec<char> = chars.iter().copied().filter(|c| !is_filler(c)).collect();
    let views: &[&[char]] = if stripped.len() < chars.len() { &[chars, &stripped] } else { &[chars] };
    let mut found = Vec::new();
    for g in &rules.danger {
        for word in &g.words {
            let bare: String = word.chars().filter(|c| !is_filler(c)).collect();
            let forms = [word.as_str(), bare.as_str()];
            let hit = views.iter().find_map(|view| {
                forms.iter().filter(|f| f.chars().count() >= 2).find_map(|form| {
                    find_all(view, form).find(|&at| !harmless(g, view, at, form.chars().count()))
                })
            });
            if let Some(at) = hit {
                found.push((at, word.clone(), g));
            }
        }
    }
    found.sort_by_key(|(at, w, _)| (*at, std::cmp::Reverse(w.len())));
    found
}

/// Whether the danger word at `at..at + len` of `view` overlaps one of the group's harmless phrases.
fn harmless(g: &Danger, view: &[char], at: usize, len: usize) -> bool {
    g.except.iter().any(|e| {
        let elen = e.chars().count();
        find_all(view, e).any(|s| s < at + len && at < s + elen)
    })
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
