//! 错题本: questions answered wrong, reviewed a few a day; two right answers in a row clear one.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::browser::storage::{load_progress, today};
use crate::components::load::loaded;
use crate::data;
use crate::pages::practice::Drill;
use kiosk_core::quiz::progress::REVIEW_CAP;

/// `/quiz/review`: today's review of the 错题本.
#[component]
pub fn MistakeReview() -> impl IntoView {
    let bank = LocalResource::new(data::quiz_bank);
    move || {
        loaded(bank.get(), |bank| {
            let mut progress = load_progress();
            progress.prune(&bank);
            let due = progress.due(today(), REVIEW_CAP);
            let picks: Vec<usize> =
                due.iter().filter_map(|id| bank.questions.iter().position(|q| &q.id == id)).collect();
            if picks.is_empty() {
                let left = progress.wrong.len();
                return view! {
                    <section class="practice">
                        <h1>"错题本"</h1>
                        <p class="lead">{if left == 0 { "错题本是空的。做错的题会自动放到这里。".to_string() } else { format!("今天的复习做完了。错题本里还有 {left} 道，明天再来。") }}</p>
                        <A href="/quiz" attr:class="btn primary">"回到法律明白人"</A>
                    </section>
                }.into_any();
            }
            let title = format!("错题本：今天复习 {} 道", picks.len());
            view! { <Drill bank picks title review=true/> }.into_any()
        })
    }
}
