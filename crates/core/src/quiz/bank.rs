//! The compiled question bank (`data/quiz.json`): topics and questions.

use serde::{Deserialize, Serialize};

/// The whole bank.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Bank {
    /// Topics in display order.
    pub topics: Vec<Topic>,
    /// Every question, grouped by topic in display order.
    pub questions: Vec<Question>,
}

/// A quiz topic, e.g. 婚姻家庭.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    /// Stable id, the file name, e.g. "marriage".
    pub id: String,
    /// Display name.
    pub name: String,
    /// The library article that re-teaches the topic.
    pub article: String,
}

/// Question type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// 单选: exactly one correct option.
    Single,
    /// 多选: two or more correct options.
    Multi,
    /// 判断: the options are 对 and 错.
    Judge,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id, e.g. "marriage-001".
    pub id: String,
    /// Topic id.
    pub topic: String,
    /// Type.
    pub kind: Kind,
    /// 1 easy, 2 medium, 3 hard.
    pub level: u8,
    /// The question.
    pub text: String,
    /// Options in order; for a judge question these are ["对", "错"].
    pub options: Vec<String>,
    /// Indexes of the correct options, ascending.
    pub answer: Vec<usize>,
    /// 解析, one to three sentences.
    pub explain: String,
    /// The law it rests on, e.g. "《民法典》第1077条".
    pub cite: String,
    /// Library article that re-teaches it.
    pub article: String,
}
