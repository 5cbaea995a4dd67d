//! The last line of defence: if the app panics, the page shows a friendly
//! error panel, built with plain DOM text nodes (never HTML), with ways to
//! reload, to reset the view, and to download the reports kept in this
//! browser, so that a bug never leaves a blank page or loses anything.
//!
//! The wasm aborts on a panic, which stops it with a trap; the page's
//! loader, `assets/boot.js`, sees the trap and calls [`show_fatal_panel`].
//! That is the one way to the panel, whether the build runs the panic hook
//! first (a plain build: the hook logs the message) or aborts at once (a
//! size-tuned build, `size_tuned` in `scripts/setup`).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Installs the panic hook, which logs the panic where a build keeps its
/// message. Call once, before mounting the app.
pub fn install() {
    // Yew installs its own hook when it renders unless given one. A build
    // that aborts at once never runs a hook, so it gets an empty one and
    // none of the code that formats a panic's message.
    #[cfg(panic = "immediate-abort")]
    yew::set_custom_panic_hook(Box::new(|_| {}));
    #[cfg(not(panic = "immediate-abort"))]
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("Parallax stopped: {info}")));
    }));
}

fn element(document: &web_sys::Document, tag: &str, class: &str, text: &str) -> Option<web_sys::Element> {
    let element = document.create_element(tag).ok()?;
    element.set_class_name(class);
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    Some(element)
}

fn add(parent: &web_sys::Element, child: Option<web_sys::Element>) -> Option<()> {
    let child: web_sys::Node = child?.into();
    parent.append_child(&child).ok().map(|_| ())
}

fn button(document: &web_sys::Document, label: &str, on_click: impl FnMut() + 'static) -> Option<web_sys::Element> {
    let button = element(document, "button", "button", label)?;
    button.set_attribute("type", "button").ok()?;
    let closure = Closure::<dyn FnMut()>::new(on_click);
    button.add_event_listener_with_callback("click", closure.as_ref().unchecked_ref()).ok()?;
    // The panel lives until the page reloads; so may its handlers.
    closure.forget();
    Some(button)
}

/// Shows the error panel: what `boot.js` calls when the page's wasm has
/// stopped with a trap. The panel is built from the DOM alone, so it works
/// although the app's own state may be left half-changed.
#[wasm_bindgen]
pub fn show_fatal_panel() {
    show_panel();
}

/// Replaces the page's content with the error panel; does nothing if it is
/// already shown.
fn show_panel() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.get_element_by_id("fatal").is_some() {
        return Some(());
    }
    let panel = element(&document, "section", "fatal", "")?;
    panel.set_id("fatal");
    panel.set_attribute("role", "alert").ok()?;
    add(&panel, element(&document, "h1", "fatal__heading", "Parallax ran into a problem"))?;
    add(
        &panel,
        element(
            &document,
            "p",
            "fatal__text",
            "Something in the app failed and it had to stop. Your reports are still kept in this browser. \
             Reload to carry on; if the problem comes back, reset the view or download your reports first.",
        ),
    )?;
    let actions = element(&document, "div", "fatal__actions", "")?;
    add(&actions, button(&document, "Reload", || {
        let _ = web_sys::window().map(|w| w.location().reload());
    }))?;
    add(&actions, button(&document, "Reset the view", || {
        if let Some(window) = web_sys::window() {
            let location = window.location();
            let base = location.href().unwrap_or_default();
            let base = base.split('#').next().unwrap_or_default().to_string();
            let _ = location.replace(&base);
        }
    }))?;
    add(&actions, button(&document, "Download my reports", || {
        crate::download::save("parallax-reports.json", "application/json", &crate::storage::last_bundle());
    }))?;
    add(&panel, Some(actions))?;
    let body = document.body()?;
    // Hide the broken app rather than removing it: nothing is destroyed.
    for child in (0..body.children().length()).filter_map(|i| body.children().item(i)) {
        let _ = child.set_attribute("hidden", "");
    }
    add(&body, Some(panel))
}

/// Test hook: panics, so the end-to-end tests can check the error panel.
/// Reachable only through `window.wasmBindings`, never from the UI.
#[wasm_bindgen]
pub fn debug_panic() {
    panic!("debug_panic called: testing the error panel");
}
