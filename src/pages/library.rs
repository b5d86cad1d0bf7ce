//! 了解法律: category tiles with article counts, and the way into search.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::load::{LoadFailed, Loading};
use crate::data;

/// The library's front page.
#[component]
pub fn LibraryHome() -> impl IntoView {
    let library = LocalResource::new(data::library);
    view! {
        <section class="library">
            <h1>"了解法律"</h1>
            <A href="/search" attr:class="search-door">"🔍 找一找：打几个字，比如 彩礼、冷静期、挡光"</A>
            {move || match library.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(e)) => view! { <LoadFailed message=e/> }.into_any(),
                Some(Ok(lib)) => view! {
                    <ul class="tiles">
                        {lib.categories.iter().map(|c| {
                            let count = lib.articles.iter().filter(|a| a.category == c.id).count();
                            let (name, blurb) = (c.name.clone(), c.blurb.clone());
                            view! {
                                <li>
                                    <A href=format!("/library/{}", c.id) attr:class="tile">
                                        <span class="tile-title">{name}</span>
                                        <span class="tile-text">{blurb}</span>
                                        <span class="tile-count">{format!("{count} 篇")}</span>
                                    </A>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>
    }
}
