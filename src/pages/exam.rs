//! 模拟考试: N questions drawn across topics by a seed, an optional time limit, then the score,
//! the pass line, a review of every question and a printable completion slip. Opened from a
//! trainer's link (`c=1`), it also shows the learner's short result code.

use std::sync::Arc;
use std::time::Duration;

use kiosk_core::quiz::bank::Bank;
use kiosk_core::quiz::code::{encode, quiz_key};
use kiosk_core::quiz::link::ExamSpec;
use kiosk_core::quiz::order::new_seed;
use kiosk_core::quiz::score::{Score, is_right};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::browser::print_page;
use crate::browser::storage::{load_progress, save_progress};
use crate::components::load::loaded;
use crate::components::question::{Explanation, QuestionCard, letters};
use crate::context::use_site;
use crate::data;

/// A fresh random seed for a new exam or class.
pub fn random_seed() -> u32 {
    new_seed((js_sys::Math::random() * 4_294_967_296.0) as u64 ^ js_sys::Date::now() as u64)
}

/// `/quiz/exam`: the setup screen, or the exam itself when the link carries a seed.
#[component]
pub fn Exam() -> impl IntoView {
    let query = use_query_map();
    let bank = LocalResource::new(data::quiz_bank);
    move || {
        let q = query.read();
        let spec = ExamSpec::from_params(|key| q.get(key));
        loaded(bank.get(), |bank| match spec {
            None => view! { <Setup/> }.into_any(),
            Some(spec) => view! { <Sitting bank spec/> }.into_any(),
        })
    }
}

/// Choose the length and an optional time limit, then start.
#[component]
fn Setup() -> impl IntoView {
    let site = use_site();
    let navigate = use_navigate();
    let minutes = RwSignal::new(0u32);
    let count = move || site.get().map_or(20, |s| s.centre.exam_questions as usize);
    let start = move |_| {
        let spec = ExamSpec {
            topics: Vec::new(),
            count: count(),
            seed: random_seed(),
            minutes: minutes.get_untracked(),
            class: false,
        };
        navigate(&format!("/quiz/exam?{}", spec.query()), Default::default());
    };
    view! {
        <section class="exam-setup">
            <h1>"模拟考试"</h1>
            <p class="lead">{move || format!("一共 {} 道题，从各个题目里抽。及格线 {} 分。", count(), site.get().map_or(80, |s| s.centre.exam_pass_line))}</p>
            <fieldset class="choice-row">
                <legend>"要不要限时？（可以不限时，慢慢做）"</legend>
                {[(0u32, "不限时"), (20, "20 分钟"), (30, "30 分钟")].into_iter().map(|(m, label)| view! {
                    <button type="button" class="btn" aria-pressed=move || (minutes.get() == m).to_string() on:click=move |_| minutes.set(m)>{label}</button>
                }).collect_view()}
            </fieldset>
            <button type="button" class="btn primary" on:click=start>"开始考试"</button>
        </section>
    }
}

/// The exam in progress and its result.
#[component]
fn Sitting(
    /// The bank.
    bank: Arc<Bank>,
    /// The exam.
    spec: ExamSpec,
) -> impl IntoView {
    let picks = spec.picks(&bank);
    let answers = RwSignal::new(Vec::<Vec<usize>>::new());
    let finished = RwSignal::new(false);
    let left = RwSignal::new(spec.minutes * 60);
    if spec.minutes > 0
        && let Ok(h) = set_interval_with_handle(
            move || {
                if !finished.get_untracked() {
                    let l = left.get_untracked().saturating_sub(1);
                    left.set(l);
                    if l == 0 {
                        finished.set(true);
                    }
                }
            },
            Duration::from_secs(1),
        )
    {
        on_cleanup(move || h.clear());
    }
    let total = picks.len();
    let picks = Arc::new(picks);
    view! {
        <section class="exam">
            <h1>"模拟考试"</h1>
            {(spec.minutes > 0).then(|| view! {
                <p class="timer" role="timer">{move || format!("剩余时间 {}:{:02}", left.get() / 60, left.get() % 60)}</p>
            })}
            {move || {
                let done = answers.with(Vec::len);
                if finished.get() || done >= total {
                    return view! { <ExamResult bank=bank.clone() picks=picks.to_vec() answers=answers.get() spec=spec.clone()/> }.into_any();
                }
                let Some(q) = picks.get(done).and_then(|&i| bank.questions.get(i)).cloned() else { return ().into_any() };
                let q2 = q.clone();
                let on_answer = Callback::new(move |c: Vec<usize>| {
                    let mut p = load_progress();
                    p.record(&q2.id, &q2.topic, is_right(&q2, &c));
                    save_progress(&p);
                    answers.update(|a| a.push(c));
                });
                view! {
                    <QuestionCard question=q on_answer feedback=false position=format!("第 {} 题 / 共 {} 题", done + 1, total)/>
                    <button type="button" class="btn" on:click=move |_| finished.set(true)>"交卷"</button>
                }.into_any()
            }}
        </section>
    }
}

/// Score, pass line, review of every question, completion slip and (class links) the result code.
#[component]
fn ExamResult(
    /// The bank.
    bank: Arc<Bank>,
    /// The questions asked.
    picks: Vec<usize>,
    /// The answers given (shorter than `picks` when time ran out or the learner handed in early).
    answers: Vec<Vec<usize>>,
    /// The exam.
    spec: ExamSpec,
) -> impl IntoView {
    let site = use_site();
    let questions: Vec<_> = picks.iter().filter_map(|&i| bank.questions.get(i).cloned()).collect();
    let results: Vec<bool> =
        questions.iter().enumerate().map(|(i, q)| answers.get(i).is_some_and(|a| is_right(q, a))).collect();
    let score = Score::from_results(&results);
    let pass_line = move || site.get().map_or(80, |s| s.centre.exam_pass_line);
    let ids: Vec<&str> = questions.iter().map(|q| q.id.as_str()).collect();
    let code = spec.class.then(|| encode(quiz_key(&ids), &results));
    let date = String::from(js_sys::Date::new_0().to_locale_date_string("zh-CN", &wasm_bindgen::JsValue::UNDEFINED));
    view! {
        <section class="exam-result slip" data-score=score.percent().to_string()>
            <h2 class="score">{format!("得分：{} 分（答对 {} / {} 道）", score.percent(), score.right, score.total)}</h2>
            <p class="pass">{move || if score.passed(pass_line()) { format!("✔ 及格（及格线 {} 分）", pass_line()) } else { format!("还没及格（及格线 {} 分），再练练！", pass_line()) }}</p>
            {code.map(|c| view! {
                <div class="result-code">
                    <p>"把这个成绩码念给老师，或者写下来交给老师："</p>
                    <p class="code" data-code=c.clone()>{c.clone()}</p>
                </div>
            })}
            <p class="print-only">{format!("练习日期：{date}")}</p>
            <p class="not-certificate">"这张结果单只是练习记录，不是正式的证书。"</p>
            <div class="row no-print">
                <button type="button" class="btn primary" on:click=move |_| print_page()>"🖨 打印结果单"</button>
                <A href="/quiz/exam" attr:class="btn">"再考一次"</A>
                <A href="/quiz/review" attr:class="btn">"去错题本"</A>
            </div>
            <h2>"每道题回顾"</h2>
            <ol class="exam-review">
                {questions.into_iter().enumerate().map(|(i, q)| {
                    let given = answers.get(i).map(|a| letters(a)).unwrap_or_else(|| "没答".into());
                    view! {
                        <li class=if results[i] { "right" } else { "wrong" }>
                            <p class="speak">{format!("{}（您的答案：{given}，{}）", q.text, if results[i] { "对" } else { "错" })}</p>
                            <ol class="review-options" type="A">{q.options.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}</ol>
                            <Explanation question=q.clone() right=None/>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
