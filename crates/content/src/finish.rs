//! After Trunk has built `dist/`: move Trunk's inline loader into a file (so the page runs under a
//! strict Content-Security-Policy), write the service worker from the files actually in `dist/`,
//! and precompress every text asset as `.gz` and `.br` for nginx.

use std::io::Write;
use std::path::{Path, PathBuf};

use kiosk_core::hash::{fnv1a64, FNV_OFFSET};

/// File endings worth compressing.
const TEXT: [&str; 8] = ["html", "js", "css", "wasm", "json", "svg", "webmanifest", "txt"];

/// Runs every finishing step on a built `dist/` (or Trunk's staging folder).
pub fn finish(dist: &Path) -> Result<(), String> {
    outline_loader(dist)?;
    crate::prerender::write_pages(dist)?;
    write_service_worker(dist)?;
    compress_all(dist)
}

/// Replaces Trunk's inline loader (and the preload links it adds) with `/boot-<hash>.js`, which
/// starts the app only after the pre-rendered page has painted: the page runs under a strict
/// Content-Security-Policy, and the wasm download never competes with the first paint.
fn outline_loader(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let open = "<script type=\"module\">";
    let Some(start) = html.find(open) else { return Ok(()) };
    let Some(len) = html[start..].find("</script>") else { return Err("index.html: unclosed loader script".into()) };
    let trunk = &html[start + open.len()..start + len];
    let quoted = |after: &str| {
        let at = trunk.find(after)? + after.len();
        let end = trunk[at..].find('\'')?;
        Some(trunk[at..at + end].to_string())
    };
    let (Some(js), Some(wasm)) = (quoted("from '"), quoted("module_or_path: '")) else {
        return Err("index.html: Trunk's loader no longer names the JS and wasm files as expected".into());
    };
    let code = template(BOOT).replace("__JS__", &js).replace("__WASM__", &wasm);
    let name = format!("boot-{:016x}.js", fnv1a64(code.as_bytes(), FNV_OFFSET));
    std::fs::write(dist.join(&name), &code).map_err(|e| e.to_string())?;
    let mut out = format!(
        "{}<script type=\"module\" src=\"/{name}\"></script>{}",
        &html[..start],
        &html[start + len + "</script>".len()..]
    );
    for kind in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(at) = out.find(kind) {
            let end = out[at..].find('>').map_or(out.len(), |e| at + e + 1);
            out.replace_range(at..end, "");
        }
    }
    std::fs::write(&index, out).map_err(|e| e.to_string())
}

/// The app's start: after the first frame is drawn (or 200 ms, for a page opened in the
/// background), load the JS glue and the wasm. Fires Trunk's start event like Trunk's own loader.
/// If the app cannot load (no network, a browser without WebAssembly), the pre-rendered page stays
/// and says so in plain words. The script is `js/boot.js`.
const BOOT: &str = include_str!("../js/boot.js");

/// A script under `js/` as it is written out: without the `/* … */` comment it opens with, which
/// is for whoever edits the script and names the placeholders filled in here.
fn template(file: &'static str) -> &'static str {
    file.strip_prefix("/*").and_then(|rest| rest.split_once("*/\n")).map_or(file, |(_, script)| script)
}

/// Every file under `dir`, as sorted paths relative to it.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                walk(base, &p, out);
            } else if let Ok(rel) = p.strip_prefix(base) {
                out.push(rel.to_path_buf());
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

fn url_of(rel: &Path) -> String {
    let s = rel.to_string_lossy().replace('\\', "/");
    format!("/{s}")
}

/// Writes `sw.js`: precaches every file, names its cache by their content hash.
fn write_service_worker(dist: &Path) -> Result<(), String> {
    let mut hash = FNV_OFFSET;
    let mut urls = Vec::new();
    for rel in files(dist) {
        let name = rel.to_string_lossy();
        if name == "sw.js" || name.ends_with(".gz") || name.ends_with(".br") {
            continue;
        }
        let bytes = std::fs::read(dist.join(&rel)).map_err(|e| e.to_string())?;
        hash = fnv1a64(name.as_bytes(), fnv1a64(&bytes, hash));
        urls.push(url_of(&rel));
    }
    let list = serde_json::to_string(&urls).map_err(|e| e.to_string())?;
    let sw = template(SERVICE_WORKER).replace("__CACHE__", &format!("mk-{hash:016x}")).replace("__FILES__", &list);
    std::fs::write(dist.join("sw.js"), sw).map_err(|e| e.to_string())
}

/// The service worker. Navigations get the pre-rendered page for their path, else `app.html`
/// (the SPA fallback); everything else is served from the cache, then the network. The script is
/// `js/sw.js`.
const SERVICE_WORKER: &str = include_str!("../js/sw.js");

/// Writes `.gz` and `.br` next to every text asset.
pub fn compress_all(dist: &Path) -> Result<(), String> {
    for rel in files(dist) {
        let path = dist.join(&rel);
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !TEXT.contains(&ext) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes).map_err(|e| e.to_string())?;
        let gz = gz.finish().map_err(|e| e.to_string())?;
        std::fs::write(with_suffix(&path, "gz"), gz).map_err(|e| e.to_string())?;
        let mut br = Vec::new();
        {
            let mut w = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
            w.write_all(&bytes).map_err(|e| e.to_string())?;
        }
        std::fs::write(with_suffix(&path, "br"), br).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(".");
    s.push(suffix);
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_written_without_their_header_and_keep_their_placeholders() {
        assert!(BOOT.starts_with("/*") && SERVICE_WORKER.starts_with("/*"));
        let boot = template(BOOT);
        assert!(boot.starts_with("// Generated at build time. Starts the app"));
        assert!(boot.contains("import(\"__JS__\")") && boot.contains("module_or_path: \"__WASM__\""));
        let sw = template(SERVICE_WORKER);
        assert!(sw.starts_with("// Generated at build time from the files in dist/."));
        assert!(sw.contains("const CACHE = \"__CACHE__\";\nconst FILES = __FILES__;\n"));
    }
}
