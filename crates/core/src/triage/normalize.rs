//! Normalising typed text before matching: folding, dropping punctuation, fixing dialect and typos.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::Rules;
use crate::search::fold;

/// Normalises `text`: full-width characters become half-width, ASCII letters lower-case, spaces,
/// punctuation and emoji are dropped, then the rules' replacements are applied in one pass from
/// left to right, the longest matching `from` winning at each place (俺 → 我, 离昏 → 离婚).
pub fn normalize(rules: &Rules, text: &str) -> String {
    Normalizer::new(rules).apply(text)
}

/// [`normalize`] with the replacements indexed once (and kept with the rules).
pub(crate) struct Normalizer<'a> {
    index: &'a Index<Box<str>>,
}

impl<'a> Normalizer<'a> {
    /// The rules' replacements, indexed by their first character.
    pub(crate) fn new(rules: &'a Rules) -> Self {
        let build = || by_first(rules.replacements.iter().map(|(from, to)| (from.as_str(), to.as_str().into())));
        Normalizer { index: rules.replace_index.get(build) }
    }

    /// Normalises one text.
    pub(crate) fn apply(&self, text: &str) -> String {
        let chars: Vec<char> = text.chars().filter_map(fold).collect();
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < chars.len() {
            let best = self
                .index
                .get(&chars[i])
                .into_iter()
                .flatten()
                .filter(|(from, _)| starts_with(&chars[i..], from))
                .max_by_key(|(from, _)| from.chars().count());
            match best {
                Some((from, to)) => {
                    out.push_str(to);
                    i += from.chars().count();
                }
                None => {
                    out.push(chars[i]);
                    i += 1;
                }
            }
        }
        out
    }
}

/// Whether `chars` starts with `word`.
pub(crate) fn starts_with(chars: &[char], word: &str) -> bool {
    let mut rest = chars.iter();
    word.chars().all(|w| rest.next() == Some(&w))
}

/// Every start (character index) of `word` in `chars`.
pub(crate) fn find_all<'a>(chars: &'a [char], word: &'a str) -> impl Iterator<Item = usize> + 'a {
    (0..chars.len()).filter(move |&i| !word.is_empty() && starts_with(&chars[i..], word))
}

/// Whether one of `words` ends right before `at` (a negation before a word: 没有|打, 不会|做傻事).
/// Forms with a word between (没有再, 没有人) are listed as words of their own.
pub(crate) fn preceded_by(chars: &[char], at: usize, words: &[String]) -> bool {
    words.iter().any(|n| {
        let len = n.chars().count();
        at >= len && starts_with(&chars[at - len..], n)
    })
}

/// Words grouped by their first character, so a scan looks only at the words that can start at
/// each place (a 1,000-character paste against a thousand words stays quick).
pub type Index<T> = BTreeMap<char, Vec<(Box<str>, T)>>;

/// Builds an [`Index`]; empty words are left out.
pub(crate) fn by_first<'a, T>(words: impl Iterator<Item = (&'a str, T)>) -> Index<T> {
    let mut index: Index<T> = BTreeMap::new();
    for (w, t) in words {
        if let Some(c) = w.chars().next() {
            index.entry(c).or_default().push((w.into(), t));
        }
    }
    index
}

/// A value built from the rules on first use and kept with them (not serialised, not compared,
/// not cloned): the indexes, so each sentence does not rebuild them.
pub struct Cache<T>(OnceLock<T>);

impl<T> Cache<T> {
    /// The value, built by `build` the first time.
    pub(crate) fn get(&self, build: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(build)
    }
}

impl<T> Default for Cache<T> {
    fn default() -> Self {
        Cache(OnceLock::new())
    }
}

impl<T> Clone for Cache<T> {
    fn clone(&self) -> Self {
        Cache::default()
    }
}

impl<T> PartialEq for Cache<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> std::fmt::Debug for Cache<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cache")
    }
}
