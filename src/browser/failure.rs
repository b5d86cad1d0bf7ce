//! The error screen: if the app ever fails, the person sees a friendly page with 返回首页,
//! never a blank screen.

/// Replaces the page with the error screen. Safe to call at any time.
pub fn show_error_screen() {
    let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) else { return };
    body.set_inner_html(
        "<main class=\"error-screen\" role=\"main\"><h1>出了点问题</h1>\
         <p>这一页没能正常显示。您的回答没有保存，请放心。</p>\
         <p>请点下面的按钮回到首页，或者找工作人员帮忙。</p>\
         <p><a class=\"btn primary\" href=\"/\">返回首页</a></p></main>",
    );
}

/// Shows the error screen on any panic (the release build aborts after the hook runs).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("kiosk failure: {info}").into());
        show_error_screen();
    }));
}
