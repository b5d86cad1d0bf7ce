//! 我要调解: one question per screen, danger first, with an optional one-sentence box whose
//! triage either goes straight to an urgent screen, asks about danger first, or suggests a branch.
//! All answers live in the in-memory session only. The screens are in the files of this folder.

mod ask;
mod review;
mod start;
mod urgent;

use std::sync::Arc;

use kiosk_core::intake::engine::{Screen, path_to_urgent, preset_choice, walk};
use kiosk_core::intake::graph::Questionnaire;
use kiosk_core::triage::{Level, MAX_CHARS, Verdict, triage};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::load::{LoadFailed, Loading};
use crate::components::outcome::OutcomeView;
use crate::components::quick_exit::QuickExit;
use crate::data;
use crate::session::{Session, use_session};

use ask::Ask;
use review::{CheckAnswers, review_rows};
use start::Start;
use urgent::UrgentScreen;

/// `/intake`, `/intake?branch=<category>` and `/intake?q=<one sentence>`.
#[component]
pub fn Intake() -> impl IntoView {
    let session = use_session();
    let query = use_query_map();
    let navigate = use_navigate();
    let qn = LocalResource::new(data::questionnaire);
    let rules = LocalResource::new(data::triage_rules);
    let verdict = RwSignal::new(None::<Verdict>);

    // A branch from an article, or a sentence from a grid worker's link, is taken once; the
    // address is then cleaned so the sentence does not stay in the history.
    let taken = StoredValue::new(false);
    Effect::new(move |_| {
        let (Some(Ok(qn)), Some(Ok(rules))) = (qn.get(), rules.get()) else { return };
        if taken.get_value() {
            return;
        }
        taken.set_value(true);
        let params = query.read_untracked();
        if let Some(b) = params.get("branch").filter(|b| kiosk_core::triage::CATEGORIES.contains(&b.as_str())) {
            session.reset_intake();
            session.preset.set(Some(b));
        }
        if let Some(text) = params.get("q").filter(|t| !t.trim().is_empty()) {
            session.reset_intake();
            session.typed.set(text.chars().take(MAX_CHARS).collect());
            judge(&qn, &rules, session, verdict);
        }
        if params.get("branch").is_some() || params.get("q").is_some() {
            navigate("/intake", NavigateOptions { replace: true, scroll: false, ..Default::default() });
        }
    });
    // An idle wipe or 结束 forgets the suggestion too.
    Effect::new(move |_| {
        session.epoch.track();
        verdict.set(None);
    });

    move || match (qn.get(), rules.get()) {
        (Some(Err(e)), _) | (_, Some(Err(e))) => view! { <LoadFailed message=e/> }.into_any(),
        (Some(Ok(qn)), Some(Ok(rules))) => view! { <Flow qn rules verdict/> }.into_any(),
        _ => view! { <Loading/> }.into_any(),
    }
}

/// Runs triage on the typed sentence. Strong danger goes straight to its urgent screen; weak
/// danger stays on the first screen, which then asks about danger before anything else.
fn judge(qn: &Questionnaire, rules: &kiosk_core::triage::Rules, session: Session, verdict: RwSignal<Option<Verdict>>) {
    let v = triage(rules, &session.typed.get_untracked());
    if v.danger == Level::Strong
        && let Some(path) = path_to_urgent(qn, &v.screen).or_else(|| path_to_urgent(qn, &rules.default_screen))
    {
        session.choices.set(path);
    }
    verdict.set(Some(v));
}

/// Records an answer, then applies a preset category once if this screen chooses categories.
fn choose(qn: &Questionnaire, session: Session, i: u8) {
    session.choices.update(|c| c.push(i));
    if let Some(branch) = session.preset.get_untracked() {
        let choices = session.choices.get_untracked();
        if let Ok((screen, _)) = walk(qn, &choices)
            && let Some(j) = preset_choice(&screen, &branch)
        {
            session.choices.update(|c| c.push(j));
            session.preset.set(None);
        }
    }
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The questionnaire once its data is loaded.
#[component]
fn Flow(
    /// The questionnaire.
    qn: Arc<Questionnaire>,
    /// Triage rules.
    rules: Arc<kiosk_core::triage::Rules>,
    /// The triage suggestion, if a sentence was typed.
    verdict: RwSignal<Option<Verdict>>,
) -> impl IntoView {
    let session = use_session();
    move || {
        let choices = session.choices.get();
        let qn = qn.clone();
        match walk(&qn, &choices) {
            Err(_) => {
                session.choices.set(Vec::new());
                view! { <Loading/> }.into_any()
            }
            Ok((Screen::Question(q), _)) if choices.is_empty() => {
                view! { <Start qn=qn.clone() rules=rules.clone() question=q.clone() verdict/> }.into_any()
            }
            Ok((Screen::Question(q), _)) => view! { <Ask qn=qn.clone() question=q.clone()/> }.into_any(),
            Ok((Screen::Urgent(u), _)) => view! { <UrgentScreen qn=qn.clone() urgent=u.clone() verdict/> }.into_any(),
            Ok((Screen::Result(_), steps)) if !session.reviewed.get() => {
                let rows = review_rows(&steps, session.for_other.get());
                view! { <CheckAnswers rows/> }.into_any()
            }
            Ok((Screen::Result(_), _)) => view! {
                <QuickExit/>
                <OutcomeView qn=qn.clone() choices=choices.clone() for_other=session.for_other.get() editable=true/>
            }
            .into_any(),
        }
    }
}
