//! 404: an unknown address, with a way home.

use leptos::prelude::*;
use leptos_router::components::A;

/// The page for any unknown path.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="not-found">
            <h1>"没有找到这一页"</h1>
            <p>"这个地址不对，或者这一页已经不在了。"</p>
            <div class="row">
                <A href="/" attr:class="btn primary">"返回首页"</A>
                <A href="/library" attr:class="btn">"看法律知识"</A>
            </div>
        </section>
    }
}
