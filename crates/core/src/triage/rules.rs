//! The compiled triage rules (`data/triage.json`), made by the content compiler from
//! `content/intake/triage.toml`. Every word here is already normalised (see [`super::normalize`]).

use serde::{Deserialize, Serialize};

use super::danger::DangerRules;
use super::model::Model;
use super::normalize::{Cache, Index};

/// Everything triage needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Rules {
    /// Replacements applied while normalising: dialect words, typos and homophones, `(from, to)`.
    /// At each place in the text the longest matching `from` wins.
    pub replacements: Vec<(String, String)>,
    /// Danger signals and how they combine (`content/intake/danger.toml`).
    pub danger: DangerRules,
    /// Which urgent screen a strong alarm opens: the first `(signal id, screen id)` whose signal
    /// fired, else [`Rules::default_screen`].
    pub screens: Vec<(String, String)>,
    /// The urgent screen for a strong alarm that no entry of [`Rules::screens`] names.
    pub default_screen: String,
    /// Filler characters (再, 都, 真 …) that may stand inside a danger word: danger is also
    /// looked for in the text with these left out, so 不想再活了 finds 不想活.
    #[serde(default)]
    pub fillers: String,
    /// Keyword rules, one per category, in the order of [`super::CATEGORIES`].
    pub categories: Vec<CategoryRules>,
    /// The learned category model (`content/intake/corpus/`).
    pub model: Model,
    /// The learned danger model: class 0 calm (`hard`, `calm`), class 1 `danger`.
    pub danger_model: Model,
    /// What one keyword point is worth against the model's scaled log score.
    pub keyword_weight: i64,
    /// With no keyword, the model's lead over the runner-up needed to name a category.
    pub min_margin: i64,
    /// The reason given when no keyword and no danger word matched.
    pub fallback: String,
    /// The replacements by first character, built on first use.
    #[serde(skip)]
    pub replace_index: Cache<Index<Box<str>>>,
    /// The keywords by first character, built on first use: (category index, weight).
    #[serde(skip)]
    pub keyword_index: Cache<Index<(usize, u32)>>,
}

/// The keywords of one category.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CategoryRules {
    /// The category id, one of [`super::CATEGORIES`].
    pub id: String,
    /// One line for the person; `{words}` becomes the keywords they used.
    pub reason: String,
    /// The line shown when the model, not a keyword, chose this category.
    pub guess: String,
    /// The keywords.
    pub keywords: Vec<Keyword>,
}

/// One keyword and what it is worth.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Keyword {
    /// The word, normalised.
    pub word: String,
    /// Points it adds to its category.
    pub weight: u32,
}
