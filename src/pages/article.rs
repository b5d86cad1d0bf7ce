//! One article: large type, read-aloud, tappable terms, take-home QR, print view and the ways on
//! (我遇到了这个问题, 考考自己, 去调解, related articles).

use std::sync::Arc;

use kiosk_core::model::{ArticleMeta, Library};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::browser::print_page;
use crate::components::load::loaded;
use crate::components::qr::{Qr, public_url};
use crate::components::quick_exit::QuickExit;
use crate::components::term::{TermPanel, term_id_of};
use crate::context::use_site;
use crate::data;
use crate::pages::not_found::NotFound;

/// `/library/a/:id`.
#[component]
pub fn Article() -> impl IntoView {
    let params = use_params_map();
    let library = LocalResource::new(data::library);
    move || {
        let id = params.read().get("id").unwrap_or_default();
        loaded(library.get(), |lib| match lib.articles.iter().find(|a| a.id == id) {
            None => view! { <NotFound/> }.into_any(),
            Some(meta) => view! { <ArticleView meta=meta.clone() lib=lib.clone()/> }.into_any(),
        })
    }
}

/// The article once its metadata is known.
#[component]
fn ArticleView(
    /// The article's metadata.
    meta: ArticleMeta,
    /// The library, for the category and related titles.
    lib: Arc<Library>,
) -> impl IntoView {
    let site = use_site();
    let id = meta.id.clone();
    let body = LocalResource::new(move || {
        let id = id.clone();
        async move { data::article_html(&id).await }
    });
    let term = RwSignal::new(None::<String>);
    let category = lib.categories.iter().find(|c| c.id == meta.category).cloned();
    let sensitive = category.as_ref().is_some_and(|c| c.sensitive);
    let related: Vec<ArticleMeta> =
        meta.related.iter().filter_map(|r| lib.articles.iter().find(|a| &a.id == r)).cloned().collect();
    let path = format!("/library/a/{}", meta.id);
    let qr_url = move || site.get().map(|s| public_url(&s.centre.public_base_url, &path));
    view! {
        <article class="article" data-article=meta.id.clone()>
            {sensitive.then(|| view! { <QuickExit/> })}
            <p class="crumbs">
                <A href="/library">"了解法律"</A>" › "
                {category.map(|c| view! { <A href=format!("/library/{}", c.id)>{c.name}</A> })}
            </p>
            <h1>{meta.title.clone()}</h1>
            <div class="article-body" on:click=move |ev| if let Some(t) = term_id_of(&ev) { term.set(Some(t)) }>
                {move || loaded(body.get(), |html| view! { <div class="prose" inner_html=html.to_string()></div> }.into_any())}
            </div>
            <TermPanel selected=term/>
            <p class="checked">{format!("最后核对：{}", meta.checked)}</p>
            <div class="next-steps no-print">
                <A href=format!("/intake?branch={}", meta.intake) attr:class="btn primary">"🙋 我遇到了这个问题"</A>
                {meta.quiz.clone().map(|q| view! { <A href=format!("/quiz/practice/{q}") attr:class="btn">"✅ 考考自己"</A> })}
                <A href="/intake" attr:class="btn">"🤝 去调解"</A>
                <button type="button" class="btn" on:click=move |_| print_page()>"🖨 打印这篇"</button>
            </div>
            {(!related.is_empty()).then(|| view! {
                <section class="related no-print">
                    <h2>"相关的文章"</h2>
                    <ul>{related.into_iter().map(|r| view! { <li><A href=format!("/library/a/{}", r.id)>{r.title}</A></li> }).collect_view()}</ul>
                </section>
            })}
            {move || qr_url().map(|url| view! { <Qr url caption="用手机扫一扫，把这篇文章带回家"/> })}
        </article>
    }
}
