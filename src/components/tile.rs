//! A big tappable tile for lists of categories, articles and quiz topics.

use leptos::prelude::*;
use leptos_router::components::A;

/// One tile in a `<ul class="tiles">`.
#[component]
pub fn Tile(
    /// Where it leads.
    href: String,
    /// The big title.
    title: String,
    /// A line under the title.
    #[prop(optional, into)]
    text: Option<String>,
    /// A count such as "12 篇".
    #[prop(optional, into)]
    count: Option<String>,
) -> impl IntoView {
    view! {
        <li>
            <A href=href attr:class="tile">
                <span class="tile-title">{title}</span>
                {text.map(|t| view! { <span class="tile-text">{t}</span> })}
                {count.map(|c| view! { <span class="tile-count">{c}</span> })}
            </A>
        </li>
    }
}
