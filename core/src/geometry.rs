//! Planar geometry on projected coordinates: rectangles, clipping, simplification
//! and the compact SVG path encoding. Small pure functions, each tested.

use std::fmt::Write;

/// `x` limited to `low..=high` (`high` wins if they cross). Unlike `f64::clamp`,
/// it never panics: the panic's message would bring float formatting (about
/// 14 KB) into the wasm.
pub fn clamp(x: f64, low: f64, high: f64) -> f64 {
    x.max(low).min(high)
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// An axis-aligned rectangle (also an SVG viewBox: x, y, width, height).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    /// The smallest rectangle holding every point; `None` when there are none.
    pub fn bounding(points: impl IntoIterator<Item = Point>) -> Option<Rect> {
        let mut points = points.into_iter();
        let first = points.next()?;
        let (mut x0, mut y0, mut x1, mut y1) = (first.x, first.y, first.x, first.y);
        for p in points {
            x0 = x0.min(p.x);
            y0 = y0.min(p.y);
            x1 = x1.max(p.x);
            y1 = y1.max(p.y);
        }
        Some(Rect {
            x: x0,
            y: y0,
            w: x1 - x0,
            h: y1 - y0,
        })
    }

    pub fn union(self, other: Rect) -> Rect {
        let x = self.x.min(other.x);
        let y = self.y.min(other.y);
        Rect {
            x,
            y,
            w: (self.x + self.w).max(other.x + other.w) - x,
            h: (self.y + self.h).max(other.y + other.h) - y,
        }
    }

    /// Grown by `margin` on every side.
    pub fn inflate(self, margin: f64) -> Rect {
        Rect {
            x: self.x - margin,
            y: self.y - margin,
            w: self.w + 2.0 * margin,
            h: self.h + 2.0 * margin,
        }
    }

    /// The `w` × `h` rectangle centred on `center`.
    pub fn centered(center: Point, w: f64, h: f64) -> Rect {
        Rect {
            x: center.x - w / 2.0,
            y: center.y - h / 2.0,
            w,
            h,
        }
    }

    pub fn center(self) -> Point {
        Point {
            x: self.x + self.w / 2.0,
            y: self.y + self.h / 2.0,
        }
    }

    pub fn contains(self, p: Point) -> bool {
        p.x >= self.x && p.x <= self.x + self.w && p.y >= self.y && p.y <= self.y + self.h
    }

    pub fn intersects(self, other: Rect) -> bool {
        self.x <= other.x + other.w
            && other.x <= self.x + self.w
            && self.y <= other.y + other.h
            && other.y <= self.y + self.h
    }
}

/// Twice the signed area (shoelace); positive when counter-clockwise in a y-up frame.
pub fn ring_area2(ring: &[Point]) -> f64 {
    ring.iter()
        .zip(ring.iter().cycle().skip(1))
        .map(|(a, b)| a.x * b.y - b.x * a.y)
        .sum()
}

/// One side of a clipping rectangle: the half-plane that is kept.
#[derive(Clone, Copy)]
enum Side {
    MinX(f64),
    MaxX(f64),
    MinY(f64),
    MaxY(f64),
}

impl Side {
    fn keeps(self, p: Point) -> bool {
        match self {
            Side::MinX(x) => p.x >= x,
            Side::MaxX(x) => p.x <= x,
            Side::MinY(y) => p.y >= y,
            Side::MaxY(y) => p.y <= y,
        }
    }

    /// Where the segment a–b crosses this side's line.
    fn crossing(self, a: Point, b: Point) -> Point {
        match self {
            Side::MinX(x) | Side::MaxX(x) => Point {
                x,
                y: a.y + (x - a.x) / (b.x - a.x) * (b.y - a.y),
            },
            Side::MinY(y) | Side::MaxY(y) => Point {
                x: a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x),
                y,
            },
        }
    }
}

/// Clips a closed ring to a rectangle (Sutherland–Hodgman, one side at a time).
/// Input and output rings are implicitly closed (no repeated last point).
pub fn clip_ring(ring: &[Point], rect: Rect) -> Vec<Point> {
    let sides = [
        Side::MinX(rect.x),
        Side::MaxX(rect.x + rect.w),
        Side::MinY(rect.y),
        Side::MaxY(rect.y + rect.h),
    ];
    let mut output = ring.to_vec();
    for side in sides {
        let input = std::mem::take(&mut output);
        let Some(&last) = input.last() else { break };
        let mut previous = last;
        for &current in &input {
            match (side.keeps(previous), side.keeps(current)) {
                (true, true) => output.push(current),
                (true, false) => output.push(side.crossing(previous, current)),
                (false, true) => {
                    output.push(side.crossing(previous, current));
                    output.push(current);
                }
                (false, false) => {}
            }
            previous = current;
        }
    }
    output
}

/// Douglas–Peucker simplification of a closed ring (no repeated last point):
/// keeps every point farther than `tolerance` from the simplified outline.
/// A ring never drops below its first point and the point farthest from it,
/// plus whatever else the tolerance demands.
pub fn simplify_ring(ring: &[Point], tolerance: f64) -> Vec<Point> {
    if ring.len() <= 3 {
        return ring.to_vec();
    }
    let distance2 = |a: Point, b: Point| (a.x - b.x).powi(2) + (a.y - b.y).powi(2);
    let far = (1..ring.len())
        .max_by(|&i, &j| distance2(ring[0], ring[i]).total_cmp(&distance2(ring[0], ring[j])))
        .unwrap_or(1);
    let mut keep = vec![false; ring.len() + 1];
    keep[0] = true;
    keep[far] = true;
    keep[ring.len()] = true;
    // The ring as an open line that returns to its start, split at `far`.
    let line: Vec<Point> = ring
        .iter()
        .copied()
        .chain(std::iter::once(ring[0]))
        .collect();
    mark(&line, 0, far, tolerance * tolerance, &mut keep);
    mark(&line, far, ring.len(), tolerance * tolerance, &mut keep);
    ring.iter()
        .enumerate()
        .filter(|&(i, _)| keep[i])
        .map(|(_, &p)| p)
        .collect()
}

fn mark(line: &[Point], first: usize, last: usize, tolerance2: f64, keep: &mut [bool]) {
    if last <= first + 1 {
        return;
    }
    let (a, b) = (line[first], line[last]);
    let (index, distance2) = (first + 1..last)
        .map(|i| (i, segment_distance2(line[i], a, b)))
        .max_by(|x, y| x.1.total_cmp(&y.1))
        .expect("at least one point between first and last");
    if distance2 > tolerance2 {
        keep[index] = true;
        mark(line, first, index, tolerance2, keep);
        mark(line, index, last, tolerance2, keep);
    }
}

/// Squared distance from `p` to the segment `a`–`b`.
pub fn segment_distance2(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length2 = dx * dx + dy * dy;
    let t = if length2 == 0.0 {
        0.0
    } else {
        clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0)
    };
    let (cx, cy) = (a.x + t * dx, a.y + t * dy);
    (p.x - cx).powi(2) + (p.y - cy).powi(2)
}

/// Encodes rings as a compact SVG path: coordinates rounded to whole units, the
/// first point of each ring absolute (`M`), the rest relative (`l`), each ring
/// closed with `z`. Rounding happens on absolute positions, so relative steps
/// never accumulate error. Points that round onto their predecessor are dropped;
/// a ring left with fewer than three distinct points is dropped.
pub fn encode_path(rings: &[Vec<Point>]) -> String {
    let mut d = String::new();
    for ring in rings {
        let mut rounded = round_points(ring);
        while rounded.len() > 1 && rounded.first() == rounded.last() {
            rounded.pop();
        }
        if rounded.len() >= 3 {
            write_relative(&mut d, &rounded);
            d.push('z');
        }
    }
    d
}

/// Encodes an open line (a graticule line, a border) the same way, without `z`.
pub fn encode_line(points: &[Point]) -> String {
    let mut d = String::new();
    let rounded = round_points(points);
    if rounded.len() >= 2 {
        write_relative(&mut d, &rounded);
    }
    d
}

fn round_points(points: &[Point]) -> Vec<(i64, i64)> {
    let mut rounded: Vec<(i64, i64)> = Vec::with_capacity(points.len());
    for p in points {
        let q = (p.x.round() as i64, p.y.round() as i64);
        if rounded.last() != Some(&q) {
            rounded.push(q);
        }
    }
    rounded
}

fn write_relative(d: &mut String, points: &[(i64, i64)]) {
    let (x0, y0) = points[0];
    let _ = write!(d, "M{x0} {y0}l");
    let mut previous = points[0];
    for (i, &(x, y)) in points.iter().enumerate().skip(1) {
        let (dx, dy) = (x - previous.0, y - previous.1);
        // A minus sign separates numbers by itself; a space is needed otherwise.
        if i > 1 && dx >= 0 {
            d.push(' ');
        }
        let _ = write!(d, "{dx}");
        if dy >= 0 {
            d.push(' ');
        }
        let _ = write!(d, "{dy}");
        previous = (x, y);
    }
}

/// Reads SVG path data back into rings: the inverse of [`encode_path`], for
/// the downloads, which have only the served map's `d` attributes (the wasm
/// carries no coastlines). Understands `M`/`m`, `L`/`l` (coordinates after
/// them repeat the command, after `M` as `L`) and `Z`/`z`, and numbers with a
/// sign and a fraction, separated by spaces, commas or their own sign. Rings
/// come back open (no repeated last point), as [`encode_path`] takes them.
/// Anything else (arcs, curves, exponents, a stray letter) ends the reading:
/// the rings read until then are returned, never a panic. Numbers are read by
/// [`crate::text::parse_decimal`], not `str::parse`, to keep float parsing's
/// tables out of the wasm.
pub fn decode_path(d: &str) -> Vec<Vec<Point>> {
    let mut reader = PathReader { d, at: 0 };
    let mut rings = Vec::new();
    let mut ring: Vec<Point> = Vec::new();
    let mut current = Point { x: 0.0, y: 0.0 };
    let mut start = current;
    let mut command: Option<u8> = None;
    loop {
        reader.skip_separators();
        let Some(next) = reader.peek() else { break };
        if next.is_ascii_alphabetic() {
            reader.at += 1;
            match next {
                b'Z' | b'z' => {
                    close_ring(&mut rings, &mut ring);
                    current = start;
                    command = None;
                    continue;
                }
                b'M' | b'm' | b'L' | b'l' => command = Some(next),
                _ => break,
            }
        }
        let Some(command_now) = command else { break };
        let Some(step) = reader.point() else { break };
        let p = if command_now.is_ascii_lowercase() {
            Point {
                x: current.x + step.x,
                y: current.y + step.y,
            }
        } else {
            step
        };
        if matches!(command_now, b'M' | b'm') {
            close_ring(&mut rings, &mut ring);
            start = p;
            // Further pairs after a move are lines (SVG's implicit command).
            command = Some(if command_now == b'm' { b'l' } else { b'L' });
        } else if ring.is_empty() {
            // A line right after `z` starts a new ring where the last one began.
            ring.push(current);
        }
        ring.push(p);
        current = p;
    }
    close_ring(&mut rings, &mut ring);
    rings
}

/// Ends the ring being read: an explicit return to the start is dropped (the
/// rings are implicitly closed), an empty ring is not kept.
fn close_ring(rings: &mut Vec<Vec<Point>>, ring: &mut Vec<Point>) {
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    if !ring.is_empty() {
        rings.push(std::mem::take(ring));
    }
}

struct PathReader<'a> {
    d: &'a str,
    at: usize,
}

impl PathReader<'_> {
    fn peek(&self) -> Option<u8> {
        self.d.as_bytes().get(self.at).copied()
    }

    fn skip_separators(&mut self) {
        while matches!(
            self.peek(),
            Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b',')
        ) {
            self.at += 1;
        }
    }

    /// A number: a sign, digits and at most one point ("1.5.5" is 1.5 then .5).
    fn number(&mut self) -> Option<f64> {
        self.skip_separators();
        let begin = self.at;
        if matches!(self.peek(), Some(b'-' | b'+')) {
            self.at += 1;
        }
        let mut point_seen = false;
        while let Some(b) = self.peek() {
            match b {
                b'0'..=b'9' => {}
                b'.' if !point_seen => point_seen = true,
                _ => break,
            }
            self.at += 1;
        }
        // Only ASCII was consumed, so `begin..at` falls on character boundaries.
        let value = crate::text::parse_decimal(self.d.get(begin..self.at)?);
        if value.is_none() {
            self.at = begin;
        }
        value
    }

    fn point(&mut self) -> Option<Point> {
        let x = self.number()?;
        let y = self.number()?;
        Some(Point { x, y })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pts(coords: &[(f64, f64)]) -> Vec<Point> {
        coords.iter().map(|&(x, y)| Point { x, y }).collect()
    }

    #[test]
    fn clipping_a_square_by_a_smaller_rectangle_keeps_the_overlap() {
        let square = pts(&[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]);
        let clipped = clip_ring(
            &square,
            Rect {
                x: 5.0,
                y: -5.0,
                w: 20.0,
                h: 10.0,
            },
        );
        assert!(
            (ring_area2(&clipped).abs() / 2.0 - 25.0).abs() < 1e-9,
            "{clipped:?}"
        );
        assert!(clipped.iter().all(|p| p.x >= 5.0 && p.y <= 5.0));
        assert!(clip_ring(
            &square,
            Rect {
                x: 20.0,
                y: 20.0,
                w: 1.0,
                h: 1.0
            }
        )
        .is_empty());
    }

    #[test]
    fn simplification_drops_near_collinear_points_and_keeps_corners() {
        let ring = pts(&[
            (0.0, 0.0),
            (5.0, 0.1),
            (10.0, 0.0),
            (10.0, 10.0),
            (5.0, 9.9),
            (0.0, 10.0),
        ]);
        let simple = simplify_ring(&ring, 0.5);
        assert_eq!(
            simple,
            pts(&[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)])
        );
        // With a tight tolerance nothing is lost.
        assert_eq!(simplify_ring(&ring, 0.01), ring);
    }

    #[test]
    fn segment_distance_is_to_the_nearest_point_of_the_segment() {
        let (a, b) = (Point { x: 0.0, y: 0.0 }, Point { x: 10.0, y: 0.0 });
        assert_eq!(segment_distance2(Point { x: 5.0, y: 3.0 }, a, b), 9.0);
        assert_eq!(segment_distance2(Point { x: -3.0, y: 4.0 }, a, b), 25.0);
    }

    #[test]
    fn paths_are_relative_rounded_and_closed() {
        let ring = pts(&[(10.2, 20.7), (15.0, 20.6), (15.0, 30.0), (9.6, 25.0)]);
        assert_eq!(encode_path(&[ring]), "M10 21l5 0 0 9-5-5z");
        // A ring that rounds to fewer than three points vanishes.
        let speck = pts(&[(1.1, 1.1), (1.2, 1.3), (0.9, 1.0)]);
        assert_eq!(encode_path(&[speck]), "");
        let line = pts(&[(0.0, 0.0), (10.0, 0.0), (10.0, -5.0)]);
        assert_eq!(encode_line(&line), "M0 0l10 0 0-5");
    }

    #[test]
    fn bounding_rectangles_union_and_contain() {
        let r = Rect::bounding(pts(&[(1.0, 2.0), (3.0, -1.0)])).unwrap();
        assert_eq!(
            r,
            Rect {
                x: 1.0,
                y: -1.0,
                w: 2.0,
                h: 3.0
            }
        );
        assert!(r.contains(Point { x: 2.0, y: 0.0 }));
        assert_eq!(
            r.union(Rect {
                x: 0.0,
                y: 0.0,
                w: 1.0,
                h: 1.0
            }),
            Rect {
                x: 0.0,
                y: -1.0,
                w: 3.0,
                h: 3.0
            }
        );
        assert!(Rect::bounding(Vec::new()).is_none());
    }

    #[test]
    fn decoding_reads_back_what_encoding_wrote() {
        let rings = vec![
            pts(&[(10.2, 20.7), (15.0, 20.6), (15.0, 30.0), (9.6, 25.0)]),
            pts(&[(-100.4, -50.0), (-20.0, -50.6), (-20.0, 7.0), (-100.0, 7.0)]),
            pts(&[(0.0, 0.0), (-3.0, 4.0), (-6.0, -2.0)]),
        ];
        let d = encode_path(&rings);
        let decoded = decode_path(&d);
        let rounded: Vec<Vec<Point>> = rings
            .iter()
            .map(|ring| {
                ring.iter()
                    .map(|p| Point {
                        x: p.x.round(),
                        y: p.y.round(),
                    })
                    .collect()
            })
            .collect();
        assert_eq!(decoded, rounded, "{d}");
        assert_eq!(
            encode_path(&decoded),
            d,
            "decoding then encoding is the identity"
        );
        assert_eq!(
            decode_path("M10 21l5 0 0 9-5-5z"),
            vec![pts(&[
                (10.0, 21.0),
                (15.0, 21.0),
                (15.0, 30.0),
                (10.0, 25.0)
            ])]
        );
    }

    #[test]
    fn decoding_follows_svg_path_syntax() {
        // Absolute lines, commas, fractions, an explicit return to the start,
        // implicit lines after a move, and a relative move from the closed ring's start.
        let d = "M1.5,2.5 L3 4,5-6 1.5 2.5Z m1 1 2 0 0 2z M0 0 10 0 10 10";
        assert_eq!(
            decode_path(d),
            vec![
                pts(&[(1.5, 2.5), (3.0, 4.0), (5.0, -6.0)]),
                pts(&[(2.5, 3.5), (4.5, 3.5), (4.5, 5.5)]),
                pts(&[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)]),
            ]
        );
        // "1.5.5" is two numbers, as in SVG.
        assert_eq!(
            decode_path("M0 0l1.5.5 1-1z"),
            vec![pts(&[(0.0, 0.0), (1.5, 0.5), (2.5, -0.5)])]
        );
        // A line after `z` starts from where the closed ring began.
        assert_eq!(
            decode_path("M5 5l1 0 0 1zl2 0 0 2z"),
            vec![
                pts(&[(5.0, 5.0), (6.0, 5.0), (6.0, 6.0)]),
                pts(&[(5.0, 5.0), (7.0, 5.0), (7.0, 7.0)]),
            ]
        );
    }

    #[test]
    fn decoding_stops_at_what_it_cannot_read() {
        assert!(decode_path("").is_empty());
        assert!(decode_path("   ").is_empty());
        assert!(
            decode_path("10 10").is_empty(),
            "numbers before any command"
        );
        let square = vec![pts(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)])];
        for d in [
            "M0 0l1 0 0 1z A5 5 0 0 1 9 9",
            "M0 0l1 0 0 1z M1e5 0",
            "M0 0l1 0 0 1z M3",
            "M0 0l1 0 0 1z M-",
            "M0 0l1 0 0 1z M.",
            "M0 0l1 0 0 1z ☃",
        ] {
            assert_eq!(decode_path(d), square, "{d}");
        }
        // A ring cut short is kept as far as it was read.
        assert_eq!(
            decode_path("M0 0l1 0 0 1 x"),
            vec![pts(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)])]
        );
    }
}
