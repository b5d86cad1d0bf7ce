//! Glossary linking: splits text into plain runs and legal terms, so each term can be tapped for
//! its plain definition. Used by the content compiler (articles) and the app (quiz explanations,
//! intake results).

use crate::model::Term;

/// A run of text: plain, or one glossary term.
#[derive(Debug, PartialEq)]
pub enum Piece<'a> {
    /// Ordinary text.
    Plain(String),
    /// A glossary term.
    Term(&'a Term),
}

/// Splits `text`, linking each term at most once per document: `linked` remembers which term ids
/// were already linked. At a position the longer term wins (调解协议 before 调解).
pub fn split<'a>(text: &str, terms: &'a [Term], linked: &mut Vec<&'a str>) -> Vec<Piece<'a>> {
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
        let p = split("先调解协议，再调解。调解协议", &terms, &mut linked);
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
    fn text_without_terms_is_one_plain_piece() {
        let terms = vec![term("a", "调解")];
        assert_eq!(split("你好", &terms, &mut Vec::new()), vec![Piece::Plain("你好".into())]);
        assert!(split("", &terms, &mut Vec::new()).is_empty());
    }
}
