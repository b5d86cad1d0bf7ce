//! Hotline links: the strip on every screen (12338 first) and a list for result screens.

use kiosk_core::model::Hotline;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::use_site;

/// The first four hotlines of the config, as `tel:` links, on every screen.
#[component]
pub fn HotlineStrip() -> impl IntoView {
    let site = use_site();
    view! {
        <nav class="hotline-strip" aria-label="求助电话">
            {move || site.get().map(|s| s.hotlines.iter().take(4).map(|h| view! {
                <a class="hotline" href=format!("tel:{}", h.number)>
                    <strong>{h.number.clone()}</strong>
                    <span>{h.short_name().to_string()}</span>
                </a>
            }).collect_view())}
            <A href="/library/hotline" attr:class="hotline more">"更多电话"</A>
        </nav>
    }
}

/// The hotlines with these numbers, in the order given, with what each is for.
#[component]
pub fn HotlineList(
    /// Numbers to show.
    numbers: Vec<String>,
) -> impl IntoView {
    let site = use_site();
    view! {
        <ul class="hotline-list">
            {move || site.get().map(|s| {
                let found: Vec<Hotline> = numbers.iter().filter_map(|n| s.hotlines.iter().find(|h| &h.number == n).cloned()).collect();
                found.into_iter().map(hotline_item).collect_view()
            })}
        </ul>
    }
}

fn hotline_item(h: Hotline) -> impl IntoView {
    view! {
        <li>
            <a class="btn tel-btn" href=format!("tel:{}", h.number)>{format!("📞 {}", h.number)}</a>
            <span><strong>{h.name.clone()}</strong>"：" {h.purpose.clone()} "（" {h.hours.clone()} "）"</span>
        </li>
    }
}
