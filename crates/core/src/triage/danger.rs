//! Danger detection: signal classes combined, not one long word list.
//!
//! A signal is a small word family of one class (intent, means, state, time, who), for example
//! "poison" (农药, 安眠药) or "on the way" (往他家去了). Each signal has a level:
//! - [`Level::Strong`] alone sends the person to the urgent screen (正在打, 一了百了);
//! - [`Level::Weak`] alone asks "现在有没有人有危险？" first (农药, 打我);
//! - [`Level::None`] counts only inside a combination (a child, tonight, a knife).
//!
//! A [`Combo`] lists signal ids or class names that together are strong: a weapon with "on the way",
//! despair with poison, a group with a clash. The text is read clause by clause (the clauses are
//! split at punctuation and spaces, see [`clauses`]); a signal word may have filler characters
//! inside it (不想再活了 finds 不想活). Before combining, a hit is dropped when it overlaps one of
//! its signal's harmless phrases (打工, 杀猪), or when a negation stands right before it (没有打,
//! 不会做傻事). A hit of a signal marked `settles` is also dropped when its clause says the matter
//! is over (现在已经好了), or when its clause has no word of the time class and either speaks of the
//! past (去年, 以前) or is followed by a clause that says the matter is over (后来调解好了). A weak verdict is dropped when the text has a calm context (打农药 on
//! the farm, 菜刀 returned to a shop) and nothing strong fired.

use serde::{Deserialize, Serialize};

use super::normalize::{by_first, preceded_by, starts_with, Cache, Index};

/// How strongly a text signals danger.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// No danger seen.
    #[default]
    None,
    /// One signal, no "now": ask whether anyone is in danger before anything else.
    Weak,
    /// Go straight to the urgent screen.
    Strong,
}

/// The compiled danger rules (`content/intake/danger.toml`). Every word is already normalised.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DangerRules {
    /// The signals, in the file's order.
    pub signals: Vec<Signal>,
    /// Combinations that are strong together.
    pub combos: Vec<Combo>,
    /// Words that, right before a signal word, cancel it (没有, 不会, 别).
    pub negations: Vec<String>,
    /// Phrases saying the matter is over (调解好了, 已经出院), anywhere in the text.
    pub settled: Vec<String>,
    /// Words that put their clause in the past (去年, 以前, 三年前).
    pub past: Vec<String>,
    /// Contexts that make a weak-only verdict calm (打农药, 杀猪, 退货).
    pub calm: Vec<String>,
    /// The reason for a strong verdict; `{words}` becomes the words that fired.
    pub strong_reason: String,
    /// The reason for a weak verdict; `{words}` becomes the words that fired.
    pub weak_reason: String,
    /// The signal words by first character, built on first use: (word, signal index).
    #[serde(skip)]
    pub signal_index: Cache<Index<usize>>,
    /// The context phrases by first character, built on first use: 0 calm, 1 settled, 2 past.
    #[serde(skip)]
    pub context_index: Cache<Index<usize>>,
    /// The reason when only the learned model saw danger (no word to quote).
    pub model_reason: String,
    /// How far the learned danger model's score for "danger" must lead "calm" for a weak
    /// verdict when no signal fired; `None` turns the model off.
    pub model_margin: Option<i64>,
}

/// The signal id reported when only the learned model saw danger.
pub const MODEL_SIGNAL: &str = "model";

/// One signal: a class, a level and its words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    /// A short id, shown in `data-signals` (self_harm, weapon, now …).
    pub id: String,
    /// One of [`CLASSES`].
    pub class: String,
    /// What this signal is worth alone.
    pub level: Level,
    /// Whether "the matter is over" cancels it (a past fight yes, a threat no).
    pub settles: bool,
    /// The words, normalised.
    pub words: Vec<String>,
    /// Harmless phrases; a word that overlaps one where it stands does not count.
    pub except: Vec<String>,
}

/// Signals that are strong together.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Combo {
    /// Signal ids or class names; each must be matched by a different signal.
    pub all: Vec<String>,
}

/// The signal classes.
pub const CLASSES: [&str; 5] = ["intent", "means", "state", "time", "who"];

/// The class whose signals mean "happening now or very soon"; such a signal keeps a settled
/// matter open.
pub const NOW_CLASS: &str = "time";

/// What danger detection found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alarm {
    /// The verdict.
    pub level: Level,
    /// The ids of the signals that fired, in the rules' order.
    pub signals: Vec<String>,
    /// The words that fired, in the order they appear.
    pub words: Vec<String>,
}

/// One surviving signal word: (position, signal index, word).
type Hit = (usize, usize, String);

/// The clause separator in the text [`detect`] reads; no word contains it.
pub const BREAK: char = '|';

/// Normalised clauses joined by [`BREAK`]: the text is split at spaces and punctuation, each piece
/// normalised with `normalise`, so a word never spans two clauses.
pub fn clauses(text: &str, normalise: impl Fn(&str) -> String) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for piece in text.split(|c: char| !c.is_alphanumeric()) {
        let n = normalise(piece);
        if n.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(BREAK);
        }
        out.extend(n.chars());
    }
    out
}

/// Looks for danger in clauses made by [`clauses`]; `fillers` may stand inside a signal word.
pub fn detect(rules: &DangerRules, fillers: &str, chars: &[char]) -> Alarm {
    let mut hits = find(rules, fillers, chars);
    let clause_of = |at: usize| chars[..at].iter().filter(|c| **c == BREAK).count();
    // The context phrases, found in one pass: (clause, 0 calm | 1 settled | 2 past).
    let index = rules.context_index.get(|| {
        let lists = [&rules.calm, &rules.settled, &rules.past];
        by_first(lists.into_iter().enumerate().flat_map(|(k, l)| l.iter().map(move |w| (w.as_str(), k))))
    });
    let context: Vec<(usize, usize)> = (0..chars.len())
        .flat_map(|at| index.get(&chars[at]).into_iter().flatten().map(move |(w, k)| (at, &**w, *k)))
        .filter(|(at, w, _)| starts_with(&chars[*at..], w))
        .map(|(at, _, k)| (clause_of(at), k))
        .collect();
    let calm_context = context.iter().any(|(_, k)| *k == 0);
    let clauses_of =
        |kind: usize| -> Vec<usize> { context.iter().filter(|(_, k)| *k == kind).map(|(c, _)| *c).collect() };
    let (settled, past) = (clauses_of(1), clauses_of(2));
    let timely: Vec<usize> =
        hits.iter().filter(|(_, s, _)| rules.signals[*s].class == NOW_CLASS).map(|(at, _, _)| clause_of(*at)).collect();
    hits.retain(|(at, s, _)| {
        let clause = clause_of(*at);
        // Over: the clause itself says so (现在已经好了); or a later clause does (…后来调解好了)
        // and this one has no "now"; or this clause speaks of the past and has no "now". What is
        // told after "it was settled" is new, and counts.
        let later_settled = settled.iter().any(|&c| c > clause);
        let over =
            settled.contains(&clause) || (!timely.contains(&clause) && (later_settled || past.contains(&clause)));
        !(rules.signals[*s].settles && over)
    });
    let fired: Vec<usize> = {
        let mut f: Vec<usize> = hits.iter().map(|(_, s, _)| *s).collect();
        f.sort_unstable();
        f.dedup();
        f
    };
    let strong_alone = fired.iter().any(|s| rules.signals[*s].level == Level::Strong);
    let combo = rules.combos.iter().any(|c| satisfied(rules, c, &fired));
    let weak = fired.iter().any(|s| rules.signals[*s].level == Level::Weak);
    let level = if strong_alone || combo {
        Level::Strong
    } else if weak && !calm_context {
        Level::Weak
    } else {
        Level::None
    };
    if level == Level::None {
        return Alarm::default();
    }
    let mut words: Vec<String> = Vec::new();
    for (_, s, w) in &hits {
        // Only words of signals that count at this level are quoted.
        let counts = rules.signals[*s].level != Level::None || level == Level::Strong;
        if counts && !words.contains(w) {
            words.push(w.clone());
        }
    }
    Alarm { level, signals: fired.iter().map(|s| rules.signals[*s].id.clone()).collect(), words }
}

/// Whether every member of a combination is matched by a different fired signal.
fn satisfied(rules: &DangerRules, combo: &Combo, fired: &[usize]) -> bool {
    let matches = |member: &str, s: usize| rules.signals[s].id == member || rules.signals[s].class == member;
    // Members are few (two or three): try every assignment.
    fn assign(members: &[&str], fired: &[usize], used: &mut Vec<usize>, m: &dyn Fn(&str, usize) -> bool) -> bool {
        let Some((first, rest)) = members.split_first() else { return true };
        for &s in fired {
            if !used.contains(&s) && m(first, s) {
                used.push(s);
                if assign(rest, fired, used, m) {
                    return true;
                }
                used.pop();
            }
        }
        false
    }
    let members: Vec<&str> = combo.all.iter().map(String::as_str).collect();
    assign(&members, fired, &mut Vec::new(), &matches)
}

/// Every signal word in the text that is not harmless where it stands and not negated, in order
/// of appearance (longer words first at one place). A word inside a longer hit of the same signal
/// is not counted again.
fn find(rules: &DangerRules, fillers: &str, chars: &[char]) -> Vec<Hit> {
    let index = rules.signal_index.get(|| {
        by_first(rules.signals.iter().enumerate().flat_map(|(s, g)| g.words.iter().map(move |w| (w.as_str(), s))))
    });
    let mut hits: Vec<Hit> = Vec::new();
    let mut covered: Vec<(usize, usize, usize)> = Vec::new(); // (signal, start, end)
    for at in 0..chars.len() {
        let Some(cands) = index.get(&chars[at]) else { continue };
        let mut here: Vec<(usize, &str, usize)> =
            cands.iter().filter_map(|(w, s)| span(&chars[at..], w, fillers).map(|len| (*s, &**w, len))).collect();
        here.sort_by_key(|(_, _, len)| std::cmp::Reverse(*len));
        for (s, w, len) in here {
            let signal = &rules.signals[s];
            if covered.iter().any(|&(cs, a, b)| cs == s && a <= at && at + len <= b) {
                continue;
            }
            // A harmless or negated word also silences the shorter words inside it (不会寻短见
            // does not leave 短见 behind).
            covered.push((s, at, at + len));
            if overlaps_any(chars, at, len, &signal.except) || preceded_by(chars, at, &rules.negations) {
                continue;
            }
            hits.push((at, s, w.to_string()));
        }
    }
    hits
}

/// The length in `chars` of `word` at its start, letting filler characters stand between the
/// characters of a word of three or more (不想再活 for 不想活), or `None` when it is not there.
/// Two-character words must stand as written: 没还完 is not 没完.
fn span(chars: &[char], word: &str, fillers: &str) -> Option<usize> {
    let fillers = if word.chars().nth(2).is_some() { fillers } else { "" };
    let mut i = 0;
    let mut first = true;
    for w in word.chars() {
        loop {
            let c = *chars.get(i)?;
            i += 1;
            if c == w {
                break;
            }
            if first || !fillers.contains(c) {
                return None;
            }
        }
        first = false;
    }
    Some(i)
}

/// Whether `at..at + len` overlaps an occurrence of one of `phrases`.
fn overlaps_any(chars: &[char], at: usize, len: usize, phrases: &[String]) -> bool {
    phrases.iter().any(|p| {
        let plen = p.chars().count();
        let from = at.saturating_sub(plen);
        find_all(&chars[from..(at + len + plen).min(chars.len())], p)
            .map(|s| s + from)
            .any(|s| s < at + len && at < s + plen)
    })
}

/// Every start (character index) of `word` in `chars`.
fn find_all<'a>(chars: &'a [char], word: &'a str) -> impl Iterator<Item = usize> + 'a {
    super::normalize::find_all(chars, word)
}

#[cfg(test)]
#[path = "danger_tests.rs"]
mod tests;
