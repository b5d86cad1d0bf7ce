//! 紧急离开 (quick exit): wipes the session at once, replaces the history entry so Back does not
//! return, and shows a neutral page. Also triggered by pressing Esc three times.

use std::cell::RefCell;
use std::rc::Rc;

use crate::session::use_end_visit;
use leptos::prelude::*;

/// The neutral page quick exit lands on.
pub const NEUTRAL: &str = "/library/mediation";

/// The 紧急离开 button plus its Esc ×3 shortcut, for questionnaire and domestic-violence pages.
#[component]
pub fn QuickExit() -> impl IntoView {
    let end_visit = use_end_visit();
    let leave = Rc::new(move || end_visit(NEUTRAL));
    let presses: Rc<RefCell<Vec<f64>>> = Rc::default();
    let on_key = {
        let leave = leave.clone();
        move |ev: web_sys::KeyboardEvent| {
            if ev.key() != "Escape" {
                return;
            }
            let now = js_sys::Date::now();
            let mut p = presses.borrow_mut();
            p.retain(|t| now - t < 2000.0);
            p.push(now);
            if p.len() >= 3 {
                p.clear();
                drop(p);
                leave();
            }
        }
    };
    let handle = window_event_listener(leptos::ev::keydown, on_key);
    on_cleanup(move || handle.remove());
    view! {
        <button type="button" class="btn quick-exit" title="马上离开这一页，清除刚才的内容（也可以连按三次 Esc）"
            on:click=move |_| leave()>
            "✖ 紧急离开"
        </button>
    }
}
