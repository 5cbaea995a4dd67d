//! Mounts the Parallax app; everything else lives in the library.

fn main() {
    parallax_app::start();
}
