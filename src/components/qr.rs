//! A QR code of a link, drawn as SVG in the page (no request leaves the device).

use leptos::prelude::*;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The public URL for an app path: the config's base URL, or this page's origin.
pub fn public_url(base: &str, path_and_query: &str) -> String {
    let origin = if base.is_empty() {
        web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
    } else {
        base.trim_end_matches('/').to_string()
    };
    format!("{origin}{path_and_query}")
}

/// A QR code with a caption.
#[component]
pub fn Qr(
    /// The full URL to encode.
    url: String,
    /// What scanning it does, e.g. "用手机扫一扫，带走这篇文章".
    caption: &'static str,
) -> impl IntoView {
    let svg = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .map(|code| code.render::<svg::Color>().min_dimensions(220, 220).quiet_zone(true).build())
        .unwrap_or_default();
    view! {
        <figure class="qr" data-url=url.clone()>
            <div class="qr-img" role="img" aria-label=format!("二维码：{caption}") inner_html=svg></div>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}
