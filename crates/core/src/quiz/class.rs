//! Class mode, pure state: the trainer's tally of raised hands per option, the 没听懂 count and the
//! end-of-class summary. The team contest is in [`super::contest`].

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::bank::Bank;

/// The hands counted for every question of one class quiz.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Class {
    /// One tally per question, in asked order.
    pub questions: Vec<Hands>,
}

/// The tally for one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hands {
    /// Index into `bank.questions`.
    pub question: usize,
    /// Indexes of the correct options.
    pub answer: Vec<usize>,
    /// Raised hands per option.
    pub counts: Vec<u32>,
    /// How many said 没听懂.
    pub lost: u32,
}

impl Hands {
    /// All hands raised for this question.
    pub fn raised(&self) -> u32 {
        self.counts.iter().fold(0u32, |a, c| a.saturating_add(*c))
    }

    /// Hands raised for a correct option.
    pub fn right(&self) -> u32 {
        self.answer.iter().filter_map(|&i| self.counts.get(i)).fold(0u32, |a, c| a.saturating_add(*c))
    }
}

/// The end-of-class summary: what to go over again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Questions with the lowest share of hands on a correct option, lowest first.
    pub most_missed: Vec<Missed>,
    /// Questions with the most 没听懂, most first.
    pub least_understood: Vec<Lost>,
}

/// A question many got wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Missed {
    /// Position in the class quiz (0 = the first question asked).
    pub at: usize,
    /// Index into `bank.questions`.
    pub question: usize,
    /// Hands on a correct option.
    pub right: u32,
    /// All hands raised.
    pub raised: u32,
}

impl Missed {
    /// The share of hands on a correct option, out of 100, rounded down.
    pub fn percent(&self) -> u32 {
        (u64::from(self.right) * 100 / u64::from(self.raised.max(1))) as u32
    }
}

/// A question many did not understand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lost {
    /// Position in the class quiz (0 = the first question asked).
    pub at: usize,
    /// Index into `bank.questions`.
    pub question: usize,
    /// How many said 没听懂.
    pub count: u32,
}

impl Class {
    /// A fresh tally for the questions `picks` (indexes into `bank.questions`, e.g. from
    /// [`super::order::draw`]); picks outside the bank are skipped.
    pub fn new(bank: &Bank, picks: &[usize]) -> Class {
        let questions = picks
            .iter()
            .filter_map(|&i| bank.questions.get(i).map(|q| (i, q)))
            .map(|(i, q)| Hands { question: i, answer: q.answer.clone(), counts: vec![0; q.options.len()], lost: 0 })
            .collect();
        Class { questions }
    }

    /// One tap on an option's counter of question `at`: +1, or −1 (never below 0).
    pub fn tap(&mut self, at: usize, option: usize, plus: bool) {
        if let Some(c) = self.questions.get_mut(at).and_then(|h| h.counts.get_mut(option)) {
            *c = step(*c, plus);
        }
    }

    /// One tap on the 没听懂 counter of question `at`: +1, or −1 (never below 0).
    pub fn tap_lost(&mut self, at: usize, plus: bool) {
        if let Some(h) = self.questions.get_mut(at) {
            h.lost = step(h.lost, plus);
        }
    }

    /// The summary, at most `n` questions in each list. A question nobody missed, or with no
    /// hands counted, is not "most missed"; one with no 没听懂 is not "least understood".
    pub fn summary(&self, n: usize) -> Summary {
        let mut missed: Vec<Missed> = self
            .questions
            .iter()
            .enumerate()
            .map(|(at, h)| Missed { at, question: h.question, right: h.right(), raised: h.raised() })
            .filter(|m| m.raised > 0 && m.right < m.raised)
            .collect();
        // Compare right/raised exactly by cross-multiplying; ties keep the asked order.
        missed.sort_by(|a, b| share_cmp(a, b).then(a.at.cmp(&b.at)));
        missed.truncate(n);

        let mut lost: Vec<Lost> = self
            .questions
            .iter()
            .enumerate()
            .filter(|(_, h)| h.lost > 0)
            .map(|(at, h)| Lost { at, question: h.question, count: h.lost })
            .collect();
        lost.sort_by(|a, b| b.count.cmp(&a.count).then(a.at.cmp(&b.at)));
        lost.truncate(n);

        Summary { most_missed: missed, least_understood: lost }
    }
}

fn step(count: u32, plus: bool) -> u32 {
    if plus {
        count.saturating_add(1)
    } else {
        count.saturating_sub(1)
    }
}

fn share_cmp(a: &Missed, b: &Missed) -> Ordering {
    (u64::from(a.right) * u64::from(b.raised)).cmp(&(u64::from(b.right) * u64::from(a.raised)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::bank::{Kind, Question};

    fn bank() -> Bank {
        let q = |id: &str, kind: Kind, options: usize, answer: Vec<usize>| Question {
            id: id.into(),
            topic: "t".into(),
            kind,
            level: 1,
            text: id.into(),
            options: (0..options).map(|i| i.to_string()).collect(),
            answer,
            explain: "解析。".into(),
            cite: "《民法典》第1077条".into(),
            article: "a".into(),
        };
        Bank {
            topics: vec![],
            questions: vec![
                q("q0", Kind::Single, 4, vec![1]),
                q("q1", Kind::Multi, 4, vec![0, 2]),
                q("q2", Kind::Judge, 2, vec![0]),
                q("q3", Kind::Single, 3, vec![2]),
            ],
        }
    }

    #[test]
    fn taps_count_up_and_never_below_zero() {
        let mut c = Class::new(&bank(), &[2, 0, 99]);
        assert_eq!(c.questions.len(), 2, "the pick outside the bank is skipped");
        c.tap(1, 1, true);
        c.tap(1, 1, true);
        c.tap(1, 1, false);
        c.tap(1, 0, false);
        c.tap(1, 9, true);
        c.tap(7, 0, true);
        c.tap_lost(0, false);
        c.tap_lost(0, true);
        assert_eq!(c.questions[1].counts, [0, 1, 0, 0]);
        assert_eq!(c.questions[0].lost, 1);
    }

    #[test]
    fn summary_lists_the_most_missed_and_least_understood() {
        let mut c = Class::new(&bank(), &[0, 1, 2, 3]);
        let hands = |c: &mut Class, at: usize, option: usize, n: u32| (0..n).for_each(|_| c.tap(at, option, true));
        hands(&mut c, 0, 1, 6); // q0: 6 of 10 right
        hands(&mut c, 0, 0, 4);
        hands(&mut c, 1, 0, 3); // q1: (3+1) of 8 right
        hands(&mut c, 1, 2, 1);
        hands(&mut c, 1, 3, 4);
        hands(&mut c, 2, 0, 5); // q2: all right, so never "missed"
        hands(&mut c, 3, 2, 1); // q3: 1 of 2 right, ties with q1
        hands(&mut c, 3, 0, 1);
        (0..3).for_each(|_| c.tap_lost(3, true));
        c.tap_lost(0, true);
        let s = c.summary(5);
        let missed: Vec<(usize, u32)> = s.most_missed.iter().map(|m| (m.at, m.percent())).collect();
        assert_eq!(missed, [(1, 50), (3, 50), (0, 60)]);
        let lost: Vec<(usize, u32)> = s.least_understood.iter().map(|l| (l.at, l.count)).collect();
        assert_eq!(lost, [(3, 3), (0, 1)]);
        assert_eq!(c.summary(1).most_missed.len(), 1);
        assert_eq!(Class::new(&bank(), &[0]).summary(3), Summary::default());
    }
}
