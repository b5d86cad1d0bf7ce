//! From a typed sentence to the right screen: every urgent screen a danger signal names is
//! reachable by the same taps a person would make, and the verdicts the browser test expects
//! (`tests/fixtures/triage-verdicts.json`, also read by tests/e2e/intake.test.mjs) are the native
//! ones, so native and wasm must agree. `BLESS=1` rewrites the fixture after a reviewed change.

mod common;

use std::path::Path;

use kiosk_core::intake::engine::{calm_answer, path_to_urgent, walk, Screen};
use kiosk_core::triage::triage;
use serde_json::{json, Value};

/// Sentences written for this test (not from any corpus): ten dangers of different classes, one
/// weak sign (asks first), five hard calm ones that share danger's words, and plain ones.
const SENTENCES: [&str; 20] = [
    "他拿着菜刀往我家来了",
    "我活着没意思，农药都买好了",
    "我妈有老年痴呆，早上出门到现在还没回来",
    "老公把我锁在屋里三天不给饭吃",
    "邻居说今晚要一把火烧了我家房子",
    "我儿子被人打了，头上一直流血叫不醒",
    "两个村的人拿着锄头铁锹在地头对峙",
    "我媳妇怀孕六个月被她男人踹了肚子",
    "老板不给工钱，工友们说明天一早去堵他家门，有人带了汽油",
    "我站在楼顶上，不想再拖累家里人了",
    "我男人经常打我，我想离婚",
    "我在工地打工，老板欠了三个月工资",
    "去年和邻居打了一架，后来村里调解好了，现在想问宅基地的事",
    "菜刀质量太差，刚买两天就卷刃了，店家不给退",
    "医院给我爸开刀以后刀口感染了，想问怎么维权",
    "给麦子打农药的时候邻居家的羊跑进来啃了一片",
    "隔壁盖房挡了俺家的光",
    "交警的事故认定书我不服",
    "借给表哥三万块钱他不还",
    "他说他不会做傻事，让我们放心",
];

#[test]
fn every_urgent_screen_a_signal_names_is_reachable_by_taps() {
    let (c, _) = kiosk_content::compile(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"));
    let c = c.expect("content compiles");
    let q = &c.intake;
    assert_eq!(path_to_urgent(q, "danger"), Some(vec![0]), "有危险 on the first question");
    assert_eq!(path_to_urgent(q, "self-harm"), Some(vec![2, 0]), "说不清, then 有人说不想活了");
    assert_eq!(path_to_urgent(q, "no-such-screen"), None);
    let calm = calm_answer(q).expect("the danger question has a calm answer");
    assert!(matches!(walk(q, &[calm]), Ok((Screen::Question(x), _)) if x.answers.iter().any(|a| a.branch.is_some())));
    for (_, screen) in c.triage.screens.iter().chain([(String::new(), c.triage.default_screen.clone())].iter()) {
        let path = path_to_urgent(q, screen).unwrap_or_else(|| panic!("urgent screen {screen} is unreachable"));
        assert!(matches!(walk(q, &path), Ok((Screen::Urgent(u), _)) if &u.id == screen));
    }
}

#[test]
fn the_browser_fixture_holds_the_native_verdicts() {
    let rules = common::real_triage();
    let got: Vec<Value> = SENTENCES
        .iter()
        .map(|s| {
            let v = triage(&rules, s);
            json!({ "text": s, "category": v.category, "urgent": v.urgent, "danger": v.danger, "signals": v.signals })
        })
        .collect();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/triage-verdicts.json");
    let got_text = serde_json::to_string_pretty(&got).unwrap() + "\n";
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &got_text).unwrap();
    }
    let want = std::fs::read_to_string(&path).expect("tests/fixtures/triage-verdicts.json (BLESS=1 writes it)");
    assert_eq!(got_text, want, "native verdicts changed; review, then BLESS=1");
    let urgent = got.iter().filter(|v| v["urgent"] == json!(true)).count();
    assert_eq!(urgent, 11, "the eleven dangers are flagged and the nine calm sentences are not: {got:#?}");
    assert!(got[..10].iter().all(|v| v["danger"] == json!("strong")));
    assert_eq!(got[10]["danger"], json!("weak"));
}

#[test]
fn a_misrouted_sentence_added_to_the_corpus_is_routed_right_after_the_next_build() {
    // Fresh sentences and the category a centre wants them in, which the current build does not
    // give (no keyword of another category decides them: a keyword is fixed in triage.toml, not by
    // the corpus). The first still misrouted is the one a clerk adds.
    let candidates = [
        ("学校食堂的饭菜涨价了也不跟家长说一声", "consumer"),
        ("物业费涨了一倍业主群里吵翻了", "neighbour"),
        ("驾校收了报名费三千，教练一直不给排课", "consumer"),
    ];
    let intake = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/intake");
    let screens = ["danger".to_string(), "self-harm".to_string(), "dv".to_string()];
    let compile = |dir: &Path| {
        let mut diags = kiosk_content::diag::Diagnostics::default();
        let rules = kiosk_content::triage::compile(dir, &screens, &mut diags);
        assert!(diags.errors.is_empty(), "{:?}", diags.errors);
        rules
    };
    let now = compile(&intake);
    let (sentence, right) = candidates
        .into_iter()
        .find(|(s, right)| triage(&now, s).category != *right)
        .expect("every candidate is routed right already: add a sentence the kiosk gets wrong");
    // What a clerk does: add one line to a corpus file, then build again.
    let copy = std::env::temp_dir().join(format!("kiosk-misrouted-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    std::fs::create_dir_all(copy.join("corpus")).unwrap();
    for f in ["triage.toml", "danger.toml"] {
        std::fs::copy(intake.join(f), copy.join(f)).unwrap();
    }
    for e in std::fs::read_dir(intake.join("corpus")).unwrap().filter_map(Result::ok) {
        std::fs::copy(e.path(), copy.join("corpus").join(e.file_name())).unwrap();
    }
    std::fs::write(copy.join("corpus/added-by-staff.tsv"), format!("calm\t{right}\t{sentence}\n")).unwrap();
    let after = triage(&compile(&copy), sentence);
    std::fs::remove_dir_all(&copy).unwrap();
    assert_eq!((after.category.as_str(), after.urgent), (right, false), "{sentence}: {after:?}");
}

#[test]
fn a_category_is_named_by_the_answer_that_chooses_it() {
    let (c, _) = kiosk_content::compile(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"));
    let q = c.expect("content compiles").intake;
    assert_eq!(q.category_label("traffic"), "交通事故");
    assert_eq!(q.category_label("no-such-branch"), "其他的事");
    for cat in kiosk_core::triage::CATEGORIES {
        assert_ne!(q.category_label(cat), "其他的事", "{cat} has an answer that chooses it");
    }
}
