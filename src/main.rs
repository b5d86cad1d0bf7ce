//! Entry point: installs the error screen for panics, mounts the kiosk app, and hands over from
//! the pre-rendered page.

fn main() {
    mediation_kiosk::browser::failure::install();
    leptos::mount::mount_to_body(mediation_kiosk::App);
    mediation_kiosk::browser::boot::hand_over();
}
