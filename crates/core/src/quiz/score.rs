//! Scoring: whether one answer is right, and a quiz's score against the pass line.
//!
//! The rule is all-or-nothing per question. A 多选 question only counts when the chosen set is
//! exactly the answer set: 少选、错选都不得分. So a result code (one right/wrong bit per question)
//! reproduces the score exactly, with no partial points to lose.

use super::bank::Question;

/// Whether `chosen` (option indexes, any order, repeats ignored) answers `q` right.
///
/// Single and judge: the one correct option. Multi: exactly the correct options, no fewer and no
/// others. Choosing nothing is never right.
pub fn is_right(q: &Question, chosen: &[usize]) -> bool {
    let mut picked = chosen.to_vec();
    picked.sort_unstable();
    picked.dedup();
    let mut answer = q.answer.clone();
    answer.sort_unstable();
    answer.dedup();
    !picked.is_empty() && picked == answer
}

/// How many questions were answered right out of how many.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Questions answered right.
    pub right: usize,
    /// Questions asked.
    pub total: usize,
}

impl Score {
    /// The score of a list of right/wrong results.
    pub fn from_results(results: &[bool]) -> Score {
        Score { right: results.iter().filter(|r| **r).count(), total: results.len() }
    }

    /// Adds one answered question.
    pub fn add(&mut self, right: bool) {
        self.total += 1;
        if right {
            self.right += 1;
        }
    }

    /// The score out of 100, rounded down (79.9 is 79); 0 when nothing was asked.
    pub fn percent(&self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        let right = self.right.min(self.total) as u64;
        (right * 100 / self.total as u64) as u32
    }

    /// Whether the rounded-down percent reaches `pass_line` (e.g. 80 for the mock exam).
    pub fn passed(&self, pass_line: u32) -> bool {
        self.total > 0 && self.percent() >= pass_line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::bank::Kind;

    fn q(kind: Kind, options: usize, answer: &[usize]) -> Question {
        Question {
            id: "t-001".into(),
            topic: "t".into(),
            kind,
            level: 1,
            text: "题".into(),
            options: (0..options).map(|i| format!("选项{i}")).collect(),
            answer: answer.to_vec(),
            explain: "解析。".into(),
            cite: "《民法典》第1077条".into(),
            article: "a".into(),
        }
    }

    #[test]
    fn single_and_judge_need_the_one_answer() {
        let s = q(Kind::Single, 4, &[1]);
        assert!(is_right(&s, &[1]));
        assert!(!is_right(&s, &[0]));
        assert!(!is_right(&s, &[0, 1]));
        assert!(!is_right(&s, &[]));
        let j = q(Kind::Judge, 2, &[1]);
        assert!(is_right(&j, &[1]));
        assert!(!is_right(&j, &[0]));
    }

    #[test]
    fn multi_counts_only_the_exact_set() {
        let m = q(Kind::Multi, 4, &[0, 2, 3]);
        assert!(is_right(&m, &[3, 0, 2]));
        assert!(is_right(&m, &[0, 2, 3, 2]), "a repeated tap is still the same set");
        assert!(!is_right(&m, &[0, 2]), "少选不得分");
        assert!(!is_right(&m, &[0, 1, 2, 3]), "错选不得分");
        assert!(!is_right(&m, &[1]));
    }

    #[test]
    fn percent_rounds_down_and_pass_line_uses_it() {
        let s = Score { right: 15, total: 19 }; // 78.9…
        assert_eq!(s.percent(), 78);
        assert!(!s.passed(79));
        let s = Score { right: 16, total: 20 };
        assert_eq!(s.percent(), 80);
        assert!(s.passed(80));
        assert!(!s.passed(81));
        assert_eq!(Score::default().percent(), 0);
        assert!(!Score::default().passed(0), "an empty quiz passes nothing");
        assert_eq!(Score { right: 3, total: 3 }.percent(), 100);
    }

    #[test]
    fn from_results_and_add_agree() {
        let results = [true, false, true, true];
        let mut s = Score::default();
        for r in results {
            s.add(r);
        }
        assert_eq!(s, Score::from_results(&results));
        assert_eq!(s, Score { right: 3, total: 4 });
    }
}
