//! Chinese search over the library, small enough to run on every keystroke in the browser.
//!
//! There is no word segmentation. The query is cleaned (punctuation, spaces and emoji dropped,
//! full-width letters folded, ASCII lower-cased) and cut into its character bigrams and single
//! characters; every synonym whose everyday word the query contains adds the bigrams of the words
//! the articles use (老公 → 丈夫). A query of ASCII letters is also tried as pinyin against the
//! titles and keywords (`caili`, `lhljq`). Documents are scored field by field (see [`score`]) and
//! returned best first, ties in index order. When the query has bigrams, only documents matching
//! at least one of them are returned, unless none does: then single characters decide.
//!
//! The scan reads every field once (see [`matcher`]) and allocates nothing per document; only the
//! returned hits are cut into highlighted segments.

mod highlight;
mod matcher;
mod pinyin;
mod query;
mod score;
#[cfg(test)]
mod tests;

pub use query::{clean, fold, halfwidth};

use serde::{Deserialize, Serialize};

use crate::model::SearchIndex;

/// A run of text in a result, marked when it is matched text to highlight.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// The text.
    pub text: String,
    /// Whether this text matched the query.
    pub mark: bool,
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hit {
    /// Article id.
    pub id: String,
    /// The title, with matched parts marked.
    pub title: Vec<Segment>,
    /// About 40 characters of the summary or body around the first match, matched parts marked;
    /// the start of the summary when only the title or keywords matched.
    pub snippet: Vec<Segment>,
    /// Relevance; higher is better. Only comparable within one query.
    pub score: u32,
}

/// Longest Chinese query that may still be matched by single characters alone (a typo such as 彩里).
const LONGEST_TYPO: usize = 3;

/// Searches `index` for `query` and returns at most `limit` hits, best first.
///
/// An empty query (or one of only punctuation, spaces or emoji) returns nothing.
pub fn search(index: &SearchIndex, query: &str, limit: usize) -> Vec<Hit> {
    let q = query::Query::parse(query, &index.synonyms);
    if q.is_empty() || limit == 0 {
        return Vec::new();
    }
    let mut seen = Vec::with_capacity(q.terms.len());
    let mut found: Vec<(usize, score::Score)> = index
        .docs
        .iter()
        .enumerate()
        .map(|(i, doc)| (i, score::score(&q, doc, &mut seen)))
        .filter(|(_, s)| s.points > 0)
        .collect();
    if q.has_bigrams() {
        if found.iter().any(|(_, s)| s.strong) {
            found.retain(|(_, s)| s.strong);
        } else if query.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).count() > LONGEST_TYPO {
            // A longer phrase that shares no two neighbouring characters with any article is not
            // about the library; scattered single characters would only mislead.
            found.clear();
        }
    }
    found.sort_by(|a, b| b.1.points.cmp(&a.1.points).then(a.0.cmp(&b.0)));
    found.truncate(limit);
    found.into_iter().map(|(i, s)| highlight::hit(&q, &index.docs[i], s.points, s.strong)).collect()
}
