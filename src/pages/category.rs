//! One library category: its articles as big tiles.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::load::loaded;
use crate::components::quick_exit::QuickExit;
use crate::components::tile::Tile;
use crate::data;
use crate::pages::not_found::NotFound;

/// The article list of `/library/:category`.
#[component]
pub fn CategoryPage() -> impl IntoView {
    let params = use_params_map();
    let library = LocalResource::new(data::library);
    move || {
        let id = params.read().get("category").unwrap_or_default();
        loaded(library.get(), |lib| {
            match lib.categories.iter().find(|c| c.id == id) {
                None => view! { <NotFound/> }.into_any(),
                Some(cat) => view! {
                    <section class="category">
                        {cat.sensitive.then(|| view! { <QuickExit/> })}
                        <h1>{cat.name.clone()}</h1>
                        <p class="lead">{cat.blurb.clone()}</p>
                        <ul class="tiles articles">
                            {lib.articles.iter().filter(|a| a.category == cat.id).map(|a| view! {
                                <Tile href=format!("/library/a/{}", a.id) title=a.title.clone() text=a.summary.first().cloned().unwrap_or_default()/>
                            }).collect_view()}
                        </ul>
                    </section>
                }.into_any(),
            }
        })
    }
}
