//! Build diagnostics: every content mistake becomes one `file:line: message` line.

use std::fmt;
use std::path::{Path, PathBuf};

/// One mistake (or warning) in content/, pointing at a file and a 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as given to the compiler (e.g. `content/site.toml`).
    pub file: PathBuf,
    /// 1-based line; 0 when the whole file is meant.
    pub line: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line.max(1), self.message)
    }
}

/// Collects errors and warnings while the compiler walks content/.
#[derive(Debug, Default)]
pub struct Diagnostics {
    /// Mistakes that fail the build.
    pub errors: Vec<Diagnostic>,
    /// Things the clerk should know about that do not fail the build.
    pub warnings: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records an error.
    pub fn error(&mut self, file: &Path, line: usize, message: impl Into<String>) {
        self.errors.push(Diagnostic { file: file.to_path_buf(), line, message: message.into() });
    }

    /// Records a warning.
    pub fn warn(&mut self, file: &Path, line: usize, message: impl Into<String>) {
        self.warnings.push(Diagnostic { file: file.to_path_buf(), line, message: message.into() });
    }
}

/// The 1-based line of a byte offset in `src` (offsets past the end give the last line).
pub fn line_at(src: &str, offset: usize) -> usize {
    let end = offset.min(src.len());
    src.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1
}

/// Reads a UTF-8 file, or records why it cannot be read.
pub fn read(path: &Path, diags: &mut Diagnostics) -> Option<String> {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(text),
            Err(e) => {
                let line = line_at(&String::from_utf8_lossy(e.as_bytes()), e.utf8_error().valid_up_to());
                diags.error(path, line, "the file is not UTF-8 text; save it as UTF-8");
                None
            }
        },
        Err(e) => {
            diags.error(path, 0, format!("cannot read the file: {e}"));
            None
        }
    }
}

/// The files of `dir` whose names end in `.{ext}`, sorted by name: the order content is read in.
pub fn files_in(dir: &Path, ext: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    Ok(files)
}

/// Parses TOML into `T`, turning a syntax or shape error into a diagnostic at its line.
pub fn parse_toml<T: serde::de::DeserializeOwned>(path: &Path, src: &str, diags: &mut Diagnostics) -> Option<T> {
    match toml::from_str::<T>(src) {
        Ok(v) => Some(v),
        Err(e) => {
            let line = e.span().map(|s| line_at(src, s.start)).unwrap_or(0);
            let msg = e.message().replace('\n', " ");
            diags.error(path, line, format!("{msg} (check the TOML syntax and field names)"));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_at_counts_newlines_before_the_offset() {
        let src = "a\nbb\nccc";
        assert_eq!(line_at(src, 0), 1);
        assert_eq!(line_at(src, 2), 2);
        assert_eq!(line_at(src, 5), 3);
        assert_eq!(line_at(src, 999), 3);
    }
}
