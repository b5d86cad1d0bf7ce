//! Pre-rendered pages: every route gets its own `index.html` carrying a styled copy of its main
//! content, so the first paint does not wait for the wasm. The app replaces it when it starts.

use std::path::Path;

use kiosk_core::model::{Library, Site};

use crate::glossary::escape;

/// Writes `<route>/index.html` for home, the library, every category and every article.
pub fn write_pages(dist: &Path) -> Result<(), String> {
    let read = |p: &str| std::fs::read_to_string(dist.join(p)).map_err(|e| format!("{p}: {e}"));
    let shell = read("index.html")?;
    let site: Site = serde_json::from_str(&read("data/site.json")?).map_err(|e| e.to_string())?;
    let lib: Library = serde_json::from_str(&read("data/library.json")?).map_err(|e| e.to_string())?;
    let frame = |main: &str| frame_html(&site, main);
    let mut pages: Vec<(String, String, String)> = Vec::new();
    pages.push((String::new(), site.centre.name.clone(), frame(&home(&site))));
    let tiles: String = lib
        .categories
        .iter()
        .map(|c| format!("<li><a class=\"tile\" href=\"/library/{}\"><span class=\"tile-title\">{}</span><span class=\"tile-text\">{}</span></a></li>", c.id, escape(&c.name), escape(&c.blurb)))
        .collect();
    pages.push(("library".into(), "了解法律".into(), frame(&format!("<section class=\"library\"><h1>了解法律</h1><ul class=\"tiles\">{tiles}</ul></section>"))));
    for c in &lib.categories {
        let items: String = lib
            .articles
            .iter()
            .filter(|a| a.category == c.id)
            .map(|a| format!("<li><a class=\"tile\" href=\"/library/a/{}\"><span class=\"tile-title\">{}</span><span class=\"tile-text\">{}</span></a></li>", a.id, escape(&a.title), escape(a.summary.first().map_or("", String::as_str))))
            .collect();
        let main = format!("<section class=\"category\"><h1>{}</h1><p class=\"lead\">{}</p><ul class=\"tiles articles\">{items}</ul></section>", escape(&c.name), escape(&c.blurb));
        pages.push((format!("library/{}", c.id), c.name.clone(), frame(&main)));
    }
    for a in &lib.articles {
        let body = read(&format!("data/articles/{}.html", a.id))?;
        let main = format!("<article class=\"article\"><h1>{}</h1><div class=\"article-body\"><div class=\"prose\">{body}</div></div><p class=\"checked\">最后核对：{}</p></article>", escape(&a.title), escape(&a.checked));
        pages.push((format!("library/a/{}", a.id), a.title.clone(), frame(&main)));
    }
    for (route, title, html) in pages {
        let page = shell
            .replacen("<title>调解明白亭</title>", &format!("<title>{} · 调解明白亭</title>", escape(&title)), 1)
            .replacen("<body>", &format!("<body><div id=\"prerender\">{html}</div>"), 1);
        let dir = dist.join(&route);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("index.html"), page).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn frame_html(site: &Site, main: &str) -> String {
    let strip: String = site
        .hotlines
        .iter()
        .take(4)
        .map(|h| format!("<a class=\"hotline\" href=\"tel:{0}\"><strong>{0}</strong><span>{1}</span></a>", escape(&h.number), escape(h.name.split(['（', '(']).next().unwrap_or(&h.name))))
        .collect();
    format!(
        "<header class=\"frame\"><a class=\"brand\" href=\"/\">{}</a></header><div class=\"status-line\"></div><main>{main}</main>\
         <footer class=\"frame-footer\"><nav class=\"hotline-strip\" aria-label=\"求助电话\">{strip}</nav></footer>",
        escape(&site.centre.name)
    )
}

fn home(site: &Site) -> String {
    format!(
        "<section class=\"home\"><h1 class=\"centre-name\">{}</h1><p class=\"lead\">有矛盾，好好说，依法办。请点下面的大按钮。</p><div class=\"doors\">\
         <a class=\"door door-library\" href=\"/library\"><span class=\"door-icon\" aria-hidden=\"true\">📖</span><span class=\"door-title\">了解法律</span><span class=\"door-text\">家里的事、邻居之间、看病出事，用大白话讲清楚</span></a>\
         <a class=\"door door-intake\" href=\"/intake\"><span class=\"door-icon\" aria-hidden=\"true\">🤝</span><span class=\"door-title\">我要调解</span><span class=\"door-text\">回答几个问题，告诉您去哪个房间、带什么</span></a>\
         <a class=\"door door-quiz\" href=\"/quiz\"><span class=\"door-icon\" aria-hidden=\"true\">✅</span><span class=\"door-title\">法律明白人</span><span class=\"door-text\">做练习、模拟考试，培训课堂也能用</span></a></div></section>",
        escape(&site.centre.name)
    )
}
