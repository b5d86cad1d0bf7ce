//! Result links: the answers of a finished questionnaire, packed into a URL for the QR code.
//!
//! `v=<questionnaire version>&a=<one base-36 digit per choice>&o=1` (o: asked for someone else).
//! No server is involved; the phone replays the answers. Decoding never panics.

use super::engine::{walk, Screen};
use super::graph::Questionnaire;

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// A finished (or partly finished) questionnaire, as carried by a link.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers {
    /// The answer chosen on each screen, in order.
    pub choices: Vec<u8>,
    /// Whether the person asked for a family member or friend.
    pub for_other: bool,
}

/// Why a result link cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// The link was made for another version of the questionnaire.
    OldVersion,
    /// Part of the link is missing or damaged.
    Damaged,
    /// The answers do not lead to a result.
    Unfinished,
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LinkError::OldVersion => "这个链接是旧版本的问卷生成的，请重新回答一遍。",
            LinkError::Damaged => "这个链接不完整或被改动过，打不开结果。",
            LinkError::Unfinished => "这个链接里的回答还没有做完，打不开结果。",
        })
    }
}

/// The query string (without `?`) for a result link.
pub fn encode(q: &Questionnaire, answers: &Answers) -> String {
    let a: String = answers.choices.iter().map(|&c| char::from(DIGITS[usize::from(c.min(35))])).collect();
    let mut s = format!("v={}&a={a}", q.version);
    if answers.for_other {
        s.push_str("&o=1");
    }
    s
}

/// Reads a result link's query string and checks that it leads to a result.
pub fn decode(q: &Questionnaire, query: &str) -> Result<Answers, LinkError> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut version = None;
    let mut choices = None;
    let mut for_other = false;
    for pair in query.split('&') {
        match pair.split_once('=') {
            Some(("v", v)) => version = Some(v),
            Some(("a", a)) => choices = Some(a),
            Some(("o", o)) => for_other = o == "1",
            _ => {}
        }
    }
    let (Some(version), Some(raw)) = (version, choices) else { return Err(LinkError::Damaged) };
    if version != q.version {
        return Err(LinkError::OldVersion);
    }
    if raw.len() > 64 {
        return Err(LinkError::Damaged);
    }
    let mut list = Vec::with_capacity(raw.len());
    for b in raw.bytes() {
        let d = DIGITS.iter().position(|&x| x == b.to_ascii_lowercase()).ok_or(LinkError::Damaged)?;
        list.push(u8::try_from(d).map_err(|_| LinkError::Damaged)?);
    }
    match walk(q, &list) {
        Ok((Screen::Result(_), _)) => Ok(Answers { choices: list, for_other }),
        Ok(_) => Err(LinkError::Unfinished),
        Err(_) => Err(LinkError::Damaged),
    }
}
