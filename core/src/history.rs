//! The history model: territories with contiguous periods of a status, and the
//! events that changed them. "Status at a date" lives here.
//!
//! The same types serve data loaded from `geo/history/` (owned) and the data
//! generated into the app at build time (borrowed, `'static`), hence `Cow`.

use std::borrow::Cow;

use crate::date::{Certainty, Date, DateSpan, EventDate};
use crate::polity::Polity;
use crate::status::Status;
use crate::territory::TerritoryId;
use crate::text::{EnglishFirst, Localized, Text};

pub type List<T> = Cow<'static, [T]>;

/// The first year the map shows: the Treaty of Shimoda, 1855.
pub const FIRST_YEAR: i16 = 1855;

/// Longitude and latitude in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LonLat {
    pub lon: f64,
    pub lat: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: Text,
    pub title: Text,
    pub url: Text,
}

impl Source {
    /// Whether the address may be a link: http(s) only, never `javascript:` or
    /// `data:`. The loader rejects anything else; the view checks again.
    pub fn is_safe_link(&self) -> bool {
        let url = self.url.trim_start();
        let scheme = url
            .split_once(':')
            .map(|(scheme, _)| scheme.to_ascii_lowercase());
        matches!(scheme.as_deref(), Some("http" | "https"))
            && url[scheme.map_or(0, |s| s.len())..].starts_with("://")
    }
}

/// A stretch of time during which one state held a territory with one status.
#[derive(Clone, Debug, PartialEq)]
pub struct Period {
    /// First day, inclusive.
    pub from: Date,
    /// First day of the next period (exclusive); `None` for the period that runs to today.
    pub to: Option<Date>,
    pub status: Status,
    /// The state holding (or administering, or occupying) the territory: whose
    /// name the status's words use ("administered by the Soviet Union").
    pub polity: Polity,
    /// The holder as the card and the legend name it (with any qualifier:
    /// "Soviet Union (military occupation)").
    pub holder: Localized,
    pub note: Option<EnglishFirst>,
    /// Ids into [`History::sources`].
    pub sources: List<Text>,
}

impl Period {
    pub fn contains(&self, date: Date) -> bool {
        self.from <= date && self.to.is_none_or(|to| date < to)
    }
}

/// A stretch of time in one government's view of a territory, where it differs
/// from the de facto periods (see [`crate::viewpoint`]).
#[derive(Clone, Debug, PartialEq)]
pub struct ViewPeriod {
    /// `Japan` or `Russia`.
    pub government: crate::viewpoint::Viewpoint,
    pub from: Date,
    /// `None`: to today.
    pub to: Option<Date>,
    pub status: Status,
    /// Whom that government's map shows holding it (`None` for `undetermined`).
    pub holder: Option<Localized>,
    /// What that government holds, attributed ("Japan's government holds …");
    /// `None` only in the live page's cut, which carries no texts.
    pub note: Option<Localized>,
    pub sources: List<Text>,
}

impl ViewPeriod {
    pub fn contains(&self, date: Date) -> bool {
        self.from <= date && self.to.is_none_or(|to| date < to)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Territory {
    pub id: TerritoryId,
    pub name: Localized,
    /// Contiguous, in date order (the loader checks).
    pub periods: List<Period>,
    /// Each government's view where it differs from `periods`: per government
    /// contiguous, in date order, running to today (the loader checks).
    pub views: List<ViewPeriod>,
}

impl Territory {
    pub fn period_on(&self, date: Date) -> Option<&Period> {
        self.periods.iter().find(|period| period.contains(date))
    }

    /// The period shown for a selected year: the one in force on 31 December.
    pub fn period_in_year(&self, year: i16) -> Option<&Period> {
        self.period_on(Date::end_of_year(year))
    }

    /// The view period of `viewpoint` in force on 31 December of `year`, if that
    /// government's view differs from the de facto map then.
    pub fn view_in_year(
        &self,
        year: i16,
        viewpoint: crate::viewpoint::Viewpoint,
    ) -> Option<&ViewPeriod> {
        let at = Date::end_of_year(year);
        self.views
            .iter()
            .find(|v| v.government == viewpoint && v.contains(at))
    }

    /// The status `viewpoint` draws on 31 December of `year`: the view's where it
    /// has one, else the de facto status.
    pub fn status_as_seen(
        &self,
        year: i16,
        viewpoint: crate::viewpoint::Viewpoint,
    ) -> Option<Status> {
        self.view_in_year(year, viewpoint)
            .map(|v| v.status)
            .or_else(|| self.period_in_year(year).map(|p| p.status))
    }

    /// The first day of the unbroken run of `status` that includes the period
    /// in force in `year`: "since when" it has had that status, even across
    /// changes of the holding state's name.
    pub fn status_since(&self, year: i16) -> Option<Date> {
        let index = self
            .periods
            .iter()
            .position(|p| p.contains(Date::end_of_year(year)))?;
        let status = self.periods[index].status;
        let first = self.periods[..=index]
            .iter()
            .rposition(|p| p.status != status)
            .map_or(0, |i| i + 1);
        Some(self.periods[first].from)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: Text,
    /// When it began (or happened); [`Event::when`] gives the whole span.
    pub date: EventDate,
    /// When it ended, for an event that lasted ("3–5 September 1945").
    pub until: Option<EventDate>,
    pub certainty: Certainty,
    pub title: Localized,
    pub text: Localized,
    pub territories: List<TerritoryId>,
    /// Where the marker goes on the map.
    pub at: LonLat,
    /// Where it took place, when that is off the map (a treaty signed in Portsmouth).
    pub happened_in: Option<Localized>,
    /// Ids into [`History::sources`].
    pub sources: List<Text>,
}

impl Event {
    /// The event's date as the sources give it: a date or a span, and how sure.
    pub fn when(&self) -> DateSpan {
        DateSpan {
            start: self.date,
            end: self.until,
            certainty: self.certainty,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct History {
    /// One per [`TerritoryId`], in [`TerritoryId::ALL`] order (the loader checks).
    pub territories: List<Territory>,
    /// In date order.
    pub events: List<Event>,
    /// The lines the treaties drew and the line of control, in the data's order.
    pub borders: List<crate::border::Border>,
    pub sources: List<Source>,
}

impl History {
    pub fn territory(&self, id: TerritoryId) -> &Territory {
        &self.territories[id.index()]
    }

    /// The status a territory had on 31 December of `year`, if the data covers it.
    pub fn status_in_year(&self, id: TerritoryId, year: i16) -> Option<Status> {
        self.territory(id)
            .period_in_year(year)
            .map(|period| period.status)
    }

    pub fn events_in_year(&self, year: i16) -> impl Iterator<Item = &Event> {
        self.events
            .iter()
            .filter(move |event| event.date.year() == year)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|event| event.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The history the live page needs: every date, status, holder, name and
    /// title, and the sources' ids and addresses (the data downloads list them),
    /// but no event texts, places, notes or source titles. The served HTML
    /// carries those (written once at build time); the wasm only chooses which
    /// of them to show, so it does not carry a second copy.
    pub fn without_texts(&self) -> History {
        let empty = || Localized {
            en: Text::Borrowed(""),
            ja: Text::Borrowed(""),
            ru: Text::Borrowed(""),
        };
        History {
            territories: self
                .territories
                .iter()
                .map(|territory| Territory {
                    views: territory
                        .views
                        .iter()
                        .map(|view| ViewPeriod {
                            note: None,
                            ..view.clone()
                        })
                        .collect::<Vec<_>>()
                        .into(),
                    periods: territory
                        .periods
                        .iter()
                        .map(|period| Period {
                            note: None,
                            ..period.clone()
                        })
                        .collect::<Vec<_>>()
                        .into(),
                    ..territory.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            events: self
                .events
                .iter()
                .map(|event| Event {
                    text: empty(),
                    happened_in: None,
                    ..event.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            borders: self
                .borders
                .iter()
                .map(|border| crate::border::Border {
                    text: empty(),
                    sources: List::Borrowed(&[]),
                    ..border.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            // The ids and addresses stay, for the data downloads' sources
            // column (`csv`); the titles are in the served page.
            sources: self
                .sources
                .iter()
                .map(|source| Source {
                    title: Text::Borrowed(""),
                    ..source.clone()
                })
                .collect::<Vec<_>>()
                .into(),
        }
    }

    /// Years in which at least one event happened, ascending and without repeats.
    pub fn event_years(&self) -> Vec<i16> {
        let mut years: Vec<i16> = self.events.iter().map(|event| event.date.year()).collect();
        years.dedup();
        years
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_addresses_are_safe_links() {
        let source = |url: &'static str| Source {
            id: "x".into(),
            title: "x".into(),
            url: url.into(),
        };
        for good in [
            "https://en.wikipedia.org/wiki/Treaty_of_Shimoda",
            "http://example.org/",
            "HTTPS://EXAMPLE.ORG",
        ] {
            assert!(source(good).is_safe_link(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>",
            "https:evil",
            "//example.org",
            "",
            "ftp://x",
        ] {
            assert!(!source(bad).is_safe_link(), "{bad}");
        }
    }
}
