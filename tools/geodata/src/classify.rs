//! Which territory each Natural Earth polygon belongs to. Natural Earth's land
//! layer has no names, so an island is recognised by where its area centroid
//! lies; the boxes below were drawn around each group of islands with room to
//! spare and checked against the 10m data (geo/README.md lists what they catch).

use kurils_core::geometry::{ring_area2, Point};
use kurils_core::TerritoryId;

/// Where a polygon goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assignment {
    Territory(TerritoryId),
    /// Sakhalin and its islets: cut at 50° N into south and north.
    Sakhalin,
    /// Neighbouring land drawn for context: mainland Asia, Kamchatka, Honshu, the Shantar Islands.
    Context,
}

struct Rule {
    assignment: Assignment,
    /// [west, south, east, north] in degrees.
    centroid_in: [f64; 4],
}

/// First match wins, so the small groups near Hokkaido come before Hokkaido's own box.
const RULES: [Rule; 7] = [
    // Tanfilyev (Suisho), Yuri, Zeleny (Shibotsu), Polonsky (Taraku); Anuchina and Kaigara are not in the 10m data.
    Rule {
        assignment: Assignment::Territory(TerritoryId::Habomai),
        centroid_in: [145.85, 43.35, 146.45, 43.70],
    },
    Rule {
        assignment: Assignment::Territory(TerritoryId::Shikotan),
        centroid_in: [146.55, 43.65, 147.00, 43.95],
    },
    Rule {
        assignment: Assignment::Territory(TerritoryId::Kunashir),
        centroid_in: [145.35, 43.60, 146.60, 44.55],
    },
    Rule {
        assignment: Assignment::Territory(TerritoryId::Iturup),
        centroid_in: [146.80, 44.40, 148.90, 45.60],
    },
    // Urup to Shumshu and Atlasov; Kamchatka's centroid (mainland Asia's, in fact) lies far outside.
    Rule {
        assignment: Assignment::Territory(TerritoryId::KurilsNorth),
        centroid_in: [149.30, 45.50, 156.60, 51.00],
    },
    Rule {
        assignment: Assignment::Sakhalin,
        centroid_in: [141.60, 45.85, 144.80, 54.50],
    },
    // Hokkaido with Rishiri, Rebun, Okushiri, Oshima-Oshima and its coastal islets.
    Rule {
        assignment: Assignment::Territory(TerritoryId::Hokkaido),
        centroid_in: [139.00, 41.30, 146.00, 45.60],
    },
];

/// The area centroid of a ring (the plain average of its points if it has no area).
/// Computed relative to the first point: at 150° E the products of absolute
/// coordinates would swamp a small island's area in rounding error.
pub fn centroid(ring: &[Point]) -> Point {
    let Some(&origin) = ring.first() else {
        return Point {
            x: f64::NAN,
            y: f64::NAN,
        };
    };
    let local: Vec<Point> = ring
        .iter()
        .map(|p| Point {
            x: p.x - origin.x,
            y: p.y - origin.y,
        })
        .collect();
    let area2 = ring_area2(&local);
    let (mut cx, mut cy) = (0.0, 0.0);
    if area2 == 0.0 {
        let n = local.len() as f64;
        (cx, cy) = (
            local.iter().map(|p| p.x).sum::<f64>() / n,
            local.iter().map(|p| p.y).sum::<f64>() / n,
        );
    } else {
        for (a, b) in local.iter().zip(local.iter().cycle().skip(1)) {
            let cross = a.x * b.y - b.x * a.y;
            cx += (a.x + b.x) * cross;
            cy += (a.y + b.y) * cross;
        }
        (cx, cy) = (cx / (3.0 * area2), cy / (3.0 * area2));
    }
    Point {
        x: origin.x + cx,
        y: origin.y + cy,
    }
}

pub fn assign(exterior: &[Point]) -> Assignment {
    let c = centroid(exterior);
    RULES
        .iter()
        .find(|rule| {
            let [west, south, east, north] = rule.centroid_in;
            (west..=east).contains(&c.x) && (south..=north).contains(&c.y)
        })
        .map_or(Assignment::Context, |rule| rule.assignment)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small square around (lon, lat).
    fn island(lon: f64, lat: f64) -> Vec<Point> {
        [(-0.01, -0.01), (0.01, -0.01), (0.01, 0.01), (-0.01, 0.01)]
            .iter()
            .map(|(dx, dy)| Point {
                x: lon + dx,
                y: lat + dy,
            })
            .collect()
    }

    #[test]
    fn known_islands_go_to_their_territories() {
        let t = Assignment::Territory;
        for (name, lon, lat, expected) in [
            ("Sapporo, Hokkaido", 141.35, 43.06, t(TerritoryId::Hokkaido)),
            ("Rishiri", 141.23, 45.17, t(TerritoryId::Hokkaido)),
            (
                "Notsuke, Hokkaido coast",
                145.30,
                43.57,
                t(TerritoryId::Hokkaido),
            ),
            ("Tanfilyev / Suisho", 145.91, 43.44, t(TerritoryId::Habomai)),
            ("Polonsky / Taraku", 146.32, 43.63, t(TerritoryId::Habomai)),
            ("Shikotan", 146.75, 43.80, t(TerritoryId::Shikotan)),
            ("Kunashir", 145.96, 44.18, t(TerritoryId::Kunashir)),
            ("Iturup", 147.84, 45.05, t(TerritoryId::Iturup)),
            ("Urup", 149.97, 45.92, t(TerritoryId::KurilsNorth)),
            ("Shumshu", 156.35, 50.75, t(TerritoryId::KurilsNorth)),
            ("Sakhalin", 142.72, 50.33, Assignment::Sakhalin),
            ("Honshu (centroid)", 137.97, 36.65, Assignment::Context),
            ("Great Shantar", 137.71, 54.94, Assignment::Context),
        ] {
            assert_eq!(assign(&island(lon, lat)), expected, "{name}");
        }
    }

    #[test]
    fn the_centroid_of_a_square_is_its_middle() {
        let c = centroid(&island(150.0, 45.0));
        assert!((c.x - 150.0).abs() < 1e-9 && (c.y - 45.0).abs() < 1e-9);
    }
}
