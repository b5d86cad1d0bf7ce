//! The compiled questionnaire (`data/intake.json`): questions, urgent screens and results.

use serde::{Deserialize, Serialize};

/// Where an answer leads.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "lowercase")]
pub enum Target {
    /// Another question.
    Question(String),
    /// An urgent screen (danger): hotlines first, then a way back into the flow.
    Urgent(String),
    /// A result: the room to go to and what to bring.
    Result(String),
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Question(id) => write!(f, "question \"{id}\""),
            Target::Urgent(id) => write!(f, "urgent screen \"{id}\""),
            Target::Result(id) => write!(f, "result \"{id}\""),
        }
    }
}

/// The whole questionnaire.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    /// A short hash of the questionnaire; a result link made for another version is refused.
    pub version: String,
    /// The first question; it always asks about danger.
    pub start: String,
    /// Questions.
    pub questions: Vec<Question>,
    /// Urgent screens.
    pub urgent: Vec<Urgent>,
    /// Results.
    pub results: Vec<Outcome>,
    /// What happens in mediation, shown on every result that sends people to a mediation room.
    pub what_happens: Vec<String>,
}

impl Questionnaire {
    /// The plain name of a category (an intake branch), taken from the answer that chooses it:
    /// "family" is "夫妻、孩子、老人、彩礼、分家". An unknown branch is "其他的事".
    pub fn category_label(&self, category: &str) -> String {
        self.questions
            .iter()
            .flat_map(|q| &q.answers)
            .find(|a| a.branch.as_deref() == Some(category))
            .map_or_else(|| "其他的事".into(), |a| a.label.clone())
    }
}

/// One question screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id.
    pub id: String,
    /// The question, asked of the person themself.
    pub text: String,
    /// The same question for someone asking for a family member or friend.
    pub text_for_other: String,
    /// A one-line hint under the question (may be empty).
    pub hint: String,
    /// Answers in order; one of them is always 不知道 / 说不清.
    pub answers: Vec<Answer>,
}

/// One answer button.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// Short text on the button.
    pub label: String,
    /// An emoji icon shown beside the text.
    pub icon: String,
    /// Where it leads.
    pub go: Target,
    /// The triage category this answer chooses, on the "what happened" question (e.g. "family").
    pub branch: Option<String>,
}

/// An urgent screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Urgent {
    /// Stable id, e.g. "danger".
    pub id: String,
    /// Headline.
    pub title: String,
    /// What to do now, one short line each, in order.
    pub steps: Vec<String>,
    /// Numbers to call, in order (110 first).
    pub hotlines: Vec<String>,
    /// Articles to read when safe.
    pub articles: Vec<String>,
    /// Label of the calm "when you are safe" button.
    pub continue_label: String,
    /// Where that button leads.
    pub next: Target,
}

/// A result screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// Stable id.
    pub id: String,
    /// Headline, e.g. "家庭纠纷：去婚姻家庭调解室".
    pub title: String,
    /// The dispute category, one of the triage ids.
    pub category: String,
    /// Room id of this centre; the compiler already replaced a missing room with the reception.
    pub room: String,
    /// Where to go when it is not a room of this centre (e.g. 劳动人事争议仲裁委员会); may be empty.
    pub elsewhere: String,
    /// What to bring.
    pub bring: Vec<String>,
    /// What happens next, in order.
    pub steps: Vec<String>,
    /// Whether the 调解 facts (free, voluntary, binding, 司法确认) apply.
    pub mediation: bool,
    /// Deadlines that matter, each with its article.
    pub deadlines: Vec<String>,
    /// Related article ids (two or three).
    pub articles: Vec<String>,
    /// Hotline numbers to show.
    pub hotlines: Vec<String>,
}
