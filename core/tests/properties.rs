//! Property tests: whatever comes in — a pasted link, a date, a year far out of
//! range — the core answers without panicking, and its answer is in range.

use std::sync::OnceLock;

use kurils_core::date::{Date, EventDate};
use kurils_core::text::fixed;
use kurils_core::timeline::{events_crossed, periods_in_year, When};
use kurils_core::url_state::{parse, percent_decode, to_query, Notice};
use kurils_core::{History, TerritoryId};
use proptest::prelude::*;

mod common;

const YEARS: (i16, i16) = (1855, 2026);

/// The real history, loaded once.
fn history() -> &'static History {
    static HISTORY: OnceLock<History> = OnceLock::new();
    HISTORY.get_or_init(common::real_history)
}

fn event_year(id: &str) -> Option<i16> {
    history().event(id).map(|e| e.date.year())
}

/// Queries built from the parameter names the map reads and arbitrary values,
/// with arbitrary separators and junk around them: closer to real mistakes than
/// uniformly random strings.
fn query() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        Just("year".to_owned()),
        Just("lang".to_owned()),
        Just("event".to_owned()),
        Just("embed".to_owned()),
        Just("view".to_owned()),
        Just("utm_source".to_owned()),
        "[a-zA-Z%]{0,6}",
    ];
    let value = prop_oneof![
        (-100_000i64..100_000).prop_map(|n| n.to_string()),
        Just("treaty-of-portsmouth".to_owned()),
        Just("ja".to_owned()),
        "[0-9.,eE+-]{0,20}",
        ".{0,60}",
        "(%[0-9A-Fa-f]{2}|[a-z]){0,20}",
    ];
    prop::collection::vec((name, value), 0..8).prop_map(|pairs| {
        pairs
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_query_gives_a_state_in_range_and_quoted_notices(q in prop_oneof![query(), ".{0,300}"]) {
        let (state, notices) = parse(&q, YEARS, event_year);
        if let Some(year) = state.year {
            prop_assert!((YEARS.0..=YEARS.1).contains(&year), "year {year} from {q:?}");
        }
        if let Some(id) = &state.event {
            prop_assert!(event_year(id).is_some());
        }
        if let Some(view) = state.view {
            prop_assert!(view.zoom >= 1.0 && view.zoom <= 40.0 && view.lon.is_finite() && view.lat.is_finite());
        }
        for notice in &notices {
            let quoted = match notice {
                Notice::YearNotANumber { value } | Notice::UnknownLanguage { value } | Notice::UnknownEvent { value }
                | Notice::BadEmbed { value } | Notice::BadView { value } => value.clone(),
                Notice::YearOutOfRange { value, .. } => value.clone(),
                _ => String::new(),
            };
            prop_assert!(quoted.chars().count() <= 41, "quoted values are cut: {quoted:?}");
            prop_assert!(!quoted.chars().any(char::is_control));
        }
        // Writing the state and reading it back gives the same state, with nothing to say.
        let again = parse(&to_query(&state), YEARS, event_year);
        prop_assert_eq!(&again.0.year, &state.year);
        prop_assert_eq!(&again.0.lang, &state.lang);
        prop_assert_eq!(&again.0.event, &state.event);
        prop_assert_eq!(again.0.embed, state.embed);
        prop_assert!(again.1.iter().all(|n| matches!(n, Notice::YearFollowsEvent { .. })), "{:?}", again.1);
    }

    #[test]
    fn percent_decoding_never_panics(s in ".{0,100}", bytes in prop::collection::vec(any::<u8>(), 0..50)) {
        let _ = percent_decode(&s);
        let encoded: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
        prop_assert_eq!(percent_decode(&encoded), String::from_utf8_lossy(&bytes).into_owned());
    }

    #[test]
    fn dates_parse_only_when_they_exist(year in 0i16..3000, month in 0u8..14, day in 0u8..33) {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month { 1 | 3 | 5 | 7 | 8 | 10 | 12 => 31, 4 | 6 | 9 | 11 => 30, 2 if leap => 29, 2 => 28, _ => 0 };
        let exists = (1..=12).contains(&month) && day >= 1 && day <= days;
        prop_assert_eq!(Date::checked(year, month, day).is_some(), exists);
        let text = format!("{year:04}-{month:02}-{day:02}");
        match EventDate::parse(&text) {
            Ok(date) => { prop_assert!(exists); prop_assert_eq!(date.to_string(), text); }
            Err(_) => prop_assert!(!exists),
        }
    }

    #[test]
    fn any_string_is_a_date_or_an_error(s in ".{0,20}") {
        if let Ok(date) = EventDate::parse(&s) {
            prop_assert_eq!(EventDate::parse(&date.to_string()), Ok(date));
        }
    }

    #[test]
    fn every_year_has_a_status_from_1855_and_none_before(year in any::<i16>()) {
        let h = history();
        let row = periods_in_year(h, year);
        for id in TerritoryId::ALL {
            let status = h.status_in_year(id, year);
            prop_assert_eq!(status.is_some(), year >= 1855, "{} in {}", id, year);
            prop_assert_eq!(status, row[id.index()].map(|i| h.territory(id).periods[i].status));
        }
    }

    #[test]
    fn the_events_crossed_are_exactly_those_that_change(from in 1800i16..2100, to in 1800i16..2100) {
        let h = history();
        let crossed = events_crossed(h, from, to);
        for (i, event) in h.events.iter().enumerate() {
            let changes = When::of(event.date.year(), from) != When::of(event.date.year(), to);
            prop_assert!(!changes || crossed.contains(&i));
            prop_assert!(crossed.contains(&i) == (event.date.year() >= from.min(to) && event.date.year() <= from.max(to)));
        }
    }

    #[test]
    fn fixed_point_numbers_read_back_within_their_precision(x in -1e9f64..1e9, decimals in 0u32..7) {
        let written = fixed(x, decimals);
        let read: f64 = written.parse().unwrap();
        prop_assert_eq!(kurils_core::text::parse_decimal(&written), Some(read), "parse_decimal agrees with the standard parser on {}", written);
        prop_assert!((read - x).abs() <= 0.5 * 10f64.powi(-(decimals as i32)) + 1e-9 * x.abs().max(1.0), "{x} → {written}");
    }
}
