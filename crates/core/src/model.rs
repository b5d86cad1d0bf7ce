//! The compiled content: the data the content compiler writes to `dist/data/` and the app reads.
//!
//! Every type here is plain data with serde derives, so the native compiler and the wasm app agree
//! on one shape. Validation happens in the compiler; the app trusts these values.

use serde::{Deserialize, Serialize};

/// The site config: who this centre is, its rooms and its hotlines (`data/site.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Site {
    /// The centre itself.
    pub centre: Centre,
    /// Rooms and desks of this centre, in the order the config lists them.
    pub rooms: Vec<Room>,
    /// Hotlines, in display order (12338 first).
    pub hotlines: Vec<Hotline>,
}

/// The centre's name, reception desk and kiosk settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Centre {
    /// Full name, shown on home, e.g. "青石镇矛盾纠纷调处化解中心".
    pub name: String,
    /// Short name for tight places such as the printed slip header.
    pub short_name: String,
    /// Street address of the centre.
    pub address: String,
    /// Room id of the reception hall; every fallback route goes there.
    pub reception: String,
    /// The staff phone shown by 请工作人员帮忙.
    pub staff_phone: String,
    /// Public base URL for QR codes, e.g. "https://tiaojie.example.cn"; empty means the current origin.
    pub public_base_url: String,
    /// Seconds without a touch before the 还在使用吗 countdown.
    pub idle_seconds: u32,
    /// Pass line of the mock exam, in percent.
    pub exam_pass_line: u32,
    /// Number of questions in a mock exam.
    pub exam_questions: u32,
    /// Seconds of the class-mode countdown before reveal.
    pub class_countdown: u32,
}

/// One room or desk of the centre.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Room {
    /// Stable id used by the questionnaire and by `room:` links, e.g. "family".
    pub id: String,
    /// Display name, e.g. "婚姻家庭纠纷调解室".
    pub name: String,
    /// Where it is, e.g. "二楼 203".
    pub place: String,
    /// Opening hours as text.
    pub hours: String,
    /// Phone of the room.
    pub phone: String,
    /// What is handled there, one short phrase each.
    pub handles: Vec<String>,
    /// Whether disputes are handled here (so the questionnaire must be able to send people here).
    pub takes_disputes: bool,
}

/// One hotline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hotline {
    /// The number to dial, digits only.
    pub number: String,
    /// Name, e.g. "妇女维权公益服务热线".
    pub name: String,
    /// What it is for, one sentence.
    pub purpose: String,
    /// Hours as text; only 110 and 120 may say round-the-clock.
    pub hours: String,
}

impl Hotline {
    /// The name without its bracketed part, for the hotline strip: "妇女维权公益服务热线".
    pub fn short_name(&self) -> &str {
        self.name.split(['（', '(']).next().unwrap_or(&self.name)
    }
}

/// The library index (`data/library.json`): categories and every article's metadata.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Library {
    /// Categories in display order.
    pub categories: Vec<Category>,
    /// All articles, grouped by category in display order.
    pub articles: Vec<ArticleMeta>,
}

/// A library category tile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Category {
    /// Folder name, e.g. "family".
    pub id: String,
    /// Plain topic name, e.g. "家里的事".
    pub name: String,
    /// One line saying what is inside.
    pub blurb: String,
    /// Whether pages of this category carry the 紧急离开 quick exit.
    pub sensitive: bool,
}

/// Everything about an article except its body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Stable id; the article lives at `/library/a/<id>` and its body at `data/articles/<id>.html`.
    pub id: String,
    /// Title.
    pub title: String,
    /// Category id.
    pub category: String,
    /// The three-line 要点 summary, as plain text.
    pub summary: Vec<String>,
    /// Search keywords.
    pub keywords: Vec<String>,
    /// The date the article was last checked, "YYYY-MM-DD".
    pub checked: String,
    /// Intake branch that 我遇到了这个问题 opens.
    pub intake: String,
    /// Quiz topic that 考考自己 opens, if any.
    pub quiz: Option<String>,
    /// Related article ids.
    pub related: Vec<String>,
}

/// One glossary entry (`data/glossary.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Term {
    /// Stable id used in `data-term` attributes.
    pub id: String,
    /// The term as it appears in text, e.g. "司法确认".
    pub term: String,
    /// One plain sentence.
    pub definition: String,
}

/// The search index (`data/search.json`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// One document per article.
    pub docs: Vec<SearchDoc>,
    /// Everyday word → words the articles use (from content/synonyms.toml), all cleaned by the
    /// compiler with [`crate::search::clean`] as a query is.
    pub synonyms: Vec<(String, Vec<String>)>,
}

/// What search knows of one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchDoc {
    /// Article id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The 要点 lines joined.
    pub summary: String,
    /// Keywords.
    pub keywords: Vec<String>,
    /// Body as plain text, paragraphs joined by "\n".
    pub body: String,
    /// Full pinyin without tones or spaces of the title and of each keyword, e.g. "caili".
    pub pinyin: Vec<String>,
    /// Pinyin initials of the title and of each keyword, e.g. "lhljq".
    pub initials: Vec<String>,
}
