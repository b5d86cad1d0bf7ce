//! Turning what was typed into search terms: cleaned text, bigrams, single characters, synonyms.

use super::matcher::Matcher;

/// Longest query (in characters, after cleaning) that is looked at; the rest is ignored so a pasted
/// page cannot make one keystroke slow.
pub(crate) const MAX_QUERY_CHARS: usize = 48;

/// Weight of a bigram of the query itself.
pub(crate) const BIGRAM: u32 = 8;
/// Weight of a bigram that came from a synonym of the query.
pub(crate) const SYNONYM_BIGRAM: u32 = 6;
/// Weight of a single character.
pub(crate) const CHAR: u32 = 1;

/// Folds one typed character for matching: full-width ASCII becomes half-width, ASCII letters
/// become lower-case, and anything that is not a letter, digit or Han character (punctuation,
/// spaces, emoji) is dropped.
pub fn fold(c: char) -> Option<char> {
    let c = halfwidth(c);
    c.is_alphanumeric().then(|| c.to_ascii_lowercase())
}

/// Full-width ASCII (Ａ, ２, －) from a Chinese keyboard as plain ASCII; other characters as they are.
pub fn halfwidth(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Cleans a whole string with [`fold`], as every query is cleaned.
pub fn clean(text: &str) -> String {
    text.chars().filter_map(fold).collect()
}

/// What kind of piece of the query a term is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Two neighbouring characters (or a whole synonym of two or more characters).
    Bigram,
    /// One character.
    Char,
}

/// One piece of the query to look for in a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Term {
    /// The text to find.
    pub(crate) text: String,
    /// What one field containing it is worth, before the field's own weight.
    pub(crate) weight: u32,
    /// Bigram or single character.
    pub(crate) kind: Kind,
}

/// A parsed query.
#[derive(Debug, Default)]
pub(crate) struct Query {
    /// The cleaned query text.
    pub(crate) text: String,
    /// Distinct terms: bigrams of the query, bigrams of its synonyms, then single characters.
    pub(crate) terms: Vec<Term>,
    /// Whole strings worth a bonus when a field holds them unbroken (the query and its synonyms),
    /// each with the indices of its bigram terms: a field can only hold it if it holds those.
    pub(crate) phrases: Vec<(String, Vec<usize>)>,
    /// The query is two or more ASCII letters, so it may be pinyin.
    pub(crate) pinyin: bool,
    /// Finds the terms in a text in one pass; term indices are indices into `terms`.
    pub(crate) matcher: Matcher,
}

impl Query {
    /// Parses a typed query, expanding it with every synonym whose everyday word it contains.
    pub(crate) fn parse(typed: &str, synonyms: &[(String, Vec<String>)]) -> Query {
        let text: String = typed.chars().filter_map(fold).take(MAX_QUERY_CHARS).collect();
        let mut q = Query { text, ..Query::default() };
        if q.text.is_empty() {
            return q;
        }
        q.pinyin = q.text.len() >= 2 && q.text.bytes().all(|b| b.is_ascii_lowercase());
        let chars: Vec<char> = q.text.chars().collect();
        q.add_phrase(&chars, BIGRAM);
        // The compiler stores synonyms already cleaned (see `SearchIndex::synonyms`).
        for (word, targets) in synonyms {
            if word.is_empty() || !q.text.contains(word.as_str()) {
                continue;
            }
            for target in targets {
                let target: Vec<char> = target.chars().collect();
                if target.len() == 1 {
                    q.add(target.iter().collect(), SYNONYM_BIGRAM, Kind::Bigram);
                }
                q.add_phrase(&target, SYNONYM_BIGRAM);
            }
        }
        for c in chars {
            q.add(c.to_string(), CHAR, Kind::Char);
        }
        let terms: Vec<Vec<char>> = q.terms.iter().map(|t| t.text.chars().collect()).collect();
        q.matcher = Matcher::new(terms.iter().map(Vec::as_slice));
        q
    }

    /// Whether nothing searchable was typed.
    pub(crate) fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Whether the query has any bigram terms (its own or from synonyms).
    pub(crate) fn has_bigrams(&self) -> bool {
        self.terms.iter().any(|t| t.kind == Kind::Bigram)
    }

    /// Adds the bigrams of `chars` with `weight`, and `chars` itself as a phrase if it has two or
    /// more characters.
    fn add_phrase(&mut self, chars: &[char], weight: u32) {
        let bigrams: Vec<usize> =
            chars.windows(2).map(|pair| self.add(pair.iter().collect(), weight, Kind::Bigram)).collect();
        let phrase: String = chars.iter().collect();
        if chars.len() >= 2 && !self.phrases.iter().any(|p| p.0 == phrase) {
            self.phrases.push((phrase, bigrams));
        }
    }

    /// Adds a term unless it is already there; returns its index.
    fn add(&mut self, text: String, weight: u32, kind: Kind) -> usize {
        match self.terms.iter().position(|t| t.text == text) {
            Some(i) => i,
            None => {
                self.terms.push(Term { text, weight, kind });
                self.terms.len() - 1
            }
        }
    }
}
