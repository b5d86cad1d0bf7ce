//! The first screen: the danger question, the helper switch, the sentence box, and what triage
//! made of the sentence (a suggested branch, or the danger question first).

use std::sync::Arc;

use kiosk_core::intake::engine::{calm_answer, path_to_urgent};
use kiosk_core::intake::graph::{Question, Questionnaire};
use kiosk_core::triage::{Level, Verdict};
use leptos::prelude::*;

use super::ask::{Answers, question_text};
use super::{choose, judge};
use crate::components::hotlines::CallRow;
use crate::components::quick_exit::QuickExit;
use crate::session::use_session;

/// The first screen: the danger question, the helper switch, and the optional sentence box.
#[component]
pub(super) fn Start(
    /// The questionnaire.
    qn: Arc<Questionnaire>,
    /// Triage rules.
    rules: Arc<kiosk_core::triage::Rules>,
    /// The start (danger) question.
    question: Question,
    /// The triage suggestion.
    verdict: RwSignal<Option<Verdict>>,
) -> impl IntoView {
    let session = use_session();
    let qn2 = qn.clone();
    let qn3 = qn.clone();
    let qn4 = qn.clone();
    let q2 = question.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !session.typed.get_untracked().trim().is_empty() {
            judge(&qn2, &rules, session, verdict);
        }
    };
    view! {
        <section class="intake start">
            <QuickExit/>
            <h1>"我要调解"</h1>
            {move || verdict.get().filter(|v| v.danger == Level::Weak).map(|v| view! { <Doubt qn=qn4.clone() verdict=v/> })}
            <button type="button" class="btn toggle" aria-pressed=move || session.for_other.get().to_string()
                on:click=move |_| session.for_other.update(|f| *f = !*f)>
                {move || if session.for_other.get() { "✔ 我是替家人/朋友问" } else { "我是替家人/朋友问" }}
            </button>
            // While a weak sign is in doubt, its panel above already asks this question.
            <div class="question" data-question=question.id.clone()
                hidden=move || verdict.with(|v| v.as_ref().is_some_and(|v| v.danger == Level::Weak))>
                <h2 class="question-text">{move || question_text(&q2, session.for_other.get())}</h2>
                {(!question.hint.is_empty()).then(|| view! { <p class="hint">{question.hint.clone()}</p> })}
                <Answers qn=qn.clone() question=question.clone()/>
            </div>
            <form class="typed" on:submit=submit>
                <label for="typed-box">"也可以用一句话说说您遇到的事（可以不填）"</label>
                <textarea id="typed-box" rows="2" maxlength="1000" placeholder="比如：隔壁盖房挡了俺家的光"
                    prop:value=move || session.typed.get()
                    on:input=move |ev| session.typed.set(event_target_value(&ev))></textarea>
                <button type="submit" class="btn">"帮我看看是哪类事"</button>
            </form>
            {move || verdict.get().filter(|v| v.danger == Level::None).map(|v| view! { <Suggestion qn=qn.clone() verdict=v/> })}
            {move || session.preset.get().map(|b| view! {
                <p class="notice" role="status">{format!("已选好：{}。请先回答最上面的问题：现在有没有危险？", qn3.category_label(&b))}</p>
            })}
        </section>
    }
}

/// The triage suggestion: one category with a reason; confirm or pick another.
#[component]
fn Suggestion(
    /// The questionnaire, for category names.
    qn: Arc<Questionnaire>,
    /// The verdict.
    verdict: Verdict,
) -> impl IntoView {
    let session = use_session();
    let cat = verdict.category.clone();
    let label = qn.category_label(&cat);
    let chosen = move || session.preset.get().as_deref() == Some(cat.as_str());
    let cat2 = verdict.category.clone();
    view! {
        <section class="triage suggestion" data-category=verdict.category.clone() data-urgent="false" data-danger="none"
            data-signals="" aria-live="polite">
            <h2>{format!("听起来像是：{label}")}</h2>
            <p>{verdict.reason.clone()}</p>
            <div class="row">
                <button type="button" class="btn primary" aria-pressed=move || chosen().to_string()
                    on:click=move |_| session.preset.set(Some(cat2.clone()))>"对，就是这类事"</button>
                <button type="button" class="btn" on:click=move |_| session.preset.set(None)>"不是，我一会儿自己选"</button>
            </div>
        </section>
    }
}

/// A weak danger signal in the typed sentence: the danger question comes first, with the
/// emergency numbers, instead of a calm suggestion. The reason quotes the words that fired.
#[component]
fn Doubt(
    /// The questionnaire, for the taps each answer stands for.
    qn: Arc<Questionnaire>,
    /// The weak verdict.
    verdict: Verdict,
) -> impl IntoView {
    let session = use_session();
    let danger = path_to_urgent(&qn, "danger").unwrap_or_default();
    let calm = calm_answer(&qn);
    let category = verdict.category.clone();
    let qn2 = qn.clone();
    let no_danger = move |_| {
        session.preset.set(Some(category.clone()));
        if let Some(i) = calm {
            choose(&qn2, session, i);
        }
    };
    view! {
        <section class="triage doubt" data-category=verdict.category.clone() data-urgent="true" data-danger="weak"
            data-signals=verdict.signals.join(" ") aria-live="polite">
            <h2 class="question-text">"现在有没有人有危险？"</h2>
            <CallRow numbers=vec!["110".into(), "120".into(), "12338".into(), "12356".into()]/>
            <p class="triage-reason">{verdict.reason.clone()}</p>
            <div class="answers">
                <button type="button" class="answer" on:click=move |_| session.choices.set(danger.clone())>
                    <span class="answer-icon" aria-hidden="true">"🚨"</span>
                    <span class="answer-label speak">"有危险"</span>
                </button>
                <button type="button" class="answer" on:click=no_danger>
                    <span class="answer-icon" aria-hidden="true">"🙂"</span>
                    <span class="answer-label speak">"现在没有危险"</span>
                </button>
            </div>
        </section>
    }
}
