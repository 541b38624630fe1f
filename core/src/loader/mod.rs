//! Where data enters: parsing and validating `geo/`, building the projected
//! map, and writing both out as Rust source for the app. Runs at build time
//! (build.rs) and in native tests; never in the browser.
//!
//! Every problem is reported as a [`DataError`] naming the file and the
//! record, and all problems are reported at once, not just the first.

mod codegen;
mod geojson_input;
mod history_input;
mod map_build;
mod map_input;
mod strings_input;

use std::fmt;
use std::path::Path;

pub use codegen::{history_to_rust, live_strings_to_rust, map_to_rust, strings_to_rust};
pub use geojson_input::{parse_context, parse_territories, Polygon, Shapes};
pub use history_input::{parse_history, HistoryFiles};
pub use map_build::build_map;
pub use map_input::{parse_map_settings, LonLatBox, MapSettings};
pub use strings_input::{parse_strings, StringTable, Strings};

/// A problem in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// The record: "territory `iturup`, period 3", "event `treaty-of-shimoda`".
    pub record: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.record, self.message)
    }
}

/// Collects errors against one file.
pub(crate) struct Report<'a> {
    pub file: &'a str,
    pub errors: Vec<DataError>,
}

impl<'a> Report<'a> {
    pub fn new(file: &'a str) -> Self {
        Report {
            file,
            errors: Vec::new(),
        }
    }

    pub fn error(&mut self, record: impl Into<String>, message: impl Into<String>) {
        self.errors.push(DataError {
            file: self.file.to_owned(),
            record: record.into(),
            message: message.into(),
        });
    }
}

pub use crate::history::FIRST_YEAR;

/// Everything the app embeds, loaded and validated from a `geo/` folder.
pub struct Loaded {
    pub history: crate::History,
    pub map: crate::map::MapData,
    pub strings: Strings,
}

/// Where the history files are, relative to the project root, unless a build asks for others.
pub const HISTORY_DIR: &str = "geo/history";

/// Reads and validates every file under `geo/` and `i18n/` of the project at
/// `root` that the app embeds, with the history from `history` (relative to
/// `root`; normally [`HISTORY_DIR`], a fixture for the hostile-data test build).
/// `last_year` is the latest year an event may have (the build's current year).
pub fn load(root: &Path, history: &str, last_year: i16) -> Result<Loaded, Vec<DataError>> {
    let read = |relative: &str| -> Result<(String, String), Vec<DataError>> {
        let path = root.join(relative);
        let shown = relative.to_owned();
        std::fs::read_to_string(&path)
            .map(|text| (shown.clone(), text))
            .map_err(|e| {
                vec![DataError {
                    file: shown,
                    record: "file".into(),
                    message: format!("cannot be read: {e}"),
                }]
            })
    };
    let sources = read(&format!("{history}/sources.toml"))?;
    let territories = read(&format!("{history}/territories.toml"))?;
    let events = read(&format!("{history}/events.toml"))?;
    let borders = read(&format!("{history}/borders.toml"))?;
    let shapes = read("geo/territories.geojson")?;
    let context = read("geo/context.geojson")?;
    let settings = read("geo/map.toml")?;
    let mut string_files = Vec::new();
    for lang in crate::Lang::ALL {
        string_files.push((lang, read(&format!("i18n/{}.toml", lang.tag()))?));
    }

    let mut errors = Vec::new();
    let files = HistoryFiles {
        sources: (&sources.0, &sources.1),
        territories: (&territories.0, &territories.1),
        events: (&events.0, &events.1),
        borders: (&borders.0, &borders.1),
    };
    let history = parse_history(&files, last_year)
        .map_err(|e| errors.extend(e))
        .ok();
    let settings = parse_map_settings(&settings.0, &settings.1)
        .map_err(|e| errors.extend(e))
        .ok();
    let bounds = settings.as_ref().map(|s| s.data_box);
    let shapes = bounds.and_then(|b| {
        parse_territories(&shapes.0, &shapes.1, b)
            .map_err(|e| errors.extend(e))
            .ok()
    });
    let context = bounds.and_then(|b| {
        parse_context(&context.0, &context.1, b)
            .map_err(|e| errors.extend(e))
            .ok()
    });
    let string_files: Vec<(crate::Lang, &str, &str)> = string_files
        .iter()
        .map(|(lang, (file, text))| (*lang, file.as_str(), text.as_str()))
        .collect();
    let strings = parse_strings(&string_files)
        .map_err(|e| errors.extend(e))
        .ok();
    match (history, settings, shapes, context, strings) {
        (Some(history), Some(settings), Some(shapes), Some(context), Some(strings))
            if errors.is_empty() =>
        {
            let mut map = build_map(&settings, &shapes, &context);
            // Markers are projected here, once, like the coastlines.
            map.event_points = history
                .events
                .iter()
                .map(|event| map.projector.to_svg(event.at))
                .collect::<Vec<_>>()
                .into();
            // And the borders: densified along their segments, so a line along a
            // parallel curves as the parallel does in the conic.
            map.borders = history
                .borders
                .iter()
                .map(|border| map_build::project_line(&map.projector, &border.points))
                .collect::<Vec<_>>()
                .into();
            Ok(Loaded {
                history,
                map,
                strings,
            })
        }
        _ => Err(errors),
    }
}
