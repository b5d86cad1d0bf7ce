//! Native tests of search: bigrams, single characters, pinyin, synonyms, ranking, highlighting.

use proptest::prelude::*;

use super::{search, Hit, Segment};
use crate::model::{SearchDoc, SearchIndex};

fn doc(id: &str, title: &str, keywords: &[&str], summary: &str, body: &str) -> SearchDoc {
    SearchDoc {
        id: id.into(),
        title: title.into(),
        summary: summary.into(),
        keywords: keywords.iter().map(|k| k.to_string()).collect(),
        body: body.into(),
        pinyin: Vec::new(),
        initials: Vec::new(),
    }
}

fn with_pinyin(mut d: SearchDoc, pinyin: &[(&str, &str)]) -> SearchDoc {
    d.pinyin = pinyin.iter().map(|p| p.0.to_string()).collect();
    d.initials = pinyin.iter().map(|p| p.1.to_string()).collect();
    d
}

fn library() -> SearchIndex {
    SearchIndex {
        docs: vec![
            with_pinyin(
                doc(
                    "cooling-off",
                    "登记离婚与冷静期",
                    &["离婚", "协议离婚", "离婚冷静期"],
                    "到民政局申请离婚后，有30天冷静期。冷静期内任何一方都可以撤回申请。",
                    "两口子商量好了要离婚，可以一起去婚姻登记处申请。\n申请以后先等30天，这叫冷静期。",
                ),
                &[
                    ("dengjilihunyulengjingqi", "djlhyljq"),
                    ("lihun", "lh"),
                    ("xieyilihun", "xylh"),
                    ("lihunlengjingqi", "lhljq"),
                ],
            ),
            with_pinyin(
                doc(
                    "bride-price",
                    "彩礼",
                    &["彩礼", "彩礼钱", "退彩礼"],
                    "彩礼在一些情形下可以要求返还。",
                    "订婚时给了彩礼，后来没有结婚，可以商量退还。\n丈夫和妻子的家里人都可以来调解。",
                ),
                &[("caili", "cl"), ("caili", "cl"), ("cailiqian", "clq"), ("tuicaili", "tcl")],
            ),
            with_pinyin(
                doc(
                    "homestead",
                    "宅基地与一户一宅",
                    &["宅基地", "盖房"],
                    "农村一户只能有一处宅基地。",
                    "宅基地是村集体的土地，村民可以用来盖房子。",
                ),
                &[("zhaijidiyuyihuyizhai", "zjdyyhyz"), ("zhaijidi", "zjd"), ("gaifang", "gf")],
            ),
            doc(
                "what-is-dv",
                "什么是家庭暴力",
                &["家暴", "家庭暴力"],
                "殴打、威胁、经常性谩骂都是家庭暴力。",
                "家庭成员之间的殴打、捆绑、残害是家庭暴力。遇到家暴，先打110。",
            ),
        ],
        synonyms: vec![("老公".into(), vec!["丈夫".into()]), ("打人".into(), vec!["家暴".into(), "殴打".into()])],
    }
}

fn ids(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

fn marked(segs: &[Segment]) -> Vec<&str> {
    segs.iter().filter(|s| s.mark).map(|s| s.text.as_str()).collect()
}

fn plain(segs: &[Segment]) -> String {
    segs.iter().map(|s| s.text.as_str()).collect()
}

#[test]
fn two_character_queries_find_their_article_first() {
    let lib = library();
    assert_eq!(ids(&search(&lib, "冷静", 10)), ["cooling-off"]);
    assert_eq!(ids(&search(&lib, "彩礼", 10)), ["bride-price"]);
    assert_eq!(ids(&search(&lib, "宅基", 10)), ["homestead"]);
    assert_eq!(ids(&search(&lib, "离婚冷静期", 10))[0], "cooling-off");
}

#[test]
fn longer_queries_need_a_bigram_not_just_scattered_characters() {
    let lib = library();
    // 期 and 天 appear in bodies, but only cooling-off holds a bigram of the query.
    assert_eq!(ids(&search(&lib, "冷静期多少天", 10)), ["cooling-off"]);
}

#[test]
fn a_query_with_no_matching_bigram_falls_back_to_characters() {
    let lib = library();
    // A typo: 彩里 has no bigram in the library, but 彩 still finds 彩礼.
    assert_eq!(ids(&search(&lib, "彩里", 10)), ["bride-price"]);
}

#[test]
fn single_characters_match_weakly_but_title_first() {
    let lib = library();
    let hits = search(&lib, "婚", 10);
    assert_eq!(ids(&hits), ["cooling-off", "bride-price"]);
    assert!(hits[0].score > hits[1].score);
    assert_eq!(marked(&hits[0].title), ["婚"]);
}

#[test]
fn pinyin_full_and_prefix() {
    let lib = library();
    assert_eq!(ids(&search(&lib, "caili", 10)), ["bride-price"]);
    assert_eq!(ids(&search(&lib, "cai", 10)), ["bride-price"]);
    assert_eq!(ids(&search(&lib, "CaiLi", 10)), ["bride-price"]);
    assert_eq!(ids(&search(&lib, "zhaijidi", 10)), ["homestead"]);
    assert_eq!(ids(&search(&lib, "lengjingqi", 10)), ["cooling-off"]);
}

#[test]
fn pinyin_initials() {
    let lib = library();
    let hits = search(&lib, "lhljq", 10);
    assert_eq!(ids(&hits), ["cooling-off"]);
    assert_eq!(marked(&hits[0].title), ["离婚", "冷静期"]);
    assert_eq!(ids(&search(&lib, "zjd", 10)), ["homestead"]);
}

#[test]
fn full_width_letters_are_folded() {
    let lib = library();
    assert_eq!(ids(&search(&lib, "ｃａｉｌｉ", 10)), ["bride-price"]);
}

#[test]
fn synonyms_expand_the_query() {
    let lib = library();
    let hits = search(&lib, "老公", 10);
    assert_eq!(ids(&hits), ["bride-price"]);
    assert_eq!(marked(&hits[0].snippet), ["丈夫"]);
    assert_eq!(ids(&search(&lib, "他打人怎么办", 10))[0], "what-is-dv");
}

#[test]
fn title_hits_rank_before_keywords_before_summary_before_body() {
    let index = SearchIndex {
        docs: vec![
            doc("body", "甲", &["乙"], "丙", "这里说到调解协议的事"),
            doc("summary", "甲", &["乙"], "调解协议", "丁"),
            doc("keywords", "甲", &["调解协议"], "丙", "丁"),
            doc("title", "调解协议", &["乙"], "丙", "丁"),
        ],
        synonyms: Vec::new(),
    };
    assert_eq!(ids(&search(&index, "调解", 10)), ["title", "keywords", "summary", "body"]);
}

#[test]
fn more_matched_bigrams_rank_higher_and_ties_keep_index_order() {
    let index = SearchIndex {
        docs: vec![
            doc("one", "调解", &[], "", ""),
            doc("two", "人民调解", &[], "", ""),
            doc("three", "调解", &[], "", ""),
        ],
        synonyms: Vec::new(),
    };
    assert_eq!(ids(&search(&index, "人民调解", 10)), ["two", "one", "three"]);
    assert_eq!(ids(&search(&index, "人民调解", 2)), ["two", "one"]);
}

#[test]
fn highlight_segments_cover_title_and_snippet() {
    let lib = library();
    let hit = &search(&lib, "冷静期", 1)[0];
    assert_eq!(
        hit.title,
        [Segment { text: "登记离婚与".into(), mark: false }, Segment { text: "冷静期".into(), mark: true },]
    );
    assert!(marked(&hit.snippet).iter().all(|m| *m == "冷静期"));
    assert!(!marked(&hit.snippet).is_empty());
    assert!(plain(&hit.snippet).chars().count() <= 42);
}

#[test]
fn snippet_is_a_window_around_the_first_body_hit() {
    let body = format!("{}宅基地的事找村委会。{}", "前面的话。".repeat(20), "后面的话。".repeat(20));
    let index = SearchIndex { docs: vec![doc("h", "盖房", &[], "", &body)], synonyms: Vec::new() };
    let hit = &search(&index, "宅基地", 1)[0];
    let text = plain(&hit.snippet);
    assert!(text.starts_with('…') && text.ends_with('…'), "{text}");
    assert!(text.contains("宅基地的事找村委会"), "{text}");
    assert_eq!(marked(&hit.snippet), ["宅基地"]);
    assert_eq!(hit.snippet[1].text, "宅基地", "starts at the sentence: {:?}", hit.snippet);
}

#[test]
fn only_title_matches_give_the_start_of_the_summary() {
    let lib = library();
    let hit = &search(&lib, "一户一宅", 1)[0];
    assert_eq!(hit.id, "homestead");
    assert_eq!(plain(&hit.snippet), "农村一户只能有一处宅基地。");
}

#[test]
fn no_result_and_empty_queries() {
    let lib = library();
    assert!(search(&lib, "火星探测", 10).is_empty());
    assert!(search(&lib, "", 10).is_empty());
    assert!(search(&lib, "，。！？  \n", 10).is_empty());
    assert!(search(&lib, "😀😀", 10).is_empty());
    assert!(search(&lib, "彩礼", 0).is_empty());
    assert!(search(&SearchIndex::default(), "彩礼", 10).is_empty());
}

#[test]
fn punctuation_and_spaces_in_the_query_are_ignored() {
    let lib = library();
    assert_eq!(ids(&search(&lib, " 彩，礼！", 10)), ["bride-price"]);
}

proptest! {
    #[test]
    fn odd_input_never_panics(query in "\\PC{0,300}", limit in 0usize..30) {
        let lib = library();
        let hits = search(&lib, &query, limit);
        prop_assert!(hits.len() <= limit);
    }

    #[test]
    fn odd_documents_never_panic(
        title in "\\PC{0,20}",
        body in "(\\PC|\\n){0,200}",
        query in "[离婚冷静期😀a-z ，]{0,12}",
    ) {
        let index = SearchIndex {
            docs: vec![with_pinyin(doc("x", &title, &["冷静"], "", &body), &[("lihun", "lh")])],
            synonyms: vec![("".into(), vec!["".into()]), ("婚".into(), vec!["😀".into()])],
        };
        for hit in search(&index, &query, 5) {
            prop_assert!(hit.snippet.iter().all(|s| !s.text.is_empty()));
            prop_assert_eq!(plain(&hit.title), title.clone());
        }
    }

    #[test]
    fn very_long_queries_are_cut_not_slow(n in 100usize..5000) {
        let lib = library();
        let query = "彩礼".repeat(n);
        let hits = search(&lib, &query, 3);
        prop_assert_eq!(ids(&hits), vec!["bride-price"]);
    }
}

#[test]
fn a_long_phrase_sharing_no_pair_of_characters_finds_nothing() {
    let index = SearchIndex {
        docs: vec![SearchDoc {
            id: "fire".into(),
            title: "放火是犯罪".into(),
            summary: String::new(),
            keywords: vec![],
            body: "不要放火。".into(),
            pinyin: vec![],
            initials: vec![],
        }],
        synonyms: vec![],
    };
    assert!(search(&index, "火星探测器", 10).is_empty());
    assert_eq!(search(&index, "放伙", 10).len(), 1, "a short typo still finds by single characters");
}
