//! Home: the centre's name, three big doors and the hotline strip.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::context::use_site;

/// The home screen.
#[component]
pub fn Home() -> impl IntoView {
    let site = use_site();
    view! {
        <section class="home">
            <h1 class="centre-name">{move || site.get().map(|s| s.centre.name.clone()).unwrap_or_else(|| "调解明白亭".into())}</h1>
            <p class="lead">"有矛盾，好好说，依法办。请点下面的大按钮。"</p>
            <div class="doors">
                <A href="/library" attr:class="door door-library">
                    <span class="door-icon" aria-hidden="true">"📖"</span>
                    <span class="door-title">"了解法律"</span>
                    <span class="door-text">"家里的事、邻居之间、看病出事，用大白话讲清楚"</span>
                </A>
                <A href="/intake" attr:class="door door-intake">
                    <span class="door-icon" aria-hidden="true">"🤝"</span>
                    <span class="door-title">"我要调解"</span>
                    <span class="door-text">"回答几个问题，告诉您去哪个房间、带什么"</span>
                </A>
                <A href="/quiz" attr:class="door door-quiz">
                    <span class="door-icon" aria-hidden="true">"✅"</span>
                    <span class="door-title">"法律明白人"</span>
                    <span class="door-text">"做练习、模拟考试，培训课堂也能用"</span>
                </A>
            </div>
            <p class="home-safety">"有人正在挨打、受伤或者想不开？马上打 " <a href="tel:110">"110"</a> " 或 " <a href="tel:120">"120"</a> "。"</p>
        </section>
    }
}
