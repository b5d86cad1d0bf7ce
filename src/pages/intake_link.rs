//! `/intake/result?v=…&a=…`: a result opened from its QR code or a shared link, with no server.

use kiosk_core::intake::link::decode;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::load::loaded;
use crate::components::outcome::OutcomeView;
use crate::data;

/// Shows the result a link carries, or says plainly why it cannot.
#[component]
pub fn IntakeLink() -> impl IntoView {
    let location = use_location();
    let qn = LocalResource::new(data::questionnaire);
    move || {
        loaded(qn.get(), |qn| match decode(&qn, &location.search.get()) {
            Ok(answers) => view! {
                <OutcomeView qn=qn.clone() choices=answers.choices for_other=answers.for_other editable=false/>
            }
            .into_any(),
            Err(e) => view! {
                <section class="link-error" role="alert">
                    <h1>"结果打不开"</h1>
                    <p>{e.to_string()}</p>
                    <p><A href="/intake" attr:class="btn primary">"重新回答"</A></p>
                </section>
            }
            .into_any(),
        })
    }
}
