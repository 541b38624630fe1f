//! Two maps side by side: two years, or two viewpoints of one year, and what
//! differs between them — the territories drawn differently, from what to
//! what, with the events between the two years that changed them.

use crate::history::History;
use crate::territory::TerritoryId;
use crate::timeline::{changes_in_year, periods_in_year, shown_in_row, views_in_year, Shown};
use crate::viewpoint::Viewpoint;

/// One of the two maps: a year, as one viewpoint draws it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Side {
    pub year: i16,
    pub viewpoint: Viewpoint,
}

/// A territory the two maps draw differently.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference<'a> {
    pub territory: TerritoryId,
    /// As the earlier side draws it (the first side, when the years are equal).
    pub before: Shown<'a>,
    pub after: Shown<'a>,
    /// The events after the earlier year, up to and including the later one,
    /// that concern this territory (indices into `History::events`, in date order).
    pub events: Vec<usize>,
}

/// What each territory is drawn as on one side.
pub fn shown_on(history: &History, side: Side) -> [Option<Shown<'_>>; TerritoryId::ALL.len()] {
    shown_in_row(
        history,
        &periods_in_year(history, side.year),
        &views_in_year(history, side.year, side.viewpoint),
    )
}

/// The sides in reading order: the earlier year first; for one year, `a` first.
pub fn in_order(a: Side, b: Side) -> (Side, Side) {
    if b.year < a.year {
        (b, a)
    } else {
        (a, b)
    }
}

/// The territories whose status or holder differs between the two sides, in
/// territory order; empty when the two maps agree.
pub fn differences(history: &History, a: Side, b: Side) -> Vec<Difference<'_>> {
    let (first, second) = in_order(a, b);
    let (before, after) = (shown_on(history, first), shown_on(history, second));
    let between = history
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| first.year < e.date.year() && e.date.year() <= second.year);
    TerritoryId::ALL
        .into_iter()
        .filter_map(|id| {
            let (before, after) = (before[id.index()]?, after[id.index()]?);
            let differs = before.status != after.status || before.holder != after.holder;
            differs.then(|| Difference {
                territory: id,
                before,
                after,
                events: between
                    .clone()
                    .filter(|(_, e)| e.territories.contains(&id))
                    .map(|(i, _)| i)
                    .collect(),
            })
        })
        .collect()
}

/// The year a comparison opens with, for the year shown: the year before the
/// latest change up to it, so the two maps show that change (1904 for 1905);
/// from a year before any change, the year of the first change after it.
pub fn default_partner(history: &History, year: i16, first: i16, last: i16) -> i16 {
    let changed = |y: i16| !changes_in_year(history, y).is_empty();
    match (first + 1..=year).rev().find(|&y| changed(y)) {
        Some(change) => change - 1,
        None => (year + 1..=last).find(|&y| changed(y)).unwrap_or(last),
    }
}
