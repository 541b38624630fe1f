//! The names on the map, placed so that no two overlap and none is cut by the
//! map's edge or hidden under its controls, at every size, zoom and language
//! (`kurils_core::labels::place` decides; this measures and writes). A name
//! that fits nowhere is hidden; a long one is wrapped or shortened; a crowded
//! one (the Shikotan and Habomai cluster) may move out with a leader line.
//!
//! Each name is one `<text>` (the SVG download and the tests read it). Its
//! sizes are measured once per language and map width with a canvas (no
//! layout of the page); placing them again on a zoom or pan is arithmetic.

use kurils_core::geometry::{Point, Rect};
use kurils_core::labels::{place, Candidate, Placement};
use kurils_core::text::fixed;
use kurils_core::viewport::screen_to_view;
use kurils_core::{Lang, Localized, TerritoryId};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

use super::dom::{document, find, find_all, set_attr, window};
use super::reactive::{on_change, Memo};
use super::state::State;
use crate::data::live::{HISTORY, MAP};
use crate::map_style::{
    BORDER_LABEL_PX, GRATICULE_LABEL_PX, PLACE_LABEL_PX, SERVED_MAP_WIDTH_PX, TERRITORY_LABEL_PX,
};

/// Room around each name for its halo (the text's white outline), in CSS pixels.
const HALO_PX: f64 = 3.0;
/// What is kept clear along the map's edge, in CSS pixels.
const EDGE_PX: f64 = 3.0;

/// The territories whose names may move away with a leader line: the southern
/// islands, crowded together at the whole-map view.
const MAY_LEAD: [TerritoryId; 4] = [
    TerritoryId::Iturup,
    TerritoryId::Kunashir,
    TerritoryId::Shikotan,
    TerritoryId::Habomai,
];

/// What a name says, per language, and how it may be written shorter.
#[derive(Clone, Copy)]
enum Words {
    Named(&'static Localized),
    Fixed(&'static str),
}

/// A name on the map and what it may do.
struct Label {
    element: Element,
    words: Words,
    /// Its anchor in view units.
    anchor: Point,
    px: f64,
    priority: u8,
    may_lead: bool,
    movable: bool,
    leader: Option<Element>,
    /// For a line's label: the line, shown only in its years.
    border: Option<usize>,
    /// A degree label sits beside its line's end: right of it (latitudes, on the
    /// map's left edge) or above it (longitudes, on the bottom edge).
    beside: Option<Beside>,
}

#[derive(Clone, Copy)]
enum Beside {
    Right,
    Above,
}

/// The forms of a name, in order of preference: whole, wrapped in two lines,
/// and short (before " / " or " (": "Iturup / Etorofu" → "Iturup").
fn forms(text: &str) -> Vec<Vec<String>> {
    let mut out = vec![vec![text.to_owned()]];
    let middle = text.len() / 2;
    let split = text
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .min_by_key(|&(i, _)| i.abs_diff(middle));
    if let Some((i, _)) = split {
        out.push(vec![
            text[..i].trim().to_owned(),
            text[i..].trim().to_owned(),
        ]);
    }
    if let Some(short) = text
        .split([' ', '（'])
        .next()
        .filter(|_| text.contains(" / ") || text.contains(" (") || text.contains('（'))
    {
        let short = text.split(" / ").next().unwrap_or(short);
        let short = short.split(" (").next().unwrap_or(short);
        let short = short.split('（').next().unwrap_or(short);
        out.push(vec![short.trim().to_owned()]);
    }
    out
}

fn text_of(words: Words, lang: Lang) -> &'static str {
    match words {
        Words::Named(l) => l.get(lang),
        Words::Fixed(s) => s,
    }
}

/// Measures text with the canvas: no layout of the page.
struct Ruler {
    context: CanvasRenderingContext2d,
}

impl Ruler {
    fn new() -> Option<Ruler> {
        let canvas = document()
            .create_element("canvas")
            .ok()?
            .dyn_into::<HtmlCanvasElement>()
            .ok()?;
        let context = canvas
            .get_context("2d")
            .ok()??
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        Some(Ruler { context })
    }

    /// Width and height of `lines` in CSS pixels, in the font of `element` at `px`.
    fn measure(&self, element: &Element, px: f64, lines: &[String]) -> (f64, f64) {
        let style = window().get_computed_style(element).ok().flatten();
        let get = |name: &str| {
            style
                .as_ref()
                .and_then(|s| s.get_property_value(name).ok())
                .unwrap_or_default()
        };
        let font = format!(
            "{} {} {}px {}",
            get("font-style"),
            get("font-weight"),
            fixed(px, 2),
            get("font-family")
        );
        self.context.set_font(&font);
        let spacing =
            if element.class_list().contains("sea") || element.class_list().contains("strait") {
                0.05 * px
            } else {
                0.0
            };
        let width = lines
            .iter()
            .map(|line| {
                self.context.measure_text(line).map_or(0.0, |m| m.width())
                    + spacing * line.chars().count() as f64
            })
            .fold(0.0, f64::max);
        (
            width + 2.0 * HALO_PX,
            px * 1.2 * lines.len() as f64 + HALO_PX,
        )
    }
}

/// The map's controls over the map, in view units.
fn obstacles(svg: &Element, element: Rect, view: Rect) -> Vec<Rect> {
    let _ = svg;
    find_all(".map-wrap .zoom-controls, .map-wrap .north-arrow, .map-wrap .scale-bar")
        .into_iter()
        .map(|control| {
            let r = control.get_bounding_client_rect();
            let a = screen_to_view(
                Point {
                    x: r.left(),
                    y: r.top(),
                },
                element,
                view,
            );
            let b = screen_to_view(
                Point {
                    x: r.right(),
                    y: r.bottom(),
                },
                element,
                view,
            );
            Rect {
                x: a.x,
                y: a.y,
                w: b.x - a.x,
                h: b.y - a.y,
            }
        })
        .filter(|r| r.w > 0.0 && r.h > 0.0)
        .collect()
}

/// Writes a placed name: its text (one or two lines) at its place, or hidden.
fn write(label: &Label, lines: &[String], at: Option<Placement>, units: f64) {
    let element = &label.element;
    let Some(p) = at else {
        set_attr(element, "visibility", Some("hidden"));
        if let Some(leader) = &label.leader {
            set_attr(leader, "visibility", Some("hidden"));
        }
        return;
    };
    set_attr(element, "visibility", None);
    set_attr(element, "text-anchor", Some("middle"));
    set_attr(element, "dx", None);
    set_attr(element, "dy", None);
    set_attr(element, "x", Some(&fixed(p.center.x, 1)));
    set_attr(element, "y", Some(&fixed(p.center.y, 1)));
    let shown: String = lines.join("\n");
    if element.get_attribute("data-shown-text").as_deref() != Some(shown.as_str()) {
        element.replace_children_with_node_0();
        if lines.len() == 1 {
            element.set_text_content(Some(&lines[0]));
        } else {
            let line = label.px * 1.2 * units;
            for (i, text) in lines.iter().enumerate() {
                if let Ok(span) =
                    document().create_element_ns(Some("http://www.w3.org/2000/svg"), "tspan")
                {
                    let _ = span.set_attribute("x", &fixed(p.center.x, 1));
                    let _ = span
                        .set_attribute("dy", &fixed(if i == 0 { -line / 2.0 } else { line }, 1));
                    span.set_text_content(Some(text));
                    let _ = element.append_child(&span);
                }
            }
        }
        let _ = element.set_attribute("data-shown-text", &shown);
    } else if lines.len() > 1 {
        for span in super::dom::find_all_in(element, "tspan") {
            set_attr(&span, "x", Some(&fixed(p.center.x, 1)));
        }
    }
    if let Some(leader) = &label.leader {
        if p.leader {
            // From the anchor to the nearest edge of the name's box.
            let to = Point {
                x: p.center.x.clamp(p.rect.x, p.rect.x + p.rect.w),
                y: if label.anchor.y < p.rect.y {
                    p.rect.y
                } else {
                    p.rect.y + p.rect.h
                },
            };
            set_attr(leader, "x1", Some(&fixed(label.anchor.x, 1)));
            set_attr(leader, "y1", Some(&fixed(label.anchor.y, 1)));
            set_attr(leader, "x2", Some(&fixed(to.x, 1)));
            set_attr(leader, "y2", Some(&fixed(to.y, 1)));
            set_attr(leader, "visibility", None);
        } else {
            set_attr(leader, "visibility", Some("hidden"));
        }
    }
}

pub fn bind(state: State) {
    let (map, lang, timeline) = (state.map, state.lang, state.timeline);
    let (Some(svg), Some(ruler)) = (find("svg.map"), Ruler::new()) else {
        return;
    };
    let mut labels: Vec<Label> = Vec::new();
    for element in find_all("svg.map text[data-label]") {
        let Some(id) = element
            .get_attribute("data-label")
            .and_then(|t| TerritoryId::parse(&t))
        else {
            continue;
        };
        labels.push(Label {
            leader: find_all(&format!(
                "svg.map line[data-leader-for=\"{}\"]",
                id.as_str()
            ))
            .into_iter()
            .next(),
            anchor: MAP.territory(id).label,
            words: Words::Named(&HISTORY.territory(id).name),
            element,
            px: TERRITORY_LABEL_PX,
            priority: 0,
            may_lead: MAY_LEAD.contains(&id),
            movable: true,
            border: None,
            beside: None,
        });
    }
    for element in find_all("svg.map .border-label") {
        let Some(index) = element
            .get_attribute("data-border-label")
            .and_then(|id| HISTORY.borders.iter().position(|b| b.id == id))
        else {
            continue;
        };
        labels.push(Label {
            leader: None,
            anchor: MAP.borders[index].label_at,
            words: Words::Named(&HISTORY.borders[index].name),
            element,
            px: BORDER_LABEL_PX,
            priority: 1,
            may_lead: false,
            movable: true,
            border: Some(index),
            beside: None,
        });
    }
    for element in find_all("svg.map text[data-place]") {
        let Some(place) = element
            .get_attribute("data-place")
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| MAP.places.get(i))
        else {
            continue;
        };
        labels.push(Label {
            leader: None,
            anchor: place.at,
            words: Words::Named(&place.name),
            element,
            px: PLACE_LABEL_PX,
            priority: 2,
            may_lead: false,
            movable: true,
            border: None,
            beside: None,
        });
    }
    for (element, line) in find_all("svg.map .graticule-labels text")
        .into_iter()
        .zip(MAP.graticule.iter())
    {
        labels.push(Label {
            leader: None,
            anchor: line.label_at,
            words: Words::Fixed(&line.label),
            element,
            px: GRATICULE_LABEL_PX,
            priority: 3,
            may_lead: false,
            movable: false,
            border: None,
            beside: Some(if line.label.ends_with('E') {
                Beside::Above
            } else {
                Beside::Right
            }),
        });
    }
    // The lines in force change the names to place only in the years a line starts or ends.
    let lines_in_force = Memo::new(move || {
        let year = timeline.year.get();
        HISTORY
            .borders
            .iter()
            .map(|b| b.in_force_in_year(year))
            .collect::<Vec<bool>>()
    });
    // Sizes in CSS pixels, per label and form: measured again only for a new
    // language or map width (the names' pixel sizes follow the map's width).
    let sizes = Memo::new(move || {
        let (now, width) = (lang.get(), map.element.get().w);
        (now, (width.max(1.0) as i32))
    });
    let mut measured: Option<((Lang, i32), Vec<(Vec<Vec<String>>, Vec<(f64, f64)>)>)> = None;
    on_change(
        move || {
            (
                sizes.get(),
                map.view.get(),
                map.element.get(),
                lines_in_force.get(),
            )
        },
        move |((now, width), view, element, in_force)| {
            // As `map_style::label_size`: names a little smaller on small maps.
            let small =
                kurils_core::geometry::clamp(f64::from(*width) / SERVED_MAP_WIDTH_PX, 0.72, 1.0);
            if measured.as_ref().map(|(key, _)| *key) != Some((*now, *width)) {
                let table = labels
                    .iter()
                    .map(|label| {
                        let forms = forms(text_of(label.words, *now));
                        let sizes = forms
                            .iter()
                            .map(|lines| ruler.measure(&label.element, label.px * small, lines))
                            .collect();
                        (forms, sizes)
                    })
                    .collect();
                measured = Some(((*now, *width), table));
            }
            let Some((_, table)) = &measured else { return };
            let units = crate::map_style::units_per_pixel(*element, *view, MAP.frame);
            let edge = EDGE_PX * units;
            let area = Rect {
                x: view.x + edge,
                y: view.y + edge,
                w: view.w - 2.0 * edge,
                h: view.h - 2.0 * edge,
            };
            let candidates: Vec<Candidate> = labels
                .iter()
                .zip(table)
                .map(|(label, (_, sizes))| Candidate {
                    anchor: match (label.beside, sizes.first()) {
                        (Some(Beside::Right), Some(&(w, _))) => Point {
                            x: label.anchor.x + (0.3 * label.px * small + w / 2.0) * units,
                            y: label.anchor.y,
                        },
                        (Some(Beside::Above), Some(&(_, h))) => Point {
                            x: label.anchor.x,
                            y: label.anchor.y - (0.3 * label.px * small + h / 2.0) * units,
                        },
                        _ => label.anchor,
                    },
                    // A line's label out of its years takes no room.
                    forms: if label.border.is_some_and(|i| !in_force[i]) {
                        Vec::new()
                    } else {
                        sizes.iter().map(|&(w, h)| (w * units, h * units)).collect()
                    },
                    priority: label.priority,
                    may_lead: label.may_lead,
                    movable: label.movable,
                })
                .collect();
            let placed = place(&candidates, area, &obstacles(&svg, *element, *view));
            for ((label, (forms, _)), at) in labels.iter().zip(table).zip(placed) {
                let lines = at.map_or(&forms[0], |p| &forms[p.form]);
                write(label, lines, at, units);
            }
            map.labels_placed.update(|n| *n = n.wrapping_add(1));
        },
    );
}
