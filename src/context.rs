//! Shared state every page can reach: the site config and the display settings, put into
//! context by [`crate::App`].

use std::sync::Arc;

use kiosk_core::model::Site;
use leptos::prelude::*;

use crate::browser::offline::Offline;

/// The site config once loaded (`None` while loading or when it failed).
#[derive(Clone, Copy)]
pub struct SiteCtx(pub Signal<Option<Arc<Site>>>);

/// Display settings shared by the frame and every page.
#[derive(Clone, Copy)]
pub struct Display {
    /// 大字 mode.
    pub large: RwSignal<bool>,
    /// Offline state for the frame.
    pub offline: RwSignal<Offline>,
}

/// The site config, from context.
pub fn use_site() -> Signal<Option<Arc<Site>>> {
    expect_context::<SiteCtx>().0
}
