//! The danger compiler: reads `content/intake/danger.toml` (signal classes, their words, harmless
//! phrases, negations, "it is over" phrases, calm contexts and combinations) into
//! [`kiosk_core::triage::DangerRules`], reporting every mistake as `file:line: message`.
//! Words are normalised with the triage file's replacements, as typed text will be.

use std::path::Path;

use kiosk_core::triage::danger::{Combo, Signal, CLASSES};
use kiosk_core::triage::{DangerRules, Level, Rules};
use serde::Deserialize;
use toml::Spanned;

use crate::diag::{self, Diagnostics};
use crate::triage::{can_overlap, word_list, Ctx};

/// The shape of danger.toml.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDangerFile {
    strong_reason: Spanned<String>,
    weak_reason: Spanned<String>,
    model_reason: Spanned<String>,
    model_margin: Option<i64>,
    default_screen: Spanned<String>,
    #[serde(default)]
    negations: Vec<Spanned<String>>,
    #[serde(default)]
    settled: Vec<Spanned<String>>,
    #[serde(default)]
    past: Vec<Spanned<String>>,
    #[serde(default)]
    calm: Vec<Spanned<String>>,
    #[serde(default)]
    signal: Vec<RawSignal>,
    #[serde(default)]
    combo: Vec<RawCombo>,
}

/// One `[[signal]]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSignal {
    id: Spanned<String>,
    class: Spanned<String>,
    level: Spanned<String>,
    #[serde(default)]
    settles: bool,
    screen: Option<Spanned<String>>,
    words: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    except: Vec<Spanned<String>>,
}

/// One `[[combo]]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCombo {
    all: Spanned<Vec<Spanned<String>>>,
}

/// Compiles `danger.toml` into `rules.danger` and `rules.screens`; `screens` are the urgent
/// screen ids of the questionnaire.
pub fn compile(path: &Path, screens: &[String], rules: &mut Rules, diags: &mut Diagnostics) {
    let Some(src) = diag::read(path, diags) else { return };
    let Some(file) = diag::parse_toml::<RawDangerFile>(path, &src, diags) else { return };
    let cx = Ctx { path, src: &src };
    let mut out = DangerRules::default();
    for (field, reason) in [("strong_reason", &file.strong_reason), ("weak_reason", &file.weak_reason)] {
        if !reason.get_ref().contains("{words}") {
            let msg = format!("{field} must quote the words that fired: put {{words}} in it");
            diags.error(path, cx.line(reason), msg);
        }
    }
    out.strong_reason = file.strong_reason.get_ref().clone();
    out.weak_reason = file.weak_reason.get_ref().clone();
    out.model_reason = file.model_reason.get_ref().clone();
    out.model_margin = file.model_margin;
    let screen_ok = |s: &Spanned<String>, diags: &mut Diagnostics| {
        let known = screens.iter().any(|k| k == s.get_ref());
        if !known {
            let msg =
                format!("unknown urgent screen \"{}\" (questionnaire.toml has: {})", s.get_ref(), screens.join(", "));
            diags.error(path, cx.line(s), msg);
        }
        known
    };
    if screen_ok(&file.default_screen, diags) {
        rules.default_screen = file.default_screen.get_ref().clone();
    }
    out.negations = words(&cx, rules, "negations", file.negations, diags);
    out.settled = words(&cx, rules, "settled", file.settled, diags);
    out.past = words(&cx, rules, "past", file.past, diags);
    out.calm = words(&cx, rules, "calm", file.calm, diags);
    if file.signal.is_empty() {
        diags.error(path, 0, "there is no [[signal]]; danger must always be checked");
    }
    for raw in file.signal {
        let line = cx.line(&raw.id);
        let id = raw.id.into_inner();
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            diags.error(path, line, format!("signal id \"{id}\" must be lower-case letters and _, e.g. self_harm"));
        } else if out.signals.iter().any(|s| s.id == id) {
            diags.error(path, line, format!("signal id \"{id}\" is used twice"));
        }
        let class = raw.class.get_ref().clone();
        if !CLASSES.contains(&class.as_str()) {
            let msg = format!("signal \"{id}\": unknown class \"{class}\" (use one of {})", CLASSES.join(", "));
            diags.error(path, cx.line(&raw.class), msg);
        }
        let level = match raw.level.get_ref().as_str() {
            "strong" => Level::Strong,
            "weak" => Level::Weak,
            "pair" => Level::None,
            other => {
                let msg = format!("signal \"{id}\": level \"{other}\" must be strong, weak or pair");
                diags.error(path, cx.line(&raw.level), msg);
                Level::None
            }
        };
        if let Some(s) = raw.screen.as_ref().filter(|s| screen_ok(s, diags)) {
            rules.screens.push((id.clone(), s.get_ref().clone()));
        }
        let what = format!("signal \"{id}\"");
        let words_line = cx.line(&raw.words);
        let list = word_list(&cx, rules, &what, raw.words.into_inner(), &mut Vec::new(), diags);
        if list.is_empty() {
            diags.error(path, words_line, format!("{what}: the word list is empty; list the words of this signal"));
        }
        let except = word_list(&cx, rules, &what, raw.except, &mut Vec::new(), diags);
        for (e, line) in &except {
            if !list.iter().any(|(w, _)| can_overlap(w, e)) {
                diags.warn(
                    path,
                    *line,
                    format!("{what}: except \"{e}\" can never touch a word of this signal; remove it"),
                );
            }
        }
        out.signals.push(Signal {
            id,
            class,
            level,
            settles: raw.settles,
            words: list.into_iter().map(|w| w.0).collect(),
            except: except.into_iter().map(|e| e.0).collect(),
        });
    }
    for raw in file.combo {
        let line = cx.line(&raw.all);
        let all: Vec<String> = raw.all.into_inner().into_iter().map(Spanned::into_inner).collect();
        if all.len() < 2 {
            diags.error(path, line, "combo: list at least two signals or classes in all = [...]");
        }
        for m in &all {
            if !CLASSES.contains(&m.as_str()) && !out.signals.iter().any(|s| &s.id == m) {
                diags.error(
                    path,
                    line,
                    format!("combo: \"{m}\" is neither a signal id nor a class ({})", CLASSES.join(", ")),
                );
            }
        }
        out.combos.push(Combo { all });
    }
    rules.danger = out;
}

/// A plain normalised word list (negations, settled, calm), with repeats and empties reported.
fn words(cx: &Ctx, rules: &Rules, what: &str, list: Vec<Spanned<String>>, diags: &mut Diagnostics) -> Vec<String> {
    word_list(cx, rules, what, list, &mut Vec::new(), diags).into_iter().map(|w| w.0).collect()
}
