//! The content compiler: reads content/, validates every file, and emits what the kiosk loads
//! (`data/*.json`, one HTML fragment per article). Bad content becomes `file:line: message`.
//! [`finish`] completes Trunk's build (pre-rendered pages, service worker, precompression). The
//! benchmark's mdBook peer is not made here: bench/peer.mjs writes it after the build.

#![warn(missing_docs, unreachable_pub)]

pub mod article;
pub mod citation;
pub mod corpus;
pub mod danger;
pub mod diag;
pub mod finish;
pub mod glossary;
pub mod intake;
pub mod library;
pub mod link;
pub mod prerender;
pub mod quiz;
pub mod search;
pub mod site;
pub mod triage;

use std::path::Path;

use kiosk_core::intake::graph::Questionnaire;
use kiosk_core::model::{Library, SearchDoc, SearchIndex, Site, Term};
use kiosk_core::quiz::bank::Bank;
use kiosk_core::triage::Rules;

use crate::diag::Diagnostics;
use crate::link::Links;

/// Everything the kiosk loads, compiled from one content/ folder.
#[derive(Debug)]
pub struct Compiled {
    /// `data/site.json`.
    pub site: Site,
    /// `data/library.json`.
    pub library: Library,
    /// `data/articles/<id>.html`, in library order.
    pub article_html: Vec<(String, String)>,
    /// `data/glossary.json`.
    pub glossary: Vec<Term>,
    /// `data/search.json`.
    pub search: SearchIndex,
    /// `data/intake.json`.
    pub intake: Questionnaire,
    /// `data/triage.json`.
    pub triage: Rules,
    /// `data/quiz.json`.
    pub quiz: Bank,
}

/// Compiles a content folder. Returns the output only when there are no errors.
pub fn compile(content: &Path) -> (Option<Compiled>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let Some(site_out) = site::compile(&content.join("site.toml"), &mut diags) else {
        return (None, diags);
    };
    let glossary = glossary::compile(&content.join("glossary.toml"), &mut diags);
    let (categories, drafts) = library::drafts(&content.join("library"), &mut diags);
    let quiz_dir = content.join("quiz");
    let articles: std::collections::BTreeSet<String> = drafts.iter().map(|d| d.meta.id.clone()).collect();
    let quiz = quiz::compile(&quiz_dir, &articles, &mut diags);
    let links = Links {
        articles,
        rooms: site_out.room_lines.keys().cloned().collect(),
        quiz_topics: quiz.topics.iter().map(|t| t.id.clone()).collect(),
        allow_external: site_out.allow_external_links,
    };
    let ctx = article::Context { links: &links, terms: &glossary, rooms: &site_out.site.rooms };
    let mut library = Library { categories, articles: Vec::new() };
    let mut article_html = Vec::new();
    let mut docs = Vec::new();
    for d in &drafts {
        let a = article::render(d, &ctx, &mut diags);
        let mut pinyin = Vec::new();
        let mut initials = Vec::new();
        for word in std::iter::once(&a.meta.title).chain(&a.meta.keywords) {
            let (full, init) = search::pinyin_of(word);
            pinyin.push(full);
            initials.push(init);
        }
        docs.push(SearchDoc {
            id: a.meta.id.clone(),
            title: a.meta.title.clone(),
            summary: a.meta.summary.join("\n"),
            keywords: a.meta.keywords.clone(),
            body: a.text,
            pinyin,
            initials,
        });
        article_html.push((a.meta.id.clone(), a.html));
        library.articles.push(a.meta);
    }
    let synonyms = search::load_synonyms(&content.join("synonyms.toml"), &mut diags);
    let intake =
        intake::compile(&content.join("intake/questionnaire.toml"), &site_out.site, &links.articles, &mut diags);
    let screens: Vec<String> = intake.urgent.iter().map(|u| u.id.clone()).collect();
    let triage = triage::compile(&content.join("intake"), &screens, &mut diags);
    if !diags.errors.is_empty() {
        return (None, diags);
    }
    let compiled = Compiled {
        site: site_out.site,
        library,
        article_html,
        glossary,
        search: SearchIndex { docs, synonyms },
        intake,
        triage,
        quiz,
    };
    (Some(compiled), diags)
}

impl Compiled {
    /// Writes `data/…` under `out`.
    pub fn write(&self, out: &Path) -> std::io::Result<()> {
        let data = out.join("data");
        let articles = data.join("articles");
        std::fs::create_dir_all(&articles)?;
        let json = |name: &str, v: &dyn erased::Json| std::fs::write(data.join(name), v.json());
        json("site.json", &self.site)?;
        json("library.json", &self.library)?;
        json("glossary.json", &self.glossary)?;
        json("search.json", &self.search)?;
        json("intake.json", &self.intake)?;
        json("triage.json", &self.triage)?;
        json("quiz.json", &self.quiz)?;
        for (id, html) in &self.article_html {
            std::fs::write(articles.join(format!("{id}.html")), html)?;
        }
        Ok(())
    }
}

mod erased {
    //! Serialises any of the compiled values to compact JSON.
    pub(crate) trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).expect("compiled content is plain data and always serialises")
        }
    }
}
