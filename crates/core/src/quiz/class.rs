//! Class mode, pure state: the trainer's tally of raised hands per option, the 没听懂 count, the
//! end-of-class summary, and the team contest scoreboard.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::bank::Bank;
use super::csv::to_csv;

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

/// Named scores for the team contest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Preset {
    /// 必答题答对 +10.
    Required,
    /// 抢答答对 +10.
    BuzzRight,
    /// 抢答答错 −10.
    BuzzWrong,
    /// 风险题答对 +20.
    RiskRight,
    /// 风险题答错 −20.
    RiskWrong,
}

impl Preset {
    /// Every preset, in the order the scoreboard shows its buttons.
    pub const ALL: [Preset; 5] =
        [Preset::Required, Preset::BuzzRight, Preset::BuzzWrong, Preset::RiskRight, Preset::RiskWrong];

    /// The points it gives (negative takes points away).
    pub fn points(self) -> i32 {
        match self {
            Preset::Required | Preset::BuzzRight => 10,
            Preset::BuzzWrong => -10,
            Preset::RiskRight => 20,
            Preset::RiskWrong => -20,
        }
    }

    /// Its name on the button and in the export.
    pub fn label(self) -> &'static str {
        match self {
            Preset::Required => "必答题答对",
            Preset::BuzzRight => "抢答答对",
            Preset::BuzzWrong => "抢答答错",
            Preset::RiskRight => "风险题答对",
            Preset::RiskWrong => "风险题答错",
        }
    }
}

/// Why a contest could not be set up. `Display` is for the trainer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContestError {
    /// Not 2 to 6 teams; holds the number given.
    TeamCount(usize),
    /// A team without a name; holds its position (0-based).
    EmptyName(usize),
    /// Two teams with the same name.
    SameName(String),
}

impl fmt::Display for ContestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContestError::TeamCount(n) => write!(f, "比赛要有 2 到 6 个队，现在是 {n} 个"),
            ContestError::EmptyName(i) => write!(f, "第 {} 个队还没有名字", i + 1),
            ContestError::SameName(name) => write!(f, "有两个队都叫“{name}”，请换个名字"),
        }
    }
}

impl std::error::Error for ContestError {}

/// A team and its score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    /// The name the trainer typed.
    pub name: String,
    /// Points so far (may be negative).
    pub score: i32,
}

/// One change of score, kept so the trainer can undo a slip and export the history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Award {
    /// Team index.
    pub team: usize,
    /// Points given (negative taken).
    pub points: i32,
    /// Why, e.g. "抢答答对".
    pub label: String,
}

/// A team's place in the standings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    /// 1 for the top score; equal scores share a rank (1, 1, 3).
    pub rank: usize,
    /// Team index.
    pub team: usize,
    /// Team name.
    pub name: String,
    /// Score.
    pub score: i32,
}

/// The team contest scoreboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contest {
    teams: Vec<Team>,
    log: Vec<Award>,
}

impl Contest {
    /// Fewest teams in a contest.
    pub const MIN_TEAMS: usize = 2;
    /// Most teams in a contest.
    pub const MAX_TEAMS: usize = 6;

    /// A contest with these team names (trimmed), all at 0 points.
    pub fn new(names: &[String]) -> Result<Contest, ContestError> {
        if !(Self::MIN_TEAMS..=Self::MAX_TEAMS).contains(&names.len()) {
            return Err(ContestError::TeamCount(names.len()));
        }
        let mut teams: Vec<Team> = Vec::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            let name = name.trim();
            if name.is_empty() {
                return Err(ContestError::EmptyName(i));
            }
            if teams.iter().any(|t| t.name == name) {
                return Err(ContestError::SameName(name.to_string()));
            }
            teams.push(Team { name: name.to_string(), score: 0 });
        }
        Ok(Contest { teams, log: Vec::new() })
    }

    /// The teams in the order they were named.
    pub fn teams(&self) -> &[Team] {
        &self.teams
    }

    /// Every award so far, oldest first.
    pub fn log(&self) -> &[Award] {
        &self.log
    }

    /// Gives `points` (negative takes away) to team `team`; an unknown team is ignored.
    pub fn award(&mut self, team: usize, points: i32) {
        let label = if points >= 0 { "加分" } else { "扣分" };
        self.give(team, points, label);
    }

    /// Gives a preset's points to team `team`.
    pub fn award_preset(&mut self, team: usize, preset: Preset) {
        self.give(team, preset.points(), preset.label());
    }

    /// Takes back the last award, if any.
    pub fn undo(&mut self) -> Option<Award> {
        let last = self.log.pop()?;
        if let Some(t) = self.teams.get_mut(last.team) {
            t.score = t.score.saturating_sub(last.points);
        }
        Some(last)
    }

    /// The teams by score, highest first; equal scores share a rank and keep the naming order.
    pub fn standings(&self) -> Vec<Standing> {
        let mut order: Vec<usize> = (0..self.teams.len()).collect();
        order.sort_by(|&a, &b| self.teams[b].score.cmp(&self.teams[a].score).then(a.cmp(&b)));
        let mut out: Vec<Standing> = Vec::with_capacity(order.len());
        for (place, &i) in order.iter().enumerate() {
            let team = &self.teams[i];
            let rank = match out.last() {
                Some(prev) if prev.score == team.score => prev.rank,
                _ => place + 1,
            };
            out.push(Standing { rank, team: i, name: team.name.clone(), score: team.score });
        }
        out
    }

    /// The standings, a blank line, then every award in order, as CSV for Excel.
    pub fn export_csv(&self) -> String {
        let mut rows: Vec<Vec<String>> = vec![vec!["名次".into(), "队名".into(), "得分".into()]];
        for s in self.standings() {
            rows.push(vec![s.rank.to_string(), s.name, s.score.to_string()]);
        }
        rows.push(Vec::new());
        rows.push(vec!["序号".into(), "队名".into(), "分数".into(), "说明".into()]);
        for (i, a) in self.log.iter().enumerate() {
            let name = self.teams.get(a.team).map(|t| t.name.clone()).unwrap_or_default();
            rows.push(vec![(i + 1).to_string(), name, a.points.to_string(), a.label.clone()]);
        }
        to_csv(&rows)
    }

    fn give(&mut self, team: usize, points: i32, label: &str) {
        if let Some(t) = self.teams.get_mut(team) {
            t.score = t.score.saturating_add(points);
            self.log.push(Award { team, points, label: label.to_string() });
        }
    }
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

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
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

    #[test]
    fn contest_needs_two_to_six_named_distinct_teams() {
        assert_eq!(Contest::new(&names(&["红队"])), Err(ContestError::TeamCount(1)));
        assert_eq!(Contest::new(&names(&["1", "2", "3", "4", "5", "6", "7"])), Err(ContestError::TeamCount(7)));
        assert_eq!(Contest::new(&names(&["红队", " "])), Err(ContestError::EmptyName(1)));
        assert_eq!(Contest::new(&names(&["红队", " 红队 "])), Err(ContestError::SameName("红队".into())));
        assert!(Contest::new(&names(&["红队", "蓝队", "1", "2", "3", "4"])).is_ok());
        assert_eq!(ContestError::TeamCount(7).to_string(), "比赛要有 2 到 6 个队，现在是 7 个");
    }

    #[test]
    fn awards_presets_undo_and_shared_ranks() {
        let mut c = Contest::new(&names(&["红队", "蓝队", "绿队", "黄队"])).unwrap();
        c.award_preset(0, Preset::Required);
        c.award_preset(1, Preset::BuzzRight);
        c.award_preset(2, Preset::RiskWrong);
        c.award_preset(3, Preset::RiskRight);
        c.award(3, -5);
        c.award(9, 10);
        assert_eq!(c.log().len(), 5);
        let table: Vec<(usize, &str, i32)> =
            c.standings().iter().map(|s| (s.rank, c.teams()[s.team].name.as_str(), s.score)).collect();
        assert_eq!(table, [(1, "黄队", 15), (2, "红队", 10), (2, "蓝队", 10), (4, "绿队", -20)]);
        assert_eq!(c.undo().map(|a| a.points), Some(-5));
        assert_eq!(c.teams()[3].score, 20);
        assert_eq!(Preset::ALL.iter().map(|p| p.points()).sum::<i32>(), 10);
    }

    #[test]
    fn contest_exports_standings_and_history() {
        let mut c = Contest::new(&names(&["红队", "蓝队, 二组"])).unwrap();
        c.award_preset(1, Preset::BuzzRight);
        c.award_preset(0, Preset::BuzzWrong);
        assert_eq!(
            c.export_csv(),
            "\u{FEFF}名次,队名,得分\r\n1,\"蓝队, 二组\",10\r\n2,红队,-10\r\n\r\n序号,队名,分数,说明\r\n\
             1,\"蓝队, 二组\",10,抢答答对\r\n2,红队,-10,抢答答错\r\n"
        );
    }
}
