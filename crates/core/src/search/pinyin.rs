//! Matching an ASCII query against the pinyin the compiler stored for titles and keywords.
//!
//! `SearchDoc::pinyin[0]` and `initials[0]` belong to the title; entry `i + 1` belongs to keyword
//! `i`. Full pinyin matches in whole or by prefix ("cai" finds 彩礼 "caili"); initials match in
//! whole or by prefix ("lhljq" finds 离婚冷静期); a query of four or more letters also matches
//! inside a full pinyin ("lengjing" finds 离婚冷静期), a little more weakly.

use crate::model::SearchDoc;

/// How well pinyin query `q` fits one entry; 0 when it does not.
pub(crate) fn fit(q: &str, full: &str, initials: &str) -> u32 {
    if full == q {
        24
    } else if initials == q {
        20
    } else if full.starts_with(q) {
        16
    } else if initials.starts_with(q) {
        12
    } else if q.len() >= 4 && full.contains(q) {
        8
    } else {
        0
    }
}

/// Every entry of `doc` with its fit, skipping entries that do not fit.
pub(crate) fn fits<'a>(q: &'a str, doc: &'a SearchDoc) -> impl Iterator<Item = (usize, u32)> + 'a {
    doc.pinyin.iter().enumerate().filter_map(move |(i, full)| {
        let initials = doc.initials.get(i).map(String::as_str).unwrap_or("");
        let f = fit(q, full, initials);
        (f > 0).then_some((i, f))
    })
}

/// The text that pinyin entry `i` was made from: the title for 0, else keyword `i - 1`.
pub(crate) fn source(doc: &SearchDoc, i: usize) -> Option<&str> {
    match i {
        0 => Some(doc.title.as_str()),
        _ => doc.keywords.get(i - 1).map(String::as_str),
    }
}
