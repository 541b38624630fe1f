//! How each status is filled: the one definition of the patterns that the map
//! on screen (`ui/status_patterns.rs`) and the downloaded SVG (`export.rs`)
//! both draw. A state's plain colour for a plain status; for the others a
//! pattern, so colour is never the only cue: two-colour stripes for `shared`,
//! the occupier's hatching over the sovereign's colour for the occupations, the
//! claimant's dots over the administrator's colour for `disputed`.
//! (The HTML swatches in app.css draw the same designs with CSS gradients.)

use crate::status::Status;

/// The paints; their colours are the stylesheet's `--japan`, `--japan-strong`, …
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    Japan,
    JapanStrong,
    Russia,
    RussiaStrong,
    /// No state's colour: the stylesheet's `--blank`.
    Blank,
}

impl Paint {
    /// The class that paints an SVG shape with it (`.paint-japan` …).
    pub const fn class(self) -> &'static str {
        match self {
            Paint::Japan => "paint-japan",
            Paint::JapanStrong => "paint-japan-strong",
            Paint::Russia => "paint-russia",
            Paint::RussiaStrong => "paint-russia-strong",
            Paint::Blank => "paint-blank",
        }
    }
}

/// A fill, in pattern units (screen pixels before the app scales them).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fill {
    Plain(Paint),
    /// Stripes at 45°: a `size` square of `base` with a `width`-wide band of `stripe`.
    Stripes {
        size: f64,
        base: Paint,
        stripe: Paint,
        width: f64,
    },
    /// Dots on a `size` grid: `dot` circles of `radius` on `base`.
    Dots {
        size: f64,
        base: Paint,
        dot: Paint,
        radius: f64,
    },
}

pub const fn fill(status: Status) -> Fill {
    match status {
        Status::Japan => Fill::Plain(Paint::Japan),
        Status::Russia => Fill::Plain(Paint::Russia),
        Status::Shared => Fill::Stripes {
            size: 8.0,
            base: Paint::Japan,
            stripe: Paint::Russia,
            width: 4.0,
        },
        Status::OccupiedByJapan => Fill::Stripes {
            size: 7.0,
            base: Paint::Russia,
            stripe: Paint::JapanStrong,
            width: 2.2,
        },
        Status::OccupiedByUssr => Fill::Stripes {
            size: 7.0,
            base: Paint::Japan,
            stripe: Paint::RussiaStrong,
            width: 2.2,
        },
        Status::Undetermined => Fill::Plain(Paint::Blank),
        Status::Disputed => Fill::Dots {
            size: 6.0,
            base: Paint::Russia,
            dot: Paint::JapanStrong,
            radius: 1.4,
        },
    }
}

/// The id of a status's pattern in an SVG document (`pattern-shared` …).
pub fn pattern_id(status: Status) -> String {
    format!("pattern-{}", status.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_two_plain_statuses_are_plain_and_every_pattern_mixes_both_states() {
        for status in Status::ALL {
            match fill(status) {
                Fill::Plain(_) => assert!(
                    matches!(
                        status,
                        Status::Japan | Status::Russia | Status::Undetermined
                    ),
                    "{status}"
                ),
                Fill::Stripes { base, stripe, .. } => {
                    assert_ne!(is_japan(base), is_japan(stripe), "{status}: both states")
                }
                Fill::Dots { base, dot, .. } => {
                    assert_ne!(is_japan(base), is_japan(dot), "{status}: both states")
                }
            }
        }
    }

    fn is_japan(paint: Paint) -> bool {
        matches!(paint, Paint::Japan | Paint::JapanStrong)
    }
}
