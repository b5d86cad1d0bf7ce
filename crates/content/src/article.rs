//! One library article: `+++` front matter, then Markdown with required sections, rendered to HTML.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use kiosk_core::model::{ArticleMeta, Room, Term};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Deserialize;

use crate::citation::Laws;
use crate::diag::{line_at, Diagnostics};
use kiosk_core::glossary::{split, Piece};

use crate::glossary::{escape, term_html};
use crate::link::{resolve, LinkKind, Links};
use crate::site::is_id;

/// Front matter fields, as the clerk writes them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: String,
    title: String,
    category: String,
    keywords: Vec<String>,
    checked: String,
    intake: String,
    #[serde(default)]
    quiz: Option<String>,
    #[serde(default)]
    related: Vec<String>,
}

/// An article after its front matter was read, before its body is rendered.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The file.
    pub path: PathBuf,
    /// Metadata (summary filled in when rendered).
    pub meta: ArticleMeta,
    /// The Markdown body.
    body: String,
    /// The line the body starts on.
    body_line: usize,
    /// Lines of the `related` and `quiz` fields, for messages about them.
    related_line: usize,
    quiz_line: usize,
}

/// A rendered article.
#[derive(Debug, Clone)]
pub struct Article {
    /// Metadata with the 要点 summary.
    pub meta: ArticleMeta,
    /// The HTML fragment the app shows.
    pub html: String,
    /// The body as plain text, one paragraph per line, for search.
    pub text: String,
}

/// Reads the front matter of one article in category folder `category`.
pub fn draft(path: &Path, src: &str, category: &str, diags: &mut Diagnostics) -> Option<Draft> {
    let Some(rest) = src.strip_prefix("+++\n").or_else(|| src.strip_prefix("+++\r\n")) else {
        diags.error(path, 1, "an article must start with a line \"+++\", then its front matter, then \"+++\"");
        return None;
    };
    let Some(end) = rest.find("\n+++") else {
        diags.error(path, 1, "front matter is not closed: add a line \"+++\" after it");
        return None;
    };
    let fm_src = &rest[..end + 1];
    let after = &rest[end + 4..];
    let body = after.strip_prefix('\n').or_else(|| after.strip_prefix("\r\n")).unwrap_or(after);
    // The body starts on the line after the closing +++.
    let body_line = line_at(fm_src, fm_src.len()) + 2;
    let fm: FrontMatter = match toml::from_str(fm_src) {
        Ok(fm) => fm,
        Err(e) => {
            let line = e.span().map_or(1, |s| 1 + line_at(fm_src, s.start));
            diags.error(
                path,
                line,
                format!(
                    "front matter: {} (fields: id, title, category, keywords, checked, intake, quiz, related)",
                    e.message().trim()
                ),
            );
            return None;
        }
    };
    let fm_line = |key: &str| fm_src.lines().position(|l| l.trim_start().starts_with(key)).map_or(1, |i| i + 2);
    if !is_id(&fm.id) {
        diags.error(path, fm_line("id"), format!("id \"{}\" must be lower-case letters, digits and '-'", fm.id));
    }
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if stem != fm.id {
        diags.error(path, fm_line("id"), format!("id \"{}\" must equal the file name \"{stem}\"", fm.id));
    }
    if fm.category != category {
        diags.error(
            path,
            fm_line("category"),
            format!("category \"{}\" does not match the folder \"{category}\"", fm.category),
        );
    }
    if fm.title.trim().is_empty() {
        diags.error(path, fm_line("title"), "title is empty");
    }
    if fm.keywords.iter().all(|k| k.trim().is_empty()) {
        diags.error(path, fm_line("keywords"), "give at least one keyword people would search for");
    }
    if !is_date(&fm.checked) {
        diags.error(
            path,
            fm_line("checked"),
            format!("checked = \"{}\" must be a date like \"2026-11-20\"", fm.checked),
        );
    }
    if !kiosk_core::triage::CATEGORIES.contains(&fm.intake.as_str()) {
        diags.error(
            path,
            fm_line("intake"),
            format!("intake = \"{}\" is not a branch ({})", fm.intake, kiosk_core::triage::CATEGORIES.join(", ")),
        );
    }
    Some(Draft {
        path: path.to_path_buf(),
        meta: ArticleMeta {
            id: fm.id,
            title: fm.title,
            category: fm.category,
            summary: Vec::new(),
            keywords: fm.keywords,
            checked: fm.checked,
            intake: fm.intake,
            quiz: fm.quiz,
            related: fm.related,
        },
        body: body.to_string(),
        body_line,
        related_line: fm_line("related"),
        quiz_line: fm_line("quiz"),
    })
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Everything rendering needs to check links and expand directives.
pub struct Context<'a> {
    /// Link targets that exist.
    pub links: &'a Links,
    /// Glossary terms to link.
    pub terms: &'a [Term],
    /// The centre's rooms, for `{{rooms}}`.
    pub rooms: &'a [Room],
}

/// Which required section the renderer is in.
#[derive(Clone, Copy, PartialEq)]
enum Section {
    Other,
    Summary,
    WhatToDo,
    Law,
}

fn section_of(title: &str) -> Section {
    let t: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    if t == "要点" {
        Section::Summary
    } else if t == "怎么办/去哪里" || t == "怎么办" || t == "去哪里" {
        Section::WhatToDo
    } else if t == "法律依据" {
        Section::Law
    } else {
        Section::Other
    }
}

/// Renders a draft's Markdown to HTML, checking its links and required sections.
pub fn render(draft: &Draft, ctx: &Context<'_>, diags: &mut Diagnostics) -> Article {
    let path = &draft.path;
    let body = &draft.body;
    let line = |offset: usize| draft.body_line + line_at(body, offset) - 1;
    let mut meta = draft.meta.clone();
    for rel in &meta.related {
        if !ctx.links.articles.contains(rel) {
            diags.error(path, draft.related_line, format!("related = [\"{rel}\"] is not an article id"));
        }
    }
    if let Some(q) = &meta.quiz {
        if !ctx.links.quiz_topics.contains(q) {
            diags.error(
                path,
                draft.quiz_line,
                format!("quiz = \"{q}\" is not a quiz topic (a file content/quiz/{q}.toml)"),
            );
        }
    }
    // content/library/<category>/<id>.md: the content folder is three levels up.
    let content = path.ancestors().nth(3).unwrap_or(Path::new("."));
    Laws::load(content, diags).check(path, draft.body_line, body, diags);

    let mut events: Vec<Event<'_>> = Vec::new();
    let mut text = String::new();
    let mut section = Section::Other;
    let mut seen = BTreeSet::new();
    let mut section_line = std::collections::BTreeMap::new();
    let mut heading: Option<String> = None;
    let mut summary_items: Vec<String> = Vec::new();
    let mut item: Option<String> = None;
    let mut list_depth = 0usize;
    let mut what_to_do_links = 0usize;
    let mut law_cites = 0usize;
    let mut in_link = 0usize;
    let mut linked_terms: Vec<&str> = Vec::new();

    let parser = Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    let mut iter = parser.into_offset_iter().peekable();
    while let Some((event, range)) = iter.next() {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                diags.error(path, line(range.start), "raw HTML is not allowed in articles; use Markdown only");
            }
            Event::Start(Tag::Heading { level, .. }) => {
                if level == HeadingLevel::H1 {
                    diags.error(
                        path,
                        line(range.start),
                        "do not use a \"# \" heading; the title comes from the front matter. Use \"## \"",
                    );
                }
                heading = Some(String::new());
                events.push(Event::Start(Tag::Heading { level, id: None, classes: vec![], attrs: vec![] }));
            }
            Event::End(TagEnd::Heading(level)) => {
                let title = heading.take().unwrap_or_default();
                if level == HeadingLevel::H2 {
                    section = section_of(&title);
                    if section != Section::Other && !seen.insert(section as u8) {
                        diags.error(path, line(range.start), format!("section \"{title}\" appears twice"));
                    }
                    section_line.entry(section as u8).or_insert_with(|| line(range.start));
                }
                text.push_str(&title);
                text.push('\n');
                events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Start(Tag::List(start)) => {
                list_depth += 1;
                events.push(Event::Start(Tag::List(start)));
            }
            Event::End(TagEnd::List(o)) => {
                list_depth -= 1;
                events.push(Event::End(TagEnd::List(o)));
            }
            Event::Start(Tag::Item) => {
                if section == Section::Summary && list_depth == 1 {
                    item = Some(String::new());
                }
                events.push(Event::Start(Tag::Item));
            }
            Event::End(TagEnd::Item) => {
                if let (Section::Summary, Some(done)) = (section, item.take()) {
                    summary_items.push(done.trim().to_string());
                }
                text.push('\n');
                events.push(Event::End(TagEnd::Item));
            }
            Event::End(TagEnd::Paragraph) => {
                text.push('\n');
                events.push(Event::End(TagEnd::Paragraph));
            }
            Event::Start(Tag::Paragraph) if is_rooms_directive(iter.peek()) => {
                iter.next();
                iter.next();
                events.push(Event::Html(CowStr::from(rooms_html(ctx.rooms))));
                for r in ctx.rooms {
                    text.push_str(&format!("{} {} {}\n", r.name, r.place, r.hours));
                }
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                in_link += 1;
                match resolve(&dest_url, ctx.links) {
                    Ok((href, kind)) => {
                        if section == Section::WhatToDo && matches!(kind, LinkKind::Intake | LinkKind::Room) {
                            what_to_do_links += 1;
                        }
                        events.push(Event::Start(Tag::Link { link_type, dest_url: CowStr::from(href), title, id }));
                    }
                    Err(msg) => {
                        diags.error(path, line(range.start), msg);
                        events.push(Event::Start(Tag::Link { link_type, dest_url: CowStr::from("/"), title, id }));
                    }
                }
            }
            Event::End(TagEnd::Link) => {
                in_link = in_link.saturating_sub(1);
                events.push(Event::End(TagEnd::Link));
            }
            Event::Start(Tag::Image { .. }) => {
                diags.error(path, line(range.start), "images are not supported in articles");
            }
            Event::End(TagEnd::Image) => {}
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                } else if let Some(i) = item.as_mut() {
                    i.push_str(&t);
                }
                if section == Section::Law && has_article_number(&t) {
                    law_cites += 1;
                }
                text.push_str(&t);
                if heading.is_some() || in_link > 0 {
                    events.push(Event::Text(t));
                } else {
                    for piece in split(&t, ctx.terms, &mut linked_terms) {
                        match piece {
                            Piece::Plain(s) => events.push(Event::Html(CowStr::from(escape(&s)))),
                            Piece::Term(term) => events.push(Event::Html(CowStr::from(term_html(term)))),
                        }
                    }
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(i) = item.as_mut() {
                    i.push(' ');
                }
                events.push(event);
            }
            other => events.push(other),
        }
    }

    for (sec, name) in
        [(Section::Summary, "## 要点"), (Section::WhatToDo, "## 怎么办 / 去哪里"), (Section::Law, "## 法律依据")]
    {
        if !seen.contains(&(sec as u8)) {
            diags.error(path, draft.body_line, format!("missing the section \"{name}\""));
        }
    }
    let at = |sec: Section| section_line.get(&(sec as u8)).copied().unwrap_or(draft.body_line);
    if seen.contains(&(Section::Summary as u8)) && summary_items.len() != 3 {
        diags.error(
            path,
            at(Section::Summary),
            format!("\"## 要点\" must have exactly three \"- \" lines (found {})", summary_items.len()),
        );
    }
    if seen.contains(&(Section::WhatToDo as u8)) && what_to_do_links == 0 {
        diags.error(
            path,
            at(Section::WhatToDo),
            "\"## 怎么办 / 去哪里\" needs a link to the intake (intake:<branch>) or a room (room:<id>)",
        );
    }
    if seen.contains(&(Section::Law as u8)) && law_cites == 0 {
        diags.error(
            path,
            at(Section::Law),
            "\"## 法律依据\" must name at least one article number, like 《民法典》第1077条",
        );
    }
    meta.summary = summary_items;
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Article { meta, html, text }
}

/// Whether the next events are a paragraph holding only `{{rooms}}`.
fn is_rooms_directive(next: Option<&(Event<'_>, std::ops::Range<usize>)>) -> bool {
    matches!(next, Some((Event::Text(t), _)) if t.trim() == "{{rooms}}")
}

/// The centre's rooms as an HTML list, for the `{{rooms}}` directive.
fn rooms_html(rooms: &[Room]) -> String {
    let mut out = String::from("<ul class=\"rooms\">");
    for r in rooms {
        out.push_str(&format!(
            "<li><a href=\"/centre#room-{}\">{}</a>：{}。{}，{}。</li>",
            escape(&r.id),
            escape(&r.name),
            escape(&r.handles.join("；")),
            escape(&r.place),
            escape(&r.hours)
        ));
    }
    out.push_str("</ul>");
    out
}

/// Whether text names an article number like 第1077条 or 第二十六条.
pub fn has_article_number(t: &str) -> bool {
    let mut rest = t;
    while let Some(i) = rest.find('第') {
        let after = &rest[i + '第'.len_utf8()..];
        let num: String =
            after.chars().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十百零".contains(*c)).collect();
        if !num.is_empty() && after[num.len()..].starts_with('条') {
            return true;
        }
        rest = after;
    }
    false
}
