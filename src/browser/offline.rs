//! Offline use: registers the build-generated service worker, reports when everything is cached,
//! and applies a waiting update only when asked (at the next idle reset or on 有新版本).

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// What the frame shows about offline use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offline {
    /// Still caching (or not yet known).
    Preparing,
    /// Everything is cached: 已可离线使用.
    Ready,
    /// A new version is downloaded and waits: 有新版本.
    UpdateWaiting,
    /// No service worker in this browser (e.g. WeChat on iPhone): hint to open in a browser.
    Unsupported,
}

fn container() -> Option<ServiceWorkerContainer> {
    let nav = web_sys::window()?.navigator();
    let has = js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    has.then(|| nav.service_worker())
}

/// Registers `/sw.js` and keeps `state` up to date. Also asks for persistent storage.
pub fn register(state: RwSignal<Offline>) {
    let Some(c) = container() else {
        state.set(Offline::Unsupported);
        return;
    };
    // Ask once; the browser answers in the background and nothing waits for it.
    if let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) {
        let _ = storage.persist();
    }
    leptos::task::spawn_local(async move {
        let Ok(reg) = JsFuture::from(c.register("/sw.js")).await else {
            state.set(Offline::Unsupported);
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else { return };
        watch_updates(&c, &reg, state);
        if let Ok(ready) = c.ready()
            && JsFuture::from(ready).await.is_ok()
            && state.get_untracked() == Offline::Preparing
        {
            state.set(Offline::Ready);
        }
        if reg.waiting().is_some() && c.controller().is_some() {
            state.set(Offline::UpdateWaiting);
        }
        // A kiosk runs for weeks: look for a new version every 30 minutes.
        let r = reg.clone();
        let _ = set_interval_with_handle(move || drop(r.update()), Duration::from_secs(1800));
    });
}

fn watch_updates(c: &ServiceWorkerContainer, reg: &ServiceWorkerRegistration, state: RwSignal<Offline>) {
    let reg2 = reg.clone();
    let c2 = c.clone();
    let on_found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = reg2.installing() else { return };
        let w = worker.clone();
        let c3 = c2.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if w.state() == ServiceWorkerState::Installed && c3.controller().is_some() {
                state.set(Offline::UpdateWaiting);
            } else if w.state() == ServiceWorkerState::Activated && state.get_untracked() == Offline::Preparing {
                state.set(Offline::Ready);
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

/// Applies a waiting update: the new worker takes over and the page reloads on the new version.
/// Returns false when there is nothing to apply.
pub fn apply_update() -> bool {
    let Some(c) = container() else { return false };
    leptos::task::spawn_local(async move {
        let Ok(reg) = JsFuture::from(c.get_registration()).await else { return };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else { return };
        let Some(waiting) = reg.waiting() else { return };
        let reload = Closure::<dyn FnMut()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().replace("/");
            }
        });
        c.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        let _ = waiting.post_message(&JsValue::from_str("skipWaiting"));
    });
    true
}
