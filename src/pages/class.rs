//! 课堂模式: for a trainer on a projector with a clicker. Question → countdown → reveal → 解析 →
//! next; a tally of hands per option; an anonymous 没听懂 count; a team contest; the same quiz on
//! every phone by link and QR, with learners' result codes collected here.
//!
//! Clicker keys: PageDown or → next, PageUp or ← back, B or . black screen, Space or Enter reveal.

use std::sync::Arc;
use std::time::Duration;

use kiosk_core::quiz::bank::Bank;
use kiosk_core::quiz::class::Class as Tally;
use kiosk_core::quiz::code::quiz_key;
use kiosk_core::quiz::link::ExamSpec;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::codes::ResultCodes;
use crate::components::load::loaded;
use crate::components::qr::{Qr, public_url};
use crate::components::question::{Explanation, letter};
use crate::components::scoreboard::Scoreboard;
use crate::context::use_site;
use crate::data;
use crate::pages::exam::random_seed;

/// `/quiz/class`.
#[component]
pub fn Class() -> impl IntoView {
    let bank = LocalResource::new(data::quiz_bank);
    let spec = RwSignal::new(None::<ExamSpec>);
    move || {
        loaded(bank.get(), |bank| match spec.get() {
            None => view! { <ClassSetup bank spec/> }.into_any(),
            Some(s) => view! { <Lesson bank spec=s/> }.into_any(),
        })
    }
}

/// Topics, number of questions and seed.
#[component]
fn ClassSetup(
    /// The bank.
    bank: Arc<Bank>,
    /// Set when the trainer starts.
    spec: RwSignal<Option<ExamSpec>>,
) -> impl IntoView {
    let topics = RwSignal::new(Vec::<String>::new());
    let count = RwSignal::new(10usize);
    let seed = RwSignal::new(random_seed());
    view! {
        <section class="class-setup">
            <h1>"课堂模式"</h1>
            <p class="lead">"选好题目和数量，按“开始上课”。翻页笔：下一页=下一题，上一页=上一题，B=黑屏，空格=揭晓答案。"</p>
            <fieldset class="choice-row">
                <legend>"题目范围（不选就是全部）"</legend>
                {bank.topics.iter().map(|t| {
                    let id = t.id.clone();
                    let id2 = t.id.clone();
                    view! {
                        <button type="button" class="btn small" aria-pressed=move || topics.with(|ts| ts.contains(&id)).to_string()
                            on:click=move |_| topics.update(|ts| if let Some(p) = ts.iter().position(|x| x == &id2) { ts.remove(p); } else { ts.push(id2.clone()); })>
                            {t.name.clone()}
                        </button>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset class="choice-row">
                <legend>"题数"</legend>
                {[5usize, 10, 20, 30].into_iter().map(|n| view! {
                    <button type="button" class="btn small" aria-pressed=move || (count.get() == n).to_string() on:click=move |_| count.set(n)>{format!("{n} 道")}</button>
                }).collect_view()}
            </fieldset>
            <label for="seed">"题目编号（同一个编号，每台手机抽到的题和顺序都一样）"</label>
            <input id="seed" type="number" inputmode="numeric" min="1000" max="9999"
                prop:value=move || seed.get().to_string()
                on:input=move |ev| if let Ok(v) = event_target_value(&ev).parse() { seed.set(v) }/>
            <button type="button" class="btn primary" on:click=move |_| spec.set(Some(ExamSpec {
                topics: topics.get_untracked(), count: count.get_untracked(), seed: seed.get_untracked(), minutes: 0, class: true,
            }))>"开始上课"</button>
            <p><A href="/quiz/cards" attr:class="inline-link">"🖨 打印 A/B/C/D 答题卡（没有手机的班用）"</A></p>
        </section>
    }
}

/// Where the lesson is in its sequence.
#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Asking,
    Revealed,
}

/// The running class.
#[component]
fn Lesson(
    /// The bank.
    bank: Arc<Bank>,
    /// The quiz.
    spec: ExamSpec,
) -> impl IntoView {
    let site = use_site();
    let picks = spec.picks(&bank);
    let total = picks.len();
    let tally = RwSignal::new(Tally::new(&bank, &picks));
    let at = RwSignal::new(0usize);
    let phase = RwSignal::new(Phase::Asking);
    let black = RwSignal::new(false);
    let speed = RwSignal::new(false);
    let countdown = site.get_untracked().map_or(20, |s| s.centre.class_countdown);
    let left = RwSignal::new(countdown);
    let go = move |to: usize| {
        at.set(to.min(total));
        phase.set(Phase::Asking);
        left.set(countdown);
    };
    let reveal = move || phase.set(Phase::Revealed);
    if let Ok(h) = set_interval_with_handle(
        move || {
            if phase.get_untracked() == Phase::Asking && at.get_untracked() < total && !black.get_untracked() {
                let l = left.get_untracked().saturating_sub(1);
                left.set(l);
                if l == 0 {
                    phase.set(Phase::Revealed);
                }
            }
        },
        Duration::from_secs(1),
    ) {
        on_cleanup(move || h.clear());
    }
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let target_is_field = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA"));
        if target_is_field {
            return;
        }
        match ev.key().as_str() {
            "PageDown" | "ArrowRight" => go(at.get_untracked() + 1),
            "PageUp" | "ArrowLeft" => go(at.get_untracked().saturating_sub(1)),
            "b" | "B" | "." => black.update(|b| *b = !*b),
            " " | "Enter" => reveal(),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());

    let ids: Vec<String> = picks.iter().filter_map(|&i| bank.questions.get(i).map(|q| q.id.clone())).collect();
    let key = quiz_key(&ids);
    let link = format!("/quiz/exam?{}", spec.query());
    let qr = move || site.get().map(|s| public_url(&s.centre.public_base_url, &link));
    let bank2 = bank.clone();
    view! {
        <section class="class" class:blacked=move || black.get()>
            <Show when=move || black.get()>
                <div class="blackout" role="presentation" on:click=move |_| black.set(false)></div>
            </Show>
            {move || {
                let i = at.get();
                let Some(q) = picks.get(i).and_then(|&qi| bank2.questions.get(qi)).cloned() else {
                    return view! { <LessonEnd bank=bank2.clone() tally/> }.into_any();
                };
                let revealed = phase.get() == Phase::Revealed;
                let hands = tally.with(|t| t.questions.get(i).cloned());
                let raised = hands.as_ref().map_or(0, |h| h.raised()).max(1);
                view! {
                    <p class="class-meta">{format!("第 {} 题 / 共 {} 题", i + 1, total)}
                        {(!revealed).then(|| view! { <span class="countdown" role="timer">{move || format!("  倒计时 {} 秒", left.get())}</span> })}
                    </p>
                    <h1 class="class-question">{q.text.clone()}</h1>
                    <ol class="class-options">
                        {q.options.iter().enumerate().map(|(o, text)| {
                            let count = hands.as_ref().and_then(|h| h.counts.get(o).copied()).unwrap_or(0);
                            let correct = revealed && q.answer.contains(&o);
                            let width = count * 100 / raised;
                            view! {
                                <li class=if correct { "class-option correct" } else { "class-option" }>
                                    <span class="option-letter">{letter(o).to_string()}</span>
                                    <span class="option-text">{text.clone()}{correct.then_some(" ✔")}</span>
                                    {revealed.then(|| view! {
                                        <span class="tally">
                                            <button type="button" class="btn small" aria-label=format!("{} 减一", letter(o)) on:click=move |_| tally.update(|t| t.tap(i, o, false))>"−"</button>
                                            <span class="tally-count" data-option=letter(o).to_string()>{format!("{count} 人")}</span>
                                            <button type="button" class="btn small" aria-label=format!("{} 加一", letter(o)) on:click=move |_| tally.update(|t| t.tap(i, o, true))>"+"</button>
                                            <span class="bar" style:width=format!("{width}%") aria-hidden="true"></span>
                                        </span>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                    {revealed.then(|| view! { <Explanation question=q.clone() right=None/> })}
                    <div class="row class-controls">
                        <button type="button" class="btn" on:click=move |_| go(at.get_untracked().saturating_sub(1))>"⬅ 上一题"</button>
                        <button type="button" class="btn primary" on:click=move |_| reveal()>"揭晓答案"</button>
                        <button type="button" class="btn primary" on:click=move |_| go(at.get_untracked() + 1)>"下一题 ➡"</button>
                        <button type="button" class="btn" on:click=move |_| black.set(true)>"黑屏"</button>
                        <button type="button" class="btn" on:click=move |_| tally.update(|t| t.tap_lost(i, true))>
                            {move || format!("没听懂 +1（{}）", tally.with(|t| t.questions.get(i).map_or(0, |h| h.lost)))}
                        </button>
                    </div>
                }.into_any()
            }}
            <details class="class-extras">
                <summary>"分组竞赛、学员手机答题、收成绩码"</summary>
                <label class="speed-toggle">
                    <input type="checkbox" prop:checked=move || speed.get() on:change=move |ev| speed.set(event_target_checked(&ev))/>
                    " 允许抢答加分（默认关：不按快慢给分）"
                </label>
                <Scoreboard speed=speed.into()/>
                <h2>"学员用手机做同一套题"</h2>
                {move || qr().map(|url| view! { <p class="share-link">{url.clone()}</p><Qr url caption="学员用手机扫一扫，做同一套题"/> })}
                <ResultCodes key question_ids=ids.clone()/>
            </details>
        </section>
    }
}

/// The end of class: most-missed and least-understood questions, each with its article.
#[component]
fn LessonEnd(
    /// The bank.
    bank: Arc<Bank>,
    /// The tallies.
    tally: RwSignal<Tally>,
) -> impl IntoView {
    let summary = tally.with_untracked(|t| t.summary(5));
    let item = move |qi: usize, note: String| {
        bank.questions.get(qi).map(|q| view! {
            <li>{format!("{}（{}）", q.text, note)} " " <A href=format!("/library/a/{}", q.article) attr:class="inline-link">"📖 再讲一遍"</A></li>
        })
    };
    view! {
        <section class="class-end">
            <h1>"下课小结"</h1>
            <h2>"错得最多的题"</h2>
            <ul>{summary.most_missed.iter().map(|m| item(m.question, format!("答对 {}%", m.percent()))).collect_view()}</ul>
            {summary.most_missed.is_empty().then(|| view! { <p>"没有记录举手人数，或者全都答对了。"</p> })}
            <h2>"“没听懂”最多的题"</h2>
            <ul>{summary.least_understood.iter().map(|l| item(l.question, format!("{} 人没听懂", l.count))).collect_view()}</ul>
            {summary.least_understood.is_empty().then(|| view! { <p>"没有人按“没听懂”。"</p> })}
        </section>
    }
}
