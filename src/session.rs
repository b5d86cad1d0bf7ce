//! Session state: everything a person typed or answered. It lives in memory only, never in
//! storage, and [`Session::wipe`] forgets all of it (on 结束并清除, on idle, on 紧急离开).

use leptos::prelude::*;

/// The in-memory session, provided as context at the root of the app.
#[derive(Clone, Copy)]
pub struct Session {
    /// Intake: the answer chosen on each screen so far.
    pub choices: RwSignal<Vec<u8>>,
    /// Intake: the category chosen by typed text or an article, applied once at the category question.
    pub preset: RwSignal<Option<String>>,
    /// Intake: asking for a family member or friend.
    pub for_other: RwSignal<bool>,
    /// Intake: the person has seen and confirmed 检查我的回答.
    pub reviewed: RwSignal<bool>,
    /// Intake: the one sentence the person typed.
    pub typed: RwSignal<String>,
    /// Intake: name and phone the person chose to add to the printed slip (never stored).
    pub slip_name: RwSignal<String>,
    /// Intake: phone for the slip.
    pub slip_phone: RwSignal<String>,
    /// Bumped by every wipe, so pages holding their own state can reset it.
    pub epoch: RwSignal<u32>,
}

impl Session {
    /// A fresh, empty session.
    pub fn new() -> Self {
        Session {
            choices: RwSignal::new(Vec::new()),
            preset: RwSignal::new(None),
            for_other: RwSignal::new(false),
            reviewed: RwSignal::new(false),
            typed: RwSignal::new(String::new()),
            slip_name: RwSignal::new(String::new()),
            slip_phone: RwSignal::new(String::new()),
            epoch: RwSignal::new(0),
        }
    }

    /// Forgets the questionnaire: answers, typed text and slip details.
    pub fn reset_intake(&self) {
        self.choices.set(Vec::new());
        self.preset.set(None);
        self.for_other.set(false);
        self.reviewed.set(false);
        self.typed.set(String::new());
        self.slip_name.set(String::new());
        self.slip_phone.set(String::new());
    }

    /// Forgets everything of this person's visit.
    pub fn wipe(&self) {
        self.reset_intake();
        self.epoch.update(|e| *e = e.wrapping_add(1));
    }

    /// Whether anything of the person is held right now.
    pub fn is_empty(&self) -> bool {
        self.choices.with_untracked(Vec::is_empty)
            && self.typed.with_untracked(String::is_empty)
            && self.slip_name.with_untracked(String::is_empty)
            && self.slip_phone.with_untracked(String::is_empty)
    }
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

/// The session of this app.
pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// Ends the person's visit (结束并清除, 紧急离开): stops reading aloud, forgets the session and
/// replaces the history entry with `to`, so Back does not return to what they answered.
pub fn use_end_visit() -> impl Fn(&str) + Clone + 'static {
    let session = use_session();
    let reader = crate::browser::speech::use_reader();
    let navigate = leptos_router::hooks::use_navigate();
    move |to: &str| {
        reader.stop();
        session.wipe();
        navigate(to, leptos_router::NavigateOptions { replace: true, ..Default::default() });
    }
}
