//! The intake questionnaire: the compiled graph and the engine that walks it.

pub mod graph;
