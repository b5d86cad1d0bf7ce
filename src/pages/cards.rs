//! Printable A/B/C/D answer cards for classes without phones: learners hold up a card, the
//! trainer taps the count into the tally.

use leptos::prelude::*;

use crate::browser::print_page;

/// `/quiz/cards`.
#[component]
pub fn Cards() -> impl IntoView {
    view! {
        <section class="cards-page">
            <h1 class="no-print">"答题卡"</h1>
            <p class="lead no-print">"打印出来，每人一套。老师问完题，大家举起自己选的字母，老师数一数，在课堂模式里点“+”。"</p>
            <button type="button" class="btn primary no-print" on:click=move |_| print_page()>"🖨 打印答题卡"</button>
            <div class="answer-cards">
                {["A", "B", "C", "D", "对", "错"].into_iter().map(|l| view! {
                    <div class="answer-card" aria-label=format!("答题卡 {l}")><span>{l}</span></div>
                }).collect_view()}
            </div>
        </section>
    }
}
