//! One question on its own screen, with its progress bar and answer buttons.

use std::sync::Arc;

use kiosk_core::intake::engine::progress;
use kiosk_core::intake::graph::{Question, Questionnaire};
use leptos::prelude::*;

use super::choose;
use crate::components::quick_exit::QuickExit;
use crate::session::{use_end_visit, use_session};

/// Progress, back and 结束并清除, shown on every question screen.
#[component]
pub(super) fn StepBar(
    /// The questionnaire, for the progress count.
    qn: Arc<Questionnaire>,
) -> impl IntoView {
    let session = use_session();
    let end_visit = use_end_visit();
    let (done, left) = progress(&qn, &session.choices.get_untracked());
    let total = done + left;
    view! {
        <div class="step-bar">
            <p class="progress-text">{format!("第 {} 步，最多还有 {} 步", done + 1, left.saturating_sub(1))}</p>
            <progress max=total.to_string() value=(done + 1).to_string() aria-label="回答进度"></progress>
            <div class="row">
                <button type="button" class="btn" on:click=move |_| session.choices.update(|c| { c.pop(); })>"⬅ 上一题"</button>
                <button type="button" class="btn" on:click=move |_| end_visit("/")>"结束并清除"</button>
            </div>
        </div>
    }
}

/// The answer buttons of a question.
#[component]
pub(super) fn Answers(
    /// The questionnaire.
    qn: Arc<Questionnaire>,
    /// The question.
    question: Question,
) -> impl IntoView {
    let session = use_session();
    view! {
        <div class="answers">
            {question.answers.iter().enumerate().map(|(i, a)| {
                let qn = qn.clone();
                let i = u8::try_from(i).unwrap_or(u8::MAX);
                view! {
                    <button type="button" class="answer" data-branch=a.branch.clone() on:click=move |_| choose(&qn, session, i)>
                        <span class="answer-icon" aria-hidden="true">{a.icon.clone()}</span>
                        <span class="answer-label speak">{a.label.clone()}</span>
                    </button>
                }
            }).collect_view()}
        </div>
    }
}

/// The question as asked of the person, or of someone asking for them.
pub(super) fn question_text(q: &Question, for_other: bool) -> String {
    if for_other { q.text_for_other.clone() } else { q.text.clone() }
}

/// One question on its own screen.
#[component]
pub(super) fn Ask(
    /// The questionnaire.
    qn: Arc<Questionnaire>,
    /// The question.
    question: Question,
) -> impl IntoView {
    let session = use_session();
    let id = question.id.clone();
    let text = question_text(&question, session.for_other.get_untracked());
    view! {
        <section class="intake">
            <QuickExit/>
            <StepBar qn=qn.clone()/>
            <div class="question" data-question=id>
                <h1 class="question-text">{text}</h1>
                {(!question.hint.is_empty()).then(|| view! { <p class="hint">{question.hint.clone()}</p> })}
                <Answers qn question/>
            </div>
        </section>
    }
}
