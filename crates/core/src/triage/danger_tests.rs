//! Unit tests of danger detection, one concern each: classes, combinations, negation, harmless
//! phrases (idioms and trades), time words, settled and past clauses, calm contexts, clauses.

use super::*;

fn sig(id: &str, class: &str, level: Level, settles: bool, words: &[&str], except: &[&str]) -> Signal {
    let list = |l: &[&str]| l.iter().map(|w| w.to_string()).collect();
    Signal { id: id.into(), class: class.into(), level, settles, words: list(words), except: list(except) }
}

fn rules() -> DangerRules {
    DangerRules {
        signals: vec![
            sig("self_harm", "intent", Level::Strong, false, &["不想活", "做傻事"], &[]),
            sig("harm", "intent", Level::Weak, true, &["打人", "动手"], &["打人参"]),
            sig("weapon", "means", Level::None, true, &["刀", "汽油"], &["开刀", "刀口"]),
            sig("poison", "means", Level::Weak, false, &["农药"], &[]),
            sig("injury", "state", Level::Strong, true, &["流血", "昏过去"], &[]),
            sig("missing", "state", Level::None, false, &["不见了"], &[]),
            sig("now", "time", Level::None, false, &["现在", "今晚", "已经往"], &[]),
            sig("elderly", "who", Level::None, false, &["老人"], &[]),
            sig("group", "who", Level::None, true, &["一帮人"], &[]),
        ],
        combos: vec![
            Combo { all: vec!["weapon".into(), "time".into()] },
            Combo { all: vec!["missing".into(), "who".into()] },
            Combo { all: vec!["harm".into(), "group".into()] },
        ],
        negations: vec!["没有".into(), "不会".into(), "没".into()],
        settled: vec!["调解好了".into()],
        past: vec!["去年".into()],
        calm: vec!["打农药".into()],
        ..DangerRules::default()
    }
}

fn level(text: &str) -> Level {
    let chars = clauses(text, |p| p.to_string());
    detect(&rules(), "再", &chars).level
}

#[test]
fn a_strong_signal_alone_is_strong_and_a_weak_one_is_weak() {
    assert_eq!(level("我不想活了"), Level::Strong);
    assert_eq!(level("他流血了"), Level::Strong);
    assert_eq!(level("他老打人"), Level::Weak);
    assert_eq!(level("他买了农药"), Level::Weak);
}

#[test]
fn a_pair_signal_counts_only_in_a_combination() {
    assert_eq!(level("家里有把刀"), Level::None);
    assert_eq!(level("他拿着汽油已经往你家去了"), Level::Strong, "means + time");
    assert_eq!(level("奶奶不见了"), Level::None, "missing needs a who");
    assert_eq!(level("老人不见了"), Level::Strong, "missing + who");
    assert_eq!(level("一帮人要来动手"), Level::Strong, "harm + group");
}

#[test]
fn time_words_turn_a_means_into_danger() {
    assert_eq!(level("他有刀"), Level::None);
    assert_eq!(level("他现在有刀"), Level::Strong);
    assert_eq!(level("今晚带刀来"), Level::Strong);
}

#[test]
fn a_negation_right_before_a_word_cancels_it() {
    assert_eq!(level("他没有动手"), Level::None);
    assert_eq!(level("放心我不会做傻事"), Level::None);
    assert_eq!(level("他没动手"), Level::None);
    assert_eq!(level("他动手了没有"), Level::Weak, "a negation after the word does not count");
}

#[test]
fn idioms_and_trades_that_share_characters_are_harmless() {
    assert_eq!(level("去年在医院开刀，现在刀口疼"), Level::None, "开刀 and 刀口 are not a knife");
    assert_eq!(level("上山挖打人参"), Level::None);
    assert_eq!(level("他说现在要拿刀"), Level::Strong);
}

#[test]
fn a_settled_matter_is_calm_but_threats_and_self_harm_never_settle() {
    assert_eq!(level("两家动手了，后来调解好了"), Level::None);
    assert_eq!(level("两家流血了，后来调解好了"), Level::None);
    assert_eq!(level("调解好了，可他说不想活"), Level::Strong);
    assert_eq!(level("调解好了，现在一帮人又来动手"), Level::Strong, "a clause with now stays open");
}

#[test]
fn a_past_clause_is_calm_only_within_its_own_clause() {
    assert_eq!(level("去年他动手"), Level::None);
    assert_eq!(level("去年他动手，现在带着刀"), Level::Strong);
    assert_eq!(level("去年他动手 今晚他流血了"), Level::Strong);
}

#[test]
fn a_calm_context_quiets_a_weak_verdict_but_never_a_strong_one() {
    assert_eq!(level("地里打农药"), Level::None);
    assert_eq!(level("打农药的时候他说不想活"), Level::Strong);
}

#[test]
fn filler_characters_may_stand_inside_a_longer_word() {
    assert_eq!(level("我不想再活了"), Level::Strong);
    let chars = clauses("不想再再活", |p| p.to_string());
    assert_eq!(detect(&rules(), "再", &chars).words, ["不想活"]);
}

#[test]
fn clauses_split_at_punctuation_and_spaces_and_never_join_words() {
    assert_eq!(clauses("他，打 人！", |p| p.to_string()), "他|打|人".chars().collect::<Vec<_>>());
    assert_eq!(level("他打，人参"), Level::None, "a word does not span two clauses");
    assert!(clauses("，。 ！", |p| p.to_string()).is_empty());
}

#[test]
fn the_alarm_lists_fired_signals_in_rule_order_and_quotes_words_in_text_order() {
    let chars = clauses("今晚他拿刀，还说不想活", |p| p.to_string());
    let a = detect(&rules(), "", &chars);
    assert_eq!(a.level, Level::Strong);
    assert_eq!(a.signals, ["self_harm", "weapon", "now"]);
    assert_eq!(a.words, ["今晚", "刀", "不想活"]);
}
