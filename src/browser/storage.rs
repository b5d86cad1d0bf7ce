//! Lasting settings in localStorage, versioned. A corrupt, foreign or old value, a missing
//! localStorage, or a full quota all fall back to defaults; nothing here can fail the app.
//!
//! Only settings meant to last live here (大字, quiz progress). Intake answers never do.

use serde::{Deserialize, Serialize, de::DeserializeOwned};

/// localStorage key of the display settings.
pub const SETTINGS_KEY: &str = "mk.settings";
/// localStorage key of the learner's quiz progress.
pub const PROGRESS_KEY: &str = "mk.quiz";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a raw string.
pub fn get_raw(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Writes a raw string; a full quota or disabled storage is ignored.
pub fn set_raw(key: &str, value: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(key, value);
    }
}

/// Reads JSON, or `None` when missing or unreadable.
pub fn get_json<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&get_raw(key)?).ok()
}

/// Display settings.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Format version; any other version is replaced by the default.
    pub v: u32,
    /// 大字 mode.
    pub large: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { v: 1, large: false }
    }
}

/// The stored settings, or the defaults.
pub fn load_settings() -> Settings {
    get_json::<Settings>(SETTINGS_KEY).filter(|s| s.v == 1).unwrap_or_default()
}

/// Saves the settings.
pub fn save_settings(s: Settings) {
    if let Ok(json) = serde_json::to_string(&s) {
        set_raw(SETTINGS_KEY, &json);
    }
}

/// The learner's quiz progress, or a fresh start when missing, corrupt or old.
pub fn load_progress() -> kiosk_core::quiz::progress::Progress {
    get_raw(PROGRESS_KEY).map(|s| kiosk_core::quiz::progress::Progress::from_json(&s)).unwrap_or_default()
}

/// Saves the learner's quiz progress.
pub fn save_progress(p: &kiosk_core::quiz::progress::Progress) {
    set_raw(PROGRESS_KEY, &p.to_json());
}

/// Today's day number in local time (days since 1970-01-01), for the daily review cap.
pub fn today() -> u32 {
    let d = js_sys::Date::new_0();
    let local_ms = d.get_time() - d.get_timezone_offset() * 60_000.0;
    (local_ms / 86_400_000.0).max(0.0) as u32
}
