//! The content compiler: reads content/, validates every file, and emits what the kiosk loads
//! (`data/*.json`, one HTML fragment per article). Bad content becomes `file:line: message`.

#![warn(missing_docs, unreachable_pub)]

pub mod diag;
pub mod quiz;
pub mod search;
pub mod triage;
