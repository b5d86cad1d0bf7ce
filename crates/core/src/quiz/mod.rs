//! The quiz engine: the question bank, seeded order, scoring, result codes and CSV export.

pub mod bank;
