//! The quiz compiler: reads `content/quiz/<topic>.toml` and builds the question bank
//! (`data/quiz.json`), reporting every mistake as `file:line: message`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use kiosk_core::quiz::bank::{Bank, Kind, Question, Topic};
use serde::Deserialize;
use toml::Spanned;

use crate::citation::{value_line, Laws};
use crate::diag::{self, line_at, Diagnostics};

/// An optional text field with its place in the file.
type Text = Option<Spanned<String>>;

/// One quiz file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    topic: Option<Spanned<RawTopic>>,
    #[serde(default)]
    q: Vec<Spanned<RawQuestion>>,
}

/// The `[topic]` table as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    id: Text,
    name: Text,
    article: Text,
}

/// One `[[q]]` table as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Text,
    #[serde(rename = "type")]
    kind: Text,
    level: Option<Spanned<i64>>,
    text: Text,
    options: Option<Spanned<Vec<Spanned<String>>>>,
    answer: Text,
    explain: Text,
    cite: Text,
    article: Text,
}

/// Where a question id or text was first seen, to point at it when it is repeated.
#[derive(Default)]
struct Seen {
    ids: BTreeMap<String, (PathBuf, usize)>,
    texts: BTreeMap<String, (PathBuf, usize)>,
}

/// Reads every `*.toml` in `dir` in file-name order and compiles the question bank. Topics come in
/// file-name order, questions in file order within their topic. Mistakes go to `diags`; the bank
/// holds what was valid.
pub fn compile(dir: &Path, articles: &BTreeSet<String>, diags: &mut Diagnostics) -> Bank {
    let mut bank = Bank::default();
    let mut seen = Seen::default();
    // content/quiz/: the content folder is one level up.
    let laws = Laws::load(dir.parent().unwrap_or(dir), diags);
    for path in quiz_files(dir, diags) {
        let Some(src) = diag::read(&path, diags) else { continue };
        let Some(raw) = diag::parse_toml::<RawFile>(&path, &src, diags) else { continue };
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let mut file = File { path: &path, src: &src, articles, laws: &laws, diags };
        let topic = file.topic(raw.topic, &stem);
        let topic_article = topic.as_ref().map(|t| t.article.clone());
        for q in &raw.q {
            if let Some(q) = file.question(q, &stem, topic_article.as_deref(), &mut seen) {
                bank.questions.push(q);
            }
        }
        bank.topics.extend(topic);
    }
    bank
}

/// The `*.toml` files of `dir`, sorted by file name.
fn quiz_files(dir: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    crate::diag::files_in(dir, "toml").unwrap_or_else(|e| {
        diags.error(dir, 0, format!("cannot read the quiz folder: {e} (it holds one <topic>.toml per topic)"));
        Vec::new()
    })
}

/// One file being checked.
struct File<'a> {
    path: &'a Path,
    src: &'a str,
    articles: &'a BTreeSet<String>,
    laws: &'a Laws,
    diags: &'a mut Diagnostics,
}

impl File<'_> {
    fn line<T>(&self, at: &Spanned<T>) -> usize {
        line_at(self.src, at.span().start)
    }

    fn error(&mut self, line: usize, message: impl Into<String>) {
        self.diags.error(self.path, line, message);
    }

    /// Checks the citations in a text a person reads (see [`crate::citation`]).
    fn citations(&mut self, field: &Spanned<String>) {
        let line = value_line(self.src, field.span().start);
        self.laws.check(self.path, line, field.get_ref(), self.diags);
    }

    /// A required text field: its trimmed value and line, or an error saying what to write.
    fn required<'t>(
        &mut self,
        field: &'t Text,
        owner: &str,
        at: usize,
        name: &str,
        what: &str,
    ) -> Option<(&'t str, usize)> {
        match field {
            None => {
                self.error(at, format!("{owner} has no {name}; add a line {name} = \"…\" ({what})"));
                None
            }
            Some(v) if v.get_ref().trim().is_empty() => {
                let line = self.line(v);
                self.error(line, format!("{name} is empty; write {what}"));
                None
            }
            Some(v) => Some((v.get_ref().trim(), self.line(v))),
        }
    }

    /// An article id that must name a library article.
    fn known_article(&mut self, id: &str, line: usize) -> bool {
        let known = self.articles.contains(id);
        if !known {
            self.error(line, format!("unknown article \"{id}\" (check the id against the files in content/library/)"));
        }
        known
    }

    fn topic(&mut self, raw: Option<Spanned<RawTopic>>, stem: &str) -> Option<Topic> {
        let Some(raw) = raw else {
            self.error(1, "missing [topic]; start the file with [topic] and its id, name and article");
            return None;
        };
        let at = self.line(&raw);
        let t = raw.get_ref();
        let id = self.required(&t.id, "[topic]", at, "id", &format!("the file name, here \"{stem}\""));
        let name = self.required(&t.name, "[topic]", at, "name", "the topic's name on screen, e.g. 婚姻家庭");
        let article =
            self.required(&t.article, "[topic]", at, "article", "the id of the article that re-teaches this topic");
        let id_ok = match id {
            Some((id, line)) if id != stem => {
                self.error(
                    line,
                    format!("topic id \"{id}\" does not match the file name \"{stem}.toml\"; make them the same"),
                );
                false
            }
            other => other.is_some(),
        };
        let article = article.filter(|(a, line)| self.known_article(a, *line));
        match (id_ok, name, article) {
            (true, Some((name, _)), Some((article, _))) => {
                Some(Topic { id: stem.to_string(), name: name.to_string(), article: article.to_string() })
            }
            _ => None,
        }
    }

    fn question(
        &mut self,
        raw: &Spanned<RawQuestion>,
        topic: &str,
        topic_article: Option<&str>,
        seen: &mut Seen,
    ) -> Option<Question> {
        let at = self.line(raw);
        let q = raw.get_ref();
        let mut ok = true;
        let options = q.options.iter().flat_map(|o| o.get_ref());
        for field in q.text.iter().chain(options).chain(&q.explain).chain(&q.cite) {
            self.citations(field);
        }

        let id =
            self.required(&q.id, "this question", at, "id", &format!("unique and never reused, e.g. \"{topic}-001\""));
        if let Some((id, line)) = id {
            ok &= self.first(
                &mut seen.ids,
                id.to_string(),
                line,
                &format!("repeated question id \"{id}\""),
                "give this question a new id (ids are never reused)",
            );
        }
        let owner = match id {
            Some((id, _)) => format!("question \"{id}\""),
            None => "this question".to_string(),
        };
        let kind = self.kind(q, &owner, at);
        let level = self.level(q, &owner, at);
        let text = self.required(&q.text, &owner, at, "text", "the question itself");
        if let Some((text, line)) = text {
            let key: String = text.split_whitespace().collect();
            ok &=
                self.first(&mut seen.texts, key, line, "repeated question text", "reword one of the two or delete it");
        }
        let answer = self.required(
            &q.answer,
            &owner,
            at,
            "answer",
            "the right option's letter, e.g. \"B\"; judge: \"对\" or \"错\"",
        );
        let choices = kind.and_then(|kind| self.choices(q, kind, answer, &owner, at));
        let explain =
            self.required(&q.explain, &owner, at, "explain", "one to three sentences on why the answer is right");
        if let Some((explain, line)) = explain {
            let n = sentences(explain);
            if n > 3 {
                self.error(
                    line,
                    format!("explain has {n} sentences; keep it to three or fewer (a sentence ends with 。！？)"),
                );
                ok = false;
            }
        }
        let cite = self.required(&q.cite, &owner, at, "cite", "the law it rests on, e.g. 《民法典》第1077条");
        let article = match &q.article {
            None => topic_article.map(str::to_string),
            Some(_) => self
                .required(&q.article, &owner, at, "article", "an article id, or delete the line to use the topic's")
                .filter(|(a, line)| self.known_article(a, *line))
                .map(|(a, _)| a.to_string()),
        };

        let (options, answer) = choices.filter(|_| ok)?;
        Some(Question {
            id: id?.0.to_string(),
            topic: topic.to_string(),
            kind: kind?,
            level: level?,
            text: text?.0.to_string(),
            options,
            answer,
            explain: explain?.0.to_string(),
            cite: cite?.0.to_string(),
            article: article?,
        })
    }

    /// Records where `key` was first seen; if it was seen before, reports it and returns false.
    fn first(
        &mut self,
        seen: &mut BTreeMap<String, (PathBuf, usize)>,
        key: String,
        line: usize,
        what: &str,
        fix: &str,
    ) -> bool {
        if let Some((file, first)) = seen.get(&key) {
            let message = format!("{what} (first at {}:{first}); {fix}", file.display());
            self.error(line, message);
            return false;
        }
        seen.insert(key, (self.path.to_path_buf(), line));
        true
    }

    fn kind(&mut self, q: &RawQuestion, owner: &str, at: usize) -> Option<Kind> {
        let (kind, line) = self.required(&q.kind, owner, at, "type", "one of single 单选, multi 多选, judge 判断")?;
        match kind {
            "single" => Some(Kind::Single),
            "multi" => Some(Kind::Multi),
            "judge" => Some(Kind::Judge),
            other => {
                self.error(line, format!("unknown type \"{other}\"; use single (单选), multi (多选) or judge (判断)"));
                None
            }
        }
    }

    fn level(&mut self, q: &RawQuestion, owner: &str, at: usize) -> Option<u8> {
        let Some(level) = &q.level else {
            self.error(at, format!("{owner} has no level; add a line level = 1 (1 easy, 2 medium, 3 hard)"));
            return None;
        };
        match *level.get_ref() {
            n @ 1..=3 => Some(n as u8),
            n => {
                let line = self.line(level);
                self.error(line, format!("level {n} is not 1, 2 or 3 (1 easy, 2 medium, 3 hard)"));
                None
            }
        }
    }

    /// The options and the answer indexes, checked against the question type.
    fn choices(
        &mut self,
        q: &RawQuestion,
        kind: Kind,
        answer: Option<(&str, usize)>,
        owner: &str,
        at: usize,
    ) -> Option<(Vec<String>, Vec<usize>)> {
        if kind == Kind::Judge {
            if let Some(options) = &q.options {
                let line = self.line(options);
                self.error(
                    line,
                    "a judge question has no options (they are always 对 and 错); delete the options line",
                );
            }
            let index = match answer? {
                ("对", _) => 0,
                ("错", _) => 1,
                (other, line) => {
                    self.error(line, format!("a judge question's answer must be \"对\" or \"错\", not \"{other}\""));
                    return None;
                }
            };
            return q.options.is_none().then(|| (vec!["对".to_string(), "错".to_string()], vec![index]));
        }
        let options = self.options(q, kind, owner, at);
        let (answer, line) = answer?;
        let letters = self.letters(answer, line, options.as_ref().map(Vec::len))?;
        if letters.is_empty() {
            self.error(
                line,
                format!("answer \"{answer}\" names no option; write the right option's letter, e.g. \"B\""),
            );
            return None;
        }
        if kind == Kind::Single && letters.len() != 1 {
            self.error(line, format!("a single question needs exactly one answer letter, not \"{answer}\"; for several right answers use type = \"multi\""));
            return None;
        }
        if kind == Kind::Multi && letters.len() < 2 {
            self.error(line, format!("a multi question needs two or more answer letters, not \"{answer}\"; for one right answer use type = \"single\""));
            return None;
        }
        Some((options?, letters))
    }

    /// The options of a single or multi question: two or more, none empty or repeated.
    fn options(&mut self, q: &RawQuestion, kind: Kind, owner: &str, at: usize) -> Option<Vec<String>> {
        let name = if kind == Kind::Single { "single" } else { "multi" };
        let Some(options) = &q.options else {
            self.error(at, format!("{owner} has no options; add a line options = [\"…\", \"…\"] (two or more)"));
            return None;
        };
        let list = options.get_ref();
        let line = self.line(options);
        if list.len() < 2 {
            self.error(line, format!("a {name} question needs at least two options, found {}", list.len()));
            return None;
        }
        if list.len() > 26 {
            self.error(line, format!("{} options is too many to answer by letter; keep it to 26 or fewer", list.len()));
            return None;
        }
        let mut out: Vec<String> = Vec::with_capacity(list.len());
        let mut ok = true;
        for (i, option) in list.iter().enumerate() {
            let text = option.get_ref().trim();
            let line = self.line(option);
            let letter = letter(i);
            if text.is_empty() {
                self.error(line, format!("option {letter} is empty; write its text or delete it"));
                ok = false;
            } else if let Some(first) = out.iter().position(|o| o == text) {
                self.error(
                    line,
                    format!("option {letter} repeats option {}; every option must differ", self::letter(first)),
                );
                ok = false;
            }
            out.push(text.to_string());
        }
        ok.then_some(out)
    }

    /// Answer letters as ascending option indexes. Spaces and commas between letters are allowed,
    /// and lower case is read as capitals. `options` is the option count, when known.
    fn letters(&mut self, answer: &str, line: usize, options: Option<usize>) -> Option<Vec<usize>> {
        let mut out = Vec::new();
        for c in answer.chars().filter(|c| !c.is_whitespace() && !matches!(c, ',' | '，' | '、')) {
            let upper = c.to_ascii_uppercase();
            if !upper.is_ascii_uppercase() {
                self.error(line, format!("answer \"{answer}\" should be option letters such as \"B\" or \"ACD\""));
                return None;
            }
            let index = usize::from(upper as u8 - b'A');
            if out.contains(&index) {
                self.error(line, format!("answer repeats letter {upper}"));
                return None;
            }
            if let Some(n) = options.filter(|&n| index >= n) {
                self.error(
                    line,
                    format!(
                        "answer letter {upper} is not an option: this question has {n} options, A to {}",
                        letter(n - 1)
                    ),
                );
                return None;
            }
            out.push(index);
        }
        out.sort_unstable();
        Some(out)
    }
}

/// The letter of option `i` (0 → A).
fn letter(i: usize) -> char {
    char::from(b'A' + (i % 26) as u8)
}

/// Sentences in an explanation: pieces between 。！？ that hold a letter or character.
fn sentences(text: &str) -> usize {
    text.split(['。', '！', '？']).filter(|piece| piece.chars().any(char::is_alphanumeric)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_counted_by_chinese_end_marks() {
        assert_eq!(sentences("一句。"), 1);
        assert_eq!(sentences("一句。两句！三句？"), 3);
        assert_eq!(sentences("一句。两句，没有句号"), 2);
        assert_eq!(sentences("他说“不行。”"), 1);
        assert_eq!(sentences("真的吗？！"), 1);
        assert_eq!(sentences(""), 0);
    }

    #[test]
    fn letters_name_options() {
        assert_eq!(letter(0), 'A');
        assert_eq!(letter(3), 'D');
    }
}
