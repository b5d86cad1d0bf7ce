//! Native tests of triage with a small hand-made rule set.

use proptest::prelude::*;

use super::*;

fn kw(words: &[(&str, u32)]) -> Vec<Keyword> {
    words.iter().map(|(w, n)| Keyword { word: w.to_string(), weight: *n }).collect()
}

fn cat(id: &str, reason: &str, words: &[(&str, u32)]) -> CategoryRules {
    CategoryRules { id: id.into(), reason: reason.into(), keywords: kw(words) }
}

fn rules() -> Rules {
    Rules {
        replacements: vec![
            ("俺".into(), "我".into()),
            ("俺们".into(), "我们".into()),
            ("离昏".into(), "离婚".into()),
            ("当家的".into(), "丈夫".into()),
        ],
        danger: vec![
            Danger {
                name: "伤人".into(),
                words: vec!["正在打".into(), "杀了".into()],
                except: vec!["杀了鸡".into()],
                lean: Some("domestic_violence".into()),
                reason: "您说到了{words}，请先打110。".into(),
            },
            Danger {
                name: "轻生".into(),
                words: vec!["不想活".into()],
                except: Vec::new(),
                lean: None,
                reason: "您说到了{words}，请先打120或12356。".into(),
            },
        ],
        categories: vec![
            cat("family", "家事：{words}。", &[("离婚", 2), ("丈夫", 1), ("彩礼", 2), ("彩礼钱", 3)]),
            cat("domestic_violence", "家暴：{words}。", &[("打我", 4), ("家暴", 6)]),
            cat("neighbour", "邻里：{words}。", &[("隔壁", 2), ("挡光", 2), ("宅基地", 3)]),
            cat("labour", "工钱：{words}。", &[("工钱", 2), ("包工头", 3)]),
        ],
        fallback: "请到接待大厅。".into(),
        fillers: "再都".into(),
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
fn danger_words_always_win_but_keep_the_likely_category() {
    let v = triage(&rules(), "隔壁的人正在打我");
    assert!(v.urgent);
    assert_eq!(v.category, "domestic_violence");
    assert_eq!(v.reason, "您说到了“正在打”，请先打110。");
    assert_eq!(v.matched, ["正在打", "打我"]);
    let v = triage(&rules(), "隔壁说要杀了我");
    assert!(v.urgent);
    assert_eq!(v.category, "neighbour");
}

#[test]
fn danger_without_keywords_uses_the_lean_or_other() {
    let v = triage(&rules(), "他正在打");
    assert_eq!((v.category.as_str(), v.urgent), ("domestic_violence", true));
    let v = triage(&rules(), "俺不想活了");
    assert_eq!((v.category.as_str(), v.urgent), ("other", true));
    assert_eq!(v.reason, "您说到了“不想活”，请先打120或12356。");
}

#[test]
fn the_first_danger_group_in_order_gives_the_reason() {
    let v = triage(&rules(), "不想活了他正在打我");
    assert_eq!(v.reason, "您说到了“不想活”和“正在打”，请先打110。");
}

#[test]
fn harmless_phrases_cancel_a_danger_word() {
    assert!(!triage(&rules(), "隔壁杀了鸡扔我家门口").urgent);
    assert!(triage(&rules(), "杀了鸡还说要杀了我").urgent);
    let r = Rules {
        danger: vec![Danger { except: vec!["打工".into()], ..rules().danger[0].clone() }],
        ..rules()
    };
    assert!(!triage(&r, "他正在打工").urgent);
    assert!(triage(&r, "他正在打我").urgent);
}

#[test]
fn filler_characters_inside_a_danger_word_do_not_hide_it() {
    let v = triage(&rules(), "我不想再活了");
    assert!(v.urgent);
    assert_eq!(v.matched, ["不想活"]);
    assert!(triage(&rules(), "他正在都打").urgent);
    assert!(!triage(&rules(), "再都").urgent);
}

#[test]
fn nothing_matched_is_other_with_the_fallback() {
    let v = triage(&rules(), "你好");
    assert_eq!(
        v,
        Verdict {
            category: "other".into(), urgent: false, reason: "请到接待大厅。".into(), matched: vec![]
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
    }
}
