//! Saving a file the app made (an export) to the user's machine, without a
//! server: a Blob, an object URL, and a click on a temporary link.

use wasm_bindgen::JsCast;

/// Offers `contents` for download as `filename`; does nothing if the browser
/// refuses (the page keeps working).
pub fn save(filename: &str, mime: &str, contents: &str) {
    let _ = try_save(filename, mime, contents);
}

fn try_save(filename: &str, mime: &str, contents: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    web_sys::Url::revoke_object_url(&url).ok()?;
    Some(())
}
