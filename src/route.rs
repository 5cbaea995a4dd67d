//! The page the user is on, as carried by the URL fragment (`#/read`,
//! `#/compare`, `#/framing`, `#/coverage`), so that a view can be linked
//! to and reloaded.

/// A page of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    /// Both reports side by side, highlighted.
    #[default]
    Read,
    /// What the two reports share and where they differ.
    Compare,
    /// How each report frames the story.
    Framing,
    /// How the story's reports cover it, side by side.
    Coverage,
}

impl Page {
    /// The page a URL fragment names, with or without its `#`; `None` if
    /// the fragment names no page.
    pub fn from_hash(hash: &str) -> Option<Page> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '&']).next().unwrap_or("");
        match path {
            "" | "read" => Some(Page::Read),
            "compare" => Some(Page::Compare),
            "framing" => Some(Page::Framing),
            "coverage" => Some(Page::Coverage),
            _ => None,
        }
    }

    /// The URL fragment of the page.
    pub fn hash(self) -> &'static str {
        match self {
            Page::Read => "#/read",
            Page::Compare => "#/compare",
            Page::Framing => "#/framing",
            Page::Coverage => "#/coverage",
        }
    }

    /// The page's name in the navigation.
    pub fn label(self) -> &'static str {
        match self {
            Page::Read => "Read",
            Page::Compare => "Compare",
            Page::Framing => "Framing",
            Page::Coverage => "Coverage",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_name_pages() {
        assert_eq!(Page::from_hash(""), Some(Page::Read));
        assert_eq!(Page::from_hash("#/read"), Some(Page::Read));
        assert_eq!(Page::from_hash("#/compare"), Some(Page::Compare));
        assert_eq!(Page::from_hash("compare"), Some(Page::Compare));
        assert_eq!(Page::from_hash("#/nonsense"), None);
        assert_eq!(Page::from_hash("#/coverage?v2=x"), Some(Page::Coverage));
        for page in [Page::Read, Page::Compare, Page::Framing, Page::Coverage] {
            assert_eq!(Page::from_hash(page.hash()), Some(page));
        }
    }
}
