//! The kiosk frame on every screen: home, back, 大字, 朗读, 请工作人员帮忙, offline state and
//! the hotline strip.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::browser::offline::{self, Offline};
use crate::browser::speech::{Status, Voice, use_reader};
use crate::browser::storage::{Settings, save_settings};
use crate::components::hotlines::HotlineStrip;
use crate::context::{Display, use_site};

/// Wraps every screen in the kiosk frame.
#[component]
pub fn Frame(
    /// The screen.
    children: Children,
) -> impl IntoView {
    let site = use_site();
    let display = expect_context::<Display>();
    let help_open = RwSignal::new(false);
    let name = move || site.get().map(|s| s.centre.name.clone()).unwrap_or_else(|| "调解明白亭".into());
    let toggle_large = move |_| {
        let large = !display.large.get_untracked();
        display.large.set(large);
        save_settings(Settings { large, ..Settings::default() });
    };
    let back = move |_| {
        if let Some(w) = web_sys::window() {
            if w.history().map(|h| h.length().unwrap_or(0)).unwrap_or(0) > 1 {
                let _ = w.history().and_then(|h| h.back());
            } else {
                let _ = w.location().set_href("/");
            }
        }
    };
    view! {
        <header class="frame">
            <A href="/" attr:class="brand">{name}</A>
            <nav class="frame-actions" aria-label="常用按钮">
                <A href="/" attr:class="btn frame-btn">"🏠 首页"</A>
                <button type="button" class="btn frame-btn" on:click=back>"⬅ 返回"</button>
                <button type="button" class="btn frame-btn" aria-pressed=move || display.large.get().to_string() on:click=toggle_large>
                    {move || if display.large.get() { "字变小" } else { "🔍 大字" }}
                </button>
                <ReadAloud/>
                <button type="button" class="btn frame-btn help" aria-expanded=move || help_open.get().to_string()
                    aria-controls="help-panel" on:click=move |_| help_open.update(|o| *o = !*o)>
                    "🙋 请工作人员帮忙"
                </button>
            </nav>
        </header>
        <Show when=move || help_open.get()>
            <HelpPanel on_close=Callback::new(move |_| help_open.set(false))/>
        </Show>
        <OfflineState/>
        <main id="main">{children()}</main>
        <footer class="frame-footer">
            <HotlineStrip/>
            <p class="disclaimer">"这里讲的是法律常识，不是律师意见。具体的事，请问工作人员或拨打 12348。"</p>
        </footer>
    }
}

/// Where the reception desk is and the staff phone, shown in place (not a pop-up).
#[component]
fn HelpPanel(
    /// Closes the panel.
    on_close: Callback<()>,
) -> impl IntoView {
    let site = use_site();
    view! {
        <section id="help-panel" class="help-panel" aria-label="请工作人员帮忙">
            {move || site.get().map(|s| {
                let reception = s.rooms.iter().find(|r| r.id == s.centre.reception).cloned();
                let phone = s.centre.staff_phone.clone();
                view! {
                    <h2>"找工作人员"</h2>
                    {reception.map(|r| view! { <p class="big">{format!("请到{}：{}。", r.name, r.place)}</p><p>{format!("办公时间：{}", r.hours)}</p> })}
                    <p>"工作人员电话："<a class="tel" href=format!("tel:{phone}")>{phone.clone()}</a></p>
                }
            })}
            <button type="button" class="btn" on:click=move |_| on_close.run(())>"收起"</button>
        </section>
    }
}

/// 朗读 and, while reading, 暂停 / 继续 / 停止 / 慢速.
#[component]
fn ReadAloud() -> impl IntoView {
    let reader = use_reader();
    let label = move || match (reader.voice.get(), reader.status.get()) {
        (Voice::Missing, _) => "🔇 无语音",
        (_, Status::Idle) => "🔊 朗读",
        _ => "🔊 从头读",
    };
    view! {
        // data-voice says what the reader found (checking, ready, missing), for tests and tools.
        <button type="button" class="btn frame-btn read" data-voice=move || reader.voice.get().as_str()
            on:click=move |_| reader.read_main()>{label}</button>
        <Show when=move || reader.status.get() != Status::Idle>
            {move || if reader.status.get() == Status::Paused {
                view! { <button type="button" class="btn frame-btn" on:click=move |_| reader.resume()>"▶ 继续"</button> }.into_any()
            } else {
                view! { <button type="button" class="btn frame-btn" on:click=move |_| reader.pause()>"⏸ 暂停"</button> }.into_any()
            }}
            <button type="button" class="btn frame-btn" on:click=move |_| reader.stop()>"⏹ 停止"</button>
            <button type="button" class="btn frame-btn" aria-pressed=move || reader.slow.get().to_string()
                on:click=move |_| { reader.slow.update(|s| *s = !*s); reader.read_main(); }>
                "🐢 慢一点"
            </button>
        </Show>
    }
}

/// The quiet offline line and the reader's messages.
#[component]
fn OfflineState() -> impl IntoView {
    let display = expect_context::<Display>();
    let reader = use_reader();
    view! {
        <div class="status-line" role="status" aria-live="polite">
            {move || reader.message.get().map(|m| view! { <p class="notice">{m}</p> })}
            {move || match display.offline.get() {
                Offline::Ready => view! { <span class="offline-ok">"✓ 已可离线使用"</span> }.into_any(),
                Offline::UpdateWaiting => view! {
                    <button type="button" class="btn small" on:click=move |_| { offline::apply_update(); }>"有新版本，点这里更新"</button>
                }.into_any(),
                Offline::Unsupported => view! { <span class="hint">"提示：用手机浏览器打开，断网也能看。"</span> }.into_any(),
                Offline::Preparing => view! { <span class="hint">"正在准备离线内容…"</span> }.into_any(),
            }}
        </div>
    }
}
