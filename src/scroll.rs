//! Bringing an element into view: centred, smoothly, as the app does for
//! the current mention and the current search hit.

/// Scrolls the element with id `dom_id` into view, if there is one.
pub fn to_id(dom_id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(dom_id) {
        scroll(&element);
    }
}

/// Scrolls the first element `selector` matches into view, if any.
pub fn to_selector(selector: &str) {
    if let Ok(Some(element)) = gloo::utils::document().query_selector(selector) {
        scroll(&element);
    }
}

fn scroll(element: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(web_sys::ScrollBehavior::Smooth);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}
