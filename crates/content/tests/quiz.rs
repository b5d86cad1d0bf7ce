//! Fixture tests for the quiz compiler: each folder under `tests/fixtures/quiz/` holds quiz files
//! and `expected.txt`, the exact diagnostic lines (paths relative to the folder).

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use kiosk_content::diag::Diagnostics;
use kiosk_content::quiz::compile;
use kiosk_core::quiz::bank::{Bank, Kind};

const FIXTURES: &str = "tests/fixtures/quiz";

fn articles() -> BTreeSet<String> {
    ["cooling-off", "court-divorce", "marital-property", "elder-support", "inheritance-order", "what-is-dv"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// Compiles one fixture folder; returns the bank and the error lines with the folder prefix cut.
fn run(case: &str) -> (Bank, Vec<String>) {
    let dir = Path::new(FIXTURES).join(case);
    let mut diags = Diagnostics::default();
    let bank = compile(&dir, &articles(), &mut diags);
    assert!(diags.warnings.is_empty(), "{case}: unexpected warnings {:?}", diags.warnings);
    (bank, common::lines(&diags, &dir))
}

#[test]
fn every_fixture_gives_exactly_its_expected_lines() {
    common::check(Path::new(FIXTURES), 20, &[], |case| {
        let (_, got) = run(case);
        assert!(case == "good" || !got.is_empty(), "{case} compiled without errors");
        got
    });
}

#[test]
fn the_good_bank_is_compiled_in_order() {
    let (bank, errors) = run("good");
    assert!(errors.is_empty(), "{errors:?}");
    let topics: Vec<(&str, &str, &str)> =
        bank.topics.iter().map(|t| (t.id.as_str(), t.name.as_str(), t.article.as_str())).collect();
    assert_eq!(topics, [("elderly", "老年人权益与赡养", "elder-support"), ("marriage", "婚姻家庭", "cooling-off")]);

    let ids: Vec<&str> = bank.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["elderly-001", "elderly-002", "marriage-001", "marriage-002", "marriage-003"]);

    let single = &bank.questions[2];
    assert_eq!(single.topic, "marriage");
    assert_eq!(single.kind, Kind::Single);
    assert_eq!(single.level, 1);
    assert_eq!(single.text, "登记离婚时，冷静期是多少天？");
    assert_eq!(single.options, ["15天", "30天", "60天", "没有冷静期"]);
    assert_eq!(single.answer, [1]);
    assert_eq!(single.cite, "《民法典》第1077条");
    assert_eq!(single.article, "cooling-off", "defaults to the topic's article");

    let judge = &bank.questions[3];
    assert_eq!(judge.kind, Kind::Judge);
    assert_eq!(judge.options, ["对", "错"]);
    assert_eq!(judge.answer, [1], "错 is the second option");
    assert_eq!(judge.article, "court-divorce");

    let multi = &bank.questions[4];
    assert_eq!(multi.kind, Kind::Multi);
    assert_eq!(multi.level, 2);
    assert_eq!(multi.answer, [0, 1], "letters become ascending indexes");
    assert_eq!(multi.article, "marital-property");

    let elderly = &bank.questions[0];
    assert_eq!((elderly.kind, elderly.answer.as_slice()), (Kind::Judge, &[1usize][..]));
    let lenient = &bank.questions[1];
    assert_eq!(lenient.answer, [0, 2, 3], "\"d, a c\" is read as A, C and D");
    assert_eq!(lenient.level, 3);
}

#[test]
fn the_bank_survives_json() {
    let (bank, _) = run("good");
    let json = serde_json::to_string(&bank).unwrap();
    assert_eq!(serde_json::from_str::<Bank>(&json).unwrap(), bank);
}

#[test]
fn a_missing_folder_is_one_error() {
    let mut diags = Diagnostics::default();
    let bank = compile(Path::new("tests/fixtures/quiz/no-such-folder"), &articles(), &mut diags);
    assert_eq!(bank, Bank::default());
    assert_eq!(diags.errors.len(), 1);
    assert!(diags.errors[0].message.starts_with("cannot read the quiz folder"), "{}", diags.errors[0]);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    static CASE: AtomicUsize = AtomicUsize::new(0);

    /// Writes `bytes` as the only file of a fresh temporary folder and compiles it.
    fn compile_bytes(name: &str, bytes: &[u8]) {
        let n = CASE.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("kiosk-quiz-prop-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(name), bytes).unwrap();
        let mut diags = Diagnostics::default();
        let _ = compile(&dir, &articles(), &mut diags);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Lines a quiz file is made of, some right and some wrong, to reach past the TOML parser.
    const LINES: &[&str] = &[
        "[topic]",
        "[[q]]",
        "[q]",
        "id = \"marriage\"",
        "id = \"marriage-001\"",
        "id = \"\"",
        "name = \"婚姻家庭\"",
        "article = \"cooling-off\"",
        "article = \"nope\"",
        "type = \"single\"",
        "type = \"multi\"",
        "type = \"judge\"",
        "type = \"x\"",
        "level = 1",
        "level = -9223372036854775808",
        "level = 3.5",
        "text = \"题目？\"",
        "options = [\"甲\", \"乙\", \"丙\"]",
        "options = []",
        "options = [\"\", \"甲\", \"甲\"]",
        "answer = \"B\"",
        "answer = \"ZZ\"",
        "answer = \"对\"",
        "answer = \"a,c\"",
        "answer = \"é\"",
        "explain = \"一。二！三？四\"",
        "explain = \"短。\"",
        "cite = \"《民法典》第1077条\"",
        "cite = 5",
        "x = 1",
        "\"",
        "= =",
        "text = \"\"\"\n多行\n\"\"\"",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn on_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            compile_bytes("marriage.toml", &bytes);
        }

        #[test]
        fn on_random_quiz_like_files(picks in proptest::collection::vec(0..LINES.len(), 0..40)) {
            let text: Vec<&str> = picks.iter().map(|&i| LINES[i]).collect();
            compile_bytes("marriage.toml", text.join("\n").as_bytes());
        }
    }
}
