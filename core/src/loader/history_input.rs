//! `geo/history/*.toml` → [`History`], validated.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use super::{DataError, Report, FIRST_YEAR};
use crate::border::{Border, LineKind};
use crate::date::{Certainty, Date, EventDate};
use crate::history::{Event, History, LonLat, Period, Source, Territory, ViewPeriod};
use crate::polity::Polity;
use crate::status::Status;
use crate::territory::TerritoryId;
use crate::text::{EnglishFirst, Localized};
use crate::viewpoint::Viewpoint;

/// The history files: (shown path, contents).
pub struct HistoryFiles<'a> {
    pub sources: (&'a str, &'a str),
    pub territories: (&'a str, &'a str),
    pub events: (&'a str, &'a str),
    pub borders: (&'a str, &'a str),
}

/// Event markers must fall inside the map's core area.
const MARKER_LON: (f64, f64) = (139.0, 157.0);
const MARKER_LAT: (f64, f64) = (41.0, 55.0);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: BTreeMap<String, SourceRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceRecord {
    title: String,
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TerritoriesFile {
    territory: Vec<TerritoryRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TerritoryRecord {
    id: String,
    name: Localized,
    #[serde(default)]
    period: Vec<PeriodRecord>,
    /// A government's own map, where it differs from the periods.
    #[serde(default)]
    view: Vec<ViewRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ViewRecord {
    government: String,
    from: String,
    to: Option<String>,
    status: String,
    /// Whom that government's map shows holding it; none for `undetermined`.
    holder: Option<Localized>,
    /// What that government holds, attributed: required, in all three languages.
    note: Localized,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeriodRecord {
    from: String,
    to: Option<String>,
    status: String,
    polity: String,
    holder: Localized,
    note: Option<EnglishFirst>,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventsFile {
    event: Vec<EventRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventRecord {
    id: String,
    date: String,
    until: Option<String>,
    certainty: Option<String>,
    title: Localized,
    text: Localized,
    #[serde(default)]
    territories: Vec<String>,
    at: [f64; 2],
    happened_in: Option<Localized>,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BordersFile {
    #[serde(default)]
    border: Vec<BorderRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BorderRecord {
    id: String,
    kind: String,
    name: Localized,
    text: Localized,
    from: String,
    to: Option<String>,
    points: Vec<[f64; 2]>,
    #[serde(default)]
    sources: Vec<String>,
}

fn parse_toml<T: for<'de> Deserialize<'de>>(file: &str, text: &str) -> Result<T, DataError> {
    toml::from_str(text).map_err(|e| DataError {
        file: file.to_owned(),
        record: "file".into(),
        message: e.to_string().trim().to_owned(),
    })
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_localized(report: &mut Report, record: &str, field: &str, text: &Localized) {
    for (lang, value) in [("en", &text.en), ("ja", &text.ja), ("ru", &text.ru)] {
        if value.trim().is_empty() {
            report.error(
                record,
                format!(
                    "`{field}.{lang}` is empty (every {field} needs English, Japanese and Russian)"
                ),
            );
        }
    }
}

fn check_sources(report: &mut Report, record: &str, ids: &[String], known: &HashSet<&str>) {
    if ids.is_empty() {
        report.error(
            record,
            "has no source (give at least one id from sources.toml)",
        );
    }
    for id in ids {
        if !known.contains(id.as_str()) {
            report.error(record, format!("cites unknown source `{id}`"));
        }
    }
}

/// Parses and validates the three history files together.
pub fn parse_history(files: &HistoryFiles, last_year: i16) -> Result<History, Vec<DataError>> {
    let mut errors = Vec::new();
    let sources = parse_toml::<SourcesFile>(files.sources.0, files.sources.1)
        .map_err(|e| errors.push(e))
        .ok();
    let territories = parse_toml::<TerritoriesFile>(files.territories.0, files.territories.1)
        .map_err(|e| errors.push(e))
        .ok();
    let events = parse_toml::<EventsFile>(files.events.0, files.events.1)
        .map_err(|e| errors.push(e))
        .ok();
    let borders = parse_toml::<BordersFile>(files.borders.0, files.borders.1)
        .map_err(|e| errors.push(e))
        .ok();
    let (Some(sources), Some(territories), Some(events), Some(borders)) =
        (sources, territories, events, borders)
    else {
        return Err(errors);
    };

    let sources = check_source_file(files.sources.0, sources, &mut errors);
    let known: HashSet<&str> = sources.iter().map(|s| s.id.as_ref()).collect();
    let territories = check_territory_file(files.territories.0, territories, &known, &mut errors);
    let events = check_event_file(files.events.0, events, &known, last_year, &mut errors);
    let borders = check_border_file(files.borders.0, borders, &known, &mut errors);
    match territories {
        Some(territories) if errors.is_empty() => Ok(History {
            territories: Cow::Owned(territories),
            events: Cow::Owned(events),
            borders: Cow::Owned(borders),
            sources: Cow::Owned(sources),
        }),
        _ => Err(errors),
    }
}

fn check_source_file(file: &str, parsed: SourcesFile, errors: &mut Vec<DataError>) -> Vec<Source> {
    let mut report = Report::new(file);
    let mut sources = Vec::new();
    for (id, record) in parsed.source {
        let name = format!("source `{id}`");
        if !is_slug(&id) {
            report.error(&name, "id must be lowercase letters, digits and '-'");
        }
        if record.title.trim().is_empty() {
            report.error(&name, "title is empty");
        }
        if !(record.url.starts_with("https://") || record.url.starts_with("http://"))
            || record.url.contains(char::is_whitespace)
        {
            report.error(
                &name,
                format!("url `{}` is not an http(s) address", record.url),
            );
        }
        sources.push(Source {
            id: id.into(),
            title: record.title.into(),
            url: record.url.into(),
        });
    }
    errors.extend(report.errors);
    sources
}

fn check_territory_file(
    file: &str,
    parsed: TerritoriesFile,
    known: &HashSet<&str>,
    errors: &mut Vec<DataError>,
) -> Option<Vec<Territory>> {
    let mut report = Report::new(file);
    let mut by_id: BTreeMap<TerritoryId, Territory> = BTreeMap::new();
    for record in parsed.territory {
        let name = format!("territory `{}`", record.id);
        let Some(id) = TerritoryId::parse(&record.id) else {
            let ids: Vec<_> = TerritoryId::ALL.iter().map(|id| id.as_str()).collect();
            report.error(
                &name,
                format!("unknown territory id (expected one of {})", ids.join(", ")),
            );
            continue;
        };
        check_localized(&mut report, &name, "name", &record.name);
        let periods = check_periods(&mut report, &name, record.period, known);
        let views = check_views(&mut report, &name, record.view, known);
        if by_id
            .insert(
                id,
                Territory {
                    id,
                    name: record.name,
                    periods: Cow::Owned(periods),
                    views: Cow::Owned(views),
                },
            )
            .is_some()
        {
            report.error(&name, "appears twice");
        }
    }
    for id in TerritoryId::ALL {
        if !by_id.contains_key(&id) {
            report.error(format!("territory `{id}`"), "is missing");
        }
    }
    errors.extend(report.errors);
    (by_id.len() == TerritoryId::ALL.len()).then(|| by_id.into_values().collect())
}

/// A period's `from` and `to` (`None` in the outer option: unreadable, said in the
/// report; `Some(None)` for `to`: runs to today).
fn check_span(
    report: &mut Report,
    name: &str,
    from: &str,
    to: Option<&str>,
) -> (Option<Date>, Option<Option<Date>>) {
    let from = Date::parse(from)
        .map_err(|e| report.error(name, format!("`from`: {e}")))
        .ok();
    let to = match to {
        Some(to) => Date::parse(to)
            .map(Some)
            .map_err(|e| report.error(name, format!("`to`: {e}")))
            .ok(),
        None => Some(None),
    };
    (from, to)
}

/// A status from the vocabulary, or a report naming the ones there are.
fn check_status(report: &mut Report, name: &str, status: &str) -> Option<Status> {
    let parsed = Status::parse(status);
    if parsed.is_none() {
        let all: Vec<_> = Status::ALL.iter().map(|s| s.as_str()).collect();
        report.error(
            name,
            format!(
                "unknown status `{status}` (expected one of {})",
                all.join(", ")
            ),
        );
    }
    parsed
}

fn check_periods(
    report: &mut Report,
    territory: &str,
    records: Vec<PeriodRecord>,
    known: &HashSet<&str>,
) -> Vec<Period> {
    if records.is_empty() {
        report.error(territory, "has no period");
    }
    let count = records.len();
    let mut periods: Vec<Period> = Vec::with_capacity(count);
    for (index, record) in records.into_iter().enumerate() {
        let name = format!("{territory}, period {} (from {})", index + 1, record.from);
        let (from, to) = check_span(report, &name, &record.from, record.to.as_deref());
        let status = check_status(report, &name, &record.status);
        if status == Some(Status::Undetermined) {
            report.error(
                &name,
                "status `undetermined` belongs only to a government's view ([[territory.view]]): the de facto map always names who administers",
            );
        }
        let polity = Polity::parse(&record.polity);
        match (polity, status) {
            (None, _) => {
                let all: Vec<_> = Polity::ALL.iter().map(|p| p.as_str()).collect();
                report.error(
                    &name,
                    format!(
                        "unknown polity `{}` (expected one of {})",
                        record.polity,
                        all.join(", ")
                    ),
                );
            }
            (Some(polity), Some(status))
                if status != Status::Undetermined && !polity.fits(status) =>
            {
                report.error(
                    &name,
                    format!(
                        "polity `{}` cannot hold a territory with status `{}`",
                        polity.as_str(),
                        status.as_str()
                    ),
                )
            }
            _ => {}
        }
        check_localized(report, &name, "holder", &record.holder);
        check_sources(report, &name, &record.sources, known);
        let is_last = index + 1 == count;
        if record.to.is_none() && !is_last {
            report.error(&name, "only the last period may omit `to`");
        }
        if record.to.is_some() && is_last {
            report.error(&name, "the last period must run to today: omit `to`");
        }
        let (Some(from), Some(to), Some(status), Some(polity)) = (from, to, status, polity) else {
            continue;
        };
        if index == 0 && from > Date::end_of_year(FIRST_YEAR) {
            report.error(&name, format!("the first period must start by {FIRST_YEAR}-12-31, the first year the map shows"));
        }
        if let Some(to) = to {
            if to <= from {
                report.error(&name, format!("ends ({to}) before it starts ({from})"));
            }
        }
        if let Some(previous) = periods.last() {
            match previous.to {
                Some(end) if end < from => report.error(
                    &name,
                    format!("gap: the previous period ends {end} but this one starts {from}"),
                ),
                Some(end) if end > from => report.error(
                    &name,
                    format!(
                        "overlap: the previous period runs to {end} but this one starts {from}"
                    ),
                ),
                _ => {}
            }
            if previous.status == status
                && previous.polity == polity
                && previous.holder == record.holder
            {
                report.error(
                    &name,
                    "repeats the previous period's status, polity and holder: merge them",
                );
            }
        }
        let sources = record
            .sources
            .into_iter()
            .map(Cow::Owned)
            .collect::<Vec<_>>();
        periods.push(Period {
            from,
            to,
            status,
            polity,
            holder: record.holder,
            note: record.note,
            sources: Cow::Owned(sources),
        });
    }
    periods
}

/// Each government's view: per government in date order, contiguous from its
/// first period to today, with known statuses and sources.
fn check_views(
    report: &mut Report,
    territory: &str,
    records: Vec<ViewRecord>,
    known: &HashSet<&str>,
) -> Vec<ViewPeriod> {
    let mut views: Vec<ViewPeriod> = Vec::with_capacity(records.len());
    let mut open: Vec<(Viewpoint, String)> = Vec::new();
    for record in records {
        let name = format!(
            "{territory}, view of `{}` from {}",
            record.government, record.from
        );
        let government = match Viewpoint::parse(&record.government) {
            Some(Viewpoint::DeFacto) | None => {
                report.error(
                    &name,
                    format!(
                        "unknown government `{}` (expected japan or russia; the de facto map is the periods)",
                        record.government
                    ),
                );
                None
            }
            some => some,
        };
        let (from, to) = check_span(report, &name, &record.from, record.to.as_deref());
        let status = check_status(report, &name, &record.status);
        check_localized(report, &name, "note", &record.note);
        match (&record.holder, status) {
            (Some(_), Some(Status::Undetermined)) => report.error(
                &name,
                "an `undetermined` view names no holder: remove `holder`",
            ),
            (None, Some(status)) if status != Status::Undetermined => report.error(
                &name,
                format!("a view with status `{}` needs a `holder`", status.as_str()),
            ),
            (Some(holder), _) => check_localized(report, &name, "holder", holder),
            _ => {}
        }
        check_sources(report, &name, &record.sources, known);
        let (Some(government), Some(from), Some(to), Some(status)) = (government, from, to, status)
        else {
            continue;
        };
        if from < Date::ymd(FIRST_YEAR, 1, 1) {
            report.error(
                &name,
                format!("starts before {FIRST_YEAR}, the first year the map shows"),
            );
        }
        if let Some(to) = to {
            if to <= from {
                report.error(&name, format!("ends ({to}) before it starts ({from})"));
            }
        }
        if let Some(previous) = views.iter().rev().find(|v| v.government == government) {
            match previous.to {
                None => report.error(
                    &name,
                    "the previous view period of this government already runs to today: give it a `to`",
                ),
                Some(end) if end != from => report.error(
                    &name,
                    format!(
                        "{}: the previous view period of this government ends {end} but this one starts {from}",
                        if end < from { "gap" } else { "overlap" }
                    ),
                ),
                _ => {}
            }
            if previous.status == status && previous.holder == record.holder {
                report.error(
                    &name,
                    "repeats the previous view period's status and holder: merge them",
                );
            }
        }
        open.retain(|(g, _)| *g != government);
        if to.is_some() {
            open.push((government, name.clone()));
        }
        views.push(ViewPeriod {
            government,
            from,
            to,
            status,
            holder: record.holder,
            note: Some(record.note),
            sources: Cow::Owned(record.sources.into_iter().map(Cow::Owned).collect()),
        });
    }
    for (_, name) in open {
        report.error(
            &name,
            "a government's last view period must run to today: omit `to`",
        );
    }
    views
}

fn check_event_file(
    file: &str,
    parsed: EventsFile,
    known: &HashSet<&str>,
    last_year: i16,
    errors: &mut Vec<DataError>,
) -> Vec<Event> {
    let mut report = Report::new(file);
    let mut seen = HashSet::new();
    let mut events = Vec::new();
    for record in parsed.event {
        let name = format!("event `{}`", record.id);
        if !is_slug(&record.id) {
            report.error(&name, "id must be lowercase letters, digits and '-'");
        }
        if !seen.insert(record.id.clone()) {
            report.error(&name, "id is used twice");
        }
        let date = EventDate::parse(&record.date)
            .map_err(|e| report.error(&name, format!("`date`: {e}")))
            .ok();
        if let Some(date) = date {
            if date.year() < FIRST_YEAR || date.year() > last_year {
                report.error(
                    &name,
                    format!("date {date} is outside the slider's range {FIRST_YEAR}–{last_year}"),
                );
            }
        }
        let until = match &record.until {
            None => Some(None),
            Some(until) => EventDate::parse(until)
                .map(Some)
                .map_err(|e| report.error(&name, format!("`until`: {e}")))
                .ok(),
        };
        if let (Some(date), Some(Some(until))) = (date, until) {
            if until.date <= date.date {
                report.error(
                    &name,
                    format!("`until` ({until}) is not after `date` ({date})"),
                );
            }
            if until.year() > last_year {
                report.error(&name, format!("`until` ({until}) is after {last_year}"));
            }
        }
        let certainty = match &record.certainty {
            None => Some(Certainty::Exact),
            Some(c) => Certainty::parse(c).filter(|c| *c != Certainty::Exact).or_else(|| {
                report.error(
                    &name,
                    format!("`certainty` is `{c}`: use `approximate` or `sources-differ` (or leave it out)"),
                );
                None
            }),
        };
        check_localized(&mut report, &name, "title", &record.title);
        check_localized(&mut report, &name, "text", &record.text);
        if let Some(place) = &record.happened_in {
            check_localized(&mut report, &name, "happened_in", place);
        }
        check_sources(&mut report, &name, &record.sources, known);
        if record.territories.is_empty() {
            report.error(&name, "names no territory");
        }
        let territories: Vec<TerritoryId> = record
            .territories
            .iter()
            .filter_map(|id| {
                TerritoryId::parse(id).or_else(|| {
                    (
                        report.error(&name, format!("names unknown territory `{id}`")),
                        None,
                    )
                        .1
                })
            })
            .collect();
        let [lon, lat] = record.at;
        if !(MARKER_LON.0..=MARKER_LON.1).contains(&lon)
            || !(MARKER_LAT.0..=MARKER_LAT.1).contains(&lat)
        {
            report.error(
                &name,
                format!(
                    "marker at [{lon}, {lat}] is off the map (lon {}–{}, lat {}–{})",
                    MARKER_LON.0, MARKER_LON.1, MARKER_LAT.0, MARKER_LAT.1
                ),
            );
        }
        let (Some(date), Some(until), Some(certainty)) = (date, until, certainty) else {
            continue;
        };
        events.push(Event {
            id: record.id.into(),
            date,
            until,
            certainty,
            title: record.title,
            text: record.text,
            territories: Cow::Owned(territories),
            at: LonLat { lon, lat },
            happened_in: record.happened_in,
            sources: Cow::Owned(record.sources.into_iter().map(Cow::Owned).collect()),
        });
    }
    // The file is kept in date order by convention; the model relies on it, so make it so.
    events.sort_by_key(|event| event.date);
    errors.extend(report.errors);
    events
}

fn check_border_file(
    file: &str,
    parsed: BordersFile,
    known: &HashSet<&str>,
    errors: &mut Vec<DataError>,
) -> Vec<Border> {
    let mut report = Report::new(file);
    let mut seen = HashSet::new();
    let mut borders = Vec::new();
    for record in parsed.border {
        let name = format!("border `{}`", record.id);
        if !is_slug(&record.id) {
            report.error(&name, "id must be lowercase letters, digits and '-'");
        }
        if !seen.insert(record.id.clone()) {
            report.error(&name, "id is used twice");
        }
        let kind = LineKind::parse(&record.kind);
        if kind.is_none() {
            report.error(
                &name,
                format!(
                    "unknown kind `{}` (expected treaty or line-of-control)",
                    record.kind
                ),
            );
        }
        check_localized(&mut report, &name, "name", &record.name);
        check_localized(&mut report, &name, "text", &record.text);
        check_sources(&mut report, &name, &record.sources, known);
        let from = Date::parse(&record.from)
            .map_err(|e| report.error(&name, format!("`from`: {e}")))
            .ok();
        let to = match &record.to {
            None => Some(None),
            Some(to) => Date::parse(to)
                .map(Some)
                .map_err(|e| report.error(&name, format!("`to`: {e}")))
                .ok(),
        };
        if let (Some(from), Some(Some(to))) = (from, to) {
            if to <= from {
                report.error(&name, format!("ends ({to}) before it starts ({from})"));
            }
        }
        if record.points.len() < 2 {
            report.error(&name, "a line needs at least two points");
        }
        for [lon, lat] in &record.points {
            if !(MARKER_LON.0..=MARKER_LON.1).contains(lon)
                || !(MARKER_LAT.0..=MARKER_LAT.1).contains(lat)
            {
                report.error(
                    &name,
                    format!(
                        "point [{lon}, {lat}] is off the map (lon {}–{}, lat {}–{})",
                        MARKER_LON.0, MARKER_LON.1, MARKER_LAT.0, MARKER_LAT.1
                    ),
                );
            }
        }
        let (Some(kind), Some(from), Some(to)) = (kind, from, to) else {
            continue;
        };
        borders.push(Border {
            id: record.id.into(),
            kind,
            name: record.name,
            text: record.text,
            from,
            to,
            points: Cow::Owned(
                record
                    .points
                    .iter()
                    .map(|&[lon, lat]| LonLat { lon, lat })
                    .collect(),
            ),
            sources: Cow::Owned(record.sources.into_iter().map(Cow::Owned).collect()),
        });
    }
    errors.extend(report.errors);
    borders
}
