//! Native tests of triage with a small hand-made rule set: keywords, danger signals and the model.

use proptest::prelude::*;

use super::danger::{Combo, Signal};
use super::model::{train, Model};
use super::*;

fn kw(words: &[(&str, u32)]) -> Vec<Keyword> {
    words.iter().map(|(w, n)| Keyword { word: w.to_string(), weight: *n }).collect()
}

fn cat(id: &str, reason: &str, words: &[(&str, u32)]) -> CategoryRules {
    CategoryRules { id: id.into(), reason: reason.into(), guess: format!("像是{id}。"), keywords: kw(words) }
}

fn signal(id: &str, class: &str, level: Level, words: &[&str], except: &[&str]) -> Signal {
    Signal {
        id: id.into(),
        class: class.into(),
        level,
        settles: true,
        words: words.iter().map(|w| w.to_string()).collect(),
        except: except.iter().map(|w| w.to_string()).collect(),
    }
}

fn rules() -> Rules {
    Rules {
        replacements: vec![
            ("俺".into(), "我".into()),
            ("俺们".into(), "我们".into()),
            ("离昏".into(), "离婚".into()),
            ("当家的".into(), "丈夫".into()),
        ],
        danger: DangerRules {
            signals: vec![
                signal("violence_now", "state", Level::Strong, &["正在打"], &[]),
                signal("harm", "intent", Level::Weak, &["打我", "杀了"], &["杀了鸡"]),
                Signal { settles: false, ..signal("self_harm", "intent", Level::Strong, &["不想活"], &[]) },
                signal("now", "time", Level::None, &["今晚"], &[]),
            ],
            combos: vec![Combo { all: vec!["harm".into(), "time".into()] }],
            negations: vec!["没有".into()],
            settled: vec!["调解好了".into()],
            past: vec!["去年".into()],
            calm: Vec::new(),
            strong_reason: "危险：{words}，请先打110。".into(),
            weak_reason: "可能危险：{words}。".into(),
            model_reason: "模型：可能危险。".into(),
            model_margin: None,
            ..DangerRules::default()
        },
        screens: vec![("self_harm".into(), "self-harm".into())],
        default_screen: "danger".into(),
        categories: vec![
            cat("family", "家事：{words}。", &[("离婚", 2), ("丈夫", 1), ("彩礼", 2), ("彩礼钱", 3)]),
            cat("domestic_violence", "家暴：{words}。", &[("打我", 4), ("家暴", 6)]),
            cat("neighbour", "邻里：{words}。", &[("隔壁", 2), ("挡光", 2), ("宅基地", 3)]),
            cat("labour", "工钱：{words}。", &[("工钱", 2), ("包工头", 3)]),
        ],
        fallback: "请到接待大厅。".into(),
        fillers: "再都".into(),
        model: Model::default(),
        danger_model: Model::default(),
        keyword_weight: 1,
        min_margin: 0,
        ..Rules::default()
    }
}

#[test]
fn normalising_folds_width_drops_punctuation_and_applies_replacements() {
    let r = rules();
    assert_eq!(normalize(&r, "俺们 要，离昏！ＡＢ"), "我们要离婚ab");
    assert_eq!(normalize(&r, "俺当家的"), "我丈夫");
    assert_eq!(normalize(&r, "😀  。"), "");
}

#[test]
fn keywords_pick_a_category_and_quote_the_words() {
    let v = triage(&rules(), "隔壁盖房子挡光了");
    assert_eq!(v.category, "neighbour");
    assert!(!v.urgent);
    assert_eq!(v.matched, ["隔壁", "挡光"]);
    assert_eq!(v.reason, "邻里：“隔壁”和“挡光”。");
}

#[test]
fn dialect_and_typos_are_understood() {
    let v = triage(&rules(), "俺要和当家的离昏");
    assert_eq!(v.category, "family");
    assert_eq!(v.matched, ["丈夫", "离婚"]);
}

#[test]
fn the_longest_keyword_wins_at_each_place_and_counts_once() {
    let v = triage(&rules(), "彩礼钱彩礼钱");
    assert_eq!(v.matched, ["彩礼钱"]);
    assert_eq!(v.category, "family");
}

#[test]
fn heavier_keywords_beat_more_mentions_of_light_ones() {
    assert_eq!(triage(&rules(), "丈夫家暴").category, "domestic_violence");
}

#[test]
fn ties_go_to_more_words_then_the_earlier_word_then_category_order() {
    let r = rules();
    // 工钱 (2) against 离婚 (2): the earlier one wins.
    assert_eq!(triage(&r, "工钱没给要离婚").category, "labour");
    assert_eq!(triage(&r, "要离婚工钱没给").category, "family");
    // 宅基地 (3) against 丈夫 + 离婚 (3): more words win.
    assert_eq!(triage(&r, "宅基地丈夫离婚").category, "family");
}

#[test]
fn danger_comes_first_but_keeps_the_likely_category() {
    let v = triage(&rules(), "隔壁的人正在打我");
    assert!(v.urgent);
    assert_eq!(v.danger, Level::Strong);
    assert_eq!(v.category, "domestic_violence");
    assert_eq!(v.reason, "危险：“正在打”和“打我”，请先打110。");
    assert_eq!(v.matched, ["正在打", "打我"]);
    assert_eq!(v.signals, ["violence_now", "harm"]);
    assert_eq!(v.screen, "danger");
}

#[test]
fn a_weak_signal_asks_first_and_quotes_its_words() {
    let v = triage(&rules(), "隔壁说要杀了我");
    assert_eq!((v.danger, v.urgent), (Level::Weak, true));
    assert_eq!(v.category, "neighbour");
    assert_eq!(v.reason, "可能危险：“杀了”。");
    assert_eq!(triage(&rules(), "隔壁说今晚要杀了我").danger, Level::Strong, "harm + time is a combination");
}

#[test]
fn self_harm_opens_its_own_urgent_screen() {
    let v = triage(&rules(), "俺不想活了");
    assert_eq!((v.category.as_str(), v.danger), ("other", Level::Strong));
    assert_eq!(v.screen, "self-harm");
    assert_eq!(v.reason, "危险：“不想活”，请先打110。");
}

#[test]
fn harmless_phrases_negations_and_settled_matters_are_calm() {
    assert!(!triage(&rules(), "隔壁杀了鸡扔我家门口").urgent);
    assert!(triage(&rules(), "杀了鸡还说要杀了我").urgent);
    assert!(!triage(&rules(), "他没有打我").urgent);
    assert_eq!(triage(&rules(), "他没有打我").category, "other", "a negated keyword does not count either");
    assert!(!triage(&rules(), "他打我，后来调解好了").urgent);
    assert!(!triage(&rules(), "去年他打我").urgent, "a past clause");
    assert!(triage(&rules(), "去年他打我，今晚又打我").urgent, "now keeps its own clause open");
    assert!(triage(&rules(), "调解好了，可他又说不想活").urgent, "self-harm never settles");
}

#[test]
fn filler_characters_inside_a_danger_word_do_not_hide_it() {
    let v = triage(&rules(), "我不想再活了");
    assert!(v.urgent);
    assert_eq!(v.matched, ["不想活"]);
    assert!(!triage(&rules(), "再都").urgent);
    let r = Rules {
        danger: DangerRules { signals: vec![signal("x", "intent", Level::Weak, &["打我"], &[])], ..rules().danger },
        ..rules()
    };
    assert!(!triage(&r, "打都我").urgent, "a two-character word must stand as written");
}

#[test]
fn the_learned_model_names_a_category_without_keywords_and_can_ask_about_danger() {
    let chars = |s: &str| s.chars().collect::<Vec<char>>();
    let examples = [(0, chars("孩子抚养费")), (0, chars("孩子跟谁")), (4, chars("老板不给钱")), (4, chars("老板跑了"))];
    let mut r = rules();
    r.model = train(&examples, CATEGORIES.len(), 256, 0.5);
    r.min_margin = 4;
    let v = triage(&r, "孩子");
    assert_eq!((v.category.as_str(), v.reason.as_str()), ("family", "像是family。"));
    assert_eq!(triage(&r, "老板").category, "labour");
    assert_eq!(triage(&r, "你好").category, "other", "no lead, no guess");
    r.danger_model = train(&[(0, chars("买菜")), (1, chars("拿着汽油"))], 2, 256, 0.5);
    r.danger.model_margin = Some(4);
    let v = triage(&r, "汽油");
    assert_eq!(
        (v.danger, v.signals.as_slice(), v.reason.as_str()),
        (Level::Weak, ["model".to_string()].as_slice(), "模型：可能危险。")
    );
    assert_eq!(triage(&r, "买菜").danger, Level::None);
}

#[test]
fn nothing_matched_is_other_with_the_fallback() {
    let v = triage(&rules(), "你好");
    assert_eq!(
        v,
        Verdict {
            category: "other".into(),
            urgent: false,
            danger: Level::None,
            signals: vec![],
            screen: "danger".into(),
            reason: "请到接待大厅。".into(),
            matched: vec![]
        }
    );
    assert_eq!(triage(&rules(), "").category, "other");
    assert_eq!(triage(&Rules::default(), "随便说点什么").category, "other");
}

#[test]
fn at_most_three_words_are_quoted() {
    let r = Rules {
        categories: vec![cat("neighbour", "{words}", &[("甲", 1), ("乙", 1), ("丙", 1), ("丁", 1)])],
        ..rules()
    };
    assert_eq!(triage(&r, "甲乙丙丁").reason, "“甲”、“乙”和“丙”");
}

#[test]
fn categories_are_the_intake_branches() {
    assert_eq!(CATEGORIES.len(), 9);
    assert_eq!(CATEGORIES[8], "other");
}

#[test]
fn rules_round_trip_through_json() {
    let r = rules();
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(serde_json::from_str::<Rules>(&json).unwrap(), r);
}

proptest! {
    #[test]
    fn any_text_gives_a_known_category(text in "\\PC{0,400}") {
        let v = triage(&rules(), &text);
        prop_assert!(CATEGORIES.contains(&v.category.as_str()));
        prop_assert!(!v.reason.is_empty());
        prop_assert_eq!(v.urgent, v.danger != Level::None);
    }
}

#[test]
fn a_megabyte_of_mixed_scripts_and_emoji_never_panics_and_stays_quick_to_read() {
    let piece = "他正在打我😀🚨ＡＢＣ abc 123 ١٢٣ עברית русский 漢字かなカナ\u{200d}\u{fe0f}\t\n";
    let big: String = piece.chars().cycle().take(1 << 20).collect();
    let v = triage(&rules(), &big);
    assert!(v.urgent, "the danger at the start is still seen");
    let empty_lines = "\n".repeat(1 << 20);
    assert!(!triage(&rules(), &empty_lines).urgent);
}
