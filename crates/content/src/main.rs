//! The content tool, run by Trunk's hooks:
//! - `kiosk-content build <content dir> <out dir>` compiles content/ or prints `file:line: message`
//!   for every mistake and fails;
//! - `kiosk-content finish <dist dir>` pre-renders pages, writes the service worker and
//!   precompresses the built app;
//! - `kiosk-content compress <dir>` precompresses any folder as `finish` does; bench/run uses it on
//!   the mdBook peer (which bench/peer.mjs writes), so both sites are served alike.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    match args.first().and_then(|a| a.to_str()) {
        Some("build") if args.len() == 3 => build(&args[1], &args[2]),
        Some("finish") if args.len() == 2 => report(kiosk_content::finish::finish(&args[1])),
        Some("compress") if args.len() == 2 => report(kiosk_content::finish::compress_all(&args[1])),
        _ => {
            eprintln!("usage: kiosk-content build <content dir> <out dir> | finish <dist dir> | compress <dir>");
            ExitCode::FAILURE
        }
    }
}

fn report(r: Result<(), String>) -> ExitCode {
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn build(content: &std::path::Path, out: &std::path::Path) -> ExitCode {
    let (compiled, diags) = kiosk_content::compile(content);
    for w in &diags.warnings {
        eprintln!("warning: {w}");
    }
    for e in &diags.errors {
        eprintln!("{e}");
    }
    let Some(compiled) = compiled else {
        eprintln!("content has {} error(s); fix the lines above and build again", diags.errors.len());
        return ExitCode::FAILURE;
    };
    if let Err(e) = compiled.write(out) {
        eprintln!("cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    eprintln!(
        "content ok: {} articles, {} questions, {} intake results",
        compiled.library.articles.len(),
        compiled.quiz.questions.len(),
        compiled.intake.results.len()
    );
    ExitCode::SUCCESS
}
