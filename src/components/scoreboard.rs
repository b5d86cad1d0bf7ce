//! 分组竞赛: 2–6 named teams, points per question (必答 / 抢答 / 风险题), standings and export.

use kiosk_core::quiz::contest::{Contest, Preset};
use leptos::prelude::*;

use crate::browser::download::save_text;

/// Team set-up and the scoreboard.
#[component]
pub fn Scoreboard(
    /// Whether 抢答 (speed) presets are offered; off by default so speed is never rewarded unasked.
    speed: Signal<bool>,
) -> impl IntoView {
    let names = RwSignal::new(String::from("一组\n二组\n三组"));
    let contest = RwSignal::new(None::<Contest>);
    let error = RwSignal::new(None::<String>);
    let start = move |_| {
        let list: Vec<String> =
            names.get_untracked().lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
        match Contest::new(&list) {
            Ok(c) => {
                contest.set(Some(c));
                error.set(None);
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    view! {
        <section class="scoreboard">
            <h2>"分组竞赛"</h2>
            {move || match contest.get() {
                None => view! {
                    <label for="team-names">"每行写一个组名（2 到 6 个组）"</label>
                    <textarea id="team-names" rows="4" prop:value=move || names.get() on:input=move |ev| names.set(event_target_value(&ev))></textarea>
                    <button type="button" class="btn primary" on:click=start>"开始计分"</button>
                    {move || error.get().map(|e| view! { <p class="notice" role="alert">{e}</p> })}
                }.into_any(),
                Some(c) => {
                    let standings = c.standings();
                    view! {
                        <table class="standings">
                            <caption>"比分"</caption>
                            <thead><tr><th scope="col">"名次"</th><th scope="col">"组"</th><th scope="col">"分数"</th><th scope="col">"加分 / 扣分"</th></tr></thead>
                            <tbody>
                                {standings.into_iter().map(|s| {
                                    let team = s.team;
                                    view! {
                                        <tr data-team=s.name.clone()>
                                            <td>{format!("第 {} 名", s.rank)}</td>
                                            <td>{s.name.clone()}</td>
                                            <td class="points">{s.score}</td>
                                            <td class="award-buttons">
                                                {Preset::ALL.into_iter().filter(|p| speed.get() || !p.is_buzz()).map(|p| view! {
                                                    <button type="button" class="btn small" on:click=move |_| contest.update(|c| if let Some(c) = c { c.award_preset(team, p) })>{p.label()}</button>
                                                }).collect_view()}
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                        <div class="row">
                            <button type="button" class="btn" on:click=move |_| contest.update(|c| if let Some(c) = c { c.undo(); })>"撤销上一次"</button>
                            <button type="button" class="btn" on:click=move |_| {
                                if let Some(c) = contest.get_untracked() { save_text("分组竞赛.csv", "text/csv;charset=utf-8", &c.export_csv()); }
                            }>"导出比分（CSV）"</button>
                        </div>
                    }.into_any()
                }
            }}
        </section>
    }
}
