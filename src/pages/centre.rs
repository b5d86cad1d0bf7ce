//! 来调解中心能办什么: the rooms of this centre, from the site config.

use leptos::prelude::*;

use crate::context::use_site;

/// The list of rooms: name, place, hours, phone and what is handled there.
#[component]
pub fn Centre() -> impl IntoView {
    let site = use_site();
    view! {
        <section class="centre">
            <h1>"中心的各个房间"</h1>
            {move || site.get().map(|s| view! {
                <p class="lead">{format!("{}，地址：{}。", s.centre.name, s.centre.address)}</p>
                <ul class="rooms">
                    {s.rooms.iter().map(|r| view! {
                        <li id=format!("room-{}", r.id) class="room-card">
                            <h2>{r.name.clone()}</h2>
                            <p><strong>"在哪里："</strong>{r.place.clone()}</p>
                            <p><strong>"时间："</strong>{r.hours.clone()}</p>
                            <p><strong>"电话："</strong><a href=format!("tel:{}", r.phone)>{r.phone.clone()}</a></p>
                            <ul>{r.handles.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}</ul>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
