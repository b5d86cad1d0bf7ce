//! Special links in content: `article:`, `room:`, `intake:`, `quiz:`, `tel:`, and what they become.

use std::collections::BTreeSet;

/// The ids links may point at.
#[derive(Debug, Default, Clone)]
pub struct Links {
    /// Article ids.
    pub articles: BTreeSet<String>,
    /// Room ids of site.toml.
    pub rooms: BTreeSet<String>,
    /// Quiz topic ids.
    pub quiz_topics: BTreeSet<String>,
    /// Whether `https://` links are allowed.
    pub allow_external: bool,
}

/// What a resolved link points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// A library article.
    Article,
    /// A room of the centre.
    Room,
    /// The intake questionnaire.
    Intake,
    /// A quiz topic.
    Quiz,
    /// A phone number.
    Phone,
    /// An outside website.
    External,
}

/// Turns a content link into the app's URL, or says what is wrong with it.
pub fn resolve(dest: &str, links: &Links) -> Result<(String, LinkKind), String> {
    let dest = dest.trim();
    let (scheme, rest) = dest.split_once(':').unwrap_or(("", dest));
    let lower = scheme.to_ascii_lowercase();
    match lower.as_str() {
        "article" if links.articles.contains(rest) => Ok((format!("/library/a/{rest}"), LinkKind::Article)),
        "article" => Err(format!("link to unknown article \"{rest}\" (check the id after \"article:\")")),
        "room" if links.rooms.contains(rest) => Ok((format!("/centre#room-{rest}"), LinkKind::Room)),
        "room" => Err(format!("link to unknown room \"{rest}\" (room ids are in content/site.toml)")),
        "intake" if kiosk_core::triage::CATEGORIES.contains(&rest) => {
            Ok((format!("/intake?branch={rest}"), LinkKind::Intake))
        }
        "intake" => Err(format!(
            "link to unknown intake branch \"{rest}\" (one of {})",
            kiosk_core::triage::CATEGORIES.join(", ")
        )),
        "quiz" if links.quiz_topics.contains(rest) => Ok((format!("/quiz/practice/{rest}"), LinkKind::Quiz)),
        "quiz" => Err(format!("link to unknown quiz topic \"{rest}\" (a file content/quiz/{rest}.toml)")),
        "tel" if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '-') => {
            Ok((format!("tel:{rest}"), LinkKind::Phone))
        }
        "tel" => Err(format!("phone link \"{dest}\" must be digits only, like tel:12338")),
        "https" | "http" if links.allow_external && !rest.contains(['"', '<', '>', ' ']) => {
            Ok((dest.to_string(), LinkKind::External))
        }
        "https" | "http" => Err(format!(
            "outside link \"{dest}\" is not allowed (set allow_external_links = true in site.toml to allow them)"
        )),
        "javascript" | "data" | "vbscript" | "file" => Err(format!("unsafe link \"{dest}\" is not allowed")),
        _ => Err(format!(
            "unknown link \"{dest}\": use article:<id>, room:<id>, intake:<branch>, quiz:<topic> or tel:<number>"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links() -> Links {
        Links {
            articles: ["cooling-off".to_string()].into(),
            rooms: ["family".to_string()].into(),
            quiz_topics: ["marriage".to_string()].into(),
            allow_external: false,
        }
    }

    #[test]
    fn resolves_every_kind() {
        let l = links();
        assert_eq!(resolve("article:cooling-off", &l).unwrap().0, "/library/a/cooling-off");
        assert_eq!(resolve("room:family", &l).unwrap().0, "/centre#room-family");
        assert_eq!(resolve("intake:medical", &l).unwrap().0, "/intake?branch=medical");
        assert_eq!(resolve("quiz:marriage", &l).unwrap().0, "/quiz/practice/marriage");
        assert_eq!(resolve("tel:12338", &l).unwrap().0, "tel:12338");
    }

    #[test]
    fn refuses_unsafe_unknown_and_external_links() {
        let l = links();
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "https://example.com",
            "article:nope",
            "room:x",
            "intake:x",
            "/raw",
            "tel:abc",
        ] {
            assert!(resolve(bad, &l).is_err(), "{bad} should be refused");
        }
        let open = Links { allow_external: true, ..links() };
        assert!(resolve("https://example.com", &open).is_ok());
    }
}
