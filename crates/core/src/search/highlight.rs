//! Building a result for display: the title and a short snippet, cut into marked and plain parts.
//!
//! Only the few documents that make it into the result list get here, so this may look at their
//! text character by character.

use super::matcher::Matcher;
use super::pinyin;
use super::query::{Kind, Query};
use super::{Hit, Segment};
use crate::model::SearchDoc;

/// Characters in a snippet.
pub(crate) const SNIPPET_CHARS: usize = 40;
/// Characters shown before the first hit, at most.
const LEAD: usize = 12;
/// Characters that end a sentence: a snippet may start right after one.
const SENTENCE_END: [char; 7] = ['。', '！', '？', '；', '\n', '!', '?'];

/// Builds the hit for `doc`, which scored `points`; `strong` says whether more than single
/// characters matched (if not, single characters are highlighted too).
pub(crate) fn hit(q: &Query, doc: &SearchDoc, points: u32, strong: bool) -> Hit {
    let terms = mark_terms(q, doc, strong);
    let marks =
        Marks { lens: terms.iter().map(Vec::len).collect(), matcher: Matcher::new(terms.iter().map(Vec::as_slice)) };
    let title: Vec<char> = doc.title.chars().collect();
    let title = segments(&title, &marks.mask(&doc.title));
    let snippet = [&doc.summary, &doc.body]
        .into_iter()
        .find_map(|field| marks.first(field).map(|at| window(field, at, &marks)))
        .unwrap_or_else(|| {
            let field = if doc.summary.is_empty() { &doc.body } else { &doc.summary };
            window(field, 0, &Marks::default())
        });
    Hit { id: doc.id.clone(), title, snippet, score: points }
}

/// The strings to highlight: bigrams and synonyms, single characters when nothing longer matched,
/// and the bigrams of the title or keyword a pinyin query matched.
fn mark_terms(q: &Query, doc: &SearchDoc, strong: bool) -> Vec<Vec<char>> {
    let mut terms: Vec<Vec<char>> =
        q.terms.iter().filter(|t| t.kind == Kind::Bigram || !strong).map(|t| t.text.chars().collect()).collect();
    if q.pinyin {
        for (i, _) in pinyin::fits(&q.text, doc) {
            if let Some(text) = pinyin::source(doc, i) {
                let chars: Vec<char> = text.chars().collect();
                match chars.len() {
                    1 => terms.push(chars),
                    _ => terms.extend(chars.windows(2).map(<[char]>::to_vec)),
                }
            }
        }
    }
    terms.retain(|t| !t.is_empty());
    terms
}

/// The terms to highlight, ready to find.
#[derive(Default)]
struct Marks {
    /// Length in characters of each term.
    lens: Vec<usize>,
    /// Finds the terms.
    matcher: Matcher,
}

impl Marks {
    /// The character index where the first occurrence of any term starts.
    fn first(&self, text: &str) -> Option<usize> {
        let mut first = None;
        self.matcher.scan(text, |term, end| {
            first = Some(end + 1 - self.lens[term]);
            false
        });
        first
    }

    /// Which characters of `text` lie inside an occurrence of some term.
    fn mask(&self, text: &str) -> Vec<bool> {
        let mut marked = vec![false; text.chars().count()];
        self.matcher.scan(text, |term, end| {
            marked[end + 1 - self.lens[term]..=end].iter_mut().for_each(|m| *m = true);
            true
        });
        marked
    }
}

/// About [`SNIPPET_CHARS`] characters of `field` around character `at`, with terms marked.
fn window(field: &str, at: usize, marks: &Marks) -> Vec<Segment> {
    let total = field.chars().count();
    let mut start = at.saturating_sub(LEAD);
    let lead: Vec<char> = field.chars().skip(start).take(at - start).collect();
    if let Some(p) = lead.iter().rposition(|c| SENTENCE_END.contains(c)) {
        start += p + 1;
    }
    let end = (start + SNIPPET_CHARS).min(total);
    start = start.min(end.saturating_sub(SNIPPET_CHARS));
    let chars: Vec<char> =
        field.chars().skip(start).take(end - start).map(|c| if c.is_whitespace() { ' ' } else { c }).collect();
    let mut out = Vec::new();
    if start > 0 {
        push(&mut out, "…", false);
    }
    let text: String = chars.iter().collect();
    for s in segments(&chars, &marks.mask(&text)) {
        push(&mut out, &s.text, s.mark);
    }
    if end < total {
        push(&mut out, "…", false);
    }
    out
}

/// Cuts `chars` into runs of equal marking.
fn segments(chars: &[char], marked: &[bool]) -> Vec<Segment> {
    let mut out = Vec::new();
    for (c, &m) in chars.iter().zip(marked) {
        push(&mut out, c.encode_utf8(&mut [0; 4]), m);
    }
    out
}

/// Appends text to the last segment if it has the same marking, else starts a new segment.
fn push(out: &mut Vec<Segment>, text: &str, mark: bool) {
    match out.last_mut() {
        Some(last) if last.mark == mark => last.text.push_str(text),
        _ => out.push(Segment { text: text.to_string(), mark }),
    }
}
