//! The exam link: which questions, how many, in what order and how long, carried in a query
//! string (`/quiz/exam?n=20&s=…&t=…&m=…&c=1`) so every phone in a class draws the same exam
//! without a server.

use super::bank::Bank;
use super::order::draw;

/// Questions an exam link may ask for, at most.
pub const MAX_QUESTIONS: usize = 100;
/// Questions an exam link asks for when it does not say.
pub const DEFAULT_QUESTIONS: usize = 20;
/// The longest time limit a link may set, in minutes.
pub const MAX_MINUTES: u32 = 180;

/// What an exam link carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExamSpec {
    /// Topic ids (empty = all).
    pub topics: Vec<String>,
    /// Number of questions.
    pub count: usize,
    /// The seed that fixes the questions and their order.
    pub seed: u32,
    /// Time limit in minutes (0 = none).
    pub minutes: u32,
    /// Opened from a trainer's class link: show the result code.
    pub class: bool,
}

impl ExamSpec {
    /// The query string of this exam's link.
    pub fn query(&self) -> String {
        let mut q = format!("n={}&s={}", self.count, self.seed);
        if !self.topics.is_empty() {
            q.push_str(&format!("&t={}", self.topics.join(",")));
        }
        if self.minutes > 0 {
            q.push_str(&format!("&m={}", self.minutes));
        }
        if self.class {
            q.push_str("&c=1");
        }
        q
    }

    /// Reads a link's parameters (`get("s")` gives the value of `s=`, if any). Without a seed there
    /// is no exam yet (`None`: the setup screen); other values out of range are clamped, and
    /// unreadable ones take their defaults.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Option<ExamSpec> {
        let seed = get("s")?.parse::<u32>().ok()?;
        Some(ExamSpec {
            topics: get("t")
                .map(|t| t.split(',').filter(|x| !x.is_empty()).map(String::from).collect())
                .unwrap_or_default(),
            count: get("n").and_then(|n| n.parse().ok()).unwrap_or(DEFAULT_QUESTIONS).clamp(1, MAX_QUESTIONS),
            seed,
            minutes: get("m").and_then(|m| m.parse().ok()).unwrap_or(0).min(MAX_MINUTES),
            class: get("c").as_deref() == Some("1"),
        })
    }

    /// The question indexes this exam asks, in order.
    pub fn picks(&self, bank: &Bank) -> Vec<usize> {
        draw(bank, &self.topics, self.count, u64::from(self.seed))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The parameters of a query string, as the router hands them to the page.
    fn params(query: &str) -> impl Fn(&str) -> Option<String> + '_ {
        move |key| query.split('&').filter_map(|kv| kv.split_once('=')).find(|(k, _)| *k == key).map(|(_, v)| v.into())
    }

    #[test]
    fn a_link_without_a_seed_is_the_setup_screen_and_bad_values_are_clamped() {
        assert_eq!(ExamSpec::from_params(params("n=20")), None);
        assert_eq!(ExamSpec::from_params(params("s=abc")), None);
        let spec = ExamSpec::from_params(params("s=7&n=999&m=9999&t=,marriage,,land&c=2")).unwrap();
        assert_eq!(
            spec,
            ExamSpec {
                topics: vec!["marriage".into(), "land".into()],
                count: 100,
                seed: 7,
                minutes: 180,
                class: false
            }
        );
        assert_eq!(ExamSpec::from_params(params("s=7&n=zero")).unwrap().count, DEFAULT_QUESTIONS);
        assert_eq!(ExamSpec::from_params(params("s=7&n=0")).unwrap().count, 1);
    }

    proptest! {
        #[test]
        fn every_valid_spec_survives_its_link(
            topics in proptest::collection::vec("[a-z_]{1,12}", 0..4),
            count in 1usize..=MAX_QUESTIONS,
            seed in any::<u32>(),
            minutes in 0u32..=MAX_MINUTES,
            class in any::<bool>(),
        ) {
            let spec = ExamSpec { topics, count, seed, minutes, class };
            let query = spec.query();
            prop_assert_eq!(ExamSpec::from_params(params(&query)), Some(spec));
        }
    }
}
