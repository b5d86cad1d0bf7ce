//! The intake questionnaire: the compiled graph, the engine that walks it, and result links.

pub mod engine;
pub mod graph;
pub mod link;
