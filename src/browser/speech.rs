//! Read-aloud with the Web Speech API, in zh-CN only.
//!
//! Browsers differ: voices load late (wait for `voiceschanged`), Android WebView has none, and
//! Chrome may list voices that are not installed. So the reader only speaks when a real Chinese
//! voice exists, says so plainly when none does, and reads element by element, highlighting the
//! element being read.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// Whether a Chinese voice exists on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// Still waiting for the browser to list its voices.
    Checking,
    /// A zh voice is there.
    Ready,
    /// No zh voice (or no speech at all): the button says so.
    Missing,
}

impl Voice {
    /// The state as one word: checking, ready or missing.
    pub fn as_str(self) -> &'static str {
        match self {
            Voice::Checking => "checking",
            Voice::Ready => "ready",
            Voice::Missing => "missing",
        }
    }
}

/// What the reader is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Silent.
    Idle,
    /// Reading.
    Speaking,
    /// Paused mid-way.
    Paused,
}

/// The one reader of the app, provided as context.
#[derive(Clone, Copy)]
pub struct Reader {
    /// Voice availability.
    pub voice: RwSignal<Voice>,
    /// Reading state.
    pub status: RwSignal<Status>,
    /// Slow speed.
    pub slow: RwSignal<bool>,
    /// A plain message for the person (e.g. no voice), shown in a live region.
    pub message: RwSignal<Option<String>>,
    run: StoredValue<Rc<RefCell<Run>>, LocalStorage>,
}

#[derive(Default)]
struct Run {
    generation: u32,
    /// What to read, each with the element to highlight (none for a lone sentence).
    items: Vec<(Option<Element>, String)>,
    current: Option<Element>,
}

const NO_VOICE: &str = "这台设备没有中文朗读语音，没法朗读。请找工作人员帮忙，或把字调大。";

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

fn zh_voice(s: &SpeechSynthesis) -> Option<SpeechSynthesisVoice> {
    let voices: Vec<SpeechSynthesisVoice> = s.get_voices().iter().filter_map(|v| v.dyn_into().ok()).collect();
    let zh = |v: &&SpeechSynthesisVoice| {
        let lang = v.lang().to_ascii_lowercase().replace('_', "-");
        lang.starts_with("zh") || lang.starts_with("cmn")
    };
    voices
        .iter()
        .find(|v| v.lang().eq_ignore_ascii_case("zh-CN") && v.local_service())
        .or_else(|| voices.iter().find(zh))
        .cloned()
}

impl Reader {
    /// Creates the reader and starts looking for a Chinese voice.
    pub fn new() -> Self {
        let r = Reader {
            voice: RwSignal::new(Voice::Checking),
            status: RwSignal::new(Status::Idle),
            slow: RwSignal::new(false),
            message: RwSignal::new(None),
            run: StoredValue::new_local(Rc::new(RefCell::new(Run::default()))),
        };
        r.detect();
        r
    }

    fn detect(&self) {
        let voice = self.voice;
        let Some(s) = synth() else {
            voice.set(Voice::Missing);
            return;
        };
        if zh_voice(&s).is_some() {
            voice.set(Voice::Ready);
            return;
        }
        let on_change = Closure::<dyn FnMut()>::new(move || {
            if let Some(s) = synth()
                && zh_voice(&s).is_some()
            {
                voice.set(Voice::Ready);
            }
        });
        s.set_onvoiceschanged(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        set_timeout(
            move || {
                if voice.get_untracked() == Voice::Checking {
                    voice.set(Voice::Missing);
                }
            },
            Duration::from_millis(2500),
        );
    }

    /// Reads every readable element inside the page's `<main>`, in order.
    pub fn read_main(&self) {
        let doc = super::document();
        let Ok(list) = doc.query_selector_all(
            "main h1, main h2, main h3, main p, main li, main dt, main dd, main .speak, main caption",
        ) else {
            return;
        };
        let mut items = Vec::new();
        for i in 0..list.length() {
            let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
            // Crumbs and button rows are for the eyes: the title comes first.
            if el.closest(".crumbs, nav, [aria-hidden='true']").ok().flatten().is_some() {
                continue;
            }
            // Skip elements nested in another readable element already listed.
            if items.iter().any(|(p, _): &(Option<Element>, String)| p.as_ref().is_some_and(|p| p.contains(Some(&el))))
            {
                continue;
            }
            let text = el.text_content().unwrap_or_default();
            if !text.trim().is_empty() {
                items.push((Some(el), text.trim().to_string()));
            }
        }
        self.read(items);
    }

    /// Reads one text (e.g. a glossary definition) without highlighting.
    pub fn read_text(&self, text: &str) {
        self.read(vec![(None, text.to_string())]);
    }

    fn read(&self, items: Vec<(Option<Element>, String)>) {
        self.stop();
        let Some(s) = synth() else {
            self.message.set(Some(NO_VOICE.into()));
            return;
        };
        if self.voice.get_untracked() != Voice::Ready {
            let msg = if self.voice.get_untracked() == Voice::Checking {
                "正在准备朗读，请过一两秒再点一次。"
            } else {
                NO_VOICE
            };
            self.message.set(Some(msg.into()));
            return;
        }
        self.message.set(None);
        let run = self.run.get_value();
        {
            let mut r = run.borrow_mut();
            r.generation = r.generation.wrapping_add(1);
            r.items = items;
        }
        self.status.set(Status::Speaking);
        let generation = run.borrow().generation;
        self.speak_at(&s, 0, generation);
    }

    fn speak_at(&self, s: &SpeechSynthesis, index: usize, generation: u32) {
        let run = self.run.get_value();
        let this = *self;
        let item = {
            let r = run.borrow();
            if r.generation != generation {
                return;
            }
            r.items.get(index).cloned()
        };
        Self::unmark(&run);
        let Some((el, text)) = item else {
            self.status.set(Status::Idle);
            return;
        };
        if let Some(el) = &el {
            let _ = el.class_list().add_1("reading");
            if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Center);
                h.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        }
        run.borrow_mut().current = el;
        let Ok(u) = SpeechSynthesisUtterance::new_with_text(&text) else { return };
        u.set_lang("zh-CN");
        if let Some(v) = zh_voice(s) {
            u.set_voice(Some(&v));
        }
        u.set_rate(if self.slow.get_untracked() { 0.7 } else { 1.0 });
        let next = Closure::once_into_js(move || {
            if let Some(s) = synth() {
                this.speak_at(&s, index + 1, generation);
            }
        });
        u.set_onend(Some(next.unchecked_ref()));
        s.speak(&u);
    }

    fn unmark(run: &Rc<RefCell<Run>>) {
        if let Some(el) = run.borrow_mut().current.take() {
            let _ = el.class_list().remove_1("reading");
        }
    }

    /// Pauses reading.
    pub fn pause(&self) {
        if let Some(s) = synth() {
            s.pause();
            self.status.set(Status::Paused);
        }
    }

    /// Resumes reading.
    pub fn resume(&self) {
        if let Some(s) = synth() {
            s.resume();
            self.status.set(Status::Speaking);
        }
    }

    /// Stops reading and removes the highlight.
    pub fn stop(&self) {
        let run = self.run.get_value();
        {
            let mut r = run.borrow_mut();
            r.generation = r.generation.wrapping_add(1);
        }
        Self::unmark(&run);
        if let Some(s) = synth() {
            s.cancel();
        }
        self.status.set(Status::Idle);
    }
}

impl Default for Reader {
    fn default() -> Self {
        Self::new()
    }
}

/// The app's reader.
pub fn use_reader() -> Reader {
    expect_context::<Reader>()
}
