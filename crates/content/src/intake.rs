//! `content/intake/questionnaire.toml`: the 我要调解 graph, proven sound at build time.
//!
//! Checks: every target exists; no cycles; no dead ends; everything reachable from the danger
//! question that starts it; every question has a 不知道/说不清 answer; every result names a room
//! (a missing room falls back to the reception with a warning); every dispute room is reachable.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use kiosk_core::intake::graph::{Answer, Outcome, Question, Questionnaire, Target, Urgent};
use kiosk_core::model::Site;
use kiosk_core::triage::CATEGORIES;
use serde::Deserialize;
use toml::Spanned;

use crate::citation::{value_line, Laws};
use crate::diag::{line_at, parse_toml, read, Diagnostics};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    start: Spanned<String>,
    what_happens: Vec<Spanned<String>>,
    #[serde(default)]
    question: Vec<Spanned<RawQuestion>>,
    #[serde(default)]
    urgent: Vec<Spanned<RawUrgent>>,
    #[serde(default)]
    result: Vec<Spanned<RawResult>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    text: String,
    text_for_other: String,
    #[serde(default)]
    hint: String,
    answers: Vec<Spanned<RawAnswer>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnswer {
    label: String,
    icon: String,
    go: String,
    #[serde(default)]
    branch: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUrgent {
    id: String,
    title: Spanned<String>,
    steps: Vec<Spanned<String>>,
    hotlines: Vec<String>,
    #[serde(default)]
    articles: Vec<String>,
    continue_label: String,
    next: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResult {
    id: String,
    title: Spanned<String>,
    category: String,
    room: String,
    #[serde(default)]
    elsewhere: Option<Spanned<String>>,
    mediation: bool,
    bring: Vec<Spanned<String>>,
    steps: Vec<Spanned<String>>,
    #[serde(default)]
    deadlines: Vec<Spanned<String>>,
    articles: Vec<String>,
    hotlines: Vec<String>,
}

/// Parses a target such as `question:what`, `urgent:danger` or `result:family`.
pub fn parse_target(s: &str) -> Option<Target> {
    let (kind, id) = s.trim().split_once(':')?;
    let id = id.trim().to_string();
    if id.is_empty() {
        return None;
    }
    match kind.trim() {
        "question" => Some(Target::Question(id)),
        "urgent" => Some(Target::Urgent(id)),
        "result" => Some(Target::Result(id)),
        _ => None,
    }
}

/// Reads the questionnaire and proves its graph sound against the site and the article ids.
pub fn compile(path: &Path, site: &Site, articles: &BTreeSet<String>, diags: &mut Diagnostics) -> Questionnaire {
    let Some(src) = read(path, diags) else { return Questionnaire::default() };
    let Some(raw) = parse_toml::<Raw>(path, &src, diags) else { return Questionnaire::default() };
    let at = |span: std::ops::Range<usize>| line_at(&src, span.start);
    // Every text a result or an urgent screen shows must cite laws cleanly.
    // content/intake/questionnaire.toml: the content folder is two levels up.
    let laws = Laws::load(path.ancestors().nth(2).unwrap_or(Path::new(".")), diags);
    let cite = |t: &Spanned<String>, diags: &mut Diagnostics| {
        laws.check(path, value_line(&src, t.span().start), t.get_ref(), diags);
    };
    for t in &raw.what_happens {
        cite(t, diags);
    }
    for u in &raw.urgent {
        let u = u.get_ref();
        std::iter::once(&u.title).chain(&u.steps).for_each(|t| cite(t, diags));
    }
    for r in &raw.result {
        let r = r.get_ref();
        let texts = std::iter::once(&r.title).chain(&r.elsewhere).chain(&r.bring).chain(&r.steps).chain(&r.deadlines);
        texts.for_each(|t| cite(t, diags));
    }
    let mut lines: BTreeMap<Target, usize> = BTreeMap::new();
    let mut declare = |t: Target, line: usize, diags: &mut Diagnostics| {
        if let Some(first) = lines.insert(t.clone(), line) {
            diags.error(path, line, format!("duplicate {t} (first on line {first})"));
        }
    };
    for q in &raw.question {
        declare(Target::Question(q.get_ref().id.clone()), at(q.span()), diags);
    }
    for u in &raw.urgent {
        declare(Target::Urgent(u.get_ref().id.clone()), at(u.span()), diags);
    }
    for r in &raw.result {
        declare(Target::Result(r.get_ref().id.clone()), at(r.span()), diags);
    }
    let hotlines: BTreeSet<&str> = site.hotlines.iter().map(|h| h.number.as_str()).collect();
    let rooms: BTreeSet<&str> = site.rooms.iter().map(|r| r.id.as_str()).collect();
    let target = |s: &str, line: usize, diags: &mut Diagnostics| -> Target {
        match parse_target(s) {
            Some(t) if lines.contains_key(&t) => t,
            Some(_) => {
                diags.error(path, line, format!("\"{s}\" leads nowhere: no such question, urgent screen or result"));
                Target::Result(String::new())
            }
            None => {
                diags.error(path, line, format!("\"{s}\" must look like question:<id>, urgent:<id> or result:<id>"));
                Target::Result(String::new())
            }
        }
    };

    let mut questions = Vec::new();
    for sq in &raw.question {
        let line = at(sq.span());
        let q = sq.get_ref();
        if q.text.trim().is_empty() || q.text_for_other.trim().is_empty() {
            diags.error(path, line, format!("question \"{}\" needs text and text_for_other", q.id));
        }
        if q.answers.len() < 2 {
            diags.error(path, line, format!("question \"{}\" needs at least two answers", q.id));
        }
        if !q.answers.iter().any(|a| is_unsure(&a.get_ref().label)) {
            diags.error(
                path,
                line,
                format!("question \"{}\" needs an answer 不知道 or 说不清 so no one gets stuck", q.id),
            );
        }
        let mut branches = BTreeSet::new();
        let mut answers = Vec::new();
        for sa in &q.answers {
            let aline = at(sa.span());
            let a = sa.get_ref();
            if a.label.trim().is_empty() || a.icon.trim().is_empty() {
                diags.error(path, aline, "every answer needs a label and an icon");
            }
            if let Some(b) = &a.branch {
                if !CATEGORIES.contains(&b.as_str()) {
                    diags.error(path, aline, format!("branch = \"{b}\" is not one of {}", CATEGORIES.join(", ")));
                } else if !branches.insert(b.clone()) {
                    diags.error(path, aline, format!("branch \"{b}\" is used twice in question \"{}\"", q.id));
                }
            }
            answers.push(Answer {
                label: a.label.clone(),
                icon: a.icon.clone(),
                go: target(&a.go, aline, diags),
                branch: a.branch.clone(),
            });
        }
        questions.push(Question {
            id: q.id.clone(),
            text: q.text.clone(),
            text_for_other: q.text_for_other.clone(),
            hint: q.hint.clone(),
            answers,
        });
    }

    let mut urgent = Vec::new();
    for su in &raw.urgent {
        let line = at(su.span());
        let u = su.get_ref();
        check_hotlines(path, line, &u.hotlines, &hotlines, diags);
        check_articles(path, line, &u.articles, articles, diags);
        if u.steps.is_empty() || u.hotlines.is_empty() {
            diags.error(path, line, format!("urgent screen \"{}\" needs steps and hotlines", u.id));
        }
        urgent.push(Urgent {
            id: u.id.clone(),
            title: u.title.get_ref().clone(),
            steps: plain(&u.steps),
            hotlines: u.hotlines.clone(),
            articles: u.articles.clone(),
            continue_label: u.continue_label.clone(),
            next: target(&u.next, line, diags),
        });
    }

    let mut results = Vec::new();
    for sr in &raw.result {
        let line = at(sr.span());
        let r = sr.get_ref();
        if !CATEGORIES.contains(&r.category.as_str()) {
            diags.error(path, line, format!("category = \"{}\" is not one of {}", r.category, CATEGORIES.join(", ")));
        }
        let room = if rooms.contains(r.room.as_str()) {
            r.room.clone()
        } else {
            diags.warn(path, line, format!("result \"{}\" names room \"{}\", which site.toml lacks; it will send people to the reception \"{}\"", r.id, r.room, site.centre.reception));
            site.centre.reception.clone()
        };
        if r.bring.is_empty() || r.steps.is_empty() {
            diags.error(path, line, format!("result \"{}\" needs bring = [...] and steps = [...]", r.id));
        }
        check_hotlines(path, line, &r.hotlines, &hotlines, diags);
        check_articles(path, line, &r.articles, articles, diags);
        results.push(Outcome {
            id: r.id.clone(),
            title: r.title.get_ref().clone(),
            category: r.category.clone(),
            room,
            elsewhere: r.elsewhere.as_ref().map(|e| e.get_ref().clone()).unwrap_or_default(),
            bring: plain(&r.bring),
            steps: plain(&r.steps),
            mediation: r.mediation,
            deadlines: plain(&r.deadlines),
            articles: r.articles.clone(),
            hotlines: r.hotlines.clone(),
        });
    }

    let mut out = Questionnaire {
        version: String::new(),
        start: raw.start.get_ref().clone(),
        questions,
        urgent,
        results,
        what_happens: plain(&raw.what_happens),
    };
    let start_line = at(raw.start.span());
    match out.questions.iter().find(|q| q.id == out.start) {
        None => diags.error(path, start_line, format!("start = \"{}\" is not a question", out.start)),
        Some(q) if !q.text.contains("危险") => {
            diags.error(path, start_line, "the start question must ask about danger (its text must mention 危险)")
        }
        Some(_) => {}
    }
    if diags.errors.is_empty() {
        check_graph(path, &out, &lines, site, diags);
    }
    out.version = version_of(&out);
    out
}

/// The texts of a list, without their places in the file.
fn plain(texts: &[Spanned<String>]) -> Vec<String> {
    texts.iter().map(|t| t.get_ref().clone()).collect()
}

fn is_unsure(label: &str) -> bool {
    label.contains("不知道") || label.contains("说不清")
}

fn check_hotlines(path: &Path, line: usize, numbers: &[String], known: &BTreeSet<&str>, diags: &mut Diagnostics) {
    for n in numbers {
        if !known.contains(n.as_str()) {
            diags.error(path, line, format!("hotline \"{n}\" is not in site.toml"));
        }
    }
}

fn check_articles(path: &Path, line: usize, ids: &[String], known: &BTreeSet<String>, diags: &mut Diagnostics) {
    for a in ids {
        if !known.contains(a) {
            diags.error(path, line, format!("article \"{a}\" does not exist"));
        }
    }
}

/// Where a node leads.
fn edges(q: &Questionnaire, node: &Target) -> Vec<Target> {
    match node {
        Target::Question(id) => q
            .questions
            .iter()
            .find(|x| &x.id == id)
            .map(|x| x.answers.iter().map(|a| a.go.clone()).collect())
            .unwrap_or_default(),
        Target::Urgent(id) => q.urgent.iter().find(|x| &x.id == id).map(|x| vec![x.next.clone()]).unwrap_or_default(),
        Target::Result(_) => Vec::new(),
    }
}

/// Cycles, reachability and room coverage.
fn check_graph(path: &Path, q: &Questionnaire, lines: &BTreeMap<Target, usize>, site: &Site, diags: &mut Diagnostics) {
    // Depth-first search with colours finds both cycles and what is reachable.
    let start = Target::Question(q.start.clone());
    let mut state: BTreeMap<Target, u8> = BTreeMap::new(); // 1 = on the stack, 2 = done
    let mut stack = vec![(start.clone(), 0usize)];
    state.insert(start, 1);
    while let Some((node, next)) = stack.pop() {
        let outs = edges(q, &node);
        if next < outs.len() {
            stack.push((node.clone(), next + 1));
            let child = outs[next].clone();
            match state.get(&child) {
                Some(1) => {
                    let line = lines.get(&node).copied().unwrap_or(0);
                    diags.error(path, line, format!("{node} leads back to {child}: the questionnaire must not loop"));
                }
                Some(_) => {}
                None => {
                    state.insert(child.clone(), 1);
                    stack.push((child, 0));
                }
            }
        } else {
            state.insert(node, 2);
        }
    }
    for (node, line) in lines {
        if !state.contains_key(node) {
            diags.error(path, *line, format!("{node} cannot be reached from the start question"));
        }
    }
    let reached: BTreeSet<&str> = q
        .results
        .iter()
        .filter(|r| state.contains_key(&Target::Result(r.id.clone())))
        .map(|r| r.room.as_str())
        .collect();
    for room in site.rooms.iter().filter(|r| r.takes_disputes) {
        if !reached.contains(room.id.as_str()) {
            diags.error(path, 0, format!("room \"{}\" takes disputes but no result sends anyone there", room.id));
        }
    }
}

/// A short, stable hash of the questionnaire, so result links from another version are refused.
fn version_of(q: &Questionnaire) -> String {
    let json = serde_json::to_string(q).unwrap_or_default();
    // 32 bits of FNV-1a: enough to tell versions apart, short enough for a URL.
    format!("{:08x}", kiosk_core::hash::fnv1a64(json.as_bytes(), kiosk_core::hash::FNV_OFFSET) as u32)
}
