//! Deflating report text for links with the browser's own
//! `CompressionStream("deflate-raw")`, which costs the page no code of its
//! own and packs prose into about a third of its size (the LZW in
//! [`crate::share`] manages about half).
//!
//! Browsers without it (before 2023) get `None`: links are then written
//! with LZW, and a deflated link cannot be opened there, which the app
//! says.

/// `bytes` deflated, or `None` where the browser cannot.
pub async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    squeeze(bytes, false).await
}

/// `bytes` inflated, or `None` if they are not deflated data or the browser
/// cannot inflate.
pub async fn inflate(bytes: &[u8]) -> Option<Vec<u8>> {
    squeeze(bytes, true).await
}

#[cfg(target_arch = "wasm32")]
async fn squeeze(bytes: &[u8], inflate: bool) -> Option<Vec<u8>> {
    let promise = js::squeeze(bytes, inflate).ok()?;
    let out = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some(js_sys::Uint8Array::new(&out).to_vec())
}

/// Outside a browser there is no `CompressionStream`.
#[cfg(not(target_arch = "wasm32"))]
async fn squeeze(_bytes: &[u8], _inflate: bool) -> Option<Vec<u8>> {
    None
}

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = "export function squeeze(b, i) { const s = new Blob([b]).stream().pipeThrough(i ? new DecompressionStream('deflate-raw') : new CompressionStream('deflate-raw')); return new Response(s).arrayBuffer().then(a => new Uint8Array(a)); }")]
    extern "C" {
        /// A promise of `b` deflated, or inflated when `i`; throws where
        /// the browser has no compression streams.
        #[wasm_bindgen(catch)]
        pub fn squeeze(b: &[u8], i: bool) -> Result<js_sys::Promise, JsValue>;
    }
}
