//! Glossary definitions: tapping a term in any text shows its one-sentence plain definition in
//! place, with 朗读.

use kiosk_core::model::Term;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::speech::use_reader;
use crate::data;

/// The term a click landed on, if it was a glossary term button.
pub fn term_id_of(ev: &web_sys::MouseEvent) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let button = target.closest("button.term").ok()??;
    button.get_attribute("data-term")
}

/// The definition panel for the selected term (in the flow of the page, not a pop-up).
#[component]
pub fn TermPanel(
    /// The selected term id; `None` hides the panel.
    selected: RwSignal<Option<String>>,
) -> impl IntoView {
    let reader = use_reader();
    let glossary = LocalResource::new(data::glossary);
    let term = move || -> Option<Term> {
        let id = selected.get()?;
        glossary.get()?.ok()?.iter().find(|t| t.id == id).cloned()
    };
    view! {
        {move || term().map(|t| {
            let text = format!("{}：{}", t.term, t.definition);
            view! {
                <aside class="term-panel" aria-live="polite" aria-label="词语解释">
                    <p class="speak"><strong>{t.term.clone()}</strong>"：" {t.definition.clone()}</p>
                    <div class="row">
                        <button type="button" class="btn" on:click=move |_| reader.read_text(&text)>"🔊 读给我听"</button>
                        <button type="button" class="btn" on:click=move |_| selected.set(None)>"知道了"</button>
                    </div>
                </aside>
            }
        })}
    }
}

/// Text with its glossary terms made tappable (quiz explanations, intake results).
#[component]
pub fn Glossed(
    /// The plain text.
    text: String,
    /// Set to the tapped term's id; a [`TermPanel`] on the same page shows it.
    selected: RwSignal<Option<String>>,
) -> impl IntoView {
    let glossary = LocalResource::new(data::glossary);
    move || {
        let Some(Ok(terms)) = glossary.get() else { return text.clone().into_any() };
        let mut linked = Vec::new();
        kiosk_core::glossary::split(&text, &terms, &mut linked)
            .into_iter()
            .map(|piece| match piece {
                kiosk_core::glossary::Piece::Plain(s) => s.into_any(),
                kiosk_core::glossary::Piece::Term(t) => {
                    let (id, word) = (t.id.clone(), t.term.clone());
                    view! { <button type="button" class="term" on:click=move |_| selected.set(Some(id.clone()))>{word}</button> }.into_any()
                }
            })
            .collect_view()
            .into_any()
    }
}
