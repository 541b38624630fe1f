//! Sizes on the map that are set in screen pixels and written in the map's
//! units: the served page writes them for a typical map width, the live page
//! for the map's real width and zoom. One definition for both.

use kurils_core::geometry::Rect;
use kurils_core::text::fixed;

/// Territory names, in CSS pixels at full size.
pub const TERRITORY_LABEL_PX: f64 = 14.0;
/// Seas, straits and neighbouring land.
pub const PLACE_LABEL_PX: f64 = 12.0;
/// The names of the treaties' lines.
pub const BORDER_LABEL_PX: f64 = 11.0;
/// Degree labels of the graticule.
pub const GRATICULE_LABEL_PX: f64 = PLACE_LABEL_PX * 0.85;
/// The scale bar's longest length on screen, in CSS pixels.
pub const SCALE_BAR_MAX_PX: f64 = 140.0;
/// The map width the served page is written for (the live page corrects it).
pub const SERVED_MAP_WIDTH_PX: f64 = 800.0;

/// View units per CSS pixel, for a map element of `element` showing `view`
/// (before the element has a size: as served).
pub fn units_per_pixel(element: Rect, view: Rect, frame: Rect) -> f64 {
    if element.w <= 0.0 || element.h <= 0.0 {
        return served_units_per_pixel(frame);
    }
    kurils_core::viewport::units_per_pixel(element, view)
}

/// View units per CSS pixel of the served page: the whole map, [`SERVED_MAP_WIDTH_PX`] wide.
pub fn served_units_per_pixel(frame: Rect) -> f64 {
    frame.w / SERVED_MAP_WIDTH_PX
}

/// A label's `font-size` in view units: constant on screen at every zoom, a
/// little smaller on small maps (phones) so names do not swallow the islands.
pub fn label_size(px: f64, element_width: f64, units_per_pixel: f64) -> String {
    let small_map = kurils_core::geometry::clamp(element_width / SERVED_MAP_WIDTH_PX, 0.72, 1.0);
    fixed(px * small_map * units_per_pixel, 1)
}

/// The fill patterns' transform: their sizes are in screen pixels.
pub fn pattern_scale(units_per_pixel: f64) -> String {
    fixed(units_per_pixel, 3)
}

/// The SVG `viewBox` of a view.
pub fn view_box(r: Rect) -> String {
    format!(
        "{} {} {} {}",
        fixed(r.x, 1),
        fixed(r.y, 1),
        fixed(r.w, 1),
        fixed(r.h, 1)
    )
}

/// The rectangle of sea behind everything (wider than the frame, so a pan never shows its edge).
pub fn sea(frame: Rect) -> Rect {
    frame.inflate(frame.w)
}
