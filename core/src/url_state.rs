//! The view in the address: `?year=1905&lang=ja&event=treaty-of-portsmouth&viewpoint=japan&embed=1&view=147.5,44.6,3.5`.
//!
//! Reading never fails: every value that cannot be used is left out and
//! explained by a [`Notice`], so a mistyped or truncated link still opens a
//! sensible map and says what it did. Writing gives the canonical query for a
//! state, so copying the address reproduces the view.

use std::fmt::Write;

use crate::text::Lang;
use crate::viewpoint::Viewpoint;

/// The longest value quoted back in a notice; longer ones are cut with "…".
const QUOTE_MAX: usize = 40;
/// A longer query is not read at all: no teacher's link is this long.
pub const QUERY_MAX: usize = 2048;
/// How far the map may zoom, as in `viewport::MAX_ZOOM`.
const ZOOM_RANGE: (f64, f64) = (1.0, 40.0);

/// A view of the map: its centre and how far it is zoomed (1 = the whole map).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    pub lon: f64,
    pub lat: f64,
    pub zoom: f64,
}

/// What the address asks for, after checking.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    pub year: Option<i16>,
    pub lang: Option<Lang>,
    /// An event id known to exist.
    pub event: Option<String>,
    /// Whose map: the de facto one unless the address names a government.
    pub viewpoint: Viewpoint,
    /// A second map beside the first: another year, or another viewpoint.
    pub compare: Option<Compare>,
    pub embed: bool,
    pub view: Option<MapView>,
}

/// The second map of a comparison (`compare=1875`, `compare-viewpoint=russia`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Compare {
    pub year: i16,
    pub viewpoint: Viewpoint,
}

/// Why part of an address was not used as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// `year` is not a whole number: the map opens at its first year.
    YearNotANumber { value: String },
    /// `year` is outside the slider's range: the nearest year is shown.
    YearOutOfRange { value: String, shown: i16 },
    /// `lang` is not en, ja or ru: the browser's language is used.
    UnknownLanguage { value: String },
    /// `event` names no event.
    UnknownEvent { value: String },
    /// `event` and `year` disagree: the event's year is shown.
    YearFollowsEvent { event_year: i16 },
    /// `viewpoint` is not de-facto, japan or russia: the de facto map is shown.
    BadViewpoint { value: String },
    /// `compare` is not a year the map covers: the single map is shown.
    BadCompare { value: String },
    /// `compare-viewpoint` is not de-facto, japan or russia: the comparison keeps the first map's viewpoint.
    BadCompareViewpoint { value: String },
    /// `embed` is not 1 or 0.
    BadEmbed { value: String },
    /// `view` is not longitude,latitude,zoom inside the map.
    BadView { value: String },
    /// A parameter given more than once: the first is used.
    Repeated { name: String },
    /// The whole query is too long to be a link to this map.
    TooLong,
}

/// Quotes a value for a notice: control characters dropped, cut to a readable length.
fn quote(value: &str) -> String {
    let clean: String = value.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > QUOTE_MAX {
        let cut: String = clean.chars().take(QUOTE_MAX).collect();
        format!("{cut}…")
    } else {
        clean
    }
}

/// Full-width digits (U+FF10–U+FF19, what a Japanese input method types) as ASCII ones.
fn ascii_digits(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            other => other,
        })
        .collect()
}

/// Decodes `%XX` and `+` (form encoding). Invalid escapes are kept as written;
/// bytes that are not UTF-8 become U+FFFD.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes a value for a query: unreserved characters as they are, the rest as `%XX`.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Reads a query string (with or without the leading `?`). `years` is the
/// slider's range; `event_year` gives the year of a known event id, `None` for
/// an unknown one.
pub fn parse(
    query: &str,
    years: (i16, i16),
    event_year: impl Fn(&str) -> Option<i16>,
) -> (UrlState, Vec<Notice>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut state = UrlState::default();
    let mut notices = Vec::new();
    if query.len() > QUERY_MAX {
        return (state, vec![Notice::TooLong]);
    }
    let mut seen: Vec<String> = Vec::new();
    let mut asked_year: Option<i16> = None;
    let mut compare_year: Option<i16> = None;
    let mut compare_viewpoint: Option<Viewpoint> = None;
    let mut compare_asked = false;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (name, value) = (percent_decode(name), percent_decode(value));
        let value = value.trim();
        // A year typed with a Japanese input method comes in full-width digits.
        let digits = ascii_digits(value);
        let value = digits.as_str();
        if ![
            "year",
            "lang",
            "event",
            "viewpoint",
            "compare",
            "compare-viewpoint",
            "embed",
            "view",
        ]
        .contains(&name.as_str())
        {
            // Other parameters (a platform's tracking tags, say) are none of our business.
            continue;
        }
        if seen.contains(&name) {
            if !notices.contains(&Notice::Repeated { name: name.clone() }) {
                notices.push(Notice::Repeated { name: name.clone() });
            }
            continue;
        }
        seen.push(name.clone());
        match name.as_str() {
            "year" => match value.parse::<i64>() {
                Ok(year) if (i64::from(years.0)..=i64::from(years.1)).contains(&year) => {
                    asked_year = Some(year as i16)
                }
                Ok(year) => {
                    let shown = if year < i64::from(years.0) {
                        years.0
                    } else {
                        years.1
                    };
                    asked_year = Some(shown);
                    notices.push(Notice::YearOutOfRange {
                        value: quote(value),
                        shown,
                    });
                }
                Err(_) if value.len() > 1 && value.bytes().all(|b| b.is_ascii_digit()) => {
                    // All digits but too long for i64: far in the future.
                    asked_year = Some(years.1);
                    notices.push(Notice::YearOutOfRange {
                        value: quote(value),
                        shown: years.1,
                    });
                }
                Err(_) => notices.push(Notice::YearNotANumber {
                    value: quote(value),
                }),
            },
            "lang" => match Lang::parse(&value.to_ascii_lowercase()) {
                Some(lang) => state.lang = Some(lang),
                None => notices.push(Notice::UnknownLanguage {
                    value: quote(value),
                }),
            },
            "event" => match event_year(value) {
                Some(_) => state.event = Some(value.to_owned()),
                None => notices.push(Notice::UnknownEvent {
                    value: quote(value),
                }),
            },
            "viewpoint" => match Viewpoint::parse(&value.to_ascii_lowercase()) {
                Some(viewpoint) => state.viewpoint = viewpoint,
                None => notices.push(Notice::BadViewpoint {
                    value: quote(value),
                }),
            },
            "compare" => {
                compare_asked = true;
                match value.parse::<i16>() {
                    Ok(year) if (years.0..=years.1).contains(&year) => compare_year = Some(year),
                    _ => notices.push(Notice::BadCompare {
                        value: quote(value),
                    }),
                }
            }
            "compare-viewpoint" => match Viewpoint::parse(&value.to_ascii_lowercase()) {
                Some(viewpoint) => compare_viewpoint = Some(viewpoint),
                None => notices.push(Notice::BadCompareViewpoint {
                    value: quote(value),
                }),
            },
            "embed" => match value {
                "1" | "true" | "" => state.embed = true,
                "0" | "false" => state.embed = false,
                other => notices.push(Notice::BadEmbed {
                    value: quote(other),
                }),
            },
            _ => match parse_view(value) {
                Some(view) => state.view = Some(view),
                None => notices.push(Notice::BadView {
                    value: quote(value),
                }),
            },
        }
    }
    state.year = asked_year;
    // `compare-viewpoint` alone compares two viewpoints of the year shown; with a
    // bad `compare`, the single map (said by the notice already given).
    let shown_year = asked_year.unwrap_or(years.0);
    state.compare = match (compare_year, compare_viewpoint) {
        (Some(year), viewpoint) => Some(Compare {
            year,
            viewpoint: viewpoint.unwrap_or(state.viewpoint),
        }),
        (None, Some(viewpoint)) if !compare_asked => Some(Compare {
            year: shown_year,
            viewpoint,
        }),
        _ => None,
    };
    if let Some(event_year) = state.event.as_deref().and_then(&event_year) {
        let event_year = event_year.clamp(years.0, years.1);
        if asked_year.is_some_and(|year| year != event_year) {
            notices.push(Notice::YearFollowsEvent { event_year });
        }
        state.year = Some(event_year);
    }
    (state, notices)
}

fn parse_view(value: &str) -> Option<MapView> {
    let mut parts = value
        .split(',')
        .map(|p| crate::text::parse_decimal(p.trim()));
    let (lon, lat, zoom) = (parts.next()??, parts.next()??, parts.next()??);
    if parts.next().is_some() {
        return None;
    }
    let inside = (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat);
    let zoom_ok = (ZOOM_RANGE.0..=ZOOM_RANGE.1).contains(&zoom);
    (inside && zoom_ok).then_some(MapView { lon, lat, zoom })
}

/// The canonical query for a state, parameters in a fixed order, `?` included
/// (empty when there is nothing to say).
pub fn to_query(state: &UrlState) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(year) = state.year {
        parts.push(format!("year={year}"));
    }
    if let Some(lang) = state.lang {
        parts.push(format!("lang={}", lang.tag()));
    }
    if let Some(event) = &state.event {
        parts.push(format!("event={}", percent_encode(event)));
    }
    if state.viewpoint != Viewpoint::DeFacto {
        parts.push(format!("viewpoint={}", state.viewpoint.as_str()));
    }
    if let Some(compare) = state.compare {
        parts.push(format!("compare={}", compare.year));
        if compare.viewpoint != state.viewpoint {
            parts.push(format!("compare-viewpoint={}", compare.viewpoint.as_str()));
        }
    }
    if state.embed {
        parts.push("embed=1".to_owned());
    }
    if let Some(view) = state.view {
        parts.push(format!(
            "view={},{},{}",
            crate::text::fixed(view.lon, 3),
            crate::text::fixed(view.lat, 3),
            crate::text::fixed(view.zoom, 2)
        ));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The language to use when the address names none: the first of the
/// browser's preferred languages that the map speaks, else English.
pub fn preferred_language<'a>(browser: impl IntoIterator<Item = &'a str>) -> Lang {
    browser
        .into_iter()
        .find_map(|tag| {
            let primary = tag
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            Lang::parse(&primary)
        })
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEARS: (i16, i16) = (1855, 2026);

    fn events(id: &str) -> Option<i16> {
        match id {
            "treaty-of-portsmouth" => Some(1905),
            "treaty-of-shimoda" => Some(1855),
            _ => None,
        }
    }

    fn read(query: &str) -> (UrlState, Vec<Notice>) {
        parse(query, YEARS, events)
    }

    #[test]
    fn a_comparison_round_trips_as_two_years_or_two_viewpoints() {
        let (state, notices) = read("?year=1905&compare=1875");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            state.compare,
            Some(Compare {
                year: 1875,
                viewpoint: Viewpoint::DeFacto
            })
        );
        assert_eq!(to_query(&state), "?year=1905&compare=1875");
        // Two viewpoints of one year: `compare-viewpoint` alone takes the year shown.
        let (state, notices) = read("?year=2000&viewpoint=japan&compare-viewpoint=russia");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            state.compare,
            Some(Compare {
                year: 2000,
                viewpoint: Viewpoint::Russia
            })
        );
        assert_eq!(
            to_query(&state),
            "?year=2000&viewpoint=japan&compare=2000&compare-viewpoint=russia"
        );
        assert_eq!(
            read(&to_query(&state)).0,
            state,
            "the written form reads back the same"
        );
        // A comparison takes the first map's viewpoint unless told otherwise.
        let (state, _) = read("?year=2000&viewpoint=japan&compare=1950");
        assert_eq!(state.compare.map(|c| c.viewpoint), Some(Viewpoint::Japan));
    }

    #[test]
    fn a_bad_comparison_is_explained_and_the_single_map_shown() {
        for value in ["1700", "abc", "", "1905.5", "99999999999"] {
            let (state, notices) = read(&format!("?year=1905&compare={value}"));
            assert_eq!(state.compare, None, "{value}");
            assert_eq!(state.year, Some(1905), "the rest is kept");
            assert_eq!(
                notices,
                vec![Notice::BadCompare {
                    value: value.into()
                }]
            );
        }
        let (state, notices) = read("?compare=1875&compare-viewpoint=china");
        assert_eq!(state.compare.map(|c| c.year), Some(1875));
        assert_eq!(
            notices,
            vec![Notice::BadCompareViewpoint {
                value: "china".into()
            }]
        );
    }

    #[test]
    fn full_width_digits_typed_with_a_japanese_input_method_are_digits() {
        let (state, notices) = read("?year=%EF%BC%91%EF%BC%99%EF%BC%90%EF%BC%95&compare=１８７５");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(state.year, Some(1905));
        assert_eq!(state.compare.map(|c| c.year), Some(1875));
    }

    #[test]
    fn the_viewpoint_round_trips_and_a_wrong_one_is_explained() {
        for viewpoint in Viewpoint::ALL {
            let query = to_query(&UrlState {
                viewpoint,
                ..UrlState::default()
            });
            let (state, notices) = read(&query);
            assert!(notices.is_empty(), "{notices:?}");
            assert_eq!(state.viewpoint, viewpoint);
        }
        assert_eq!(
            to_query(&UrlState::default()),
            "",
            "the de facto map is the default and is not written"
        );
        let (state, notices) = read("?viewpoint=JAPAN");
        assert_eq!((state.viewpoint, notices.len()), (Viewpoint::Japan, 0));
        let (state, notices) = read("?viewpoint=china&year=1990");
        assert_eq!(state.viewpoint, Viewpoint::DeFacto);
        assert_eq!(state.year, Some(1990), "the rest of the link is kept");
        assert_eq!(
            notices,
            vec![Notice::BadViewpoint {
                value: "china".into()
            }]
        );
    }

    #[test]
    fn a_full_link_round_trips() {
        let (state, notices) =
            read("?year=1905&lang=ja&event=treaty-of-portsmouth&embed=1&view=147.5,44.6,3.5");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(state.year, Some(1905));
        assert_eq!(state.lang, Some(Lang::Ja));
        assert_eq!(state.event.as_deref(), Some("treaty-of-portsmouth"));
        assert!(state.embed);
        assert_eq!(
            state.view,
            Some(MapView {
                lon: 147.5,
                lat: 44.6,
                zoom: 3.5
            })
        );
        assert_eq!(
            to_query(&state),
            "?year=1905&lang=ja&event=treaty-of-portsmouth&embed=1&view=147.5,44.6,3.5"
        );
        assert_eq!(read(&to_query(&state)).0, state);
        assert_eq!(to_query(&UrlState::default()), "");
        assert_eq!(read(""), (UrlState::default(), vec![]));
    }

    #[test]
    fn every_bad_value_gets_a_notice_and_a_sensible_fallback() {
        let cases: Vec<(&str, Option<i16>, Notice)> = vec![
            (
                "year=abc",
                None,
                Notice::YearNotANumber {
                    value: "abc".into(),
                },
            ),
            ("year=", None, Notice::YearNotANumber { value: "".into() }),
            (
                "year=19.5",
                None,
                Notice::YearNotANumber {
                    value: "19.5".into(),
                },
            ),
            (
                "year=1700",
                Some(1855),
                Notice::YearOutOfRange {
                    value: "1700".into(),
                    shown: 1855,
                },
            ),
            (
                "year=-5",
                Some(1855),
                Notice::YearOutOfRange {
                    value: "-5".into(),
                    shown: 1855,
                },
            ),
            (
                "year=99999",
                Some(2026),
                Notice::YearOutOfRange {
                    value: "99999".into(),
                    shown: 2026,
                },
            ),
            (
                "year=99999999999999999999999",
                Some(2026),
                Notice::YearOutOfRange {
                    value: "99999999999999999999999".into(),
                    shown: 2026,
                },
            ),
            (
                "lang=xx",
                None,
                Notice::UnknownLanguage { value: "xx".into() },
            ),
            (
                "event=no-such-event",
                None,
                Notice::UnknownEvent {
                    value: "no-such-event".into(),
                },
            ),
            (
                "embed=yes",
                None,
                Notice::BadEmbed {
                    value: "yes".into(),
                },
            ),
            (
                "view=1,2",
                None,
                Notice::BadView {
                    value: "1,2".into(),
                },
            ),
            (
                "view=147,44,400",
                None,
                Notice::BadView {
                    value: "147,44,400".into(),
                },
            ),
            (
                "view=147,44,NaN",
                None,
                Notice::BadView {
                    value: "147,44,NaN".into(),
                },
            ),
            (
                "view=1e2,44,2",
                None,
                Notice::BadView {
                    value: "1e2,44,2".into(),
                },
            ),
            (
                "year=1905&year=1945",
                Some(1905),
                Notice::Repeated {
                    name: "year".into(),
                },
            ),
            (
                "year=1945&event=treaty-of-portsmouth",
                Some(1905),
                Notice::YearFollowsEvent { event_year: 1905 },
            ),
        ];
        for (query, year, notice) in cases {
            let (state, notices) = read(query);
            assert_eq!(state.year, year, "{query}");
            assert_eq!(notices, vec![notice], "{query}");
        }
    }

    #[test]
    fn long_and_strange_input_is_quoted_safely_or_refused() {
        let long = format!("year={}", "x".repeat(500));
        let (_, notices) = read(&long);
        let Notice::YearNotANumber { value } = &notices[0] else {
            panic!("{notices:?}")
        };
        assert_eq!(
            value.chars().count(),
            QUOTE_MAX + 1,
            "cut, with an ellipsis"
        );
        assert_eq!(
            read(&"a".repeat(QUERY_MAX + 1)),
            (UrlState::default(), vec![Notice::TooLong])
        );
        let (_, notices) = read("lang=%3Cimg%20src%3Dx%3E%0A");
        assert_eq!(
            notices,
            vec![Notice::UnknownLanguage {
                value: "<img src=x>".into()
            }],
            "decoded, control characters dropped; the view renders it as text"
        );
        assert_eq!(percent_decode("%E6%8A%9E+x%zz%"), "択 x%zz%");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn other_parameters_are_ignored_and_names_are_exact() {
        let (state, notices) = read("utm_source=lms&YEAR=1905&year=1920&fbclid=x");
        assert_eq!(state.year, Some(1920));
        assert!(notices.is_empty());
        assert_eq!(
            read("lang=JA").0.lang,
            Some(Lang::Ja),
            "language tags are case-insensitive"
        );
    }

    #[test]
    fn the_browser_language_picks_the_default() {
        assert_eq!(preferred_language(["ja-JP", "en"]), Lang::Ja);
        assert_eq!(preferred_language(["de-DE", "ru"]), Lang::Ru);
        assert_eq!(preferred_language(["fr"]), Lang::En);
        assert_eq!(preferred_language([]), Lang::En);
    }
}
