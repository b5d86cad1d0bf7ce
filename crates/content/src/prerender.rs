//! Pre-rendered pages: every route gets its own `index.html` carrying a styled copy of its main
//! content, so the first paint does not wait for the wasm. The app replaces it when it starts.

use std::path::Path;

use kiosk_core::model::{ArticleMeta, Library, Site};

use crate::glossary::escape;

/// Writes `<route>/index.html` for home, the library, every category and every article, and
/// `app.html`, the page for every other route: the frame with 正在打开… until the app starts.
///
/// The markup mirrors the app's screens (frame, crumbs, buttons) so that the hand-over moves
/// nothing; `tests/e2e/foundation.test.mjs` compares the two layouts.
pub fn write_pages(dist: &Path) -> Result<(), String> {
    let read = |p: &str| std::fs::read_to_string(dist.join(p)).map_err(|e| format!("{p}: {e}"));
    let shell = read("index.html")?;
    let site: Site = serde_json::from_str(&read("data/site.json")?).map_err(|e| e.to_string())?;
    let lib: Library = serde_json::from_str(&read("data/library.json")?).map_err(|e| e.to_string())?;
    let frame = |main: &str| frame_html(&site, main);
    let mut pages: Vec<(String, String, String)> = Vec::new();
    pages.push(("app.html".into(), String::new(), frame("<p class=\"loading\" role=\"status\">正在打开…</p>")));
    pages.push(("index.html".into(), site.centre.name.clone(), frame(&home(&site))));
    let tiles: String = lib
        .categories
        .iter()
        .map(|c| {
            let count = lib.articles.iter().filter(|a| a.category == c.id).count();
            tile(
                &format!("/library/{}", c.id),
                &c.name,
                &c.blurb,
                &format!("<span class=\"tile-count\">{count} 篇</span>"),
            )
        })
        .collect();
    let library = format!(
        "<section class=\"library\"><h1>了解法律</h1><a class=\"search-door\" href=\"/search\">🔍 找一找：打几个字，比如 彩礼、冷静期、挡光</a><ul class=\"tiles\">{tiles}</ul></section>"
    );
    pages.push(("library/index.html".into(), "了解法律".into(), frame(&library)));
    for c in &lib.categories {
        let items: String = lib
            .articles
            .iter()
            .filter(|a| a.category == c.id)
            .map(|a| tile(&format!("/library/a/{}", a.id), &a.title, a.summary.first().map_or("", String::as_str), ""))
            .collect();
        let main = format!(
            "<section class=\"category\">{}<h1>{}</h1><p class=\"lead\">{}</p><ul class=\"tiles articles\">{items}</ul></section>",
            quick_exit(c.sensitive),
            escape(&c.name),
            escape(&c.blurb)
        );
        pages.push((format!("library/{}/index.html", c.id), c.name.clone(), frame(&main)));
    }
    for a in &lib.articles {
        let body = read(&format!("data/articles/{}.html", a.id))?;
        let category = lib.categories.iter().find(|c| c.id == a.category);
        let crumb =
            category.map_or(String::new(), |c| format!("<a href=\"/library/{}\">{}</a>", c.id, escape(&c.name)));
        let main = format!(
            "<article class=\"article\">{}<p class=\"crumbs\"><a href=\"/library\">了解法律</a> › {crumb}</p><h1>{}</h1>\
             <div class=\"article-body\"><div class=\"prose\">{body}</div></div><p class=\"checked\">最后核对：{}</p>{}</article>",
            quick_exit(category.is_some_and(|c| c.sensitive)),
            escape(&a.title),
            escape(&a.checked),
            ways_on(a, &lib)
        );
        pages.push((format!("library/a/{}/index.html", a.id), a.title.clone(), frame(&main)));
    }
    for (file, title, html) in pages {
        let title = if title.is_empty() {
            "调解明白亭".to_string()
        } else {
            format!("{} · 调解明白亭", escape(&title))
        };
        let page = shell.replacen("<title>调解明白亭</title>", &format!("<title>{title}</title>"), 1).replacen(
            "<body>",
            &format!("<body><div id=\"prerender\">{html}</div>"),
            1,
        );
        let path = dist.join(&file);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        std::fs::write(path, page).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The buttons and related articles under an article, as the app draws them.
fn ways_on(a: &ArticleMeta, lib: &Library) -> String {
    let quiz = a
        .quiz
        .as_ref()
        .map_or(String::new(), |q| format!("<a class=\"btn\" href=\"/quiz/practice/{}\">✅ 考考自己</a>", escape(q)));
    let related: String = a
        .related
        .iter()
        .filter_map(|r| lib.articles.iter().find(|x| &x.id == r))
        .map(|r| format!("<li><a href=\"/library/a/{}\">{}</a></li>", r.id, escape(&r.title)))
        .collect();
    let related = if related.is_empty() {
        related
    } else {
        format!("<section class=\"related no-print\"><h2>相关的文章</h2><ul>{related}</ul></section>")
    };
    format!(
        "<div class=\"next-steps no-print\"><a class=\"btn primary\" href=\"/intake?branch={}\">🙋 我遇到了这个问题</a>{quiz}\
         <a class=\"btn\" href=\"/intake\">🤝 去调解</a><button type=\"button\" class=\"btn\">🖨 打印这篇</button></div>{related}",
        escape(&a.intake)
    )
}

fn tile(href: &str, title: &str, text: &str, extra: &str) -> String {
    format!(
        "<li><a class=\"tile\" href=\"{href}\"><span class=\"tile-title\">{}</span><span class=\"tile-text\">{}</span>{extra}</a></li>",
        escape(title),
        escape(text)
    )
}

/// 紧急离开 on sensitive pages. Until the app starts it is a plain link home.
fn quick_exit(sensitive: bool) -> &'static str {
    if sensitive {
        "<a class=\"btn quick-exit\" href=\"/\" title=\"马上离开这一页，清除刚才的内容（也可以连按三次 Esc）\">✖ 紧急离开</a>"
    } else {
        ""
    }
}

/// The kiosk frame as the app draws it at start. Its buttons come to life when the app starts.
fn frame_html(site: &Site, main: &str) -> String {
    let strip: String = site
        .hotlines
        .iter()
        .take(4)
        .map(|h| {
            format!(
                "<a class=\"hotline\" href=\"tel:{0}\"><strong>{0}</strong><span>{1}</span></a>",
                escape(&h.number),
                escape(h.short_name())
            )
        })
        .collect();
    format!(
        "<header class=\"frame\"><a class=\"brand\" href=\"/\">{}</a><nav class=\"frame-actions\" aria-label=\"常用按钮\">\
         <a class=\"btn frame-btn\" href=\"/\">🏠 首页</a><button type=\"button\" class=\"btn frame-btn\">⬅ 返回</button>\
         <button type=\"button\" class=\"btn frame-btn\" aria-pressed=\"false\">🔍 大字</button>\
         <button type=\"button\" class=\"btn frame-btn read\">🔊 朗读</button>\
         <button type=\"button\" class=\"btn frame-btn help\" aria-expanded=\"false\">🙋 请工作人员帮忙</button></nav></header>\
         <div class=\"status-line\"><span class=\"hint\">正在准备离线内容…</span></div><main>{main}</main>\
         <footer class=\"frame-footer\"><nav class=\"hotline-strip\" aria-label=\"求助电话\">{strip}<a class=\"hotline more\" href=\"/library/hotline\">更多电话</a></nav>\
         <p class=\"disclaimer\">这里讲的是法律常识，不是律师意见。具体的事，请问工作人员或拨打 12348。</p></footer>",
        escape(&site.centre.name)
    )
}

fn home(site: &Site) -> String {
    format!(
        "<section class=\"home\"><h1 class=\"centre-name\">{}</h1><p class=\"lead\">有矛盾，好好说，依法办。请点下面的大按钮。</p><div class=\"doors\">\
         <a class=\"door door-library\" href=\"/library\"><span class=\"door-icon\" aria-hidden=\"true\">📖</span><span class=\"door-title\">了解法律</span><span class=\"door-text\">家里的事、邻居之间、看病出事，用大白话讲清楚</span></a>\
         <a class=\"door door-intake\" href=\"/intake\"><span class=\"door-icon\" aria-hidden=\"true\">🤝</span><span class=\"door-title\">我要调解</span><span class=\"door-text\">回答几个问题，告诉您去哪个房间、带什么</span></a>\
         <a class=\"door door-quiz\" href=\"/quiz\"><span class=\"door-icon\" aria-hidden=\"true\">✅</span><span class=\"door-title\">法律明白人</span><span class=\"door-text\">做练习、模拟考试，培训课堂也能用</span></a></div>\
         <p class=\"home-safety\">有人正在挨打、受伤或者想不开？马上打 <a href=\"tel:110\">110</a> 或 <a href=\"tel:120\">120</a>。</p></section>",
        escape(&site.centre.name)
    )
}
