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

/// Renders fetched content: 正在打开… while it loads, a plain failure with a way home, else `ready`.
pub fn loaded<T>(state: Option<Result<T, crate::data::LoadError>>, ready: impl FnOnce(T) -> AnyView) -> AnyView {
    match state {
        None => view! { <Loading/> }.into_any(),
        Some(Err(e)) => view! { <LoadFailed message=e/> }.into_any(),
        Some(Ok(v)) => ready(v),
    }
}
