//! `geo/map.toml` → [`MapSettings`]: the projection, the frame, label positions.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use super::{DataError, Report};
use crate::history::LonLat;
use crate::map::PlaceKind;
use crate::territory::TerritoryId;
use crate::text::Localized;

/// A longitude/latitude box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LonLatBox {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl LonLatBox {
    pub fn contains(self, lon: f64, lat: f64) -> bool {
        (self.west..=self.east).contains(&lon) && (self.south..=self.north).contains(&lat)
    }

    /// Points along the box's outline, `steps` per side: for fitting a curved frame.
    pub fn outline(self, steps: usize) -> impl Iterator<Item = LonLat> {
        (0..=steps).flat_map(move |i| {
            let t = i as f64 / steps as f64;
            let lon = self.west + t * (self.east - self.west);
            let lat = self.south + t * (self.north - self.south);
            [
                LonLat {
                    lon,
                    lat: self.south,
                },
                LonLat {
                    lon,
                    lat: self.north,
                },
                LonLat {
                    lon: self.west,
                    lat,
                },
                LonLat {
                    lon: self.east,
                    lat,
                },
            ]
        })
    }
}

impl fmt::Display for LonLatBox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "lon {}–{}, lat {}–{}",
            self.west, self.east, self.south, self.north
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub name: Localized,
    pub kind: PlaceKind,
    pub at: LonLat,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapSettings {
    pub parallels: (f64, f64),
    pub origin: LonLat,
    /// The area the whole-map view frames.
    pub core_box: LonLatBox,
    /// The area the coastline files cover (larger, so land reaches the frame's corners).
    pub data_box: LonLatBox,
    pub southern_islands: LonLatBox,
    /// SVG units across the frame.
    pub width: f64,
    /// Douglas–Peucker tolerance in SVG units.
    pub simplify: f64,
    pub graticule_step: f64,
    /// Where each territory's name is written, in [`TerritoryId::ALL`] order.
    pub labels: Vec<LonLat>,
    pub places: Vec<Place>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MapFile {
    projection: ProjectionRecord,
    frame: FrameRecord,
    labels: BTreeMap<String, [f64; 2]>,
    #[serde(default)]
    place: Vec<PlaceRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectionRecord {
    parallels: [f64; 2],
    origin: [f64; 2],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrameRecord {
    core: [f64; 4],
    data: [f64; 4],
    southern_islands: [f64; 4],
    width: f64,
    simplify: f64,
    graticule_step: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceRecord {
    name: Localized,
    kind: String,
    at: [f64; 2],
}

fn lonlat_box(
    report: &mut Report,
    record: &str,
    [west, south, east, north]: [f64; 4],
) -> LonLatBox {
    let valid = west < east
        && south < north
        && (-180.0..=180.0).contains(&west)
        && (-90.0..=90.0).contains(&north);
    if !valid {
        report.error(
            record,
            "must be [west, south, east, north] with west < east and south < north",
        );
    }
    LonLatBox {
        west,
        south,
        east,
        north,
    }
}

pub fn parse_map_settings(file: &str, text: &str) -> Result<MapSettings, Vec<DataError>> {
    let parsed: MapFile = toml::from_str(text).map_err(|e| {
        vec![DataError {
            file: file.to_owned(),
            record: "file".into(),
            message: e.to_string().trim().to_owned(),
        }]
    })?;
    let mut report = Report::new(file);
    let frame = &parsed.frame;
    let core_box = lonlat_box(&mut report, "frame.core", frame.core);
    let data_box = lonlat_box(&mut report, "frame.data", frame.data);
    let southern_islands = lonlat_box(
        &mut report,
        "frame.southern_islands",
        frame.southern_islands,
    );
    for (name, inner) in [
        ("frame.core", core_box),
        ("frame.southern_islands", southern_islands),
    ] {
        if !(data_box.contains(inner.west, inner.south)
            && data_box.contains(inner.east, inner.north))
        {
            report.error(name, format!("must lie inside frame.data ({data_box})"));
        }
    }
    if !(frame.width > 0.0 && frame.simplify >= 0.0 && frame.graticule_step > 0.0) {
        report.error(
            "frame",
            "width and graticule_step must be positive and simplify not negative",
        );
    }
    let [p1, p2] = parsed.projection.parallels;
    if p1 == p2 || !(0.0..90.0).contains(&p1) || !(0.0..90.0).contains(&p2) {
        report.error(
            "projection.parallels",
            "must be two distinct northern latitudes",
        );
    }
    let mut labels = Vec::new();
    for id in TerritoryId::ALL {
        match parsed.labels.get(id.as_str()) {
            Some(&[lon, lat]) if core_box.contains(lon, lat) => labels.push(LonLat { lon, lat }),
            Some(_) => report.error(
                format!("labels.{id}"),
                format!("must lie inside frame.core ({core_box})"),
            ),
            None => report.error(format!("labels.{id}"), "is missing"),
        }
    }
    for key in parsed
        .labels
        .keys()
        .filter(|key| TerritoryId::parse(key).is_none())
    {
        report.error(format!("labels.{key}"), "is not a territory id");
    }
    let mut places = Vec::new();
    for (i, place) in parsed.place.into_iter().enumerate() {
        let record = format!("place {} `{}`", i + 1, place.name.en);
        let kind = match place.kind.as_str() {
            "sea" => PlaceKind::Sea,
            "land" => PlaceKind::Land,
            "strait" => PlaceKind::Strait,
            other => {
                report.error(
                    &record,
                    format!("unknown kind `{other}` (sea, land or strait)"),
                );
                continue;
            }
        };
        let [lon, lat] = place.at;
        if !data_box.contains(lon, lat) {
            report.error(&record, format!("must lie inside frame.data ({data_box})"));
        }
        places.push(Place {
            name: place.name,
            kind,
            at: LonLat { lon, lat },
        });
    }
    if !report.errors.is_empty() {
        return Err(report.errors);
    }
    Ok(MapSettings {
        parallels: (p1, p2),
        origin: LonLat {
            lon: parsed.projection.origin[0],
            lat: parsed.projection.origin[1],
        },
        core_box,
        data_box,
        southern_islands,
        width: frame.width,
        simplify: frame.simplify,
        graticule_step: frame.graticule_step,
        labels,
        places,
    })
}
