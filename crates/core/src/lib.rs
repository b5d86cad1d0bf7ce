//! The pure core of the mediation kiosk: the content model, the intake questionnaire engine, the quiz
//! engine, Chinese search and free-text triage. No web APIs here: everything is tested natively.

#![warn(missing_docs, unreachable_pub)]

pub mod glossary;
pub mod hash;
pub mod intake;
pub mod model;
pub mod quiz;
pub mod search;
pub mod triage;
