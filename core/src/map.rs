//! The map as the app draws it: pre-projected SVG paths and the numbers that
//! relate SVG units to the Earth. Built from `geo/` at build time by the
//! loader; the app only reads it.

use crate::geometry::{Point, Rect};
use crate::history::{List, LonLat};
use crate::projection::ConicConformal;
use crate::territory::TerritoryId;
use crate::text::{Localized, Text};

/// Mean Earth radius in kilometres: the projection's unit is one radius.
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// The projection followed by the fit into SVG user units (y down).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projector {
    pub conic: ConicConformal,
    /// SVG units per Earth radius.
    pub scale: f64,
    /// SVG position of the projection's origin.
    pub offset: Point,
}

impl Projector {
    pub fn to_svg(&self, at: LonLat) -> Point {
        let (x, y) = self.conic.project(at.lon, at.lat);
        Point {
            x: self.offset.x + x * self.scale,
            y: self.offset.y - y * self.scale,
        }
    }

    pub fn to_lonlat(&self, p: Point) -> LonLat {
        let (lon, lat) = self.conic.invert(
            (p.x - self.offset.x) / self.scale,
            (self.offset.y - p.y) / self.scale,
        );
        LonLat { lon, lat }
    }

    /// Kilometres per SVG unit on the standard parallels (true scale there;
    /// within about 1.5% everywhere between 41° and 55° N).
    pub fn km_per_unit(&self) -> f64 {
        EARTH_RADIUS_KM / self.scale
    }

    /// The direction of north at a longitude, in degrees clockwise from "up":
    /// meridians converge towards the cone's apex, so north leans inwards
    /// away from the central meridian.
    pub fn north_angle(&self, lon: f64) -> f64 {
        -(self.conic.n * (lon.to_radians() - self.conic.lambda0)).to_degrees()
    }

    /// The same at an SVG point, without unprojecting it: a meridian is a ray
    /// from the cone's apex, so its angle is the point's bearing from the apex
    /// (one `atan2`, where [`Projector::to_lonlat`] needs `powf` and `atan` too).
    pub fn north_angle_at(&self, p: Point) -> f64 {
        let x = (p.x - self.offset.x) / self.scale;
        let y = (self.offset.y - p.y) / self.scale;
        -x.atan2(self.conic.rho0 - y).to_degrees()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct TerritoryShape {
    pub id: TerritoryId,
    /// SVG path data (see [`crate::geometry::encode_path`]).
    pub path: Text,
    /// Where the territory's name is written.
    pub label: Point,
    /// Bounding box of the shape, SVG units.
    pub bounds: Rect,
}

/// A line of the graticule with the degree label at its end.
#[derive(Clone, Debug, PartialEq)]
pub struct GraticuleLine {
    pub path: Text,
    /// "45°N", "150°E".
    pub label: Text,
    pub label_at: Point,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    Sea,
    Land,
    Strait,
}

impl PlaceKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Sea => "sea",
            PlaceKind::Land => "land",
            PlaceKind::Strait => "strait",
        }
    }
}

/// A name written on the map that is not a territory: seas, straits, neighbouring land.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceLabel {
    pub name: Localized,
    pub kind: PlaceKind,
    pub at: Point,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapData {
    pub projector: Projector,
    /// The whole map: the initial and the widest view.
    pub frame: Rect,
    /// A close view of Iturup, Kunashir, Shikotan and the Habomai islets.
    pub southern_islands: Rect,
    /// One per [`TerritoryId`], in [`TerritoryId::ALL`] order.
    pub territories: List<TerritoryShape>,
    /// Land that is not one of the territories (mainland Russia, Kamchatka, Honshu).
    pub context: Text,
    pub graticule: List<GraticuleLine>,
    /// The 50th parallel across Sakhalin: the 1905–1945 border.
    pub sakhalin_border: Text,
    pub places: List<PlaceLabel>,
    /// Where each event's marker goes, in the order of the history's events.
    pub event_points: List<Point>,
    /// Each border of the history, in its order: the projected line and where its name goes.
    pub borders: List<BorderLine>,
}

/// A border as drawn: SVG path data and the place of its label.
#[derive(Clone, Debug, PartialEq)]
pub struct BorderLine {
    pub path: Text,
    pub label_at: Point,
}

impl MapData {
    pub fn territory(&self, id: TerritoryId) -> &TerritoryShape {
        &self.territories[id.index()]
    }

    /// The map the live page needs: every number (projection, frame, label
    /// and marker positions) and name, but no path data. The served SVG holds
    /// the paths; the SVG download reads them from it ([`MapData::with_paths`]).
    pub fn without_paths(&self) -> MapData {
        MapData {
            territories: self
                .territories
                .iter()
                .map(|t| TerritoryShape {
                    path: Text::Borrowed(""),
                    ..t.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            context: Text::Borrowed(""),
            graticule: self
                .graticule
                .iter()
                .map(|g| GraticuleLine {
                    path: Text::Borrowed(""),
                    ..g.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            sakhalin_border: Text::Borrowed(""),
            borders: self
                .borders
                .iter()
                .map(|b| BorderLine {
                    path: Text::Borrowed(""),
                    ..b.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            ..self.clone()
        }
    }

    /// This map with its path data put back: `paths` gives the territories'
    /// paths in [`TerritoryId::ALL`] order, the context land, the graticule's
    /// lines in order, the 50th parallel and the borders in order. Missing lines stay empty.
    pub fn with_paths(&self, paths: MapPaths) -> MapData {
        let mut territories = paths.territories.into_iter();
        let mut graticule = paths.graticule.into_iter();
        let mut borders = paths.borders.into_iter();
        MapData {
            territories: self
                .territories
                .iter()
                .map(|t| TerritoryShape {
                    path: territories.next().map_or(Text::Borrowed(""), Text::Owned),
                    ..t.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            context: Text::Owned(paths.context),
            graticule: self
                .graticule
                .iter()
                .map(|g| GraticuleLine {
                    path: graticule.next().map_or(Text::Borrowed(""), Text::Owned),
                    ..g.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            sakhalin_border: Text::Owned(paths.sakhalin_border),
            borders: self
                .borders
                .iter()
                .map(|b| BorderLine {
                    path: borders.next().map_or(Text::Borrowed(""), Text::Owned),
                    ..b.clone()
                })
                .collect::<Vec<_>>()
                .into(),
            ..self.clone()
        }
    }
}

/// The path data of a map, as read back from a drawn one (see [`MapData::with_paths`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapPaths {
    pub territories: Vec<String>,
    pub context: String,
    pub graticule: Vec<String>,
    pub sakhalin_border: String,
    pub borders: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projector_round_trips_and_puts_north_up() {
        let projector = Projector {
            conic: ConicConformal::new((43.0, 52.0), (148.0, 48.0)),
            scale: 10_000.0,
            offset: Point {
                x: 5000.0,
                y: 4000.0,
            },
        };
        let sapporo = LonLat {
            lon: 141.35,
            lat: 43.06,
        };
        let p = projector.to_svg(sapporo);
        let back = projector.to_lonlat(p);
        assert!((back.lon - sapporo.lon).abs() < 1e-9 && (back.lat - sapporo.lat).abs() < 1e-9);
        let north = projector.to_svg(LonLat {
            lon: 141.35,
            lat: 50.0,
        });
        assert!(
            north.y < p.y,
            "SVG y grows downwards, so north has the smaller y"
        );
        assert!((projector.km_per_unit() - 0.6371).abs() < 1e-12);
        assert_eq!(projector.north_angle(148.0), 0.0);
        assert!(
            projector.north_angle(156.0) < 0.0,
            "east of the centre, north leans left"
        );
        // The angle is the one between the projected meridian and the vertical.
        let (a, b) = (
            projector.to_svg(LonLat {
                lon: 156.0,
                lat: 50.0,
            }),
            projector.to_svg(LonLat {
                lon: 156.0,
                lat: 50.1,
            }),
        );
        let measured = (b.x - a.x).atan2(a.y - b.y).to_degrees();
        assert!(
            (measured - projector.north_angle(156.0)).abs() < 0.01,
            "{measured}"
        );
        for (lon, lat) in [(140.0, 42.0), (148.0, 50.0), (156.5, 54.0)] {
            let at = projector.to_svg(LonLat { lon, lat });
            assert!(
                (projector.north_angle_at(at) - projector.north_angle(lon)).abs() < 1e-9,
                "{lon} {lat}"
            );
        }
    }
}
