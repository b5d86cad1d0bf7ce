//! A learner's progress as kept on their own device (the app stores `Progress::to_json()` under
//! one localStorage key): per-topic counts, the 错题本 and today's review.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::bank::Bank;

/// The layout version written today. JSON with another version is dropped, not guessed at.
pub const VERSION: u32 = 1;

/// How many 错题本 questions a day's review offers at most, so a missed week never becomes a pile.
pub const REVIEW_CAP: usize = 5;

/// Right answers in a row that take a question out of the 错题本.
const CLEAR_STREAK: u8 = 2;

/// Everything one device remembers about its learner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Layout version, [`VERSION`].
    pub version: u32,
    /// Per topic id: questions answered and answered right.
    pub topics: BTreeMap<String, TopicCount>,
    /// The 错题本, oldest first; a question missed again moves to the end.
    pub wrong: Vec<WrongEntry>,
    /// Today's review: which day and how many were done.
    pub review: Review,
}

/// Answer counts for one topic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicCount {
    /// Questions answered.
    pub answered: u32,
    /// Of those, answered right.
    pub right: u32,
}

/// One question in the 错题本.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrongEntry {
    /// Question id.
    pub id: String,
    /// Right answers in a row since it was last missed.
    pub streak: u8,
    /// Day number of its last review (0 = not reviewed yet).
    pub reviewed: u32,
}

/// The day of the last review and how many questions were reviewed that day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// Day number (days since 1970-01-01 in local time; the app decides).
    pub day: u32,
    /// Questions reviewed on that day.
    pub done: u32,
}

impl Default for Progress {
    fn default() -> Progress {
        Progress { version: VERSION, topics: BTreeMap::new(), wrong: Vec::new(), review: Review::default() }
    }
}

impl Progress {
    /// Reads stored JSON; corrupt, foreign or other-version JSON gives a fresh start.
    pub fn from_json(json: &str) -> Progress {
        match serde_json::from_str::<Progress>(json) {
            Ok(mut p) if p.version == VERSION => {
                let mut seen = std::collections::BTreeSet::new();
                p.wrong.retain(|e| seen.insert(e.id.clone()));
                p
            }
            _ => Progress::default(),
        }
    }

    /// The JSON to store.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Records one answer. A wrong answer puts the question in the 错题本 (at the end) with its
    /// streak reset; a 错题本 question answered right twice in a row leaves it.
    pub fn record(&mut self, qid: &str, topic: &str, right: bool) {
        let count = self.topics.entry(topic.to_string()).or_default();
        count.answered = count.answered.saturating_add(1);
        if right {
            count.right = count.right.saturating_add(1);
        }
        let at = self.wrong.iter().position(|e| e.id == qid);
        match (at, right) {
            (Some(i), true) => {
                self.wrong[i].streak = self.wrong[i].streak.saturating_add(1);
                if self.wrong[i].streak >= CLEAR_STREAK {
                    self.wrong.remove(i);
                }
            }
            (Some(i), false) => {
                let mut entry = self.wrong.remove(i);
                entry.streak = 0;
                self.wrong.push(entry);
            }
            (None, false) => self.wrong.push(WrongEntry { id: qid.to_string(), streak: 0, reviewed: 0 }),
            (None, true) => {}
        }
    }

    /// Records one answer given in today's review: like [`Progress::record`], and it counts
    /// towards today's cap and leaves today's list.
    pub fn record_review(&mut self, day: u32, qid: &str, topic: &str, right: bool) {
        if self.review.day != day {
            self.review = Review { day, done: 0 };
        }
        self.review.done = self.review.done.saturating_add(1);
        self.record(qid, topic, right);
        if let Some(e) = self.wrong.iter_mut().find(|e| e.id == qid) {
            e.reviewed = day;
        }
    }

    /// Today's review list: 错题本 questions not yet reviewed today, oldest first, at most `cap`
    /// minus what was already reviewed today ([`REVIEW_CAP`] is the usual cap).
    pub fn due(&self, day: u32, cap: usize) -> Vec<String> {
        let done = if self.review.day == day { self.review.done as usize } else { 0 };
        self.wrong.iter().filter(|e| e.reviewed != day).take(cap.saturating_sub(done)).map(|e| e.id.clone()).collect()
    }

    /// Whether a question is in the 错题本.
    pub fn in_wrong_book(&self, qid: &str) -> bool {
        self.wrong.iter().any(|e| e.id == qid)
    }

    /// The counts for one topic (zero if never practised).
    pub fn topic(&self, id: &str) -> TopicCount {
        self.topics.get(id).copied().unwrap_or_default()
    }

    /// Drops 错题本 questions and topics the bank no longer has (after the centre updates it).
    pub fn prune(&mut self, bank: &Bank) {
        self.wrong.retain(|e| bank.questions.iter().any(|q| q.id == e.id));
        self.topics.retain(|id, _| bank.topics.iter().any(|t| &t.id == id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_answers_enter_the_book_and_two_rights_clear_it() {
        let mut p = Progress::default();
        p.record("m-1", "marriage", false);
        assert!(p.in_wrong_book("m-1"));
        p.record("m-1", "marriage", true);
        assert!(p.in_wrong_book("m-1"), "one right is not enough");
        p.record("m-1", "marriage", false);
        p.record("m-1", "marriage", true);
        assert!(p.in_wrong_book("m-1"), "a wrong answer reset the streak");
        p.record("m-1", "marriage", true);
        assert!(!p.in_wrong_book("m-1"));
        assert_eq!(p.topic("marriage"), TopicCount { answered: 5, right: 3 });
        assert_eq!(p.topic("other"), TopicCount::default());
        p.record("m-2", "marriage", true);
        assert!(!p.in_wrong_book("m-2"), "a right answer alone never enters the book");
    }

    #[test]
    fn missing_again_moves_to_the_end() {
        let mut p = Progress::default();
        for id in ["a", "b", "c"] {
            p.record(id, "t", false);
        }
        p.record("a", "t", false);
        assert_eq!(p.due(1, 5), ["b", "c", "a"]);
    }

    #[test]
    fn due_is_capped_and_shrinks_as_today_is_reviewed() {
        let mut p = Progress::default();
        for i in 0..12 {
            p.record(&format!("q-{i}"), "t", false);
        }
        assert_eq!(p.due(100, REVIEW_CAP), ["q-0", "q-1", "q-2", "q-3", "q-4"]);
        p.record_review(100, "q-0", "t", true);
        p.record_review(100, "q-1", "t", false);
        assert_eq!(p.due(100, REVIEW_CAP), ["q-2", "q-3", "q-4"]);
        for id in ["q-2", "q-3", "q-4"] {
            p.record_review(100, id, "t", true);
        }
        assert!(p.due(100, REVIEW_CAP).is_empty(), "five a day, no more");
        let tomorrow = p.due(101, REVIEW_CAP);
        assert_eq!(tomorrow.len(), 5, "a new day starts a new count");
        assert_eq!(tomorrow[0], "q-0");
        assert_eq!(p.due(101, 0), Vec::<String>::new());
    }

    #[test]
    fn json_round_trips() {
        let mut p = Progress::default();
        p.record("m-1", "marriage", false);
        p.record_review(20_000, "m-1", "marriage", true);
        let back = Progress::from_json(&p.to_json());
        assert_eq!(back, p);
    }

    #[test]
    fn bad_json_gives_a_fresh_start() {
        let fresh = Progress::default();
        for bad in [
            "",
            "null",
            "{",
            "[1,2]",
            "{\"foo\":1}",
            "{\"version\":0,\"topics\":{},\"wrong\":[],\"review\":{\"day\":0,\"done\":0}}",
            "{\"version\":2,\"topics\":{},\"wrong\":[],\"review\":{\"day\":0,\"done\":0}}",
            "{\"version\":1,\"topics\":{\"t\":{\"answered\":-1,\"right\":0}},\"wrong\":[],\"review\":{\"day\":0,\"done\":0}}",
            "\u{0}\u{ffff}",
        ] {
            assert_eq!(Progress::from_json(bad), fresh, "{bad:?}");
        }
    }

    #[test]
    fn repeated_ids_in_stored_json_are_merged() {
        let json = "{\"version\":1,\"topics\":{},\"wrong\":[{\"id\":\"a\",\"streak\":0,\"reviewed\":0},\
                    {\"id\":\"a\",\"streak\":1,\"reviewed\":0}],\"review\":{\"day\":0,\"done\":0}}";
        assert_eq!(Progress::from_json(json).wrong.len(), 1);
    }

    #[test]
    fn prune_forgets_what_the_bank_dropped() {
        use crate::quiz::bank::{Kind, Question, Topic};
        let bank = Bank {
            topics: vec![Topic { id: "t".into(), name: "T".into(), article: "a".into() }],
            questions: vec![Question {
                id: "keep".into(),
                topic: "t".into(),
                kind: Kind::Judge,
                level: 1,
                text: "题".into(),
                options: vec!["对".into(), "错".into()],
                answer: vec![0],
                explain: "解析。".into(),
                cite: "《民法典》第1077条".into(),
                article: "a".into(),
            }],
        };
        let mut p = Progress::default();
        p.record("keep", "t", false);
        p.record("gone", "old", false);
        p.prune(&bank);
        assert_eq!(p.due(1, 5), ["keep"]);
        assert_eq!(p.topics.len(), 1);
    }

    proptest::proptest! {
        #[test]
        fn from_json_never_panics(s in "\\PC{0,200}") {
            let _ = Progress::from_json(&s);
        }
    }
}
