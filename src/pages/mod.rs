//! One file per screen of the kiosk.

pub mod article;
pub mod cards;
pub mod category;
pub mod centre;
pub mod class;
pub mod exam;
pub mod home;
pub mod intake;
pub mod intake_link;
pub mod library;
pub mod not_found;
pub mod practice;
pub mod quiz;
pub mod review;
pub mod search;
