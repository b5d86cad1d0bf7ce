//! Search as you type, in Chinese, pinyin or initials, with the matched text highlighted.

use std::time::Duration;

use kiosk_core::search::{Segment, search};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::hotlines::HotlineList;
use crate::components::load::loaded;
use crate::components::tile::Tile;
use crate::data;

/// Hits shown at once: enough for a kiosk screen, and cheap to redraw on every keystroke.
const MAX_HITS: usize = 10;

/// How long typing must pause before the address shows the query.
const URL_PAUSE: Duration = Duration::from_millis(400);

/// `/search?q=`. Hit links are plain anchors (the router still handles them): lighter to redraw.
#[component]
pub fn Search() -> impl IntoView {
    let query = use_query_map();
    let text = RwSignal::new(query.read_untracked().get("q").unwrap_or_default());
    let index = LocalResource::new(data::search_index);
    let library = LocalResource::new(data::library);
    // The address stays a link that can be kept, written once typing pauses: rewriting it costs a
    // same-document navigation, too slow for every keystroke.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel = move || pending.get_value().iter().for_each(TimeoutHandle::clear);
    on_cleanup(cancel);
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let url = format!("/search?q={}", js_sys::encode_uri_component(&v));
        cancel();
        // Written only while the address is still this page's: a tap on a hit may already have
        // moved on before this page is cleaned up (on a slow phone the next page takes a while).
        let write = move || {
            let Some(w) = web_sys::window() else { return };
            let here = w.location().pathname().is_ok_and(|p| p == "/search");
            if let (true, Ok(h)) = (here, w.history()) {
                let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        };
        pending.set_value(set_timeout_with_handle(write, URL_PAUSE).ok());
        text.set(v);
    };
    view! {
        <section class="search">
            <h1>"找一找"</h1>
            <label class="search-label" for="search-box">"打几个字，或者拼音，比如 彩礼、caili、lhljq"</label>
            <input id="search-box" class="search-box" type="search" autocomplete="off" enterkeyhint="search"
                prop:value=move || text.get() on:input=on_input/>
            {move || loaded(index.get(), |idx| {
                    let q = text.get();
                    if q.trim().is_empty() {
                        return view! { <p class="hint">"在上面的框里打字，结果马上出来。"</p> }.into_any();
                    }
                    let hits = search(&idx, &q, MAX_HITS);
                    if hits.is_empty() {
                        return view! { <div data-query=q><NoResult library/></div> }.into_any();
                    }
                    view! {
                        <p class="hint" role="status">{format!("找到 {} 篇", hits.len())}</p>
                        <ul class="hits" data-query=q>
                            {hits.into_iter().map(|h| view! {
                                <li>
                                    <a href=format!("/library/a/{}", h.id) class="hit">
                                        <span class="hit-title">{marked(h.title)}</span>
                                        <span class="hit-snippet">{marked(h.snippet)}</span>
                                    </a>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })}
        </section>
    }
}

fn marked(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| if s.mark { view! { <mark>{s.text}</mark> }.into_any() } else { s.text.into_any() })
        .collect_view()
}

/// What to offer when nothing matched.
#[component]
fn NoResult(
    /// The library, for the category tiles.
    library: LocalResource<Result<std::sync::Arc<kiosk_core::model::Library>, data::LoadError>>,
) -> impl IntoView {
    view! {
        <section class="no-result" role="status">
            <h2>"没有找到"</h2>
            <p>"换个说法试试，或者从下面的分类里找。也可以直接问工作人员。"</p>
            <ul class="tiles small">
                {move || library.get().and_then(Result::ok).map(|lib| lib.categories.iter().map(|c| view! {
                    <Tile href=format!("/library/{}", c.id) title=c.name.clone()/>
                }).collect_view())}
            </ul>
            <h2>"求助电话"</h2>
            <HotlineList numbers=vec!["12338".into(), "12348".into(), "110".into(), "120".into()]/>
        </section>
    }
}
