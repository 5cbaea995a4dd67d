//! The storage worker's entry point: answers the page's messages (see the
//! crate's `serve` module).

fn main() {
    #[cfg(target_arch = "wasm32")]
    parallax_store::serve();
}
