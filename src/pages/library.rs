//! 了解法律: category tiles with article counts, and the way into search.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::load::loaded;
use crate::components::tile::Tile;
use crate::data;

/// The library's front page.
#[component]
pub fn LibraryHome() -> impl IntoView {
    let library = LocalResource::new(data::library);
    view! {
        <section class="library">
            <h1>"了解法律"</h1>
            <A href="/search" attr:class="search-door">"🔍 找一找：打几个字，比如 彩礼、冷静期、挡光"</A>
            {move || loaded(library.get(), |lib| view! {
                    <ul class="tiles">
                        {lib.categories.iter().map(|c| {
                            let count = lib.articles.iter().filter(|a| a.category == c.id).count();
                            view! { <Tile href=format!("/library/{}", c.id) title=c.name.clone() text=c.blurb.clone() count=format!("{count} 篇")/> }
                        }).collect_view()}
                    </ul>
                }.into_any())}
        </section>
    }
}
