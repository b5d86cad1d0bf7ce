//! `content/glossary.toml`: legal terms with one-sentence plain definitions, linked in text.

use std::collections::BTreeMap;
use std::path::Path;

use kiosk_core::model::Term;
use serde::Deserialize;
use toml::Spanned;

use crate::diag::{line_at, parse_toml, read, Diagnostics};
use crate::site::is_id;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlossary {
    #[serde(default)]
    term: Vec<Spanned<Term>>,
}

/// Reads and validates the glossary.
pub fn compile(path: &Path, diags: &mut Diagnostics) -> Vec<Term> {
    let Some(src) = read(path, diags) else { return Vec::new() };
    let Some(raw) = parse_toml::<RawGlossary>(path, &src, diags) else { return Vec::new() };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for spanned in raw.term {
        let at = line_at(&src, spanned.span().start);
        let t = spanned.into_inner();
        if !is_id(&t.id) {
            diags.error(path, at, format!("term id \"{}\" must be lower-case letters, digits, '_' or '-'", t.id));
        }
        if t.term.trim().is_empty() || t.definition.trim().is_empty() {
            diags.error(path, at, format!("term \"{}\" needs both term and definition", t.id));
        }
        for key in [format!("id:{}", t.id), format!("term:{}", t.term)] {
            if let Some(first) = seen.insert(key.clone(), at) {
                diags.error(path, at, format!("duplicate {key} (first on line {first})"));
            }
        }
        out.push(t);
    }
    out
}

/// Splits `text` into plain runs and glossary hits, linking each term at most once per document.
///
/// `linked` remembers which term ids this document already linked. Longer terms win at a position.
pub fn link_terms<'a>(text: &str, terms: &'a [Term], linked: &mut Vec<&'a str>) -> Vec<Piece<'a>> {
    let mut pieces = Vec::new();
    let mut plain_start = 0;
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let hit = terms
            .iter()
            .filter(|t| !linked.contains(&t.id.as_str()) && !t.term.is_empty() && rest.starts_with(&t.term))
            .max_by_key(|t| t.term.len());
        if let Some(t) = hit {
            if plain_start < i {
                pieces.push(Piece::Plain(text[plain_start..i].to_string()));
            }
            pieces.push(Piece::Term(t));
            linked.push(&t.id);
            i += t.term.len();
            plain_start = i;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    if plain_start < text.len() {
        pieces.push(Piece::Plain(text[plain_start..].to_string()));
    }
    pieces
}

/// A run of text: plain, or one glossary term.
#[derive(Debug, PartialEq)]
pub enum Piece<'a> {
    /// Ordinary text.
    Plain(String),
    /// A glossary term to make tappable.
    Term(&'a Term),
}

/// The HTML of a tappable term; the app shows the definition when it is tapped.
pub fn term_html(t: &Term) -> String {
    format!(
        "<button type=\"button\" class=\"term\" data-term=\"{}\">{}</button>",
        escape(&t.id),
        escape(&t.term)
    )
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(id: &str, t: &str) -> Term {
        Term { id: id.into(), term: t.into(), definition: "d".into() }
    }

    #[test]
    fn links_each_term_once_and_prefers_the_longer_term() {
        let terms = vec![term("a", "调解"), term("b", "调解协议")];
        let mut linked = Vec::new();
        let p = link_terms("先调解协议，再调解。调解协议", &terms, &mut linked);
        assert_eq!(
            p,
            vec![
                Piece::Plain("先".into()),
                Piece::Term(&terms[1]),
                Piece::Plain("，再".into()),
                Piece::Term(&terms[0]),
                Piece::Plain("。调解协议".into()),
            ]
        );
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }
}
