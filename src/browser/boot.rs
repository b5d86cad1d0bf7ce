//! Hand-over from the pre-rendered page to the app: the static copy stays on screen until the
//! app has drawn the same screen with its content loaded, then it is removed in one step, so
//! there is no blank flash and no layout jump.

use std::time::Duration;

use leptos::prelude::*;

/// Longest time the pre-rendered copy is kept while the app loads its content.
const MAX_WAIT_MS: u32 = 4000;

/// Starts the hand-over if this page was pre-rendered.
pub fn hand_over() {
    let doc = super::document();
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("prerender").is_none() {
        return;
    }
    let _ = body.class_list().add_1("booting");
    poll(0);
}

/// The app has drawn its screen with its content, and the frame with the centre's name and
/// hotlines (they come with the site config): nothing will change when the copy goes.
fn app_ready() -> bool {
    let doc = super::document();
    let found = |selector: &str| doc.query_selector(selector).ok().flatten();
    let drawn = found("main#main").is_some_and(|main| main.child_element_count() > 0);
    drawn && found("main#main .loading").is_none() && found("main#main ~ footer a[href^='tel:']").is_some()
}

fn poll(waited: u32) {
    if app_ready() || waited >= MAX_WAIT_MS {
        let doc = super::document();
        if let Some(pre) = doc.get_element_by_id("prerender") {
            pre.remove();
        }
        if let Some(body) = doc.body() {
            let _ = body.class_list().remove_1("booting");
        }
        return;
    }
    set_timeout(move || poll(waited + 50), Duration::from_millis(50));
}
