//! Light and dark themes: the system's by default, or the one the user
//! chose, kept in the browser and applied as `data-theme` on `<html>`.

/// The user's theme choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

const KEY: &str = "parallax.theme";

impl Theme {
    /// The next choice in the switch's cycle.
    pub fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    /// The name shown on the switch.
    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "System",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    /// The saved choice, or the system's when none is saved or storage is
    /// unavailable.
    pub fn load() -> Theme {
        let saved = web_sys::window().and_then(|w| w.local_storage().ok()??.get_item(KEY).ok()?);
        match saved.as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        }
    }

    /// Applies the choice to the page and saves it.
    pub fn apply(self) {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = match self.attribute() {
                Some(value) => root.set_attribute("data-theme", value),
                None => root.remove_attribute("data-theme"),
            };
        }
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = match self.attribute() {
                Some(value) => storage.set_item(KEY, value),
                None => storage.remove_item(KEY),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_cycles_through_every_theme() {
        let mut theme = Theme::System;
        let mut seen = Vec::new();
        for _ in 0..3 {
            seen.push(theme);
            theme = theme.next();
        }
        assert_eq!(theme, Theme::System);
        assert_eq!(seen, [Theme::System, Theme::Light, Theme::Dark]);
    }
}
