use leptos::prelude::*;

use super::tr::t;
use crate::i18n::page::EN;

/// Downloads of the current view (year, legend and attribution drawn in), and
/// printing; and the data itself: every period and every event as CSV, the
/// year's territories as GeoJSON (made in the page by the live page, no request).
#[component]
pub fn ExportButtons() -> impl IntoView {
    view! {
        <div class="export" role="group" aria-label=EN.export_label>
            <span class="export-label" aria-hidden="true">{t(|s| s.export_label)}</span>
            <button type="button" class="export-svg" title=EN.export_svg_title aria-label=EN.export_svg_title>{t(|s| s.export_svg)}</button>
            <button type="button" class="export-png" title=EN.export_png_title aria-label=EN.export_png_title>{t(|s| s.export_png)}</button>
            <button type="button" class="print">{t(|s| s.export_print)}</button>
        </div>
        <div class="data-downloads" role="group" aria-label=EN.data_label>
            <span class="export-label" aria-hidden="true">{t(|s| s.data_label)}</span>
            <button type="button" data-download="csv" data-file="periods" title=EN.data_periods_title>{t(|s| s.data_periods)}</button>
            <button type="button" data-download="csv" data-file="events" title=EN.data_events_title>{t(|s| s.data_events)}</button>
            <button type="button" data-download="geojson" title=EN.data_geojson_title>{t(|s| s.data_geojson)}</button>
        </div>
    }
}
