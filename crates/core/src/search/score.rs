//! Scoring one document against a query: which fields hold which terms.
//!
//! A field's points are the weights of the distinct query terms it contains, plus a bonus when it
//! holds the whole query (or a synonym) unbroken. The document's score adds the fields' points
//! times the field weight, so a hit in the title outranks the same hit in the keywords, which
//! outranks the summary, which outranks the body; and more matched bigrams rank higher.

use super::pinyin;
use super::query::{Kind, Query, BIGRAM};
use crate::model::SearchDoc;

/// Weight of the title.
pub(crate) const TITLE: u32 = 16;
/// Weight of the keywords.
pub(crate) const KEYWORDS: u32 = 8;
/// Weight of the 要点 summary.
pub(crate) const SUMMARY: u32 = 3;
/// Weight of the body.
pub(crate) const BODY: u32 = 1;

/// The score of one document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Score {
    /// Total points; 0 means no match at all.
    pub(crate) points: u32,
    /// Whether something more than single characters matched (a bigram, a phrase or pinyin).
    pub(crate) strong: bool,
}

impl Score {
    fn add(&mut self, (points, strong): (u32, bool), weight: u32) {
        if points > 0 {
            self.points = self.points.saturating_add(points.saturating_mul(weight));
            self.strong |= strong;
        }
    }
}

/// Scores `doc` against `q`. `seen` is scratch space reused from document to document.
pub(crate) fn score(q: &Query, doc: &SearchDoc, seen: &mut Vec<bool>) -> Score {
    let mut s = Score::default();
    s.add(field(q, [doc.title.as_str()].into_iter(), seen), TITLE);
    let (mut points, strong) = field(q, doc.keywords.iter().map(String::as_str), seen);
    if strong && doc.keywords.contains(&q.text) {
        points += BIGRAM;
    }
    s.add((points, strong), KEYWORDS);
    s.add(field(q, [doc.summary.as_str()].into_iter(), seen), SUMMARY);
    s.add(field(q, [doc.body.as_str()].into_iter(), seen), BODY);
    if q.pinyin {
        let mut title = 0;
        let mut keyword = 0;
        for (i, fit) in pinyin::fits(&q.text, doc) {
            if i == 0 {
                title = fit;
            } else {
                keyword = keyword.max(fit);
            }
        }
        s.add((title, true), TITLE);
        s.add((keyword, true), KEYWORDS);
    }
    s
}

/// Points of one field (made of one or more texts), and whether any of them came from more than
/// a single character.
fn field<'a>(q: &Query, texts: impl Iterator<Item = &'a str> + Clone, seen: &mut Vec<bool>) -> (u32, bool) {
    seen.clear();
    seen.resize(q.terms.len(), false);
    for text in texts.clone() {
        q.matcher.scan(text, |term, _| {
            seen[term] = true;
            true
        });
    }
    let mut points = 0u32;
    let mut strong = false;
    for (term, _) in q.terms.iter().zip(seen.iter()).filter(|(_, s)| **s) {
        points = points.saturating_add(term.weight);
        strong |= term.kind == Kind::Bigram;
    }
    let holds = |(phrase, bigrams): &(String, Vec<usize>)| {
        bigrams.iter().all(|&b| seen[b]) && texts.clone().any(|t| t.contains(phrase.as_str()))
    };
    if strong && q.phrases.iter().any(holds) {
        points = points.saturating_add(BIGRAM);
    }
    (points, strong)
}
