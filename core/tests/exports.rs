//! The downloads built from the real data: the CSV files read back into the
//! same periods and events, and the GeoJSON is valid, in degrees, inside the
//! map's data box and wound as RFC 7946 asks.

use std::path::Path;

use kurils_core::csv::{events_csv, periods_csv, CsvWords, EVENT_COLUMNS, PERIOD_COLUMNS};
use kurils_core::geojson_export::territories_geojson;
use kurils_core::geometry::{decode_path, encode_path};
use kurils_core::loader::{Loaded, StringTable};
use kurils_core::text::{status_label, StatusWords};
use kurils_core::{Lang, Polity, Status, TerritoryId};

fn load() -> Loaded {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    kurils_core::loader::load(&root, kurils_core::loader::HISTORY_DIR, 2026)
        .unwrap_or_else(|errors| panic!("the real data loads: {errors:?}"))
}

fn table(loaded: &Loaded, lang: Lang) -> &StringTable {
    &loaded
        .strings
        .tables
        .iter()
        .find(|(l, _)| *l == lang)
        .expect("every language has strings")
        .1
}

/// RFC 4180 read back: quoted fields with doubled quotes, CRLF between
/// records. Only for these tests; it panics on anything malformed.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{FEFF}').expect("a byte-order mark");
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut in_quotes = false;
    while let Some(c) = chars.next() {
        match (in_quotes, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => in_quotes = false,
            (true, c) => field.push(c),
            (false, '"') => {
                assert!(field.is_empty(), "a quote inside an unquoted field");
                in_quotes = true;
            }
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR is followed by LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("a bare LF outside quotes"),
            (false, c) => field.push(c),
        }
    }
    assert!(!in_quotes, "an unclosed quote");
    assert!(
        field.is_empty() && record.is_empty(),
        "the last record ends with CRLF"
    );
    records
}

#[test]
fn the_csv_files_hold_every_period_and_event_once() {
    let loaded = load();
    let history = &loaded.history;
    let ja = table(&loaded, Lang::Ja);
    let word = |key: &str| ja.get(key).map(String::as_str).unwrap_or("?");
    let statuses = Status::ALL.map(|s| word(&format!("status.{}", s.as_str())));
    let polities = Polity::ALL.map(|p| word(&format!("polity.{}", p.as_str())));
    let status_words = StatusWords {
        status: &statuses,
        disputed_by: word("status_by.disputed"),
        polity: &polities,
    };
    let label = |status, polity| status_label(status, polity, &status_words);
    let words = CsvWords {
        period_headers: [
            "領域",
            "名称",
            "開始",
            "終了",
            "状態",
            "状態の説明",
            "保有",
            "出典",
            "地図",
        ],
        event_headers: ["ID", "日付", "終了日", "出来事", "領域", "出典"],
        status_label: &label,
    };

    let periods = parse_csv(&periods_csv(history, Lang::Ja, &words));
    assert_eq!(periods[0], words.period_headers);
    assert!(periods.iter().all(|row| row.len() == PERIOD_COLUMNS));
    let mut rows = periods[1..].iter();
    for territory in history.territories.iter() {
        let mine: Vec<&Vec<String>> = rows.by_ref().take(territory.periods.len()).collect();
        assert_eq!(mine.len(), territory.periods.len());
        for (row, period) in mine.iter().zip(territory.periods.iter()) {
            assert_eq!(row[0], territory.id.as_str());
            assert_eq!(row[1], territory.name.ja, "Japanese text survives");
            assert_eq!(row[2], period.from.to_string());
            assert_eq!(row[4], period.status.as_str());
            assert_eq!(row[5], label(period.status, Some(period.polity)));
            assert_eq!(row[6], period.holder.ja);
            assert_eq!(row[7].split(' ').count(), period.sources.len());
            assert!(
                row[7].split(' ').all(|url| url.starts_with("http")),
                "{}",
                row[7]
            );
            assert_eq!(row[8], "de-facto");
        }
        // Each period ends where the next begins; the last runs to today.
        for pair in mine.windows(2) {
            assert_eq!(pair[0][3], pair[1][2], "{}", territory.id);
        }
        assert_eq!(mine.last().map(|row| row[3].as_str()), Some(""));
    }
    let views: Vec<&Vec<String>> = rows.collect();
    let view_count: usize = history.territories.iter().map(|t| t.views.len()).sum();
    assert!(view_count > 0, "the data has government views");
    assert_eq!(views.len(), view_count);
    for row in views {
        assert!(row[8] == "japan" || row[8] == "russia", "{row:?}");
        assert_eq!(row[6].is_empty(), row[4] == "undetermined", "{row:?}");
        assert!(row[7].starts_with("http"), "{row:?}");
    }

    let events = parse_csv(&events_csv(history, Lang::Ja, &words));
    assert_eq!(events[0], words.event_headers);
    assert_eq!(events.len(), history.events.len() + 1);
    for (row, event) in events[1..].iter().zip(history.events.iter()) {
        assert_eq!(row.len(), EVENT_COLUMNS);
        assert_eq!(row[0], *event.id);
        assert_eq!(row[1], event.date.to_string());
        assert_eq!(row[3], event.title.ja);
        let ids: Vec<TerritoryId> = row[4]
            .split(' ')
            .filter(|id| !id.is_empty())
            .map(|id| TerritoryId::parse(id).expect("a territory id"))
            .collect();
        assert_eq!(ids, *event.territories);
    }
}

#[test]
fn the_real_paths_decode_to_what_was_encoded() {
    let map = load().map;
    for territory in map.territories.iter() {
        let rings = decode_path(&territory.path);
        assert!(!rings.is_empty(), "{}", territory.id);
        assert_eq!(encode_path(&rings), *territory.path, "{}", territory.id);
    }
    assert_eq!(encode_path(&decode_path(&map.context)), *map.context);
}

/// Twice the signed area of a GeoJSON ring (closed), positive counter-clockwise.
fn signed_area2(ring: &[serde_json::Value]) -> f64 {
    let point = |v: &serde_json::Value| {
        (
            v[0].as_f64().expect("a longitude"),
            v[1].as_f64().expect("a latitude"),
        )
    };
    ring.windows(2)
        .map(|pair| {
            let (a, b) = (point(&pair[0]), point(&pair[1]));
            a.0 * b.1 - b.0 * a.1
        })
        .sum()
}

#[test]
fn the_geojson_is_the_real_map_in_degrees() {
    let loaded = load();
    let shapes: Vec<(TerritoryId, &str)> = loaded
        .map
        .territories
        .iter()
        .map(|t| (t.id, &*t.path))
        .collect();
    let history = &loaded.history;
    let json = territories_geojson(&shapes, &loaded.map.projector, |id| {
        let territory = history.territory(id);
        vec![
            ("name", territory.name.en.to_string()),
            ("name_ja", territory.name.ja.to_string()),
            ("name_ru", territory.name.ru.to_string()),
            (
                "status",
                history
                    .status_in_year(id, 1905)
                    .map_or("", |s| s.as_str())
                    .to_owned(),
            ),
            ("year", "1905".to_owned()),
        ]
    });
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["type"], "FeatureCollection");
    let features = value["features"].as_array().expect("features");
    assert_eq!(features.len(), TerritoryId::ALL.len());
    for (feature, id) in features.iter().zip(TerritoryId::ALL) {
        assert_eq!(feature["id"], id.as_str());
        assert_eq!(
            feature["properties"]["name_ja"],
            *history.territory(id).name.ja
        );
        assert_eq!(feature["geometry"]["type"], "MultiPolygon");
        let polygons = feature["geometry"]["coordinates"]
            .as_array()
            .expect("polygons");
        assert!(!polygons.is_empty(), "{id}");
        let (mut west, mut south, mut east, mut north) = (180.0f64, 90.0f64, -180.0f64, -90.0f64);
        for polygon in polygons {
            let rings = polygon.as_array().expect("rings");
            for (i, ring) in rings.iter().enumerate() {
                let ring = ring.as_array().expect("points");
                assert!(ring.len() >= 4, "{id}: a ring has at least four positions");
                assert_eq!(ring.first(), ring.last(), "{id}: rings are closed");
                let area = signed_area2(ring);
                if i == 0 {
                    assert!(area > 0.0, "{id}: exteriors counter-clockwise");
                } else {
                    assert!(area < 0.0, "{id}: holes clockwise");
                }
                for p in ring {
                    let (lon, lat) = (p[0].as_f64().expect("lon"), p[1].as_f64().expect("lat"));
                    // The data box of geo/map.toml, with the map's rounding to whole SVG units.
                    assert!((134.99..=160.51).contains(&lon), "{id}: {lon}");
                    assert!((39.99..=56.51).contains(&lat), "{id}: {lat}");
                    west = west.min(lon);
                    east = east.max(lon);
                    south = south.min(lat);
                    north = north.max(lat);
                }
            }
        }
        // Not mirrored nor shifted: each territory where it is on Earth.
        let (lon, lat) = match id {
            TerritoryId::Hokkaido => (142.5, 43.5),
            TerritoryId::SakhalinSouth => (142.7, 47.5),
            TerritoryId::SakhalinNorth => (142.8, 52.0),
            TerritoryId::KurilsNorth => (154.0, 48.5),
            TerritoryId::Iturup => (147.9, 45.0),
            TerritoryId::Kunashir => (146.0, 44.1),
            TerritoryId::Shikotan => (146.7, 43.8),
            TerritoryId::Habomai => (146.2, 43.45),
        };
        assert!(
            (west..=east).contains(&lon) && (south..=north).contains(&lat),
            "{id}: {west}–{east} E, {south}–{north} N"
        );
    }
}
