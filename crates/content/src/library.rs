//! `content/library/`: categories (`categories.toml`) and the articles in each category folder.

use std::collections::BTreeSet;
use std::path::Path;

use kiosk_core::model::Category;
use serde::Deserialize;
use toml::Spanned;

use crate::article::{draft, Draft};
use crate::diag::{files_in, line_at, parse_toml, read, Diagnostics};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategories {
    category: Vec<Spanned<Category>>,
}

/// Reads `categories.toml` and the front matter of every article, in display order.
pub fn drafts(dir: &Path, diags: &mut Diagnostics) -> (Vec<Category>, Vec<Draft>) {
    let cat_path = dir.join("categories.toml");
    let Some(src) = read(&cat_path, diags) else { return (Vec::new(), Vec::new()) };
    let Some(raw) = parse_toml::<RawCategories>(&cat_path, &src, diags) else { return (Vec::new(), Vec::new()) };
    let mut categories = Vec::new();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut ids: BTreeSet<String> = BTreeSet::new();
    for spanned in raw.category {
        let line = line_at(&src, spanned.span().start);
        let cat = spanned.into_inner();
        let folder = dir.join(&cat.id);
        let files = files_in(&folder, "md").unwrap_or_else(|_| {
            diags.error(&cat_path, line, format!("category \"{}\" has no folder {}", cat.id, folder.display()));
            Vec::new()
        });
        if files.is_empty() {
            diags.error(&cat_path, line, format!("category \"{}\" has no articles", cat.id));
        }
        for file in files {
            let Some(src) = read(&file, diags) else { continue };
            if let Some(d) = draft(&file, &src, &cat.id, diags) {
                if !ids.insert(d.meta.id.clone()) {
                    diags.error(&file, 2, format!("duplicate article id \"{}\"", d.meta.id));
                    continue;
                }
                drafts.push(d);
            }
        }
        categories.push(cat);
    }
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.filter_map(Result::ok) {
            let name = e.file_name().to_string_lossy().to_string();
            if e.path().is_dir() && !categories.iter().any(|c| c.id == name) {
                diags.error(
                    &cat_path,
                    0,
                    format!(
                        "folder library/{name}/ is not listed in categories.toml, so its articles would never show"
                    ),
                );
            }
        }
    }
    (categories, drafts)
}
