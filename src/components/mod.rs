//! Shared pieces of the kiosk's screens.

pub mod codes;
pub mod frame;
pub mod hotlines;
pub mod idle_guard;
pub mod load;
pub mod outcome;
pub mod qr;
pub mod question;
pub mod quick_exit;
pub mod scoreboard;
pub mod term;
pub mod tile;
