//! Browser glue, one small module per browser API, so the rest of the app stays plain Leptos.

pub mod boot;
pub mod download;
pub mod failure;
pub mod idle;
pub mod offline;
pub mod speech;
pub mod storage;

/// The window's document (always present in a page).
pub fn document() -> web_sys::Document {
    leptos::prelude::document()
}

/// Prints the current page; print CSS hides the kiosk frame.
pub fn print_page() {
    let _ = leptos::prelude::window().print();
}
