//! One quiz question with big option buttons; 多选 has a 确定 button. After answering it can show
//! right or wrong, the 解析, the article it rests on and a link to the library article.

use kiosk_core::quiz::bank::{Kind, Question};
use kiosk_core::quiz::score::is_right;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::term::{Glossed, TermPanel};

/// The letter of option `i` (A, B, C …).
pub fn letter(i: usize) -> char {
    char::from(b'A' + u8::try_from(i.min(25)).unwrap_or(25))
}

/// The letters of a set of options, e.g. "AC".
pub fn letters(options: &[usize]) -> String {
    options.iter().map(|&i| letter(i)).collect()
}

fn kind_label(k: Kind) -> &'static str {
    match k {
        Kind::Single => "单选题",
        Kind::Multi => "多选题（选出所有对的）",
        Kind::Judge => "判断题",
    }
}

/// A question card.
#[component]
pub fn QuestionCard(
    /// The question.
    question: Question,
    /// Called once with the chosen options when the learner answers.
    on_answer: Callback<Vec<usize>>,
    /// Whether to show right/wrong and the 解析 after answering.
    feedback: bool,
    /// Heading such as "第 3 题 / 共 20 题".
    position: String,
) -> impl IntoView {
    let chosen = RwSignal::new(Vec::<usize>::new());
    let answered = RwSignal::new(false);
    let multi = question.kind == Kind::Multi;
    let submit = move || {
        if !answered.get_untracked() && !chosen.get_untracked().is_empty() {
            answered.set(true);
            let mut c = chosen.get_untracked();
            c.sort_unstable();
            on_answer.run(c);
        }
    };
    let q = question.clone();
    view! {
        <div class="quiz-question" data-question=question.id.clone()>
            <p class="quiz-meta">{format!("{} · {}", position, kind_label(question.kind))}</p>
            <h2 class="quiz-text">{question.text.clone()}</h2>
            <div class="options">
                {question.options.iter().enumerate().map(|(i, opt)| {
                    let is_chosen = move || chosen.with(|c| c.contains(&i));
                    let correct = question.answer.contains(&i);
                    let class = move || {
                        let mut c = String::from("option");
                        if is_chosen() { c.push_str(" chosen"); }
                        if answered.get() && feedback && correct { c.push_str(" correct"); }
                        if answered.get() && feedback && is_chosen() && !correct { c.push_str(" wrong"); }
                        c
                    };
                    view! {
                        <button type="button" class=class aria-pressed=move || is_chosen().to_string()
                            disabled=move || answered.get()
                            on:click=move |_| {
                                if multi {
                                    chosen.update(|c| if let Some(p) = c.iter().position(|x| *x == i) { c.remove(p); } else { c.push(i); });
                                } else {
                                    chosen.set(vec![i]);
                                    submit();
                                }
                            }>
                            <span class="option-letter">{letter(i).to_string()}</span>
                            <span class="option-text speak">{opt.clone()}</span>
                            {move || (answered.get() && feedback && correct).then(|| view! { <span class="mark">" ✔ 正确答案"</span> })}
                            {move || (answered.get() && feedback && is_chosen() && !correct).then(|| view! { <span class="mark">" ✘ 您选的"</span> })}
                        </button>
                    }
                }).collect_view()}
            </div>
            {multi.then(|| view! {
                <button type="button" class="btn primary" disabled=move || answered.get() || chosen.with(Vec::is_empty)
                    on:click=move |_| submit()>"确定"</button>
            })}
            {move || (answered.get() && feedback).then(|| {
                let right = is_right(&q, &chosen.get_untracked());
                view! { <Explanation question=q.clone() right=Some(right)/> }
            })}
        </div>
    }
}

/// Right or wrong, the correct answer, the 解析, its article and the library link.
#[component]
pub fn Explanation(
    /// The question.
    question: Question,
    /// Whether the learner was right (`None` in class mode, where no one answered on screen).
    right: Option<bool>,
) -> impl IntoView {
    let selected = RwSignal::new(None::<String>);
    view! {
        <section class=move || match right { Some(true) => "explain right", Some(false) => "explain wrong", None => "explain" } aria-live="polite">
            {right.map(|r| view! { <p class="verdict">{if r { "✔ 答对了！" } else { "✘ 答错了，没关系，看看为什么：" }}</p> })}
            <p class="answer-line">{format!("正确答案：{}", letters(&question.answer))}</p>
            <p class="speak"><Glossed text=question.explain.clone() selected/></p>
            <p class="cite">{format!("依据：{}", question.cite)}</p>
            <A href=format!("/library/a/{}", question.article) attr:class="inline-link">"📖 看看讲这件事的文章"</A>
            <TermPanel selected/>
        </section>
    }
}
