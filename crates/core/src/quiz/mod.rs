//! The quiz engine: the question bank, seeded order, exam links, scoring, result codes and CSV
//! export.

pub mod bank;
pub mod class;
pub mod code;
pub mod contest;
pub mod csv;
pub mod link;
pub mod order;
pub mod progress;
pub mod score;

mod rng;
