//! 练习: one topic, question by question, with right/wrong, 解析 and citation after each answer.
//! Progress and the 错题本 are saved on this device.

use std::sync::Arc;

use kiosk_core::quiz::bank::Bank;
use kiosk_core::quiz::score::is_right;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::browser::storage::{load_progress, save_progress};
use crate::components::load::loaded;
use crate::components::question::QuestionCard;
use crate::data;
use crate::pages::not_found::NotFound;

/// `/quiz/practice/:topic`.
#[component]
pub fn Practice() -> impl IntoView {
    let params = use_params_map();
    let bank = LocalResource::new(data::quiz_bank);
    move || {
        let topic = params.read().get("topic").unwrap_or_default();
        loaded(bank.get(), |bank| {
            let picks: Vec<usize> =
                bank.questions.iter().enumerate().filter(|(_, q)| q.topic == topic).map(|(i, _)| i).collect();
            match bank.topics.iter().find(|t| t.id == topic) {
                Some(t) if !picks.is_empty() => {
                    let title = format!("练习：{}", t.name);
                    view! { <Drill bank picks title review=false/> }.into_any()
                }
                _ => view! { <NotFound/> }.into_any(),
            }
        })
    }
}

/// Answers a list of questions one by one with feedback, recording each answer.
#[component]
pub fn Drill(
    /// The bank.
    bank: Arc<Bank>,
    /// Indexes of the questions to ask, in order.
    picks: Vec<usize>,
    /// Page heading.
    title: String,
    /// Whether this is today's 错题本 review (counts towards the daily cap).
    review: bool,
) -> impl IntoView {
    let at = RwSignal::new(0usize);
    let answered = RwSignal::new(false);
    let right = RwSignal::new(0u32);
    let total = picks.len();
    let picks = Arc::new(picks);
    view! {
        <section class="practice">
            <h1>{title}</h1>
            {move || {
                let i = at.get();
                let Some(&qi) = picks.get(i) else {
                    return view! {
                        <div class="done">
                            <h2>{format!("做完了！答对 {} 道，共 {} 道。", right.get(), total)}</h2>
                            <div class="row">
                                <A href="/quiz" attr:class="btn primary">"回到法律明白人"</A>
                                <A href="/quiz/review" attr:class="btn">"看看错题本"</A>
                            </div>
                        </div>
                    }.into_any();
                };
                let Some(q) = bank.questions.get(qi).cloned() else { return ().into_any() };
                let q2 = q.clone();
                let on_answer = Callback::new(move |chosen: Vec<usize>| {
                    let ok = is_right(&q2, &chosen);
                    let mut p = load_progress();
                    if review {
                        p.record_review(crate::browser::storage::today(), &q2.id, &q2.topic, ok);
                    } else {
                        p.record(&q2.id, &q2.topic, ok);
                    }
                    save_progress(&p);
                    if ok {
                        right.update(|r| *r += 1);
                    }
                    answered.set(true);
                });
                view! {
                    <QuestionCard question=q on_answer feedback=true position=format!("第 {} 题 / 共 {} 题", i + 1, total)/>
                    <Show when=move || answered.get()>
                        <button type="button" class="btn primary next" on:click=move |_| { answered.set(false); at.update(|a| *a += 1); }>
                            "下一题 ➡"
                        </button>
                    </Show>
                }.into_any()
            }}
        </section>
    }
}
