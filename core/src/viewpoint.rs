//! Whose map: the de facto one (who administers), or a government's own. Each
//! government's view is its own publications' (Japan's Ministry of Foreign
//! Affairs, Russia's Foreign Ministry), held beside the de facto periods in the
//! data, attributed, never stated as fact. Before 1945 the views agree with
//! the de facto map unless the data says otherwise.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Viewpoint {
    /// Who administers: the map's own view.
    #[default]
    DeFacto,
    /// As Japan's government maps it.
    Japan,
    /// As Russia's government maps it.
    Russia,
}

impl Viewpoint {
    pub const ALL: [Viewpoint; 3] = [Viewpoint::DeFacto, Viewpoint::Japan, Viewpoint::Russia];

    /// The address's `viewpoint=` and the data files' `government` (`japan`, `russia`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Viewpoint::DeFacto => "de-facto",
            Viewpoint::Japan => "japan",
            Viewpoint::Russia => "russia",
        }
    }

    pub fn parse(s: &str) -> Option<Viewpoint> {
        Viewpoint::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub const fn index(self) -> usize {
        self as usize
    }

    /// The Rust path of this variant, for generated code.
    pub const fn rust_path(self) -> &'static str {
        match self {
            Viewpoint::DeFacto => "Viewpoint::DeFacto",
            Viewpoint::Japan => "Viewpoint::Japan",
            Viewpoint::Russia => "Viewpoint::Russia",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for v in Viewpoint::ALL {
            assert_eq!(Viewpoint::parse(v.as_str()), Some(v));
        }
        assert_eq!(Viewpoint::parse("china"), None);
        assert_eq!(Viewpoint::default(), Viewpoint::DeFacto);
    }
}
