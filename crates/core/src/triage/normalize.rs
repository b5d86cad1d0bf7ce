//! Normalising typed text before matching: folding, dropping punctuation, fixing dialect and typos.

use super::Rules;
use crate::search::fold;

/// Normalises `text`: full-width characters become half-width, ASCII letters lower-case, spaces,
/// punctuation and emoji are dropped, then the rules' replacements are applied in one pass from
/// left to right, the longest matching `from` winning at each place (俺 → 我, 离昏 → 离婚).
pub fn normalize(rules: &Rules, text: &str) -> String {
    let chars: Vec<char> = text.chars().filter_map(fold).collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let best = rules
            .replacements
            .iter()
            .filter(|(from, _)| !from.is_empty() && starts_with(&chars[i..], from))
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
