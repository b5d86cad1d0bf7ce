//! The benchmark peer: the same articles as an mdBook (`kiosk-content mdbook <content> <src>`),
//! with SUMMARY.md generated from content/, so both sites are measured on the same text.

use std::fmt::Write as _;
use std::path::Path;

/// Writes `SUMMARY.md` and one Markdown file per article (front matter removed, special links
/// turned into mdBook links or plain text).
pub fn write_mdbook(content: &Path, src: &Path) -> Result<(), String> {
    let (compiled, diags) = crate::compile(content);
    let Some(c) = compiled else {
        return Err(format!("content has {} error(s)", diags.errors.len()));
    };
    std::fs::create_dir_all(src).map_err(|e| e.to_string())?;
    let mut summary = String::from("# Summary\n\n");
    for cat in &c.library.categories {
        let _ = writeln!(summary, "# {}\n", cat.name);
        for a in c.library.articles.iter().filter(|a| a.category == cat.id) {
            let _ = writeln!(summary, "- [{}]({}.md)", a.title, a.id);
            let file = content.join("library").join(&cat.id).join(format!("{}.md", a.id));
            let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
            let body = text.splitn(3, "+++").nth(2).unwrap_or("").trim_start();
            let body = body.replace("{{rooms}}", "");
            let md = format!("# {}\n\n{}", a.title, relink(&body));
            std::fs::write(src.join(format!("{}.md", a.id)), md).map_err(|e| e.to_string())?;
        }
        summary.push('\n');
    }
    std::fs::write(src.join("SUMMARY.md"), summary).map_err(|e| e.to_string())
}

/// `](article:x)` → `](x.md)`; other special links keep their text only.
fn relink(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut rest = md;
    while let Some(i) = rest.find("](") {
        let Some(end) = rest[i..].find(')') else { break };
        let target = &rest[i + 2..i + end];
        out.push_str(&rest[..i]);
        match target.strip_prefix("article:") {
            Some(id) => {
                let _ = write!(out, "]({id}.md)");
            }
            None if target.starts_with("tel:") => {
                let _ = write!(out, "]({target})");
            }
            None => {
                // Drop the link but keep its text: find the matching '[' already copied.
                if let Some(open) = out.rfind('[') {
                    out.remove(open);
                }
            }
        }
        rest = &rest[i + end + 1..];
    }
    out.push_str(rest);
    out
}
