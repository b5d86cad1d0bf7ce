//! Loading and failure blocks for content that is fetched: never a blank screen.

use leptos::prelude::*;
use leptos_router::components::A;

/// Shown while content loads.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status">"正在打开…"</p> }
}

/// Shown when content could not be loaded, with a way home.
#[component]
pub fn LoadFailed(
    /// What went wrong, in plain words.
    message: String,
) -> impl IntoView {
    view! {
        <section class="load-failed" role="alert">
            <h1>"没能打开"</h1>
            <p>{message}</p>
            <p><A href="/" attr:class="btn primary">"返回首页"</A></p>
        </section>
    }
}
