//! The states that held, administered or occupied the territories: one
//! identifier each, so that a status can name the state of its year ("administered
//! by the Soviet Union" before 26 December 1991, "by Russia" after) in every
//! language's own grammar (the words are in `i18n/`, keyed by these ids).

use crate::status::Status;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Polity {
    TokugawaShogunate,
    EmpireOfJapan,
    /// Japan under its 1947 constitution.
    Japan,
    RussianEmpire,
    /// Russia between the October Revolution and the Soviet Union (1917–1922).
    RevolutionaryRussia,
    SovietUnion,
    RussianFederation,
    /// Both, with no border between them (Sakhalin 1855–1875).
    JapanAndRussia,
}

impl Polity {
    pub const ALL: [Polity; 8] = [
        Polity::TokugawaShogunate,
        Polity::EmpireOfJapan,
        Polity::Japan,
        Polity::RussianEmpire,
        Polity::RevolutionaryRussia,
        Polity::SovietUnion,
        Polity::RussianFederation,
        Polity::JapanAndRussia,
    ];

    /// The identifier used in the data files and as the key of its words in `i18n/`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Polity::TokugawaShogunate => "tokugawa-shogunate",
            Polity::EmpireOfJapan => "empire-of-japan",
            Polity::Japan => "japan",
            Polity::RussianEmpire => "russian-empire",
            Polity::RevolutionaryRussia => "revolutionary-russia",
            Polity::SovietUnion => "soviet-union",
            Polity::RussianFederation => "russian-federation",
            Polity::JapanAndRussia => "japan-and-russia",
        }
    }

    /// Position in [`Polity::ALL`], for per-polity tables of words.
    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn parse(s: &str) -> Option<Polity> {
        Polity::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The Rust path of this variant, for generated code.
    pub const fn rust_path(self) -> &'static str {
        match self {
            Polity::TokugawaShogunate => "Polity::TokugawaShogunate",
            Polity::EmpireOfJapan => "Polity::EmpireOfJapan",
            Polity::Japan => "Polity::Japan",
            Polity::RussianEmpire => "Polity::RussianEmpire",
            Polity::RevolutionaryRussia => "Polity::RevolutionaryRussia",
            Polity::SovietUnion => "Polity::SovietUnion",
            Polity::RussianFederation => "Polity::RussianFederation",
            Polity::JapanAndRussia => "Polity::JapanAndRussia",
        }
    }

    /// Whether a period of `status` can be this polity's: a Japanese state for
    /// `japan`, the Soviet Union or Russia for `disputed`, and so on. The loader
    /// rejects any other pairing.
    pub fn fits(self, status: Status) -> bool {
        use Polity::*;
        match status {
            Status::Japan => matches!(self, TokugawaShogunate | EmpireOfJapan | Japan),
            Status::Russia => matches!(
                self,
                RussianEmpire | RevolutionaryRussia | SovietUnion | RussianFederation
            ),
            Status::Shared => self == JapanAndRussia,
            Status::OccupiedByJapan => self == EmpireOfJapan,
            Status::OccupiedByUssr => self == SovietUnion,
            Status::Disputed => matches!(self, SovietUnion | RussianFederation),
            // A government's view, not a holding: no state holds it.
            Status::Undetermined => false,
        }
    }
}

/// Who claims a territory that another state administers: for `disputed`, Japan.
pub const fn claimant(status: Status) -> Option<Polity> {
    match status {
        Status::Disputed => Some(Polity::Japan),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_each_status_has_a_polity() {
        for polity in Polity::ALL {
            assert_eq!(Polity::parse(polity.as_str()), Some(polity));
        }
        for status in Status::ALL
            .into_iter()
            .filter(|s| *s != Status::Undetermined)
        {
            assert!(
                Polity::ALL.iter().any(|p| p.fits(status)),
                "{status:?} has a polity"
            );
        }
        assert!(!Polity::ALL.iter().any(|p| p.fits(Status::Undetermined)));
        assert!(Polity::SovietUnion.fits(Status::Disputed));
        assert!(
            !Polity::Japan.fits(Status::Disputed),
            "Japan claims, it does not administer"
        );
        assert!(!Polity::SovietUnion.fits(Status::Japan));
        assert_eq!(claimant(Status::Disputed), Some(Polity::Japan));
        assert_eq!(claimant(Status::Russia), None);
    }
}
