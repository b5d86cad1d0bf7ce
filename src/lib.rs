//! 调解明白亭 (Mediation Kiosk): the Leptos app. It renders the pure core's state; content comes
//! from `/data/` ([`data`]), session state lives in memory ([`session`]), shared display state in
//! [`context`], and browser APIs sit in [`browser`].

#![warn(missing_docs)]

pub mod browser;
pub mod components;
pub mod context;
pub mod data;
pub mod pages;
pub mod session;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_navigate;
use leptos_router::{NavigateOptions, path};

use crate::browser::offline::{self, Offline};
use crate::browser::speech::Reader;
use crate::browser::storage;
use crate::components::frame::Frame;
use crate::context::{Display, SiteCtx, use_site};
use crate::session::Session;

/// The whole app: context, the kiosk frame and the routes.
#[component]
pub fn App() -> impl IntoView {
    let site_res = LocalResource::new(data::site);
    let site = Signal::derive(move || site_res.get().and_then(Result::ok));
    provide_context(SiteCtx(site));
    provide_context(Session::new());
    provide_context(Reader::new());
    let display =
        Display { large: RwSignal::new(storage::load_settings().large), offline: RwSignal::new(Offline::Preparing) };
    provide_context(display);
    offline::register(display.offline);
    Effect::new(move |_| {
        let large = display.large.get();
        if let Some(root) = browser::document().document_element() {
            let _ = if large { root.class_list().add_1("large") } else { root.class_list().remove_1("large") };
        }
    });

    view! {
        <Router>
            <Shell>
                <Routes fallback=|| view! { <pages::not_found::NotFound/> }>
                    <Route path=path!("/") view=pages::home::Home/>
                    <Route path=path!("/centre") view=pages::centre::Centre/>
                    <Route path=path!("/library") view=pages::library::LibraryHome/>
                    <Route path=path!("/library/a/:id") view=pages::article::Article/>
                    <Route path=path!("/library/:category") view=pages::category::CategoryPage/>
                    <Route path=path!("/search") view=pages::search::Search/>
                    <Route path=path!("/intake") view=pages::intake::Intake/>
                    <Route path=path!("/intake/result") view=pages::intake_link::IntakeLink/>
                    <Route path=path!("/quiz") view=pages::quiz::QuizHome/>
                    <Route path=path!("/quiz/practice/:topic") view=pages::practice::Practice/>
                    <Route path=path!("/quiz/review") view=pages::review::MistakeReview/>
                    <Route path=path!("/quiz/exam") view=pages::exam::Exam/>
                    <Route path=path!("/quiz/class") view=pages::class::Class/>
                    <Route path=path!("/quiz/cards") view=pages::cards::Cards/>
                </Routes>
            </Shell>
        </Router>
    }
}

/// The frame plus the idle reset, which needs the router to go home.
#[component]
fn Shell(
    /// The routes.
    children: Children,
) -> impl IntoView {
    let site = use_site();
    let session = session::use_session();
    let reader = browser::speech::use_reader();
    let display = expect_context::<Display>();
    let navigate = use_navigate();
    let location = leptos_router::hooks::use_location();
    let path = location.pathname;
    // Reading stops when the screen changes (a link, 结束并清除, a reset): it reads the page it started on.
    Effect::new(move |was: Option<String>| {
        let now = path.get();
        if was.is_some_and(|was| was != now) {
            reader.stop();
        }
        now
    });
    let seconds = Signal::derive(move || site.get().map_or(120, |s| s.centre.idle_seconds));
    let idle = browser::idle::watch(
        seconds,
        move || {
            !session.is_empty()
                || path.get_untracked() != "/"
                || reader.status.get_untracked() != browser::speech::Status::Idle
        },
        move || {
            reader.stop();
            session.wipe();
            if display.offline.get_untracked() == Offline::UpdateWaiting && offline::apply_update() {
                return;
            }
            navigate("/", NavigateOptions { replace: true, ..Default::default() });
        },
    );
    view! {
        <Frame>{children()}</Frame>
        <components::idle_guard::IdleGuard idle/>
    }
}
