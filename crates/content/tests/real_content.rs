//! The real content/ tree: it compiles clean, meets the issues' counts, repeats no misconception,
//! claims round-the-clock service only for 110 and 120, every intake route works end to end, every
//! intake result links an article of its own category, and the glossary terms of the new
//! categories can be tapped in their articles.

use std::path::{Path, PathBuf};

use kiosk_content::Compiled;
use kiosk_core::intake::engine::{walk, Screen};
use kiosk_core::intake::graph::{Questionnaire, Target};
use kiosk_core::intake::link::{decode, encode, Answers};
use kiosk_core::quiz::bank::Kind;
use proptest::prelude::*;

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// content/ compiled once for all the tests here.
fn compiled() -> &'static Compiled {
    static C: std::sync::OnceLock<Compiled> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        let (c, diags) = kiosk_content::compile(&content());
        let lines: Vec<String> = diags.errors.iter().chain(&diags.warnings).map(ToString::to_string).collect();
        assert!(lines.is_empty(), "content/ must compile without errors or warnings:\n{}", lines.join("\n"));
        c.expect("compiled")
    })
}

/// The five library categories of issue 13.
const NEW_CATEGORIES: [&str; 5] = ["debt", "labour", "traffic", "government", "consumer"];
/// The quiz topics written with them.
const NEW_TOPICS: [&str; 5] = ["debt", "consumer", "labour", "traffic", "admin"];

#[test]
fn the_library_and_the_bank_meet_the_counts() {
    let c = compiled();
    assert!(c.library.articles.len() >= 75, "{} articles", c.library.articles.len());
    for cat in NEW_CATEGORIES {
        assert!(c.library.categories.iter().any(|x| x.id == cat), "category {cat} is listed in categories.toml");
    }
    assert!(c.library.categories.len() >= 11, "the six first categories and the five of issue 13");
    // The first six categories keep their first counts; each new one has at least five articles.
    let firsts = [("family", 12), ("violence", 4), ("neighbour", 10), ("medical", 8), ("mediation", 6), ("hotline", 5)];
    for (cat, min) in firsts.into_iter().chain(NEW_CATEGORIES.map(|cat| (cat, 5))) {
        let n = c.library.articles.iter().filter(|a| a.category == cat).count();
        assert!(n >= min, "{cat}: {n} < {min}");
    }
    let new_articles = c.library.articles.iter().filter(|a| NEW_CATEGORIES.contains(&a.category.as_str())).count();
    assert!(new_articles >= 25, "{new_articles} articles in the new categories");
    assert!(c.quiz.questions.len() >= 320, "{} questions", c.quiz.questions.len());
    assert!(c.quiz.topics.len() >= 15, "{} topics", c.quiz.topics.len());
    for topic in NEW_TOPICS {
        assert!(c.quiz.topics.iter().any(|t| t.id == topic), "quiz topic {topic}");
        assert!(c.quiz.questions.iter().any(|q| q.topic == topic), "quiz topic {topic} has questions");
    }
    let new_questions = c.quiz.questions.iter().filter(|q| NEW_TOPICS.contains(&q.topic.as_str())).count();
    assert!(new_questions >= 60, "{new_questions} questions in the new topics");
    for kind in [Kind::Single, Kind::Multi, Kind::Judge] {
        assert!(c.quiz.questions.iter().any(|q| q.kind == kind), "{kind:?} present");
    }
    assert_eq!(c.site.hotlines[0].number, "12338", "12338 comes first");
    assert!(c.site.rooms.len() >= 6);
}

#[test]
fn every_article_cites_an_article_number_and_has_three_summary_lines() {
    let c = compiled();
    for (id, html) in &c.article_html {
        assert!(kiosk_content::article::has_article_number(html), "{id} cites no article");
    }
    for a in &c.library.articles {
        assert_eq!(a.summary.len(), 3, "{}", a.id);
    }
}

/// Every text a person can read, with where it comes from.
fn all_texts(c: &Compiled) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = c
        .search
        .docs
        .iter()
        .map(|d| (format!("article {}", d.id), format!("{}\n{}\n{}", d.title, d.summary, d.body)))
        .collect();
    for q in &c.quiz.questions {
        // Wrong options may state a misconception; the question, the right options and the 解析 may not.
        let right: Vec<&str> = q.answer.iter().filter_map(|&i| q.options.get(i)).map(String::as_str).collect();
        let stem = if q.kind == Kind::Judge && q.answer == [1] { String::new() } else { q.text.clone() };
        out.push((format!("question {}", q.id), format!("{stem}\n{}\n{}", right.join("\n"), q.explain)));
    }
    let i = &c.intake;
    for r in &i.results {
        out.push((
            format!("result {}", r.id),
            [r.steps.join("\n"), r.deadlines.join("\n"), r.bring.join("\n")].join("\n"),
        ));
    }
    for u in &i.urgent {
        out.push((format!("urgent {}", u.id), u.steps.join("\n")));
    }
    out.push(("what_happens".into(), i.what_happens.join("\n")));
    out
}

#[test]
fn no_text_repeats_a_misconception_of_the_fact_sheet() {
    let c = compiled();
    let phrases = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/misconceptions/phrases.txt"),
    )
    .unwrap();
    let phrases: Vec<&str> = phrases.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    assert!(phrases.len() >= 25);
    let squash =
        |s: &str| s.chars().filter(|c| !c.is_whitespace() && !"，。、“”《》（）()".contains(*c)).collect::<String>();
    let mut hits = Vec::new();
    for (what, text) in all_texts(c) {
        let t = squash(&text);
        for p in &phrases {
            if t.contains(&squash(p)) {
                hits.push(format!("{what}: {p}"));
            }
        }
    }
    assert!(hits.is_empty(), "misconceptions stated:\n{}", hits.join("\n"));
}

/// Every paragraph a person can read, one per entry: an article's title, paragraphs and list
/// items, each quiz field that may not state a mistake, each intake line, each glossary definition.
fn paragraphs(c: &Compiled) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add = |what: String, texts: &mut dyn Iterator<Item = &String>| {
        out.extend(
            texts.flat_map(|t| t.lines()).filter(|l| !l.trim().is_empty()).map(|l| (what.clone(), l.to_string())),
        );
    };
    for d in &c.search.docs {
        add(format!("article {}", d.id), &mut std::iter::once(&d.title).chain(std::iter::once(&d.body)));
    }
    for q in &c.quiz.questions {
        // As in all_texts: wrong options, and a judge statement whose answer is 错, may be wrong.
        let right = q.answer.iter().filter_map(|&i| q.options.get(i));
        let stem = (q.kind != Kind::Judge || q.answer != [1]).then_some(&q.text);
        add(format!("question {}", q.id), &mut stem.into_iter().chain(right).chain([&q.explain, &q.cite]));
    }
    let i = &c.intake;
    for r in &i.results {
        let one = [&r.title, &r.elsewhere];
        add(format!("result {}", r.id), &mut one.into_iter().chain(&r.steps).chain(&r.deadlines).chain(&r.bring));
    }
    for u in &i.urgent {
        add(format!("urgent {}", u.id), &mut u.steps.iter());
    }
    add("what_happens".into(), &mut i.what_happens.iter());
    for t in &c.glossary {
        add(format!("glossary {}", t.id), &mut std::iter::once(&t.definition));
    }
    out
}

/// One rule of `fixtures/audit/forbidden.toml`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Forbidden {
    why: String,
    all: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
    was: String,
}

impl Forbidden {
    /// Whether `paragraph` holds every word of `all` ("a|b": either) and no word of `unless`.
    fn matches(&self, paragraph: &str) -> bool {
        let has = |word: &String| word.split('|').any(|w| paragraph.contains(w));
        self.all.iter().all(has) && !self.unless.iter().any(has)
    }
}

#[test]
fn no_paragraph_repeats_a_phrasing_the_audit_forbade() {
    #[derive(serde::Deserialize)]
    struct File {
        rule: Vec<Forbidden>,
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audit/forbidden.toml");
    let rules = toml::from_str::<File>(&std::fs::read_to_string(&path).unwrap()).expect("forbidden.toml parses").rule;
    assert!(rules.len() >= 6, "{} rules", rules.len());
    for r in &rules {
        assert!(
            r.matches(&r.was),
            "the rule \"{}\" no longer catches the wording it was written for: {}",
            r.why,
            r.was
        );
    }
    let mut hits = Vec::new();
    for (what, paragraph) in paragraphs(compiled()) {
        for r in rules.iter().filter(|r| r.matches(&paragraph)) {
            hits.push(format!("{what}: {paragraph}\n    ({})", r.why));
        }
    }
    assert!(hits.is_empty(), "phrasings the audit forbade:\n{}", hits.join("\n"));
}

#[test]
fn only_110_and_120_are_called_round_the_clock() {
    let c = compiled();
    let others = ["12338", "12348", "12356", "12345", "12315", "12333", "96110"];
    let mut bad = Vec::new();
    for (what, text) in all_texts(c) {
        // Judge each clause on its own: "110一天24小时都能打，96110是反诈专线" is right.
        for clause in text.split(['，', '。', '；', '\n', '：', '、']) {
            let l = clause.replace(' ', "");
            let claims = l.contains("24小时") || l.contains("全天候") || l.contains("7×24") || l.contains("二十四小时");
            let denies = l.contains("不是24小时")
                || l.contains("不保证")
                || l.contains("不一定")
                || l.contains("并非")
                || l.contains("不都是");
            if claims && !denies && others.iter().any(|n| l.contains(n)) {
                bad.push(format!("{what}: {clause}"));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Every list of choices that walks from the start to a result.
fn routes(q: &Questionnaire) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut stack = vec![Vec::<u8>::new()];
    while let Some(choices) = stack.pop() {
        let (screen, _) = walk(q, &choices).expect("every prefix walks");
        match screen {
            Screen::Result(_) => out.push(choices),
            Screen::Question(x) => {
                for i in 0..x.answers.len() {
                    let mut next = choices.clone();
                    next.push(u8::try_from(i).unwrap());
                    stack.push(next);
                }
            }
            Screen::Urgent(_) => {
                let mut next = choices.clone();
                next.push(0);
                stack.push(next);
            }
        }
        assert!(out.len() < 100_000, "the graph is acyclic, so routes are finite");
    }
    out
}

#[test]
fn every_intake_route_ends_at_a_result_and_survives_its_qr_link() {
    let c = compiled();
    let q = &c.intake;
    let start = q.questions.iter().find(|x| x.id == q.start).unwrap();
    assert!(start.text.contains("危险"), "danger is asked first");
    let all = routes(q);
    let mut reached = std::collections::BTreeSet::new();
    for choices in &all {
        let Ok((Screen::Result(r), steps)) = walk(q, choices) else { panic!("{choices:?}") };
        let asked = steps.iter().filter(|s| matches!(s.screen, Screen::Question(_))).count();
        assert!(asked <= 6, "route {choices:?} asks {asked} questions: too long for two minutes");
        assert!(
            matches!(steps[0].screen, Screen::Question(x) if x.id == q.start),
            "every route passes the danger question"
        );
        assert!(c.site.rooms.iter().any(|room| room.id == r.room));
        reached.insert(r.id.clone());
        for for_other in [false, true] {
            let answers = Answers { choices: choices.clone(), for_other };
            assert_eq!(decode(q, &encode(q, &answers)), Ok(answers));
        }
    }
    assert_eq!(reached.len(), q.results.len(), "every result is reachable");
    // Saying there is danger always leads to an urgent screen that lists 110 first.
    let danger = start.answers.iter().find(|a| matches!(a.go, Target::Urgent(_))).expect("a danger answer");
    let Target::Urgent(id) = &danger.go else { unreachable!() };
    let urgent = q.urgent.iter().find(|u| &u.id == id).unwrap();
    assert_eq!(urgent.hotlines[0], "110");
}

#[test]
fn the_named_journeys_reach_the_right_rooms() {
    let c = compiled();
    let q = &c.intake;
    let by_labels = |labels: &[&str]| -> String {
        let mut choices = Vec::new();
        for label in labels {
            let (screen, _) = walk(q, &choices).unwrap();
            let i = match screen {
                Screen::Question(x) => x
                    .answers
                    .iter()
                    .position(|a| a.label.contains(label))
                    .unwrap_or_else(|| panic!("no answer {label} on {}", x.id)),
                Screen::Urgent(_) => 0,
                Screen::Result(r) => panic!("already at {}", r.id),
            };
            choices.push(u8::try_from(i).unwrap());
        }
        match walk(q, &choices).unwrap().0 {
            Screen::Result(r) => r.room.clone(),
            other => panic!("not a result: {other:?}"),
        }
    };
    assert_eq!(by_labels(&["没有危险", "夫妻", "离婚", "有孩子"]), "family");
    assert_eq!(by_labels(&["没有危险", "邻居", "过路、排水", "挡光"]), "neighbour");
    assert_eq!(by_labels(&["没有危险", "看病", "去世", "不到"]), "medical");
    assert_eq!(by_labels(&["没有危险", "邻居", "打起来"]), "police");
}

/// The library categories that count as "its category" for an intake result: by the result's
/// category (a branch of the "what happened" question), and for the `other` results by their id.
const RESULT_LIBRARY: [(&str, &[&str]); 12] = [
    ("family", &["family"]),
    ("domestic_violence", &["violence"]),
    ("neighbour", &["neighbour", "government"]),
    ("medical", &["medical"]),
    ("labour", &["labour"]),
    ("consumer", &["consumer"]),
    ("traffic", &["traffic"]),
    ("fraud", &["consumer", "hotline"]),
    ("other/debt", &["debt"]),
    ("other/land-contract", &["government"]),
    ("other/government", &["government"]),
    ("other/reception", &["mediation"]),
];

/// The library category of an article.
fn category_of<'a>(c: &'a Compiled, article: &str) -> Option<&'a str> {
    c.library.articles.iter().find(|a| a.id == article).map(|a| a.category.as_str())
}

#[test]
fn every_intake_result_links_an_article_of_its_category() {
    let c = compiled();
    let mut used = std::collections::BTreeSet::new();
    let mut bad = Vec::new();
    for r in &c.intake.results {
        let key = if r.category == "other" { format!("other/{}", r.id) } else { r.category.clone() };
        let Some((_, wanted)) = RESULT_LIBRARY.iter().find(|(k, _)| *k == key) else {
            bad.push(format!(
                "result {} ({key}) has no row in RESULT_LIBRARY: add the library categories it should link",
                r.id
            ));
            continue;
        };
        used.insert(key);
        let linked: Vec<&str> = r.articles.iter().filter_map(|a| category_of(c, a)).collect();
        if !linked.iter().any(|cat| wanted.contains(cat)) {
            bad.push(format!("result {} links {:?} (categories {linked:?}), none of {wanted:?}", r.id, r.articles));
        }
        // Where its category is one of the new ones, the most relevant new article comes first.
        if wanted.iter().any(|cat| NEW_CATEGORIES.contains(cat))
            && !linked.first().is_some_and(|cat| wanted.contains(cat))
        {
            bad.push(format!("result {}: the first article of {:?} should be one of {wanted:?}", r.id, r.articles));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    for (key, cats) in RESULT_LIBRARY {
        assert!(used.contains(key), "the row {key} of RESULT_LIBRARY matches no result");
        for cat in cats {
            assert!(c.library.categories.iter().any(|x| x.id == *cat), "{key}: no library category {cat}");
        }
    }
    // A new branch of the "what happened" question needs its row.
    for branch in kiosk_core::triage::CATEGORIES.into_iter().filter(|b| *b != "other") {
        assert!(RESULT_LIBRARY.iter().any(|(k, _)| *k == branch), "branch {branch} has no row in RESULT_LIBRARY");
    }
}

/// The glossary terms merged for the new categories (see docs/sources.md), by the category whose
/// articles use them. 支付令 serves both debt and labour.
const NEW_TERMS: [(&str, &[&str]); 5] = [
    (
        "debt",
        &[
            "iou",
            "debt-note",
            "loan-prime-rate",
            "general-guarantee",
            "joint-liability-guarantee",
            "guarantee-period",
            "mortgage",
            "payment-order",
            "unlawful-detention",
        ],
    ),
    (
        "labour",
        &[
            "labour-relationship",
            "open-ended-contract",
            "work-injury-determination",
            "work-capacity-appraisal",
            "injury-leave",
            "migrant-wage-account",
            "general-contractor",
            "payment-order",
            "advance-execution",
        ],
    ),
    (
        "traffic",
        &[
            "compulsory-motor-insurance",
            "accident-report",
            "non-motor-vehicle",
            "road-accident-fund",
            "accident-review",
        ],
    ),
    (
        "government",
        &[
            "administrative-review",
            "administrative-lawsuit",
            "compensation-plan",
            "zone-land-price",
            "land-contract-right",
            "land-contract-arbitration",
        ],
    ),
    ("consumer", &["fraud-deceit", "seven-day-return", "punitive-damages", "health-food", "food-safety-standard"]),
];

#[test]
fn every_new_glossary_term_is_tappable_in_an_article_of_its_category() {
    let c = compiled();
    let mut bad = Vec::new();
    for (cat, ids) in NEW_TERMS {
        for id in ids {
            let Some(term) = c.glossary.iter().find(|t| t.id == *id) else {
                bad.push(format!("{cat}: no glossary term {id}"));
                continue;
            };
            // A term is a button only in body text: not in a heading, not inside a link.
            let button = format!("data-term=\"{id}\"");
            let tappable: Vec<&str> =
                c.article_html.iter().filter(|(_, html)| html.contains(&button)).map(|(a, _)| a.as_str()).collect();
            if !tappable.iter().any(|a| category_of(c, a) == Some(cat)) {
                bad.push(format!("{cat}: {} ({id}) is tappable in no {cat} article (only in {tappable:?})", term.term));
            }
        }
    }
    assert!(bad.is_empty(), "glossary terms nobody can tap where they belong:\n{}", bad.join("\n"));
}

proptest! {
    #[test]
    fn decoding_any_link_never_panics(s in ".{0,80}") {
        let c = &compiled().intake;
        let _ = decode(c, &s);
        let _ = decode(c, &format!("v={}&a={s}", c.version));
    }
}

#[test]
fn the_seeded_order_is_the_one_the_browser_test_expects() {
    let c = compiled();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/seeded-order.json");
    let fixture: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let topics: Vec<String> =
        fixture["topics"].as_array().unwrap().iter().map(|t| t.as_str().unwrap().to_string()).collect();
    let picks = kiosk_core::quiz::order::draw(
        &c.quiz,
        &topics,
        fixture["count"].as_u64().unwrap() as usize,
        fixture["seed"].as_u64().unwrap(),
    );
    let ids: Vec<String> = picks.iter().map(|&i| c.quiz.questions[i].id.clone()).collect();
    let want: Vec<String> =
        fixture["ids"].as_array().unwrap().iter().map(|t| t.as_str().unwrap().to_string()).collect();
    assert_eq!(
        ids, want,
        "update tests/fixtures/seeded-order.json only after a deliberate change to the bank or to order::draw"
    );
}
