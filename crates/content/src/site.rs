//! `content/site.toml`: the centre, its rooms and its hotlines.

use std::collections::BTreeMap;
use std::path::Path;

use kiosk_core::model::{Centre, Hotline, Room, Site};
use serde::Deserialize;
use toml::Spanned;

use crate::diag::{line_at, parse_toml, read, Diagnostics};

/// Hotlines that really answer round the clock; no other number may claim it.
const ROUND_THE_CLOCK: [&str; 2] = ["110", "120"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    centre: RawCentre,
    #[serde(default)]
    room: Vec<Spanned<RawRoom>>,
    #[serde(default)]
    hotline: Vec<Spanned<Hotline>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCentre {
    name: String,
    short_name: String,
    address: String,
    reception: Spanned<String>,
    staff_phone: String,
    #[serde(default)]
    public_base_url: String,
    #[serde(default)]
    allow_external_links: bool,
    #[serde(default = "default_idle")]
    idle_seconds: Spanned<u32>,
    #[serde(default = "default_pass")]
    exam_pass_line: u32,
    #[serde(default = "default_exam")]
    exam_questions: u32,
    #[serde(default = "default_countdown")]
    class_countdown: u32,
}

fn default_idle() -> Spanned<u32> {
    Spanned::new(0..0, 120)
}
fn default_pass() -> u32 {
    80
}
fn default_exam() -> u32 {
    20
}
fn default_countdown() -> u32 {
    20
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoom {
    id: String,
    name: String,
    place: String,
    hours: String,
    phone: String,
    handles: Vec<String>,
    #[serde(default = "yes")]
    takes_disputes: bool,
}

fn yes() -> bool {
    true
}

/// The compiled site plus what other modules need to check links against it.
#[derive(Debug, Clone)]
pub struct SiteOut {
    /// The site as the app loads it.
    pub site: Site,
    /// Whether articles may link to outside websites.
    pub allow_external_links: bool,
    /// Room id → 1-based line in site.toml, for messages.
    pub room_lines: BTreeMap<String, usize>,
}

/// Reads and validates `site.toml`. Returns `None` when it cannot be used at all.
pub fn compile(path: &Path, diags: &mut Diagnostics) -> Option<SiteOut> {
    let src = read(path, diags)?;
    let raw: RawSite = parse_toml(path, &src, diags)?;
    let line = |span: std::ops::Range<usize>| line_at(&src, span.start);
    let mut room_lines = BTreeMap::new();
    let mut rooms = Vec::new();
    for spanned in &raw.room {
        let at = line(spanned.span());
        let r = spanned.get_ref();
        if !is_id(&r.id) {
            diags.error(path, at, format!("room id \"{}\" must be lower-case letters, digits, '_' or '-'", r.id));
        }
        for (field, value) in [("name", &r.name), ("place", &r.place), ("hours", &r.hours), ("phone", &r.phone)] {
            if value.trim().is_empty() {
                diags.error(path, at, format!("room \"{}\" has an empty {field}; fill it in", r.id));
            }
        }
        if r.handles.iter().all(|h| h.trim().is_empty()) {
            diags.error(path, at, format!("room \"{}\" needs at least one line in handles = [...]", r.id));
        }
        if let Some(first) = room_lines.insert(r.id.clone(), at) {
            diags.error(path, at, format!("duplicate room id \"{}\" (first used on line {first})", r.id));
        }
        rooms.push(Room {
            id: r.id.clone(),
            name: r.name.clone(),
            place: r.place.clone(),
            hours: r.hours.clone(),
            phone: r.phone.clone(),
            handles: r.handles.clone(),
            takes_disputes: r.takes_disputes,
        });
    }
    if rooms.is_empty() {
        diags.error(path, 0, "no rooms: add at least the reception hall as a [[room]] table");
    }
    let c = &raw.centre;
    if !room_lines.contains_key(c.reception.get_ref()) {
        diags.error(
            path,
            line(c.reception.span()),
            format!("reception = \"{}\" is not the id of any [[room]]", c.reception.get_ref()),
        );
    }
    let idle = *c.idle_seconds.get_ref();
    if !(30..=1800).contains(&idle) {
        diags.error(path, line(c.idle_seconds.span()), "idle_seconds must be between 30 and 1800");
    }
    if c.name.trim().is_empty() {
        diags.error(path, 0, "centre name is empty");
    }
    if !(c.public_base_url.is_empty()
        || c.public_base_url.starts_with("https://")
        || c.public_base_url.starts_with("http://"))
    {
        diags.error(path, 0, "public_base_url must be empty or start with https://");
    }
    let mut hotlines = Vec::new();
    for spanned in &raw.hotline {
        let h = spanned.get_ref();
        let at = line(spanned.span());
        if h.number.is_empty() || !h.number.chars().all(|ch| ch.is_ascii_digit() || ch == '-') {
            diags.error(path, at, format!("hotline number \"{}\" must be digits only", h.number));
        }
        if claims_round_the_clock(&h.hours) && !ROUND_THE_CLOCK.contains(&h.number.as_str()) {
            diags.error(
                path,
                at,
                format!("hotline {} says it answers round the clock; only 110 and 120 may say that", h.number),
            );
        }
        hotlines.push(h.clone());
    }
    if hotlines.first().map(|h| h.number.as_str()) != Some("12338") {
        diags.error(path, 0, "the first [[hotline]] must be 12338, the women's-rights line");
    }
    let centre = Centre {
        name: c.name.clone(),
        short_name: c.short_name.clone(),
        address: c.address.clone(),
        reception: c.reception.get_ref().clone(),
        staff_phone: c.staff_phone.clone(),
        public_base_url: c.public_base_url.trim_end_matches('/').to_string(),
        idle_seconds: idle,
        exam_pass_line: c.exam_pass_line.clamp(1, 100),
        exam_questions: c.exam_questions.clamp(5, 100),
        class_countdown: c.class_countdown.clamp(5, 300),
    };
    Some(SiteOut { site: Site { centre, rooms, hotlines }, allow_external_links: c.allow_external_links, room_lines })
}

/// Whether an hours text claims round-the-clock service.
fn claims_round_the_clock(hours: &str) -> bool {
    let h = hours.replace(' ', "");
    let negated = h.contains("不保证") || h.contains("不是24");
    !negated && (h.contains("24小时") || h.contains("全天") || h.contains("7×24") || h.contains("7x24"))
}

/// Whether `s` is a valid id: lower-case ascii letters, digits, `_` and `-`.
pub fn is_id(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}
