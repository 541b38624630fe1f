//! The history as CSV, for "Download data": one file of periods (every
//! territory's de facto periods, then each government's view periods) and one
//! of events, in the page's language.
//!
//! Written for the spreadsheet programs teachers open it in (Excel,
//! LibreOffice, Numbers): RFC 4180 quoting and CRLF line ends, a UTF-8
//! byte-order mark so that Excel reads Japanese and Cyrillic as UTF-8 and not
//! in the system's code page, and no cell that a spreadsheet would run as a
//! formula (see [`field`]).

use std::borrow::Cow;

use crate::history::{History, List};
use crate::polity::Polity;
use crate::status::Status;
use crate::text::{Lang, Text};
use crate::viewpoint::Viewpoint;

/// Columns of the periods file: territory id, territory name, from, to,
/// status id, status label, holder, sources, map.
pub const PERIOD_COLUMNS: usize = 9;
/// Columns of the events file: id, date, end date, title, territories, sources.
pub const EVENT_COLUMNS: usize = 6;

/// What the caller gives in the page's language.
#[derive(Clone, Copy)]
pub struct CsvWords<'a> {
    /// The periods file's header row, in the order of [`PERIOD_COLUMNS`].
    pub period_headers: [&'a str; PERIOD_COLUMNS],
    /// The events file's header row, in the order of [`EVENT_COLUMNS`].
    pub event_headers: [&'a str; EVENT_COLUMNS],
    /// A status as the page names it (normally [`crate::text::status_label`]
    /// with the language's words); the polity is `None` for a government's
    /// view period, which no state holds.
    pub status_label: &'a dyn Fn(Status, Option<Polity>) -> String,
}

/// Makes a spreadsheet show this byte-order mark's file as UTF-8.
const BYTE_ORDER_MARK: char = '\u{FEFF}';

/// One value as a CSV field.
///
/// Quoted (RFC 4180) when it holds a comma, a quote, CR or LF, with quotes
/// doubled. A value starting with `=`, `+`, `-`, `@`, TAB or CR gets a `'`
/// in front (OWASP's advice against CSV injection): a spreadsheet would take
/// it for a formula, and a holder's name or an event's title from the data
/// must never run as one. OWASP's rule spares numbers like `-3`, but no
/// field of these files is a number (dates are `YYYY-MM-DD`, never negative),
/// so every such value is prefixed and the rule stays simple.
pub fn field(value: &str) -> Cow<'_, str> {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = value.contains([',', '"', '\r', '\n']);
    if !formula && !quoted {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len() + 4);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in value.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
    Cow::Owned(out)
}

/// Appends one record, ended by CRLF. The column count is in the type, so
/// every row of a file has as many fields as its header.
fn write_row<const N: usize>(out: &mut String, values: &[&str; N]) {
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field(value));
    }
    out.push_str("\r\n");
}

/// The addresses of the cited sources, separated by spaces; a source the
/// history does not hold is given by its id (the loader rejects such data,
/// so this only keeps a row whole).
fn source_urls(history: &History, ids: &List<Text>) -> String {
    let urls: Vec<&str> = ids
        .iter()
        .map(|id| history.source(id).map_or(&**id, |source| &*source.url))
        .collect();
    urls.join(" ")
}

/// A file's start: the byte-order mark and the header row.
fn start<const N: usize>(headers: &[&str; N]) -> String {
    let mut out = String::new();
    out.push(BYTE_ORDER_MARK);
    write_row(&mut out, headers);
    out
}

/// Every period of every territory, in the data's order: first the de facto
/// periods (map `de-facto`), then each government's view periods (map
/// `japan` or `russia`). A period running to today has an empty `to`; an
/// `undetermined` view has an empty holder.
pub fn periods_csv(history: &History, lang: Lang, words: &CsvWords) -> String {
    let mut out = start(&words.period_headers);
    for territory in history.territories.iter() {
        for period in territory.periods.iter() {
            write_row(
                &mut out,
                &[
                    territory.id.as_str(),
                    territory.name.get(lang),
                    &period.from.to_string(),
                    &period.to.map(|to| to.to_string()).unwrap_or_default(),
                    period.status.as_str(),
                    &(words.status_label)(period.status, Some(period.polity)),
                    period.holder.get(lang),
                    &source_urls(history, &period.sources),
                    Viewpoint::DeFacto.as_str(),
                ],
            );
        }
    }
    for territory in history.territories.iter() {
        for view in territory.views.iter() {
            write_row(
                &mut out,
                &[
                    territory.id.as_str(),
                    territory.name.get(lang),
                    &view.from.to_string(),
                    &view.to.map(|to| to.to_string()).unwrap_or_default(),
                    view.status.as_str(),
                    &(words.status_label)(view.status, None),
                    view.holder.as_ref().map_or("", |holder| holder.get(lang)),
                    &source_urls(history, &view.sources),
                    view.government.as_str(),
                ],
            );
        }
    }
    out
}

/// Every event, in date order: its dates as the data gives them (`YYYY`,
/// `YYYY-MM` or `YYYY-MM-DD`; the end date empty for a single date), its
/// title, the territories it concerns (ids separated by spaces) and its sources.
pub fn events_csv(history: &History, lang: Lang, words: &CsvWords) -> String {
    let mut out = start(&words.event_headers);
    for event in history.events.iter() {
        let territories: Vec<&str> = event.territories.iter().map(|id| id.as_str()).collect();
        write_row(
            &mut out,
            &[
                &event.id,
                &event.date.to_string(),
                &event
                    .until
                    .map(|until| until.to_string())
                    .unwrap_or_default(),
                event.title.get(lang),
                &territories.join(" "),
                &source_urls(history, &event.sources),
            ],
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::date::{Certainty, Date, EventDate};
    use crate::history::{Event, LonLat, Period, Source, Territory, ViewPeriod};
    use crate::territory::TerritoryId;
    use crate::text::Localized;

    #[test]
    fn fields_are_quoted_only_when_they_must_be_and_never_run_as_formulas() {
        for (value, expected) in [
            ("iturup", "iturup"),
            ("", ""),
            ("択捉島", "択捉島"),
            ("Итуруп", "Итуруп"),
            ("1945-08-28", "1945-08-28"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("\"", "\"\"\"\""),
            ("line\nbreak", "\"line\nbreak\""),
            ("line\r\nbreak", "\"line\r\nbreak\""),
            ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            ),
            ("+1", "'+1"),
            ("-3", "'-3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            ("a=b", "a=b"),
            ("'quoted'", "'quoted'"),
        ] {
            assert_eq!(field(value), expected, "{value:?}");
        }
        assert!(matches!(field("plain"), Cow::Borrowed(_)));
    }

    fn localized(en: &'static str, ja: &'static str, ru: &'static str) -> Localized {
        Localized {
            en: en.into(),
            ja: ja.into(),
            ru: ru.into(),
        }
    }

    fn history() -> History {
        let period = |from, to, status, polity, holder| Period {
            from,
            to,
            status,
            polity,
            holder,
            note: None,
            sources: Cow::Owned(vec!["shimoda".into(), "missing-source".into()]),
        };
        let iturup = Territory {
            id: TerritoryId::Iturup,
            name: localized("Iturup", "択捉島", "Итуруп"),
            periods: Cow::Owned(vec![
                period(
                    Date::ymd(1855, 2, 7),
                    Some(Date::ymd(1945, 8, 28)),
                    Status::Japan,
                    Polity::TokugawaShogunate,
                    localized("Japan, \"Empire\"", "日本", "Япония"),
                ),
                period(
                    Date::ymd(1945, 8, 28),
                    None,
                    Status::Disputed,
                    Polity::SovietUnion,
                    localized("=HYPERLINK(\"http://evil\")", "ソ連", "СССР"),
                ),
            ]),
            views: Cow::Owned(vec![ViewPeriod {
                government: Viewpoint::Japan,
                from: Date::ymd(1945, 8, 28),
                to: None,
                status: Status::Undetermined,
                holder: None,
                note: None,
                sources: Cow::Owned(vec!["shimoda".into()]),
            }]),
        };
        History {
            territories: Cow::Owned(vec![iturup]),
            events: Cow::Owned(vec![Event {
                id: "landing".into(),
                date: EventDate::parse("1945-08").expect("a month"),
                until: EventDate::parse("1945-09-05").ok(),
                certainty: Certainty::Exact,
                title: localized("Landing,\nthen more", "上陸", "Высадка"),
                text: localized("", "", ""),
                territories: Cow::Owned(vec![TerritoryId::Iturup, TerritoryId::Kunashir]),
                at: LonLat {
                    lon: 147.0,
                    lat: 45.0,
                },
                happened_in: None,
                sources: Cow::Owned(vec!["shimoda".into()]),
            }]),
            borders: Cow::Borrowed(&[]),
            sources: Cow::Owned(vec![Source {
                id: "shimoda".into(),
                title: "Treaty".into(),
                url: "https://example.org/a,b".into(),
            }]),
        }
    }

    fn label(status: Status, polity: Option<Polity>) -> String {
        match polity {
            Some(polity) => format!("{status} by {}", polity.as_str()),
            None => format!("{status} (a government's view)"),
        }
    }

    fn words() -> CsvWords<'static> {
        CsvWords {
            period_headers: [
                "territory",
                "name",
                "from",
                "to",
                "status",
                "status label",
                "holder",
                "sources",
                "map",
            ],
            event_headers: ["id", "date", "until", "title", "territories", "sources"],
            status_label: &label,
        }
    }

    #[test]
    fn the_periods_file_has_a_row_per_period_then_per_view() {
        let csv = periods_csv(&history(), Lang::En, &words());
        assert_eq!(
            csv,
            "\u{FEFF}territory,name,from,to,status,status label,holder,sources,map\r\n\
             iturup,Iturup,1855-02-07,1945-08-28,japan,japan by tokugawa-shogunate,\
             \"Japan, \"\"Empire\"\"\",\"https://example.org/a,b missing-source\",de-facto\r\n\
             iturup,Iturup,1945-08-28,,disputed,disputed by soviet-union,\
             \"'=HYPERLINK(\"\"http://evil\"\")\",\"https://example.org/a,b missing-source\",de-facto\r\n\
             iturup,Iturup,1945-08-28,,undetermined,undetermined (a government's view),,\
             \"https://example.org/a,b\",japan\r\n"
        );
        let ja = periods_csv(&history(), Lang::Ja, &words());
        assert!(ja.contains("iturup,択捉島,1855-02-07,1945-08-28,japan,"));
        assert!(ja.contains(",ソ連,"));
    }

    #[test]
    fn the_events_file_writes_dates_as_the_data_does() {
        let csv = events_csv(&history(), Lang::En, &words());
        assert_eq!(
            csv,
            "\u{FEFF}id,date,until,title,territories,sources\r\n\
             landing,1945-08,1945-09-05,\"Landing,\nthen more\",iturup kunashir,\
             \"https://example.org/a,b\"\r\n"
        );
        let ru = events_csv(&history(), Lang::Ru, &words());
        assert!(ru.contains(",Высадка,"));
    }

    #[test]
    fn files_start_with_the_byte_order_mark_and_end_lines_with_crlf() {
        let empty = History {
            territories: Cow::Borrowed(&[]),
            events: Cow::Borrowed(&[]),
            borders: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[]),
        };
        let periods = periods_csv(&empty, Lang::En, &words());
        assert!(periods.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
        assert_eq!(periods.matches("\r\n").count(), 1, "the header alone");
        assert_eq!(periods.matches('\n').count(), 1, "no bare LF");
        let events = events_csv(&history(), Lang::En, &words());
        assert!(events.starts_with('\u{FEFF}') && events.ends_with("\r\n"));
        // The one LF not after a CR is inside the quoted title.
        assert_eq!(events.matches("\r\n").count(), 2);
    }
}
