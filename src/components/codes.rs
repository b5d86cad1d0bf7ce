//! Collecting learners' result codes in class: verify each code, show scores and per-question
//! statistics, export CSV. No server: the codes are typed or pasted by the trainer.

use kiosk_core::quiz::code::decode;
use kiosk_core::quiz::csv::class_results;
use kiosk_core::quiz::score::Score;
use leptos::prelude::*;

use crate::browser::download::save_text;

/// One line of the pasted list, read.
#[derive(Clone, PartialEq)]
struct Line {
    label: String,
    result: Result<Vec<bool>, String>,
}

fn read_lines(text: &str, key: u64, count: usize) -> Vec<Line> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
        .map(|(i, l)| {
            let (label, code) = match l.rsplit_once([' ', '\t', ',', '，', '：', ':']) {
                Some((label, code)) if !label.trim().is_empty() => (label.trim().to_string(), code),
                _ => (format!("学员{}", i + 1), l),
            };
            Line { label, result: decode(key, count, code).map_err(|e| e.to_string()) }
        })
        .collect()
}

/// The code collection panel of class mode.
#[component]
pub fn ResultCodes(
    /// The quiz key of this class's quiz.
    key: u64,
    /// Question ids in asked order (CSV column heads).
    question_ids: Vec<String>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let count = question_ids.len();
    let lines = Memo::new(move |_| text.with(|t| read_lines(t, key, count)));
    let ids = question_ids.clone();
    let export = move |_| {
        let learners: Vec<(String, Vec<bool>)> =
            lines.get_untracked().into_iter().filter_map(|l| l.result.ok().map(|r| (l.label, r))).collect();
        save_text("课堂成绩.csv", "text/csv;charset=utf-8", &class_results(&ids, &learners));
    };
    view! {
        <section class="codes">
            <h2>"收成绩码"</h2>
            <label for="codes-box">"每行一个：名字（可不写） 成绩码，例如：张三 K7P-MQR"</label>
            <textarea id="codes-box" rows="5" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <table class="code-table">
                <caption>"每个学员"</caption>
                <thead><tr><th scope="col">"学员"</th><th scope="col">"成绩"</th></tr></thead>
                <tbody>
                    {move || lines.get().into_iter().map(|l| match l.result {
                        Ok(r) => {
                            let s = Score::from_results(&r);
                            view! { <tr class="ok"><td>{l.label}</td><td class="learner-score">{format!("{} 分（{}/{}）", s.percent(), s.right, s.total)}</td></tr> }.into_any()
                        }
                        Err(e) => view! { <tr class="bad"><td>{l.label}</td><td role="alert">{format!("✘ {e}")}</td></tr> }.into_any(),
                    }).collect_view()}
                </tbody>
            </table>
            <table class="per-question">
                <caption>"每道题答对的人数"</caption>
                <thead><tr><th scope="col">"题"</th><th scope="col">"答对"</th></tr></thead>
                <tbody>
                    {move || {
                        let ok: Vec<Vec<bool>> = lines.get().into_iter().filter_map(|l| l.result.ok()).collect();
                        (0..count).map(|i| {
                            let right = ok.iter().filter(|r| r.get(i).copied().unwrap_or(false)).count();
                            view! { <tr><td>{format!("第 {} 题", i + 1)}</td><td>{format!("{right} / {}", ok.len())}</td></tr> }
                        }).collect_view()
                    }}
                </tbody>
            </table>
            <button type="button" class="btn" on:click=export>"导出全班成绩（CSV）"</button>
        </section>
    }
}
