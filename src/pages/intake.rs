//! 我要调解: one question per screen, danger first, with an optional one-sentence box whose
//! triage suggests a branch. All answers live in the in-memory session only.

use std::sync::Arc;

use kiosk_core::intake::engine::{preset_choice, progress, walk, Screen, Step};
use kiosk_core::intake::graph::{Question, Questionnaire, Target, Urgent};
use kiosk_core::triage::{triage, Verdict};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::hotlines::HotlineList;
use crate::components::load::{LoadFailed, Loading};
use crate::components::outcome::{category_label, OutcomeView};
use crate::components::quick_exit::QuickExit;
use crate::data;
use crate::session::{use_end_visit, use_session, Session};

/// `/intake`, `/intake?branch=<category>` and `/intake?q=<one sentence>`.
#[component]
pub fn Intake() -> impl IntoView {
    let session = use_session();
    let query = use_query_map();
    let navigate = use_navigate();
    let qn = LocalResource::new(data::questionnaire);
    let rules = LocalResource::new(data::triage_rules);
    let verdict = RwSignal::new(None::<Verdict>);

    // A branch from an article, or a sentence from a grid worker's link, is taken once; the
    // address is then cleaned so the sentence does not stay in the history.
    let taken = StoredValue::new(false);
    Effect::new(move |_| {
        let (Some(Ok(qn)), Some(Ok(rules))) = (qn.get(), rules.get()) else { return };
        if taken.get_value() {
            return;
        }
        taken.set_value(true);
        let params = query.read_untracked();
        if let Some(b) = params.get("branch").filter(|b| kiosk_core::triage::CATEGORIES.contains(&b.as_str())) {
            session.reset_intake();
            session.preset.set(Some(b));
        }
        if let Some(text) = params.get("q").filter(|t| !t.trim().is_empty()) {
            session.reset_intake();
            session.typed.set(text.chars().take(200).collect());
            judge(&qn, &rules, session, verdict);
        }
        if params.get("branch").is_some() || params.get("q").is_some() {
            navigate("/intake", NavigateOptions { replace: true, scroll: false, ..Default::default() });
        }
    });
    // An idle wipe or 结束 forgets the suggestion too.
    Effect::new(move |_| {
        session.epoch.track();
        verdict.set(None);
    });

    move || match (qn.get(), rules.get()) {
        (Some(Err(e)), _) | (_, Some(Err(e))) => view! { <LoadFailed message=e/> }.into_any(),
        (Some(Ok(qn)), Some(Ok(rules))) => view! { <Flow qn rules verdict/> }.into_any(),
        _ => view! { <Loading/> }.into_any(),
    }
}

/// Runs triage on the typed sentence; danger goes straight to the urgent screen.
fn judge(qn: &Questionnaire, rules: &kiosk_core::triage::Rules, session: Session, verdict: RwSignal<Option<Verdict>>) {
    let v = triage(rules, &session.typed.get_untracked());
    if v.urgent {
        if let Some(i) = danger_answer(qn) {
            session.choices.set(vec![i]);
        }
    }
    verdict.set(Some(v));
}

/// The start question's answer that leads to an urgent screen.
fn danger_answer(qn: &Questionnaire) -> Option<u8> {
    let start = qn.questions.iter().find(|q| q.id == qn.start)?;
    start.answers.iter().position(|a| matches!(a.go, Target::Urgent(_))).and_then(|i| u8::try_from(i).ok())
}

/// Records an answer, then applies a preset category once if this screen chooses categories.
fn choose(qn: &Questionnaire, session: Session, i: u8) {
    session.choices.update(|c| c.push(i));
    if let Some(branch) = session.preset.get_untracked() {
        let choices = session.choices.get_untracked();
        if let Ok((screen, _)) = walk(qn, &choices) {
            if let Some(j) = preset_choice(&screen, &branch) {
                session.choices.update(|c| c.push(j));
                session.preset.set(None);
            }
        }
    }
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The questionnaire once its data is loaded.
#[component]
fn Flow(
    /// The questionnaire.
    qn: Arc<Questionnaire>,
    /// Triage rules.
    rules: Arc<kiosk_core::triage::Rules>,
    /// The triage suggestion, if a sentence was typed.
    verdict: RwSignal<Option<Verdict>>,
) -> impl IntoView {
    let session = use_session();
    move || {
        let choices = session.choices.get();
        let qn = qn.clone();
        match walk(&qn, &choices) {
            Err(_) => {
                session.choices.set(Vec::new());
                view! { <Loading/> }.into_any()
            }
            Ok((Screen::Question(q), _)) if choices.is_empty() => {
                view! { <Start qn=qn.clone() rules=rules.clone() question=q.clone() verdict/> }.into_any()
            }
            Ok((Screen::Question(q), _)) => view! { <Ask qn=qn.clone() question=q.clone()/> }.into_any(),
            Ok((Screen::Urgent(u), _)) => view! { <UrgentScreen qn=qn.clone() urgent=u.clone() verdict/> }.into_any(),
            Ok((Screen::Result(_), steps)) if !session.reviewed.get() => {
                let rows = review_rows(&steps, session.for_other.get());
                view! { <Review rows/> }.into_any()
            }
            Ok((Screen::Result(_), _)) => view! {
                <QuickExit/>
                <OutcomeView qn=qn.clone() choices=choices.clone() for_other=session.for_other.get() editable=true/>
            }
            .into_any(),
        }
    }
}

/// Progress, back and 结束并清除, shown on every question screen.
#[component]
fn StepBar(
    /// The questionnaire, for the progress count.
    qn: Arc<Questionnaire>,
) -> impl IntoView {
    let session = use_session();
    let end_visit = use_end_visit();
    let (done, left) = progress(&qn, &session.choices.get_untracked());
    let total = done + left;
    view! {
        <div class="step-bar">
            <p class="progress-text">{format!("第 {} 步，最多还有 {} 步", done + 1, left.saturating_sub(1))}</p>
            <progress max=total.to_string() value=(done + 1).to_string() aria-label="回答进度"></progress>
            <div class="row">
                <button type="button" class="btn" on:click=move |_| session.choices.update(|c| { c.pop(); })>"⬅ 上一题"</button>
                <button type="button" class="btn" on:click=move |_| end_visit("/")>"结束并清除"</button>
            </div>
        </div>
    }
}

/// The answer buttons of a question.
#[component]
fn Answers(
    /// The questionnaire.
    qn: Arc<Questionnaire>,
    /// The question.
    question: Question,
) -> impl IntoView {
    let session = use_session();
    view! {
        <div class="answers">
            {question.answers.iter().enumerate().map(|(i, a)| {
                let qn = qn.clone();
                let i = u8::try_from(i).unwrap_or(u8::MAX);
                view! {
                    <button type="button" class="answer" data-branch=a.branch.clone() on:click=move |_| choose(&qn, session, i)>
                        <span class="answer-icon" aria-hidden="true">{a.icon.clone()}</span>
                        <span class="answer-label speak">{a.label.clone()}</span>
                    </button>
                }
            }).collect_view()}
        </div>
    }
}

fn question_text(q: &Question, for_other: bool) -> String {
    if for_other { q.text_for_other.clone() } else { q.text.clone() }
}

/// The first screen: the danger question, the helper switch, and the optional sentence box.
#[component]
fn Start(
    /// The questionnaire.
    qn: Arc<Questionnaire>,
    /// Triage rules.
    rules: Arc<kiosk_core::triage::Rules>,
    /// The start (danger) question.
    question: Question,
    /// The triage suggestion.
    verdict: RwSignal<Option<Verdict>>,
) -> impl IntoView {
    let session = use_session();
    let qn2 = qn.clone();
    let qn3 = qn.clone();
    let q2 = question.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !session.typed.get_untracked().trim().is_empty() {
            judge(&qn2, &rules, session, verdict);
        }
    };
    view! {
        <section class="intake start">
            <QuickExit/>
            <h1>"我要调解"</h1>
            <button type="button" class="btn toggle" aria-pressed=move || session.for_other.get().to_string()
                on:click=move |_| session.for_other.update(|f| *f = !*f)>
                {move || if session.for_other.get() { "✔ 我是替家人/朋友问" } else { "我是替家人/朋友问" }}
            </button>
            <div class="question" data-question=question.id.clone()>
                <h2 class="question-text">{move || question_text(&q2, session.for_other.get())}</h2>
                {(!question.hint.is_empty()).then(|| view! { <p class="hint">{question.hint.clone()}</p> })}
                <Answers qn=qn.clone() question=question.clone()/>
            </div>
            <form class="typed" on:submit=submit>
                <label for="typed-box">"也可以用一句话说说您遇到的事（可以不填）"</label>
                <textarea id="typed-box" rows="2" maxlength="200" placeholder="比如：隔壁盖房挡了俺家的光"
                    prop:value=move || session.typed.get()
                    on:input=move |ev| session.typed.set(event_target_value(&ev))></textarea>
                <button type="submit" class="btn">"帮我看看是哪类事"</button>
            </form>
            {move || verdict.get().filter(|v| !v.urgent).map(|v| view! { <Suggestion qn=qn.clone() verdict=v/> })}
            {move || session.preset.get().map(|b| view! {
                <p class="notice" role="status">{format!("已选好：{}。请先回答最上面的问题：现在有没有危险？", category_label(&qn3, &b))}</p>
            })}
        </section>
    }
}

/// The triage suggestion: one category with a reason; confirm or pick another.
#[component]
fn Suggestion(
    /// The questionnaire, for category names.
    qn: Arc<Questionnaire>,
    /// The verdict.
    verdict: Verdict,
) -> impl IntoView {
    let session = use_session();
    let cat = verdict.category.clone();
    let label = category_label(&qn, &cat);
    let chosen = move || session.preset.get().as_deref() == Some(cat.as_str());
    let cat2 = verdict.category.clone();
    view! {
        <section class="triage suggestion" data-category=verdict.category.clone() data-urgent="false" aria-live="polite">
            <h2>{format!("听起来像是：{label}")}</h2>
            <p>{verdict.reason.clone()}</p>
            <div class="row">
                <button type="button" class="btn primary" aria-pressed=move || chosen().to_string()
                    on:click=move |_| session.preset.set(Some(cat2.clone()))>"对，就是这类事"</button>
                <button type="button" class="btn" on:click=move |_| session.preset.set(None)>"不是，我一会儿自己选"</button>
            </div>
        </section>
    }
}

/// One question on its own screen.
#[component]
fn Ask(
    /// The questionnaire.
    qn: Arc<Questionnaire>,
    /// The question.
    question: Question,
) -> impl IntoView {
    let session = use_session();
    let id = question.id.clone();
    let text = question_text(&question, session.for_other.get_untracked());
    view! {
        <section class="intake">
            <QuickExit/>
            <StepBar qn=qn.clone()/>
            <div class="question" data-question=id>
                <h1 class="question-text">{text}</h1>
                {(!question.hint.is_empty()).then(|| view! { <p class="hint">{question.hint.clone()}</p> })}
                <Answers qn question/>
            </div>
        </section>
    }
}

/// Danger: hotlines first, then a calm way back into the questionnaire.
#[component]
fn UrgentScreen(
    /// The questionnaire.
    qn: Arc<Questionnaire>,
    /// The urgent screen.
    urgent: Urgent,
    /// The triage verdict, when a typed sentence led here.
    verdict: RwSignal<Option<Verdict>>,
) -> impl IntoView {
    let session = use_session();
    let category = verdict.get_untracked().map(|v| v.category).unwrap_or_else(|| "other".into());
    let qn2 = qn.clone();
    let library = LocalResource::new(data::library);
    let title = move |id: &str| {
        library.get().and_then(Result::ok).and_then(|l| l.articles.iter().find(|a| a.id == id).map(|a| a.title.clone()))
    };
    view! {
        <section class="intake urgent triage" data-category=category data-urgent="true" data-urgent-screen=urgent.id.clone()>
            <QuickExit/>
            <h1>{format!("⚠ {}", urgent.title)}</h1>
            <ol class="urgent-steps">{urgent.steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
            <HotlineList numbers=urgent.hotlines.clone()/>
            <p class="phone-only hint">"提醒：用手机打出的电话会留在通话记录里。如果担心被看到，打完可以删除记录。"</p>
            {(!urgent.articles.is_empty()).then(|| view! {
                <p>"安全的时候可以看看："
                    {urgent.articles.iter().map(|a| {
                        let id = a.clone();
                        view! { <A href=format!("/library/a/{a}") attr:class="inline-link">{move || title(&id).unwrap_or_default()}</A> }
                    }).collect_view()}
                </p>
            })}
            <div class="row">
                <button type="button" class="btn" on:click=move |_| session.choices.update(|c| { c.pop(); })>"⬅ 上一题"</button>
                <button type="button" class="btn primary" on:click=move |_| choose(&qn2, session, 0)>{urgent.continue_label.clone()}</button>
            </div>
        </section>
    }
}

/// One row of 检查我的回答.
#[derive(Clone)]
struct Row {
    index: usize,
    question: String,
    answer: String,
}

fn review_rows(steps: &[Step<'_>], for_other: bool) -> Vec<Row> {
    steps
        .iter()
        .filter_map(|s| match s.screen {
            Screen::Question(q) => Some(Row { index: s.index, question: question_text(q, for_other), answer: s.answer.to_string() }),
            _ => None,
        })
        .collect()
}

/// 检查我的回答: every answer with a way to change it, before the result.
#[component]
fn Review(
    /// The answered questions.
    rows: Vec<Row>,
) -> impl IntoView {
    let session = use_session();
    view! {
        <section class="intake review">
            <QuickExit/>
            <h1>"检查我的回答"</h1>
            <p class="lead">"看看对不对。哪一条不对，就点“改一改”。"</p>
            <dl class="answers-review">
                {rows.into_iter().map(|r| view! {
                    <div class="review-row">
                        <dt>{r.question}</dt>
                        <dd>
                            <span class="speak">{r.answer}</span>
                            <button type="button" class="btn small" on:click=move |_| {
                                session.choices.update(|c| c.truncate(r.index));
                            }>"改一改"</button>
                        </dd>
                    </div>
                }).collect_view()}
            </dl>
            <div class="row">
                <button type="button" class="btn" on:click=move |_| session.choices.update(|c| { c.pop(); })>"⬅ 上一题"</button>
                <button type="button" class="btn primary" on:click=move |_| session.reviewed.set(true)>"没问题，看结果"</button>
            </div>
        </section>
    }
}
