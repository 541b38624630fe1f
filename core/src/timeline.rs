//! What the interface asks of the history for a selected year: the runs of the
//! history strip, what changed during a year, and who held what (the legend).
//! Pure functions over [`History`]; the app calls them, it does not reimplement them.

use crate::history::{History, Period, Territory, ViewPeriod};
use crate::polity::Polity;
use crate::status::Status;
use crate::territory::TerritoryId;
use crate::text::Localized;
use crate::viewpoint::Viewpoint;

/// Consecutive years (inclusive) with one status under one polity on
/// 31 December: one band of the history strip ("administered by the Soviet
/// Union, 1946–1991" and "by Russia, 1992–" are two bands of one colour).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusRun {
    pub first: i16,
    pub last: i16,
    pub status: Status,
    pub polity: Polity,
}

/// The territory's bands from `first` to `last` (inclusive). Years the data
/// does not cover are left out, so a run never spans them.
pub fn status_runs(territory: &Territory, first: i16, last: i16) -> Vec<StatusRun> {
    let mut runs: Vec<StatusRun> = Vec::new();
    for year in first..=last {
        let Some((status, polity)) = territory.period_in_year(year).map(|p| (p.status, p.polity))
        else {
            continue;
        };
        match runs.last_mut() {
            Some(run) if run.status == status && run.polity == polity && run.last + 1 == year => {
                run.last = year
            }
            _ => runs.push(StatusRun {
                first: year,
                last: year,
                status,
                polity,
            }),
        }
    }
    runs
}

/// A territory whose status or holder on 31 December differs from the year before.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change<'a> {
    pub territory: TerritoryId,
    pub before: &'a Period,
    pub after: &'a Period,
}

/// What changed during `year`, comparing 31 December with the year before,
/// in territory order. Two changes within one year show as one.
pub fn changes_in_year(history: &History, year: i16) -> Vec<Change<'_>> {
    history
        .territories
        .iter()
        .filter_map(|territory| {
            let before = territory.period_in_year(year - 1)?;
            let after = territory.period_in_year(year)?;
            (before.status != after.status || before.holder != after.holder).then_some(Change {
                territory: territory.id,
                before,
                after,
            })
        })
        .collect()
}

/// For every territory, in [`TerritoryId::ALL`] order, the index of its period
/// in force on 31 December of `year`. Everything the map shows for a year
/// follows from this row, and it changes in a few dozen years out of 170: the
/// app derives from it, so a slider step in a quiet year recomputes nothing else.
pub fn periods_in_year(history: &History, year: i16) -> [Option<usize>; TerritoryId::ALL.len()] {
    let at = crate::date::Date::end_of_year(year);
    TerritoryId::ALL.map(|id| {
        history
            .territory(id)
            .periods
            .iter()
            .position(|p| p.contains(at))
    })
}

/// For each status, in [`Status::ALL`] order, the distinct holders of the
/// territories that have it on 31 December of `year`: what the legend names.
pub fn holders_by_status(history: &History, year: i16) -> [Vec<&Localized>; Status::ALL.len()] {
    holders_in_row(history, &periods_in_year(history, year))
}

/// [`holders_by_status`] for a row of [`periods_in_year`].
pub fn holders_in_row<'a>(
    history: &'a History,
    row: &[Option<usize>; TerritoryId::ALL.len()],
) -> [Vec<&'a Localized>; Status::ALL.len()] {
    let mut holders: [Vec<&Localized>; Status::ALL.len()] = Default::default();
    for (territory, index) in history.territories.iter().zip(row) {
        if let Some(period) = index.map(|i| &territory.periods[i]) {
            let list = &mut holders[period.status.index()];
            if !list.contains(&&period.holder) {
                list.push(&period.holder);
            }
        }
    }
    holders
}

/// For every territory, in [`TerritoryId::ALL`] order, the index of
/// `viewpoint`'s view period in force on 31 December of `year` (into
/// `Territory::views`): `None` where that government's map agrees with the de
/// facto one, and everywhere in the de facto view.
pub fn views_in_year(
    history: &History,
    year: i16,
    viewpoint: Viewpoint,
) -> [Option<usize>; TerritoryId::ALL.len()] {
    let at = crate::date::Date::end_of_year(year);
    TerritoryId::ALL.map(|id| {
        history
            .territory(id)
            .views
            .iter()
            .position(|v| v.government == viewpoint && v.contains(at))
    })
}

/// How a viewpoint draws one territory in a year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shown<'a> {
    pub status: Status,
    /// The de facto period's polity; `None` where a government's view draws it.
    pub polity: Option<Polity>,
    /// Whom the map shows holding it; `None` for `undetermined`.
    pub holder: Option<&'a Localized>,
    /// The view period that differs from the de facto map, if any.
    pub view: Option<&'a ViewPeriod>,
}

/// What each territory is drawn as, from a row of [`periods_in_year`] and one
/// of [`views_in_year`]: the view's status where it has one, else the de facto one.
pub fn shown_in_row<'a>(
    history: &'a History,
    periods: &[Option<usize>; TerritoryId::ALL.len()],
    views: &[Option<usize>; TerritoryId::ALL.len()],
) -> [Option<Shown<'a>>; TerritoryId::ALL.len()] {
    TerritoryId::ALL.map(|id| {
        let territory = history.territory(id);
        match views[id.index()].map(|i| &territory.views[i]) {
            Some(view) => Some(Shown {
                status: view.status,
                polity: None,
                holder: view.holder.as_ref(),
                view: Some(view),
            }),
            None => periods[id.index()].map(|i| {
                let period = &territory.periods[i];
                Shown {
                    status: period.status,
                    polity: Some(period.polity),
                    holder: Some(&period.holder),
                    view: None,
                }
            }),
        }
    })
}

/// For each status, in [`Status::ALL`] order, the distinct holders of the
/// territories drawn with it: what the legend names, in any viewpoint.
pub fn holders_shown<'a>(
    shown: &[Option<Shown<'a>>; TerritoryId::ALL.len()],
) -> [Vec<&'a Localized>; Status::ALL.len()] {
    let mut holders: [Vec<&Localized>; Status::ALL.len()] = Default::default();
    for seen in shown.iter().flatten() {
        if let Some(holder) = seen.holder {
            let list = &mut holders[seen.status.index()];
            if !list.contains(&holder) {
                list.push(holder);
            }
        }
    }
    holders
}

/// Where an event stands relative to the selected year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Past,
    Current,
    Future,
}

impl When {
    pub fn of(event_year: i16, year: i16) -> When {
        match event_year.cmp(&year) {
            std::cmp::Ordering::Less => When::Past,
            std::cmp::Ordering::Equal => When::Current,
            std::cmp::Ordering::Greater => When::Future,
        }
    }

    /// The DOM's `data-when`.
    pub const fn as_str(self) -> &'static str {
        match self {
            When::Past => "past",
            When::Current => "current",
            When::Future => "future",
        }
    }
}

/// The events whose [`When`] changes when the year moves from `from` to `to`:
/// those dated from the earlier year to the later one, inclusive. Events are
/// in date order, so they are one run of indexes; the slider's hot path
/// touches only these instead of every event.
pub fn events_crossed(history: &History, from: i16, to: i16) -> std::ops::Range<usize> {
    let (low, high) = (from.min(to), from.max(to));
    let start = history.events.partition_point(|e| e.date.year() < low);
    let end = history.events.partition_point(|e| e.date.year() <= high);
    start..end
}

/// The status of every territory on 31 December of `year`, in [`TerritoryId::ALL`] order.
pub fn statuses_in_year(history: &History, year: i16) -> [Option<Status>; TerritoryId::ALL.len()] {
    TerritoryId::ALL.map(|id| history.status_in_year(id, year))
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::date::Date;
    use crate::history::FIRST_YEAR;

    fn localized(en: &'static str) -> Localized {
        Localized {
            en: en.into(),
            ja: en.into(),
            ru: en.into(),
        }
    }

    fn period(
        from: (i16, u8, u8),
        to: Option<(i16, u8, u8)>,
        status: Status,
        holder: &'static str,
    ) -> Period {
        Period {
            from: Date::ymd(from.0, from.1, from.2),
            to: to.map(|(y, m, d)| Date::ymd(y, m, d)),
            status,
            polity: crate::Polity::ALL
                .into_iter()
                .find(|p| p.fits(status))
                .expect("every status has a polity"),
            holder: localized(holder),
            note: None,
            sources: Cow::Borrowed(&[]),
        }
    }

    /// Every territory Japanese; south Sakhalin as in the real data, roughly.
    fn history() -> History {
        let territories = TerritoryId::ALL
            .iter()
            .map(|&id| {
                let periods = if id == TerritoryId::SakhalinSouth {
                    vec![
                        period((1855, 2, 7), Some((1875, 8, 22)), Status::Shared, "Both"),
                        period(
                            (1875, 8, 22),
                            Some((1905, 9, 5)),
                            Status::Russia,
                            "Russian Empire",
                        ),
                        period(
                            (1905, 9, 5),
                            Some((1945, 8, 11)),
                            Status::Japan,
                            "Empire of Japan",
                        ),
                        period(
                            (1945, 8, 11),
                            Some((1946, 2, 2)),
                            Status::OccupiedByUssr,
                            "Soviet Union (occupation)",
                        ),
                        period((1946, 2, 2), None, Status::Russia, "Soviet Union"),
                    ]
                } else {
                    vec![
                        period(
                            (1855, 2, 7),
                            Some((1868, 1, 3)),
                            Status::Japan,
                            "Tokugawa shogunate",
                        ),
                        period((1868, 1, 3), None, Status::Japan, "Empire of Japan"),
                    ]
                };
                Territory {
                    id,
                    name: localized("x"),
                    periods: Cow::Owned(periods),
                    views: Cow::Borrowed(&[]),
                }
            })
            .collect();
        History {
            territories: Cow::Owned(territories),
            events: Cow::Borrowed(&[]),
            borders: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[]),
        }
    }

    #[test]
    fn runs_merge_years_of_one_status_and_split_at_changes() {
        let h = history();
        let runs = status_runs(h.territory(TerritoryId::SakhalinSouth), FIRST_YEAR, 1950);
        let expected = [
            (1855, 1874, Status::Shared),
            (1875, 1904, Status::Russia),
            (1905, 1944, Status::Japan),
            (1945, 1945, Status::OccupiedByUssr),
            (1946, 1950, Status::Russia),
        ];
        assert_eq!(
            runs,
            expected.map(|(first, last, status)| StatusRun {
                first,
                last,
                status,
                polity: Polity::ALL.into_iter().find(|p| p.fits(status)).unwrap(),
            })
        );
        // A change of holder's name under the same polity and status is one band.
        assert_eq!(
            status_runs(h.territory(TerritoryId::Hokkaido), FIRST_YEAR, 2000).len(),
            1
        );
        // Years before the data starts are left out.
        assert_eq!(
            status_runs(h.territory(TerritoryId::Hokkaido), 1850, 1860)[0].first,
            1855
        );
    }

    #[test]
    fn changes_compare_the_end_of_one_year_with_the_end_of_the_next() {
        let h = history();
        let changes = changes_in_year(&h, 1905);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].territory, TerritoryId::SakhalinSouth);
        assert_eq!(changes[0].after.holder.en, "Empire of Japan");
        // Holder changes count too: 1868 renames the holder of the seven Japanese territories.
        assert_eq!(changes_in_year(&h, 1868).len(), 7);
        assert!(changes_in_year(&h, 1900).is_empty());
        assert!(
            changes_in_year(&h, FIRST_YEAR).is_empty(),
            "nothing before 1855 to compare with"
        );
    }

    #[test]
    fn moving_the_year_touches_only_the_events_it_crosses() {
        use crate::date::EventDate;
        let mut h = history();
        let event = |id: &'static str, date: &str| crate::history::Event {
            id: id.into(),
            date: EventDate::parse(date).unwrap(),
            until: None,
            certainty: crate::date::Certainty::Exact,
            title: localized("t"),
            text: localized("t"),
            territories: Cow::Borrowed(&[]),
            at: crate::history::LonLat {
                lon: 145.0,
                lat: 45.0,
            },
            happened_in: None,
            sources: Cow::Borrowed(&[]),
        };
        h.events = Cow::Owned(vec![
            event("a", "1855-02-07"),
            event("b", "1875-05-07"),
            event("c", "1905-09-05"),
            event("d", "1905-07-07"),
            event("e", "1945"),
        ]);
        assert_eq!(events_crossed(&h, 1904, 1905), 2..4);
        assert_eq!(events_crossed(&h, 1905, 1904), 2..4, "either direction");
        assert_eq!(events_crossed(&h, 1906, 1907), 4..4, "no event between");
        assert_eq!(events_crossed(&h, 1855, 2026), 0..5);
        for (from, to) in [(1855, 1900), (1900, 1946), (1946, 1860), (1905, 1905)] {
            let crossed = events_crossed(&h, from, to);
            for (i, e) in h.events.iter().enumerate() {
                let changed = When::of(e.date.year(), from) != When::of(e.date.year(), to);
                assert!(
                    !changed || crossed.contains(&i),
                    "event {i} changes from {from} to {to} but is not crossed"
                );
            }
        }
        assert_eq!(When::of(1905, 1905).as_str(), "current");
        assert_eq!(When::of(1855, 1905), When::Past);
    }

    #[test]
    fn the_legend_lists_each_holder_once_under_its_status() {
        let h = history();
        let legend = holders_by_status(&h, 1945);
        assert_eq!(
            legend[Status::Japan.index()].len(),
            1,
            "seven territories, one holder"
        );
        assert_eq!(
            legend[Status::OccupiedByUssr.index()][0].en,
            "Soviet Union (occupation)"
        );
        assert!(legend[Status::Disputed.index()].is_empty());
        assert_eq!(
            statuses_in_year(&h, 1860)[TerritoryId::SakhalinSouth.index()],
            Some(Status::Shared)
        );
        let row = periods_in_year(&h, 1945);
        assert_eq!(row[TerritoryId::SakhalinSouth.index()], Some(3));
        assert_eq!(row[TerritoryId::Hokkaido.index()], Some(1));
        assert_eq!(periods_in_year(&h, 1800), [None; 8], "before the data");
    }
}
