//! The content compiler never panics, whatever a clerk (or a cat on the keyboard) writes:
//! random text as an article, as site.toml, the glossary, the questionnaire and the triage rules.

use std::path::Path;

use kiosk_content::diag::Diagnostics;
use proptest::prelude::*;

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kiosk-parsers-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The site of the base fixture, for the questionnaire's room references.
fn base_site() -> &'static kiosk_core::model::Site {
    static SITE: std::sync::OnceLock<kiosk_core::model::Site> = std::sync::OnceLock::new();
    SITE.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content/base");
        kiosk_content::compile(&root).0.expect("base compiles").site
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn an_article_of_any_text_gives_diagnostics_not_a_panic(body in "(\\PC|\n){0,400}", fm in "[a-z=\" \n\\[\\]+]{0,80}") {
        let mut diags = Diagnostics::default();
        let text = format!("+++\n{fm}\n+++\n{body}");
        let _ = kiosk_content::article::draft(Path::new("library/family/x.md"), &text, "family", &mut diags);
        let _ = kiosk_content::article::draft(Path::new("library/family/x.md"), &body, "family", &mut diags);
    }

    #[test]
    fn site_glossary_questionnaire_and_triage_files_of_any_text_never_panic(text in "(\\PC|\n){0,300}") {
        let dir = scratch("site");
        let file = dir.join("any.toml");
        std::fs::write(&file, &text).unwrap();
        let mut diags = Diagnostics::default();
        let _ = kiosk_content::site::compile(&file, &mut diags);
        let _ = kiosk_content::glossary::compile(&file, &mut diags);
        let _ = kiosk_content::intake::compile(&file, base_site(), &Default::default(), &mut diags);
        // The same text as every file of an intake folder: triage.toml, danger.toml, a corpus file.
        std::fs::write(dir.join("triage.toml"), &text).unwrap();
        std::fs::write(dir.join("danger.toml"), &text).unwrap();
        std::fs::create_dir_all(dir.join("corpus")).unwrap();
        std::fs::write(dir.join("corpus/a.tsv"), &text).unwrap();
        let _ = kiosk_content::triage::compile(&dir, &["danger".to_string()], &mut diags);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn a_rendered_article_of_odd_markdown_never_panics() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content/base");
    let (compiled, _) = kiosk_content::compile(&root);
    let c = compiled.expect("base compiles");
    let links = kiosk_content::link::Links {
        articles: c.library.articles.iter().map(|a| a.id.clone()).collect(),
        rooms: c.site.rooms.iter().map(|r| r.id.clone()).collect(),
        quiz_topics: ["marriage".to_string()].into(),
        allow_external: false,
    };
    let ctx = kiosk_content::article::Context { links: &links, terms: &c.glossary, rooms: &c.site.rooms };
    for body in [
        "",
        "## 要点\n",
        "- [a](",
        "[x](article:)",
        "```\n<b>\n",
        "| a |\n|---|\n| <i> |",
        "## 法律依据\n第条",
        "#\n##\n###",
        "{{rooms}}",
        "![img](x.png)",
    ] {
        let text = format!("+++\nid = \"x\"\ntitle = \"t\"\ncategory = \"family\"\nkeywords = [\"k\"]\nchecked = \"2026-01-01\"\nintake = \"family\"\n+++\n{body}");
        let mut diags = Diagnostics::default();
        let draft = kiosk_content::article::draft(Path::new("library/family/x.md"), &text, "family", &mut diags)
            .expect("front matter is fine");
        let _ = kiosk_content::article::render(&draft, &ctx, &mut diags);
        assert!(!diags.errors.is_empty(), "{body:?} is not a complete article");
    }
}
