//! The intake result: the room of this centre, what to bring, what happens, deadlines, articles,
//! hotlines, a QR link and a printable referral slip (引导单). Used after the questionnaire and
//! when a result link is opened on a phone.

use std::sync::Arc;

use kiosk_core::intake::engine::{Screen, passed_urgent, walk};
use kiosk_core::intake::graph::{Outcome, Questionnaire};
use kiosk_core::intake::link::{Answers, encode};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::browser::print_page;
use crate::components::hotlines::HotlineList;
use crate::components::qr::{Qr, public_url};
use crate::components::term::{Glossed, TermPanel};
use crate::context::use_site;
use crate::data;
use crate::session::{use_end_visit, use_session};

/// The result of a finished questionnaire.
#[component]
pub fn OutcomeView(
    /// The questionnaire.
    qn: Arc<Questionnaire>,
    /// The answers that lead to the result.
    choices: Vec<u8>,
    /// Asked for a family member or friend.
    for_other: bool,
    /// On the kiosk (not from a link): offer name/phone for the slip and 结束并清除.
    editable: bool,
) -> impl IntoView {
    let Ok((Screen::Result(outcome), steps)) = walk(&qn, &choices) else {
        return view! { <p class="notice">"这个结果打不开了，请重新开始。"</p> }.into_any();
    };
    // The walk passed an urgent screen (also when opened from a link): emergency numbers on top.
    let urgent = passed_urgent(&steps);
    let outcome: Outcome = outcome.clone();
    let site = use_site();
    let library = LocalResource::new(data::library);
    let link = format!("/intake/result?{}", encode(&qn, &Answers { choices, for_other }));
    let room_id = outcome.room.clone();
    let room = move || site.get().and_then(|s| s.rooms.iter().find(|r| r.id == room_id).cloned());
    let short_name = move || site.get().map(|s| s.centre.short_name.clone()).unwrap_or_default();
    let qr = move || site.get().map(|s| public_url(&s.centre.public_base_url, &link));
    let today = String::from(js_sys::Date::new_0().to_locale_date_string("zh-CN", &wasm_bindgen::JsValue::UNDEFINED));
    let articles = outcome.articles.clone();
    let what_happens = if outcome.mediation { qn.what_happens.clone() } else { Vec::new() };
    let selected = RwSignal::new(None::<String>);
    let lead = if for_other {
        "请您陪他（她）去，或者把这张单子交给他（她）："
    } else {
        "请您去："
    };
    view! {
        <section class="outcome slip" data-result=outcome.id.clone() data-category=outcome.category.clone() data-room=outcome.room.clone()>
            <p class="slip-header print-only">{move || format!("{} · 引导单 · {}", short_name(), today)}</p>
            {urgent.then(|| view! {
                <p class="urgent-banner">"如果还有危险，先打 " <a href="tel:110">"110"</a> "；有人受伤打 " <a href="tel:120">"120"</a> "。"</p>
            })}
            <h1>{outcome.title.clone()}</h1>
            <div class="room-card">
                <p class="lead">{lead}</p>
                {move || room().map(|r| view! {
                    <h2 class="room-name">{r.name.clone()}</h2>
                    <p><strong>"在哪里："</strong>{r.place.clone()}</p>
                    <p><strong>"时间："</strong>{r.hours.clone()}</p>
                    <p><strong>"电话："</strong><a href=format!("tel:{}", r.phone)>{r.phone.clone()}</a></p>
                })}
                {(!outcome.elsewhere.is_empty()).then(|| view! {
                    <p class="elsewhere"><strong>"这件事主要由这里办："</strong>{outcome.elsewhere.clone()}</p>
                })}
            </div>
            <h2>"要带的东西"</h2>
            <ul class="checklist">{outcome.bring.iter().map(|b| view! { <li>{b.clone()}</li> }).collect_view()}</ul>
            <h2>"接下来会怎样"</h2>
            <ol>{outcome.steps.iter().map(|s| view! { <li><Glossed text=s.clone() selected/></li> }).collect_view()}</ol>
            {(!what_happens.is_empty()).then(|| view! {
                <h2>"调解的规矩"</h2>
                <ul>{what_happens.into_iter().map(|s| view! { <li><Glossed text=s selected/></li> }).collect_view()}</ul>
            })}
            {(!outcome.deadlines.is_empty()).then(|| view! {
                <h2>"要注意的时间"</h2>
                <ul class="deadlines">{outcome.deadlines.iter().map(|s| view! { <li><Glossed text=s.clone() selected/></li> }).collect_view()}</ul>
            })}
            <TermPanel selected/>
            {editable.then(|| view! { <SlipDetails/> })}
            <section class="no-print">
                <h2>"可以先看看"</h2>
                <ul>
                    {move || library.get().and_then(Result::ok).map(|lib| articles.iter().filter_map(|id| lib.articles.iter().find(|a| &a.id == id)).map(|a| {
                        let title = a.title.clone();
                        view! { <li><A href=format!("/library/a/{}", a.id)>{title}</A></li> }
                    }).collect_view())}
                </ul>
            </section>
            <h2>"求助电话"</h2>
            <HotlineList numbers=outcome.hotlines.clone()/>
            <p class="disclaimer-inline">"以上是法律常识和办事指引，不是律师意见。"</p>
            {move || qr().map(|url| view! { <Qr url caption="用手机扫一扫，把这个结果带走"/> })}
            <div class="row no-print">
                <button type="button" class="btn primary" on:click=move |_| print_page()>"🖨 打印引导单"</button>
                {editable.then(|| view! { <EndButton/> })}
            </div>
        </section>
    }
    .into_any()
}

/// Optional name and phone for the printed slip; kept in memory only and wiped with the session.
#[component]
fn SlipDetails() -> impl IntoView {
    let session = use_session();
    view! {
        <details class="slip-details no-print">
            <summary>"想在引导单上写上名字和电话吗？（可以不写，不会保存）"</summary>
            <label for="slip-name">"名字"</label>
            <input id="slip-name" type="text" autocomplete="off" maxlength="20"
                prop:value=move || session.slip_name.get() on:input=move |ev| session.slip_name.set(event_target_value(&ev))/>
            <label for="slip-phone">"电话"</label>
            <input id="slip-phone" type="tel" autocomplete="off" maxlength="20"
                prop:value=move || session.slip_phone.get() on:input=move |ev| session.slip_phone.set(event_target_value(&ev))/>
        </details>
        <p class="print-only slip-person">
            {move || {
                let (n, p) = (session.slip_name.get(), session.slip_phone.get());
                (!n.is_empty() || !p.is_empty()).then(|| format!("姓名：{n}　电话：{p}"))
            }}
        </p>
    }
}

/// 结束并清除: forget everything and go home.
#[component]
fn EndButton() -> impl IntoView {
    let end_visit = use_end_visit();
    view! {
        <button type="button" class="btn end" on:click=move |_| end_visit("/")>"结束并清除"</button>
    }
}
