//! Search data made at build time: the pinyin of titles and keywords, and the synonyms file
//! (`content/synonyms.toml`) that maps everyday words to the words the articles use.

use std::collections::BTreeMap;
use std::path::Path;

use kiosk_core::search::{clean, fold};
use pinyin::ToPinyin;
use serde::Deserialize;
use toml::Spanned;

use crate::diag::{self, Diagnostics};

/// The full pinyin (no tones, no spaces, ü written `v`) and the initials of `text`:
/// `pinyin_of("离婚冷静期") == ("lihunlengjingqi", "lhljq")`.
///
/// Letters and digits that are not Han characters pass through into both strings folded exactly
/// as search folds a query ([`fold`]); spaces and punctuation are dropped. Each Han character takes its most common reading.
pub fn pinyin_of(text: &str) -> (String, String) {
    let mut full = String::new();
    let mut initials = String::new();
    for c in text.chars() {
        if let Some(p) = c.to_pinyin() {
            let plain = p.plain().replace('ü', "v");
            full.push_str(&plain);
            initials.extend(plain.chars().next());
            continue;
        }
        if let Some(c) = fold(c) {
            full.push(c);
            initials.push(c);
        }
    }
    (full, initials)
}

/// The shape of `content/synonyms.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    words: Option<BTreeMap<String, Spanned<Vec<Spanned<String>>>>>,
}

/// Reads `content/synonyms.toml`: a `[words]` table of everyday word → the words the articles
/// use, e.g. `老公 = ["丈夫", "配偶"]`. Entries come back in file order; an entry with a mistake
/// is left out and reported as `file:line: message`.
pub fn load_synonyms(path: &Path, diags: &mut Diagnostics) -> Vec<(String, Vec<String>)> {
    let Some(src) = diag::read(path, diags) else { return Vec::new() };
    let Some(file) = diag::parse_toml::<File>(path, &src, diags) else { return Vec::new() };
    let Some(words) = file.words else {
        diags.error(path, 0, "there is no [words] table; start the file with a line [words]");
        return Vec::new();
    };
    let mut entries: Vec<_> = words.into_iter().collect();
    entries.sort_by_key(|(_, list)| list.span().start);
    let mut out = Vec::new();
    for (word, list) in entries {
        let line = diag::line_at(&src, list.span().start);
        if let Some(entry) = entry(path, line, &src, &word, list.into_inner(), diags) {
            out.push(entry);
        }
    }
    out
}

/// Checks one entry; `line` is where its list starts.
fn entry(
    path: &Path,
    line: usize,
    src: &str,
    word: &str,
    list: Vec<Spanned<String>>,
    diags: &mut Diagnostics,
) -> Option<(String, Vec<String>)> {
    let errors = diags.errors.len();
    if word.trim().is_empty() {
        diags.error(path, line, "the everyday word before \"=\" is empty; write the word people type");
    } else if let Some(bad) = stray(word) {
        diags.error(path, line, format!("\"{word}\" contains {bad}, which search ignores; remove it"));
    }
    if list.is_empty() {
        diags.error(path, line, format!("\"{word}\" has an empty list; give at least one word, e.g. [\"丈夫\"]"));
    }
    let mut targets: Vec<String> = Vec::new();
    for target in list {
        let at = diag::line_at(src, target.span().start);
        let target = target.into_inner();
        if target.trim().is_empty() {
            diags.error(path, at, format!("\"{word}\" lists an empty word; remove the \"\""));
        } else if let Some(bad) = stray(&target) {
            diags.error(path, at, format!("\"{target}\" contains {bad}, which search ignores; remove it"));
        } else if target == word {
            diags.warn(path, at, format!("\"{word}\" lists itself; that adds nothing"));
        } else if targets.contains(&target) {
            diags.warn(path, at, format!("\"{word}\" lists \"{target}\" twice"));
        } else {
            targets.push(target);
        }
    }
    (diags.errors.len() == errors && !targets.is_empty())
        .then(|| (clean(word), targets.iter().map(|t| clean(t)).collect()))
}

/// Describes the first character search would drop from a query (space, punctuation, emoji).
fn stray(text: &str) -> Option<&'static str> {
    text.chars().find(|c| !c.is_alphanumeric()).map(|c| {
        if c.is_whitespace() {
            "a space"
        } else {
            "punctuation or a symbol"
        }
    })
}

#[cfg(test)]
mod tests {
    use super::pinyin_of;

    fn py(text: &str) -> (String, String) {
        pinyin_of(text)
    }

    #[test]
    fn full_pinyin_and_initials() {
        assert_eq!(py("离婚冷静期"), ("lihunlengjingqi".into(), "lhljq".into()));
        assert_eq!(py("彩礼"), ("caili".into(), "cl".into()));
        assert_eq!(py("宅基地"), ("zhaijidi".into(), "zjd".into()));
    }

    #[test]
    fn u_umlaut_is_written_v() {
        assert_eq!(py("女儿"), ("nver".into(), "ne".into()));
    }

    #[test]
    fn other_characters_pass_through_lower_cased_and_punctuation_is_dropped() {
        assert_eq!(py("12338和妇联"), ("12338hefulian".into(), "12338hfl".into()));
        assert_eq!(py("ＡＰＰ 采光、日照"), ("appcaiguangrizhao".into(), "appcgrz".into()));
        assert_eq!(py(""), (String::new(), String::new()));
        assert_eq!(py("😀！"), (String::new(), String::new()));
    }
}
