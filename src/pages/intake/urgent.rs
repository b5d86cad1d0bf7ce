//! An urgent screen: the emergency numbers first, then a calm way back into the questionnaire.

use std::sync::Arc;

use kiosk_core::intake::graph::{Questionnaire, Urgent};
use kiosk_core::triage::Verdict;
use leptos::prelude::*;
use leptos_router::components::A;

use super::choose;
use crate::components::hotlines::{CallRow, HotlineList};
use crate::components::quick_exit::QuickExit;
use crate::data;
use crate::session::use_session;

/// Danger: hotlines first, then a calm way back into the questionnaire.
#[component]
pub(super) fn UrgentScreen(
    /// The questionnaire.
    qn: Arc<Questionnaire>,
    /// The urgent screen.
    urgent: Urgent,
    /// The triage verdict, when a typed sentence led here.
    verdict: RwSignal<Option<Verdict>>,
) -> impl IntoView {
    let session = use_session();
    let typed = verdict.get_untracked();
    let category = typed.as_ref().map_or_else(|| "other".into(), |v| v.category.clone());
    let signals = typed.as_ref().map(|v| v.signals.join(" ")).unwrap_or_default();
    let reason = typed.map(|v| v.reason);
    let qn2 = qn.clone();
    let library = LocalResource::new(data::library);
    let title = move |id: &str| {
        library.get().and_then(Result::ok).and_then(|l| l.articles.iter().find(|a| a.id == id).map(|a| a.title.clone()))
    };
    view! {
        <section class="intake urgent triage" data-category=category data-urgent="true" data-danger="strong"
            data-signals=signals data-urgent-screen=urgent.id.clone()>
            <QuickExit/>
            <h1>{format!("⚠ {}", urgent.title)}</h1>
            <CallRow numbers=urgent.hotlines.clone()/>
            {reason.map(|r| view! { <p class="triage-reason">{r}</p> })}
            <ol class="urgent-steps">{urgent.steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
            <HotlineList numbers=urgent.hotlines.clone()/>
            <p class="phone-only hint">"提醒：用手机打出的电话会留在通话记录里。如果担心被看到，打完可以删除记录。"</p>
            {(!urgent.articles.is_empty()).then(|| view! {
                <p>"安全的时候可以看看："
                    {urgent.articles.iter().map(|a| {
                        let id = a.clone();
                        view! { <A href=format!("/library/a/{a}") attr:class="inline-link">{move || title(&id).unwrap_or_default()}</A> }
                    }).collect_view()}
                </p>
            })}
            <div class="row">
                <button type="button" class="btn" on:click=move |_| session.choices.update(|c| { c.pop(); })>"⬅ 上一题"</button>
                <button type="button" class="btn primary" on:click=move |_| choose(&qn2, session, 0)>{urgent.continue_label.clone()}</button>
            </div>
        </section>
    }
}
