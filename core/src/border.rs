//! The lines the treaties drew, and the line of control since 1945: each shown
//! exactly in the years it was in force, on 31 December as for the statuses.

use crate::date::Date;
use crate::history::{List, LonLat};
use crate::text::{Localized, Text};

/// What a line is: a border a treaty agreed, or a line of control no treaty
/// made a border (named as the sources name it, never "border").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Treaty,
    LineOfControl,
}

impl LineKind {
    /// The data files' `kind` and the DOM's `data-border-kind`.
    pub const fn as_str(self) -> &'static str {
        match self {
            LineKind::Treaty => "treaty",
            LineKind::LineOfControl => "line-of-control",
        }
    }

    pub fn parse(s: &str) -> Option<LineKind> {
        [LineKind::Treaty, LineKind::LineOfControl]
            .into_iter()
            .find(|k| k.as_str() == s)
    }

    /// The Rust path of this variant, for generated code.
    pub const fn rust_path(self) -> &'static str {
        match self {
            LineKind::Treaty => "LineKind::Treaty",
            LineKind::LineOfControl => "LineKind::LineOfControl",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Border {
    pub id: Text,
    pub kind: LineKind,
    /// The label on the map: the treaty and its year ("Treaty of Shimoda, 1855").
    pub name: Localized,
    /// What the treaty said of the line, for its card.
    pub text: Localized,
    /// In force from this day …
    pub from: Date,
    /// … to the day before this one; `None`: in force today.
    pub to: Option<Date>,
    /// The line, west to east or north to south, in degrees.
    pub points: List<LonLat>,
    /// Ids into [`crate::History::sources`].
    pub sources: List<Text>,
}

impl Border {
    /// Whether the line is in force on 31 December of `year` (the map's rule).
    pub fn in_force_in_year(&self, year: i16) -> bool {
        let at = Date::end_of_year(year);
        self.from <= at && self.to.is_none_or(|to| at < to)
    }

    /// The first and last years (inclusive) it is shown, within `first..=last`;
    /// `None` if it is in force on no 31 December of them.
    pub fn years(&self, first: i16, last: i16) -> Option<(i16, i16)> {
        let shown = (first..=last).filter(|&y| self.in_force_in_year(y));
        let from = shown.clone().next()?;
        Some((from, shown.last().unwrap_or(from)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn border(from: Date, to: Option<Date>) -> Border {
        let l = || Localized {
            en: "x".into(),
            ja: "x".into(),
            ru: "x".into(),
        };
        Border {
            id: "b".into(),
            kind: LineKind::Treaty,
            name: l(),
            text: l(),
            from,
            to,
            points: List::Borrowed(&[]),
            sources: List::Borrowed(&[]),
        }
    }

    #[test]
    fn a_line_shows_in_the_years_it_is_in_force_on_31_december() {
        let shimoda = border(Date::ymd(1855, 2, 7), Some(Date::ymd(1875, 8, 22)));
        assert!(shimoda.in_force_in_year(1855));
        assert!(shimoda.in_force_in_year(1874));
        assert!(!shimoda.in_force_in_year(1875), "replaced in August 1875");
        assert_eq!(shimoda.years(1855, 2026), Some((1855, 1874)));
        let control = border(Date::ymd(1945, 9, 5), None);
        assert_eq!(control.years(1855, 2026), Some((1945, 2026)));
        assert!(!control.in_force_in_year(1944));
        assert_eq!(
            LineKind::parse("line-of-control"),
            Some(LineKind::LineOfControl)
        );
    }
}
