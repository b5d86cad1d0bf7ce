//! 检查我的回答: every answer with a way to change it, before the result.

use kiosk_core::intake::engine::{Screen, Step};
use leptos::prelude::*;

use super::ask::question_text;
use crate::components::quick_exit::QuickExit;
use crate::session::use_session;

/// One row of 检查我的回答.
#[derive(Clone)]
pub(super) struct Row {
    index: usize,
    question: String,
    answer: String,
}

/// The rows of the review page, one per answered question.
pub(super) fn review_rows(steps: &[Step<'_>], for_other: bool) -> Vec<Row> {
    steps
        .iter()
        .filter_map(|s| match s.screen {
            Screen::Question(q) => {
                Some(Row { index: s.index, question: question_text(q, for_other), answer: s.answer.to_string() })
            }
            _ => None,
        })
        .collect()
}

/// 检查我的回答: every answer with a way to change it, before the result.
#[component]
pub(super) fn CheckAnswers(
    /// The answered questions.
    rows: Vec<Row>,
) -> impl IntoView {
    let session = use_session();
    view! {
        <section class="intake review">
            <QuickExit/>
            <h1>"检查我的回答"</h1>
            <p class="lead">"看看对不对。哪一条不对，就点“改一改”。"</p>
            <dl class="answers-review">
                {rows.into_iter().map(|r| view! {
                    <div class="review-row">
                        <dt>{r.question}</dt>
                        <dd>
                            <span class="speak">{r.answer}</span>
                            <button type="button" class="btn small" on:click=move |_| {
                                session.choices.update(|c| c.truncate(r.index));
                            }>"改一改"</button>
                        </dd>
                    </div>
                }).collect_view()}
            </dl>
            <div class="row">
                <button type="button" class="btn" on:click=move |_| session.choices.update(|c| { c.pop(); })>"⬅ 上一题"</button>
                <button type="button" class="btn primary" on:click=move |_| session.reviewed.set(true)>"没问题，看结果"</button>
            </div>
        </section>
    }
}
