//! The compiled triage rules (`data/triage.json`), made by the content compiler from
//! `content/intake/triage.toml`. Every word here is already normalised (see [`super::normalize`]).

use serde::{Deserialize, Serialize};

/// Everything triage needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Rules {
    /// Replacements applied while normalising: dialect words, typos and homophones, `(from, to)`.
    /// At each place in the text the longest matching `from` wins.
    pub replacements: Vec<(String, String)>,
    /// Groups of danger words, in priority order: the first group that matches gives the reason.
    pub danger: Vec<Danger>,
    /// Filler characters (再, 都, 真 …) that may stand inside a danger word: danger words are also
    /// looked for in the text with these left out, so 不想再活了 finds 不想活.
    #[serde(default)]
    pub fillers: String,
    /// Keyword rules, one per category, in the order of [`super::CATEGORIES`].
    pub categories: Vec<CategoryRules>,
    /// The reason given when no keyword and no danger word matched.
    pub fallback: String,
}

/// A group of danger words: any of them makes the verdict urgent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Danger {
    /// What the group is about, for the clerk, e.g. "轻生".
    pub name: String,
    /// The danger words.
    pub words: Vec<String>,
    /// Harmless phrases (杀了鸡, 打工); a danger word that overlaps one where it stands is ignored,
    /// so 杀了 in 杀了鸡 and 正在打 in 正在打工 do not count.
    pub except: Vec<String>,
    /// The category to choose when no keyword decides, if any (else "other").
    pub lean: Option<String>,
    /// One line for the person; `{words}` becomes the danger words they used.
    pub reason: String,
}

/// The keywords of one category.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CategoryRules {
    /// The category id, one of [`super::CATEGORIES`].
    pub id: String,
    /// One line for the person; `{words}` becomes the keywords they used.
    pub reason: String,
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
