//! 法律明白人: the quiz front page — practice by topic, 错题本, mock exam, class mode.

use kiosk_core::quiz::progress::REVIEW_CAP;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::browser::storage::{load_progress, today};
use crate::components::load::loaded;
use crate::components::tile::Tile;
use crate::data;

/// `/quiz`.
#[component]
pub fn QuizHome() -> impl IntoView {
    let bank = LocalResource::new(data::quiz_bank);
    let progress = load_progress();
    let due = progress.due(today(), REVIEW_CAP).len();
    let wrong = progress.wrong.len();
    view! {
        <section class="quiz-home">
            <h1>"法律明白人"</h1>
            <div class="row big-actions">
                <A href="/quiz/exam" attr:class="btn primary">"📝 模拟考试"</A>
                <A href="/quiz/review" attr:class="btn">{format!("📒 错题本（{wrong} 道，今天复习 {due} 道）")}</A>
                <A href="/quiz/class" attr:class="btn">"🧑‍🏫 课堂模式（培训老师用）"</A>
            </div>
            <h2>"按题目练习"</h2>
            {move || loaded(bank.get(), |bank| view! {
                    <ul class="tiles">
                        {bank.topics.iter().map(|t| {
                            let total = bank.questions.iter().filter(|q| q.topic == t.id).count();
                            let done = progress.topic(&t.id);
                            let count = format!("{total} 道题 · 练过 {} 次，答对 {} 次", done.answered, done.right);
                            view! { <Tile href=format!("/quiz/practice/{}", t.id) title=t.name.clone() count/> }
                        }).collect_view()}
                    </ul>
                }.into_any())}
        </section>
    }
}
