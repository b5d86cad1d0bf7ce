//! Every data access of the app: the compiled content under `/data/`, fetched once and cached.
//!
//! The wasm carries no content. Each file is fetched the first time a screen needs it; the service
//! worker precaches them all, so this also works offline after the first visit.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use kiosk_core::intake::graph::Questionnaire;
use kiosk_core::model::{Library, SearchIndex, Site, Term};
use kiosk_core::quiz::bank::Bank;
use kiosk_core::triage::Rules;
use serde::de::DeserializeOwned;

/// One file's load, shared by everyone who asks while it runs and after it is done.
type Load = Shared<LocalBoxFuture<'static, Result<Arc<dyn Any + Send + Sync>, LoadError>>>;

thread_local! {
    static CACHE: RefCell<HashMap<String, Load>> = RefCell::new(HashMap::new());
}

/// Why content could not be loaded; shown on the error block with a way home.
pub type LoadError = String;

async fn fetch_text(path: &str) -> Result<String, LoadError> {
    let resp =
        gloo_net::http::Request::get(path).send().await.map_err(|_| "网络不通，内容没有加载出来。".to_string())?;
    if !resp.ok() {
        return Err(format!("内容没有找到（{}）。", resp.status()));
    }
    resp.text().await.map_err(|_| "内容读取失败。".to_string())
}

/// Fetches and parses `path` once and keeps the value for the app's lifetime. Screens that ask
/// while the fetch runs wait for that same fetch. A failed load is forgotten, so a retry fetches.
async fn cached<T: Send + Sync + 'static>(
    path: &str,
    parse: impl FnOnce(String) -> Result<T, LoadError> + 'static,
) -> Result<Arc<T>, LoadError> {
    let load = CACHE.with(|c| {
        let owned = path.to_string();
        let start = async move { parse(fetch_text(&owned).await?).map(|v| Arc::new(v) as Arc<dyn Any + Send + Sync>) };
        c.borrow_mut().entry(path.to_string()).or_insert_with(|| start.boxed_local().shared()).clone()
    });
    let result = load.await;
    if result.is_err() {
        CACHE.with(|c| c.borrow_mut().remove(path));
    }
    result?.downcast::<T>().map_err(|_| "内容文件损坏，请联系工作人员。".to_string())
}

async fn load<T: DeserializeOwned + Send + Sync + 'static>(path: &str) -> Result<Arc<T>, LoadError> {
    cached(path, |text| serde_json::from_str(&text).map_err(|_| "内容文件损坏，请联系工作人员。".to_string())).await
}

/// The centre, rooms and hotlines.
pub async fn site() -> Result<Arc<Site>, LoadError> {
    load("/data/site.json").await
}

/// Categories and article metadata.
pub async fn library() -> Result<Arc<Library>, LoadError> {
    load("/data/library.json").await
}

/// Glossary terms.
pub async fn glossary() -> Result<Arc<Vec<Term>>, LoadError> {
    load("/data/glossary.json").await
}

/// The search index.
pub async fn search_index() -> Result<Arc<SearchIndex>, LoadError> {
    load("/data/search.json").await
}

/// The questionnaire.
pub async fn questionnaire() -> Result<Arc<Questionnaire>, LoadError> {
    load("/data/intake.json").await
}

/// Triage rules for one typed sentence.
pub async fn triage_rules() -> Result<Arc<Rules>, LoadError> {
    let rules: Arc<Rules> = load("/data/triage.json").await?;
    rules.warm();
    Ok(rules)
}

/// The question bank.
pub async fn quiz_bank() -> Result<Arc<Bank>, LoadError> {
    load("/data/quiz.json").await
}

/// One article's HTML, produced and sanitised by the content compiler.
pub async fn article_html(id: &str) -> Result<Arc<String>, LoadError> {
    cached(&format!("/data/articles/{id}.html"), Ok).await
}
