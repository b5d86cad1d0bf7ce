//! Citation hygiene for every text a person reads: a 第N条 names its law in the same sentence,
//! 《治安管理处罚法》 carries （2025年修订）, and no law that `content/laws.toml` lists as
//! superseded is cited. Each mistake is one `file:line: message` saying how to fix it.

use std::path::Path;

use serde::Deserialize;

use crate::diag::{self, line_at, Diagnostics};

/// What must follow every 《治安管理处罚法》: the 2025 revision, in force from 2026-01-01.
pub const PUBLIC_ORDER_EDITION: &str = "（2025年修订）";

/// One law, or one edition of a law, that the kiosk must no longer cite (`[[superseded]]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Superseded {
    /// The title without 《》 and without 中华人民共和国, e.g. `婚姻法`.
    pub law: String,
    /// When only one edition is superseded: its year, e.g. `2018`, looked for in the bracket
    /// right after the title, as in 《妇女权益保障法》（2018年修正）.
    #[serde(default)]
    pub edition: Option<String>,
    /// What to cite instead, e.g. 《民法典》婚姻家庭编.
    pub replaced_by: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLaws {
    #[serde(default)]
    superseded: Vec<Superseded>,
}

/// The citation checker of one content folder.
#[derive(Debug, Default)]
pub struct Laws {
    /// The laws listed in `laws.toml`.
    pub superseded: Vec<Superseded>,
}

impl Laws {
    /// Reads `laws.toml` in the content folder `content`. Every compiler loads it, so a mistake
    /// in it is reported only once.
    pub fn load(content: &Path, diags: &mut Diagnostics) -> Laws {
        let path = content.join("laws.toml");
        let mut own = Diagnostics::default();
        let laws = if path.is_file() {
            diag::read(&path, &mut own)
                .and_then(|src| diag::parse_toml::<RawLaws>(&path, &src, &mut own))
                .map(|raw| Laws { superseded: raw.superseded })
        } else {
            own.error(&path, 0, "laws.toml is missing: it lists the laws the kiosk must no longer cite; restore it");
            None
        };
        for e in own.errors {
            if !diags.errors.contains(&e) {
                diags.errors.push(e);
            }
        }
        laws.unwrap_or_default()
    }

    /// Checks text a person reads; its first line is line `first_line` of `path`.
    pub fn check(&self, path: &Path, first_line: usize, text: &str, diags: &mut Diagnostics) {
        for (i, line) in text.lines().enumerate() {
            for message in self.mistakes(line) {
                diags.error(path, first_line + i, message);
            }
        }
    }

    /// The citation mistakes in one line of text, as messages.
    pub fn mistakes(&self, line: &str) -> Vec<String> {
        let mut out = Vec::new();
        for sentence in line.split(['。', '！', '？', '；']) {
            let mut named = false;
            let mut rest = sentence;
            while let Some(i) = rest.find(['《', '第']) {
                let at = &rest[i..];
                if let Some(open) = at.strip_prefix('《') {
                    let Some((title, after)) = title(open) else { break };
                    named = true;
                    out.extend(self.title_mistake(title, after));
                    rest = after;
                } else {
                    let after = &at['第'.len_utf8()..];
                    if let Some(number) = article_number(after) {
                        if !named {
                            out.push(format!(
                                "bare 第{number}条: name the law in this sentence, e.g. 《民法典》第{number}条"
                            ));
                            named = true; // one message per sentence is enough
                        }
                    }
                    rest = after;
                }
            }
        }
        out
    }

    /// What is wrong with citing 《`title`》 followed by `after`, if anything.
    fn title_mistake(&self, title: &str, after: &str) -> Option<String> {
        let name = title.trim().trim_start_matches("中华人民共和国");
        let bracket = edition_bracket(after);
        for s in &self.superseded {
            let edition_matches = match &s.edition {
                None => true,
                Some(year) => bracket.is_some_and(|b| b.contains(year.as_str())),
            };
            if s.law == name && edition_matches {
                let cited = if s.edition.is_some() { bracket.unwrap_or_default() } else { "" };
                return Some(format!("《{title}》{cited} is no longer in force: cite {} instead", s.replaced_by));
            }
        }
        (name == "治安管理处罚法" && !after.starts_with(PUBLIC_ORDER_EDITION)).then(|| {
            format!(
                "《治安管理处罚法》 needs {PUBLIC_ORDER_EDITION} right after the title: \
                 write 《治安管理处罚法》{PUBLIC_ORDER_EDITION}第N条 with the 2025 numbering"
            )
        })
    }
}

/// The line a TOML string value's text starts on, given the byte offset of its opening quote:
/// a multi-line string (`"""` or `'''` then a line break) starts on the next line.
pub fn value_line(src: &str, start: usize) -> usize {
    let opening = src.get(start..).unwrap_or_default();
    let next_line = ["\"\"\"\n", "'''\n", "\"\"\"\r\n", "'''\r\n"].iter().any(|q| opening.starts_with(q));
    line_at(src, start) + usize::from(next_line)
}

/// The title inside 《…》 (`open` starts just after 《) and the text after the closing 》.
fn title(open: &str) -> Option<(&str, &str)> {
    let mut depth = 0usize;
    for (i, c) in open.char_indices() {
        match c {
            '《' => depth += 1,
            '》' if depth == 0 => return Some((&open[..i], &open[i + '》'.len_utf8()..])),
            '》' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The bracket right after a title, e.g. `（2018年修正）`, if there is one.
fn edition_bracket(after: &str) -> Option<&str> {
    let close = if after.starts_with('（') {
        '）'
    } else if after.starts_with('(') {
        ')'
    } else {
        return None;
    };
    after.find(close).map(|end| &after[..end + close.len_utf8()])
}

/// The number of an article citation: `s` starts just after 第, and the number (digits or Chinese
/// numerals, or a list like `1076、1077`) must be followed by 条.
fn article_number(s: &str) -> Option<&str> {
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十百千零〇两".contains(c);
    let len: usize = s.chars().take_while(|&c| numeral(c) || "、，,至到-".contains(c)).map(char::len_utf8).sum();
    let number = &s[..len];
    (number.starts_with(numeral) && number.ends_with(numeral) && s[len..].starts_with('条')).then_some(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn laws() -> Laws {
        let s = |law: &str, edition: Option<&str>, by: &str| Superseded {
            law: law.into(),
            edition: edition.map(Into::into),
            replaced_by: by.into(),
        };
        Laws {
            superseded: vec![
                s("婚姻法", None, "《民法典》婚姻家庭编"),
                s("妇女权益保障法", Some("2018"), "《妇女权益保障法》（2022年修订）"),
                s("治安管理处罚法", Some("2012"), "《治安管理处罚法》（2025年修订）"),
            ],
        }
    }

    #[test]
    fn a_bare_number_needs_a_law_earlier_in_its_sentence() {
        let l = laws();
        assert!(l.mistakes("冷静期30天（《民法典》第1077条、第1078条）。").is_empty());
        assert!(l.mistakes("《行政复议法》第20条、第23条第1款第（二）项：先复议。").is_empty());
        assert!(l.mistakes("第一次去，第二天再去。").is_empty());
        assert_eq!(
            l.mistakes("《民法典》第1077条。双方都要去（第1078条）。"),
            ["bare 第1078条: name the law in this sentence, e.g. 《民法典》第1078条"]
        );
        assert_eq!(l.mistakes("见第1076、1077条和第1078条").len(), 1, "one message per sentence");
        assert_eq!(l.mistakes("第1076条；第1077条").len(), 2, "； ends a sentence");
        assert_eq!(l.mistakes("民法典第二十六条").len(), 1, "the law needs 《》");
    }

    #[test]
    fn the_public_order_law_carries_its_2025_edition() {
        let l = laws();
        assert!(l.mistakes("《治安管理处罚法》（2025年修订）第73条").is_empty());
        assert!(l.mistakes("《中华人民共和国治安管理处罚法》（2025年修订）第9条").is_empty());
        assert_eq!(l.mistakes("《治安管理处罚法》第73条").len(), 1);
        let old = l.mistakes("《治安管理处罚法》（2012年修正）第43条");
        assert_eq!(
            old,
            ["《治安管理处罚法》（2012年修正） is no longer in force: cite 《治安管理处罚法》（2025年修订） instead"]
        );
    }

    #[test]
    fn superseded_laws_match_the_whole_title() {
        let l = laws();
        assert_eq!(
            l.mistakes("《中华人民共和国婚姻法》第40条"),
            ["《中华人民共和国婚姻法》 is no longer in force: cite 《民法典》婚姻家庭编 instead"]
        );
        assert!(l.mistakes("《民法典》婚姻家庭编").is_empty());
        assert!(l.mistakes("《最高人民法院关于适用〈中华人民共和国婚姻法〉若干问题的解释》").is_empty());
        assert!(l.mistakes("婚姻法以前这样规定").is_empty(), "a mention without 《》 is not a citation");
        assert!(l.mistakes("《妇女权益保障法》第55条").is_empty());
        assert_eq!(l.mistakes("《妇女权益保障法》（2018年修正）第32条").len(), 1);
    }

    #[test]
    fn multi_line_strings_start_on_the_next_line() {
        assert_eq!(value_line("a = \"x\"", 4), 1);
        assert_eq!(value_line("a = \"\"\"\nx\"\"\"", 4), 2);
    }
}
