//! The 还在使用吗 countdown shown before the idle reset.

use leptos::prelude::*;

use crate::browser::idle::Idle;

/// Shows the countdown while it runs; any touch cancels it.
#[component]
pub fn IdleGuard(
    /// The idle watcher.
    idle: Idle,
) -> impl IntoView {
    view! {
        <Show when=move || idle.countdown.get().is_some()>
            <div class="idle-guard" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
                <div class="idle-box">
                    <h2 id="idle-title">"还在使用吗？"</h2>
                    <p id="idle-text">
                        {move || format!("{} 秒后回到首页，刚才的回答会全部清除。", idle.countdown.get().unwrap_or(0))}
                    </p>
                    <button type="button" class="btn primary" on:click=move |_| idle.touch()>"我还在用"</button>
                </div>
            </div>
        </Show>
    }
}
