//! Idle reset: after the config's number of seconds without a touch, a 10-second 还在使用吗
//! countdown; then the kiosk goes home and forgets the session. Nothing a passer-by can do
//! lengthens or disables it: the timeout comes only from the compiled site config.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

/// Seconds the 还在使用吗 countdown lasts.
pub const COUNTDOWN: u32 = 10;

/// The idle watcher's visible state.
#[derive(Clone, Copy)]
pub struct Idle {
    /// `Some(n)`: the countdown is showing with n seconds left.
    pub countdown: RwSignal<Option<u32>>,
    last: StoredValue<Rc<Cell<f64>>, LocalStorage>,
}

impl Idle {
    /// Counts the person as present now (also cancels a running countdown).
    pub fn touch(&self) {
        self.last.get_value().set(js_sys::Date::now());
        if self.countdown.get_untracked().is_some() {
            self.countdown.set(None);
        }
    }
}

/// Starts watching. `seconds` is the config's timeout; `worth_resetting` says whether there is
/// anything to forget or any screen to leave; `reset` goes home and wipes the session.
pub fn watch(seconds: Signal<u32>, worth_resetting: impl Fn() -> bool + 'static, reset: impl Fn() + 'static) -> Idle {
    let idle =
        Idle { countdown: RwSignal::new(None), last: StoredValue::new_local(Rc::new(Cell::new(js_sys::Date::now()))) };
    for name in ["pointerdown", "keydown", "touchstart", "wheel"] {
        let handle = window_event_listener_untyped(name, move |_| idle.touch());
        std::mem::forget(handle);
    }
    let tick = move || {
        let now = js_sys::Date::now();
        match idle.countdown.get_untracked() {
            Some(n) if n <= 1 => {
                idle.countdown.set(None);
                idle.last.get_value().set(now);
                reset();
            }
            Some(n) => idle.countdown.set(Some(n - 1)),
            None => {
                let limit = f64::from(seconds.get_untracked().max(1)) * 1000.0;
                if now - idle.last.get_value().get() >= limit {
                    if worth_resetting() {
                        idle.countdown.set(Some(COUNTDOWN));
                    } else {
                        idle.last.get_value().set(now);
                    }
                }
            }
        }
    };
    // The watcher runs for the app's whole life; its interval is never cleared.
    let _ = set_interval_with_handle(tick, Duration::from_secs(1));
    idle
}
