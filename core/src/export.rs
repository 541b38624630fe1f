//! The map as a standalone SVG document, for slides: the current view, the
//! year, a legend and the attribution drawn in, with every style inlined (a
//! downloaded file has no stylesheet). Pure string building: the app passes
//! the colours it reads from its stylesheet, so the stylesheet stays the one
//! place they are defined.

use std::fmt::Write;

use crate::fills::{self, pattern_id, Fill, Paint};
use crate::geometry::Rect;
use crate::map::MapData;
use crate::status::Status;
use crate::text::fixed;

/// The colours of the map, as CSS colour values.
#[derive(Clone, Copy, Debug)]
pub struct Colors<'a> {
    pub japan: &'a str,
    pub japan_strong: &'a str,
    pub russia: &'a str,
    pub russia_strong: &'a str,
    pub sea: &'a str,
    pub land: &'a str,
    pub land_stroke: &'a str,
    pub graticule: &'a str,
    pub ink: &'a str,
    pub ink_soft: &'a str,
    pub paper: &'a str,
    /// The treaties' lines, and the line of control.
    pub border: &'a str,
    pub control: &'a str,
    /// What a government's map leaves uncoloured.
    pub blank: &'a str,
}

/// The words drawn in, already in the page's language.
#[derive(Clone, Debug)]
pub struct Words<'a> {
    pub title: &'a str,
    /// "Who held each territory on 31 December 1905".
    pub heading: &'a str,
    pub year: i16,
    /// One row per status present: (status, its label, the holders).
    pub legend: Vec<(Status, String, String)>,
    pub attribution: &'a str,
    /// In the order of `MapData::territories`.
    pub territory_names: Vec<&'a str>,
    /// In the order of `MapData::places`.
    pub place_names: Vec<&'a str>,
    /// The lines in force in the year: (index into `MapData::borders`, name, kind).
    pub borders: Vec<(usize, &'a str, crate::border::LineKind)>,
}

/// Width of the exported picture in CSS pixels (the PNG is drawn at twice this).
pub const WIDTH: f64 = 1200.0;
const HEADER: f64 = 84.0;
const LEGEND_ROW: f64 = 30.0;
const MARGIN: f64 = 24.0;
const FONT: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', sans-serif";

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

impl Colors<'_> {
    fn paint(&self, paint: Paint) -> &str {
        match paint {
            Paint::Japan => self.japan,
            Paint::JapanStrong => self.japan_strong,
            Paint::Russia => self.russia,
            Paint::RussiaStrong => self.russia_strong,
            Paint::Blank => self.blank,
        }
    }
}

/// The fill patterns of `fills::fill`, sized by `scale` user units per pixel.
fn patterns(out: &mut String, suffix: &str, scale: f64, c: &Colors) {
    let s = fixed(scale, 4);
    for status in Status::ALL {
        let id = pattern_id(status);
        match fills::fill(status) {
            Fill::Plain(_) => {}
            Fill::Stripes {
                size,
                base,
                stripe,
                width,
            } => {
                // Numbers through `fixed`: float formatting would add about 10 KB to the wasm.
                let (size, width) = (fixed(size, 2), fixed(width, 2));
                let _ = write!(
                    out,
                    r#"<pattern id="{id}{suffix}" patternUnits="userSpaceOnUse" width="{size}" height="{size}" patternTransform="scale({s}) rotate(45)"><rect width="{size}" height="{size}" fill="{}"/><rect width="{width}" height="{size}" fill="{}"/></pattern>"#,
                    c.paint(base),
                    c.paint(stripe)
                );
            }
            Fill::Dots {
                size,
                base,
                dot,
                radius,
            } => {
                let (half, size, radius) = (fixed(size / 2.0, 2), fixed(size, 2), fixed(radius, 2));
                let _ = write!(
                    out,
                    r#"<pattern id="{id}{suffix}" patternUnits="userSpaceOnUse" width="{size}" height="{size}" patternTransform="scale({s})"><rect width="{size}" height="{size}" fill="{}"/><circle cx="{half}" cy="{half}" r="{radius}" fill="{}"/></pattern>"#,
                    c.paint(base),
                    c.paint(dot)
                );
            }
        }
    }
}

fn fill(status: Option<Status>, suffix: &str, c: &Colors) -> String {
    match status.map(|s| (s, fills::fill(s))) {
        Some((_, Fill::Plain(paint))) => c.paint(paint).to_owned(),
        Some((status, _)) => format!("url(#{}{suffix})", pattern_id(status)),
        None => c.land.to_owned(),
    }
}

/// The document. `view` is the part of the map on screen; `statuses` are the
/// territories' statuses in `MapData::territories` order.
pub fn svg_document(
    map: &MapData,
    view: Rect,
    statuses: &[Option<Status>],
    words: &Words,
    c: &Colors,
) -> String {
    let map_height = WIDTH * view.h / view.w;
    let legend_top = HEADER + map_height + 12.0;
    let legend_height = words.legend.len() as f64 * LEGEND_ROW;
    let height = legend_top + legend_height + 40.0;
    // User units of the map per pixel of the picture: strokes and labels are given in pixels.
    let unit = view.w / WIDTH;
    let px = |x: f64| fixed(x * unit, 2);
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT}"><title>{title} — {year}</title><defs>"#,
        w = fixed(WIDTH, 0),
        h = fixed(height, 0),
        title = escape(words.title),
        year = words.year
    );
    patterns(&mut out, "", unit, c);
    patterns(&mut out, "-px", 1.0, c);
    let _ = write!(
        out,
        r#"</defs><rect width="100%" height="100%" fill="{}"/>"#,
        c.paper
    );
    // Header: the title, and the year large.
    let _ = write!(
        out,
        r#"<text x="{margin}" y="34" font-size="22" font-weight="700" fill="{ink}">{title}</text><text x="{margin}" y="64" font-size="18" fill="{soft}">{heading}</text><text x="{right}" y="62" font-size="52" font-weight="800" text-anchor="end" fill="{ink}">{year}</text>"#,
        margin = fixed(MARGIN, 0),
        ink = c.ink,
        soft = c.ink_soft,
        title = escape(words.title),
        heading = escape(words.heading),
        right = fixed(WIDTH - MARGIN, 0),
        year = words.year
    );
    // The map, in its own coordinate system.
    let _ = write!(
        out,
        r#"<svg x="0" y="{header}" width="{w}" height="{h}" viewBox="{vx} {vy} {vw} {vh}" preserveAspectRatio="xMidYMid slice"><rect x="{sx}" y="{sy}" width="{sw}" height="{sh}" fill="{sea}"/>"#,
        header = fixed(HEADER, 0),
        w = fixed(WIDTH, 0),
        h = fixed(map_height, 1),
        vx = fixed(view.x, 1),
        vy = fixed(view.y, 1),
        vw = fixed(view.w, 1),
        vh = fixed(view.h, 1),
        sx = fixed(map.frame.x - map.frame.w, 0),
        sy = fixed(map.frame.y - map.frame.h, 0),
        sw = fixed(map.frame.w * 3.0, 0),
        sh = fixed(map.frame.h * 3.0, 0),
        sea = c.sea
    );
    let _ = write!(
        out,
        r#"<g fill="none" stroke="{}" stroke-width="{}">"#,
        c.graticule,
        px(0.75)
    );
    for line in map.graticule.iter() {
        let _ = write!(out, r#"<path d="{}"/>"#, line.path);
    }
    let _ = write!(
        out,
        r#"</g><path d="{}" fill="{}" stroke="{}" stroke-width="{}"/>"#,
        map.context,
        c.land,
        c.land_stroke,
        px(0.6)
    );
    for (shape, status) in map.territories.iter().zip(statuses) {
        let _ = write!(
            out,
            r#"<path d="{}" fill="{}" fill-rule="evenodd" stroke="{}" stroke-width="{}" stroke-linejoin="round"><title>{}</title></path>"#,
            shape.path,
            fill(*status, "", c),
            c.ink,
            px(0.9),
            escape(
                words
                    .territory_names
                    .get(shape.id.index())
                    .copied()
                    .unwrap_or("")
            )
        );
    }
    let _ = write!(
        out,
        r#"<path d="{}" fill="none" stroke="{}" stroke-width="{}" stroke-dasharray="{} {}"/>"#,
        map.sakhalin_border,
        c.ink,
        px(1.4),
        px(5.0),
        px(3.0)
    );
    let halo = format!(
        r#"paint-order="stroke" stroke="{}" stroke-width="{}" stroke-linejoin="round""#,
        c.paper,
        px(3.0)
    );
    for &(index, name, kind) in &words.borders {
        let Some(line) = map.borders.get(index) else {
            continue;
        };
        let (colour, dashes) = match kind {
            crate::border::LineKind::Treaty => (
                c.border,
                format!("{} {} {} {}", px(9.0), px(3.0), px(2.0), px(3.0)),
            ),
            crate::border::LineKind::LineOfControl => {
                (c.control, format!("{} {}", px(4.0), px(4.0)))
            }
        };
        let _ = write!(
            out,
            r#"<path d="{}" fill="none" stroke="{colour}" stroke-width="{}" stroke-dasharray="{dashes}" stroke-linecap="round"/><text x="{}" y="{}" font-size="{}" font-style="italic" font-weight="600" fill="{colour}" {halo}>{}</text>"#,
            line.path,
            px(2.4),
            fixed(line.label_at.x, 0),
            fixed(line.label_at.y, 0),
            px(12.0),
            escape(name)
        );
    }
    for (place, name) in map.places.iter().zip(&words.place_names) {
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" font-size="{}" font-style="italic" text-anchor="middle" fill="{}" {halo}>{}</text>"#,
            fixed(place.at.x, 0),
            fixed(place.at.y, 0),
            px(13.0),
            c.ink_soft,
            escape(name)
        );
    }
    for shape in map.territories.iter() {
        let name = words
            .territory_names
            .get(shape.id.index())
            .copied()
            .unwrap_or("");
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" font-size="{}" font-weight="600" text-anchor="middle" fill="{}" {halo}>{}</text>"#,
            fixed(shape.label.x, 0),
            fixed(shape.label.y, 0),
            px(15.0),
            c.ink,
            escape(name)
        );
    }
    out.push_str("</svg>");
    // The legend: one row per status on the map.
    for (row, (status, label, holders)) in words.legend.iter().enumerate() {
        let y = legend_top + row as f64 * LEGEND_ROW;
        let _ = write!(
            out,
            r#"<rect x="{}" y="{}" width="34" height="20" fill="{}" stroke="{}"/><text x="{}" y="{}" font-size="16" fill="{}"><tspan font-weight="600">{}</tspan><tspan fill="{}"> — {}</tspan></text>"#,
            fixed(MARGIN, 0),
            fixed(y, 0),
            fill(Some(*status), "-px", c),
            c.ink,
            fixed(MARGIN + 46.0, 0),
            fixed(y + 15.0, 0),
            c.ink,
            escape(label),
            c.ink_soft,
            escape(holders)
        );
    }
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" font-size="13" fill="{}">{}</text></svg>"#,
        fixed(MARGIN, 0),
        fixed(height - 14.0, 0),
        c.ink_soft,
        escape(words.attribution)
    );
    out
}

/// Two documents of [`svg_document`] side by side in one (a comparison's two
/// maps, each with its own heading and legend), `GAP` pixels apart. The second
/// document's pattern ids are renamed so the two never share one.
pub fn side_by_side(left: &str, right: &str) -> String {
    const GAP: f64 = 24.0;
    let size = |doc: &str| -> (f64, f64) {
        let number = |name: &str| {
            doc.split_once(&format!(" {name}=\""))
                .and_then(|(_, rest)| rest.split_once('"'))
                .and_then(|(value, _)| crate::text::parse_decimal(value))
                .unwrap_or(0.0)
        };
        (number("width"), number("height"))
    };
    let ((lw, lh), (rw, rh)) = (size(left), size(right));
    let (width, height) = (lw + GAP + rw, lh.max(rh));
    let right = right
        .replace("id=\"pattern-", "id=\"second-pattern-")
        .replace("url(#pattern-", "url(#second-pattern-");
    let place = |doc: &str, x: f64| match doc.strip_prefix("<svg ") {
        Some(rest) => format!("<svg x=\"{}\" y=\"0\" {rest}", fixed(x, 0)),
        None => String::new(),
    };
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">{}{}</svg>"#,
        place(left, 0.0),
        place(&right, lw + GAP),
        w = fixed(width, 0),
        h = fixed(height, 0),
    )
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::geometry::Point;
    use crate::map::{PlaceKind, PlaceLabel, Projector, TerritoryShape};
    use crate::projection::ConicConformal;
    use crate::territory::TerritoryId;
    use crate::text::Localized;

    const COLORS: Colors = Colors {
        japan: "#f4a582",
        japan_strong: "#c4432f",
        russia: "#92c5de",
        russia_strong: "#2166ac",
        sea: "#dfe9f1",
        land: "#ecebe6",
        land_stroke: "#8c8a82",
        graticule: "#b7c8d6",
        ink: "#1d2430",
        ink_soft: "#4a5566",
        paper: "#fbfaf7",
        border: "#7a1f3d",
        control: "#4b2a7a",
        blank: "#ffffff",
    };

    fn map() -> MapData {
        let frame = Rect {
            x: 0.0,
            y: 0.0,
            w: 1000.0,
            h: 1000.0,
        };
        let territories = TerritoryId::ALL
            .iter()
            .map(|&id| TerritoryShape {
                id,
                path: "M0 0l10 0 0 10z".into(),
                label: Point { x: 5.0, y: 5.0 },
                bounds: frame,
            })
            .collect::<Vec<_>>();
        let place = PlaceLabel {
            name: Localized {
                en: "Sea".into(),
                ja: "海".into(),
                ru: "Море".into(),
            },
            kind: PlaceKind::Sea,
            at: Point { x: 1.0, y: 2.0 },
        };
        MapData {
            projector: Projector {
                conic: ConicConformal::new((43.0, 52.0), (148.0, 48.0)),
                scale: 1.0,
                offset: Point { x: 0.0, y: 0.0 },
            },
            frame,
            southern_islands: frame,
            territories: Cow::Owned(territories),
            context: "M0 0l1 1z".into(),
            graticule: Cow::Borrowed(&[]),
            sakhalin_border: "M0 0l5 0".into(),
            places: Cow::Owned(vec![place]),
            event_points: Cow::Borrowed(&[]),
            borders: Cow::Borrowed(&[]),
        }
    }

    fn words<'a>(names: Vec<&'a str>) -> Words<'a> {
        Words {
            title: "Hokkaido, Sakhalin & the Kurils",
            heading: "On 31 December 1905",
            year: 1905,
            legend: vec![
                (Status::Japan, "Japan".into(), "Empire of Japan".into()),
                (
                    Status::Disputed,
                    "Administered by Russia, claimed by Japan".into(),
                    "Russian Federation".into(),
                ),
            ],
            attribution: "Natural Earth",
            territory_names: names,
            place_names: vec!["<script>alert(1)</script>"],
            borders: Vec::new(),
        }
    }

    #[test]
    fn the_document_has_the_year_the_legend_and_a_fill_per_status() {
        let m = map();
        let names = vec![
            "Hokkaido",
            "South Sakhalin",
            "North Sakhalin",
            "Kurils",
            "Iturup / Etorofu",
            "Kunashir",
            "Shikotan",
            "Habomai",
        ];
        let statuses = [
            Some(Status::Japan),
            Some(Status::Russia),
            Some(Status::Shared),
            Some(Status::OccupiedByJapan),
            Some(Status::OccupiedByUssr),
            Some(Status::Disputed),
            None,
            Some(Status::Disputed),
        ];
        let svg = svg_document(&m, m.frame, &statuses, &words(names), &COLORS);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains(">1905</text>"));
        assert!(
            svg.contains("Hokkaido, Sakhalin &amp; the Kurils"),
            "text is escaped"
        );
        assert!(
            svg.contains("fill=\"url(#pattern-shared)\"")
                && svg.contains("fill=\"url(#pattern-disputed)\"")
        );
        assert!(
            svg.contains("fill=\"url(#pattern-disputed-px)\""),
            "the legend's swatches use pixel-sized patterns"
        );
        assert!(svg.contains("Administered by Russia, claimed by Japan"));
        assert!(
            svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !svg.contains("<script>"),
            "names are text, never markup"
        );
        // Balanced elements: every opening tag that is not self-closing is closed.
        let opened = svg.matches("<svg").count();
        assert_eq!(opened, svg.matches("</svg>").count());
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    }

    #[test]
    fn strokes_and_labels_keep_their_pixel_size_in_a_zoomed_view() {
        let m = map();
        let statuses = [None; 8];
        let whole = svg_document(&m, m.frame, &statuses, &words(vec![""; 8]), &COLORS);
        let zoomed = svg_document(
            &m,
            Rect {
                x: 0.0,
                y: 0.0,
                w: 250.0,
                h: 250.0,
            },
            &statuses,
            &words(vec![""; 8]),
            &COLORS,
        );
        // 1000 units across 1200 px: a 15 px label is 12.5 units; four times zoomed, 3.13.
        assert!(whole.contains("font-size=\"12.5\""), "{}", &whole[..200]);
        assert!(zoomed.contains("font-size=\"3.13\""));
        assert_eq!(escape("a\u{0}b\"c'"), "ab&quot;c&apos;");
    }

    #[test]
    fn two_documents_side_by_side_keep_their_own_patterns() {
        let map = map();
        let statuses = [Some(Status::Disputed); 8];
        let names = vec!["x"; 8];
        let one = svg_document(&map, map.frame, &statuses, &words(names), &COLORS);
        let two = side_by_side(&one, &one);
        assert!(two.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2424\""));
        assert_eq!(two.matches("id=\"pattern-disputed\"").count(), 1);
        assert_eq!(two.matches("id=\"second-pattern-disputed\"").count(), 1);
        assert!(two.contains("<svg x=\"0\" y=\"0\" xmlns="));
        assert!(two.contains("<svg x=\"1224\" y=\"0\" xmlns="));
        assert!(two.ends_with("</svg></svg>"));
    }
}
