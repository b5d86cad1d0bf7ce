//! Hotline links: the strip on every screen (12338 first), a row of numbers to call now on danger
//! screens, and a list with what each number is for on result screens.

use kiosk_core::model::Hotline;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::context::use_site;

/// The first four hotlines of the config, as `tel:` links, on every screen.
#[component]
pub fn HotlineStrip() -> impl IntoView {
    let site = use_site();
    view! {
        <nav class="hotline-strip" aria-label="求助电话">
            {move || site.get().map(|s| s.hotlines.iter().take(4).map(hotline_link).collect_view())}
            <A href="/library/hotline" attr:class="hotline more">"更多电话"</A>
        </nav>
    }
}

/// One number as a big call button: the number, and what it is in two or three characters.
fn hotline_link(h: &Hotline) -> impl IntoView + use<> {
    view! {
        <a class="hotline" href=format!("tel:{}", h.number)>
            <strong>{h.number.clone()}</strong>
            <span>{h.short_name().to_string()}</span>
        </a>
    }
}

/// The numbers to call now, as one row of big buttons at the top of a danger screen, so that 110
/// and 120 are in reach without scrolling even on a small phone.
#[component]
pub fn CallRow(
    /// Numbers to show, in this order.
    numbers: Vec<String>,
) -> impl IntoView {
    let site = use_site();
    view! {
        <nav class="hotline-strip call-row" aria-label="现在就打">
            {move || site.get().map(|s| {
                numbers.iter().filter_map(|n| s.hotlines.iter().find(|h| &h.number == n)).map(hotline_link).collect_view()
            })}
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
