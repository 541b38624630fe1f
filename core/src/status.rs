//! The status vocabulary: the one definition shared by the data files, the
//! DOM (`data-status`), the legend and the tests.

/// Who held a territory on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Held by Japan (the shogunate, the Empire of Japan, Japan).
    Japan,
    /// Held by Russia (the Russian Empire, the Soviet Union, the Russian Federation).
    Russia,
    /// No border: open to both Japanese and Russian subjects (Sakhalin 1855–1875).
    Shared,
    /// Japanese military occupation without a change of sovereignty (north Sakhalin 1920–1925).
    OccupiedByJapan,
    /// Soviet military occupation, August 1945 until the annexation decree of 2 February 1946.
    OccupiedByUssr,
    /// Administered by the Soviet Union, then Russia, claimed by Japan.
    Disputed,
    /// Only in a government's view (never the de facto map): a territory whose
    /// attribution that government regards as undetermined (Japan's maps leave
    /// south Sakhalin and the Kurils from Urup north uncoloured after 1952).
    Undetermined,
}

impl Status {
    /// Every status, in legend order.
    pub const ALL: [Status; 7] = [
        Status::Japan,
        Status::Russia,
        Status::Shared,
        Status::OccupiedByJapan,
        Status::OccupiedByUssr,
        Status::Disputed,
        Status::Undetermined,
    ];

    /// The identifier used in data files and in the DOM's `data-status`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Japan => "japan",
            Status::Russia => "russia",
            Status::Shared => "shared",
            Status::OccupiedByJapan => "occupied-by-japan",
            Status::OccupiedByUssr => "occupied-by-ussr",
            Status::Disputed => "disputed",
            Status::Undetermined => "undetermined",
        }
    }

    /// Position in [`Status::ALL`], for indexing per-status tables (legend, labels).
    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.as_str() == s)
    }

    /// The Rust path of this variant, for generated code.
    pub const fn rust_path(self) -> &'static str {
        match self {
            Status::Japan => "Status::Japan",
            Status::Russia => "Status::Russia",
            Status::Shared => "Status::Shared",
            Status::OccupiedByJapan => "Status::OccupiedByJapan",
            Status::OccupiedByUssr => "Status::OccupiedByUssr",
            Status::Disputed => "Status::Disputed",
            Status::Undetermined => "Status::Undetermined",
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_round_trips_through_its_identifier() {
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
            assert!(status.rust_path().ends_with(&format!("{status:?}")));
        }
        assert_eq!(Status::parse("Japan"), None);
        assert_eq!(Status::parse(""), None);
    }
}
