//! Entry point: mounts the kiosk app.
fn main() {}
