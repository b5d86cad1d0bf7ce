//! The team contest in class mode, pure state: teams, named scores, undo, standings and export.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::csv::to_csv;

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

    /// Whether this score belongs to the 抢答 (speed) round.
    pub fn is_buzz(self) -> bool {
        matches!(self, Preset::BuzzRight | Preset::BuzzWrong)
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

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
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
