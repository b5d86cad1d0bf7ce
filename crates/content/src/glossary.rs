//! `content/glossary.toml`: legal terms with one-sentence plain definitions, linked in text.

use std::collections::BTreeMap;
use std::path::Path;

use kiosk_core::model::Term;
use serde::Deserialize;
use toml::Spanned;

use crate::citation::Laws;
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
    // content/glossary.toml: the content folder is the file's own.
    let laws = Laws::load(path.parent().unwrap_or(Path::new(".")), diags);
    for spanned in raw.term {
        let at = line_at(&src, spanned.span().start);
        let block = &src[spanned.span()];
        let definition_line = at + block.lines().position(|l| l.trim_start().starts_with("definition")).unwrap_or(0);
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
        laws.check(path, definition_line, &t.definition, diags);
        out.push(t);
    }
    out
}

/// The HTML of a tappable term; the app shows the definition when it is tapped.
pub fn term_html(t: &Term) -> String {
    format!("<button type=\"button\" class=\"term\" data-term=\"{}\">{}</button>", escape(&t.id), escape(&t.term))
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

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }
}
