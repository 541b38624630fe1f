use leptos::prelude::*;

use crate::download::{download_png, download_svg};
use crate::state::{Language, MapState, Timeline};

/// Downloads of the current view (year, legend and attribution drawn in), and printing.
#[component]
pub fn ExportButtons() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let map = expect_context::<MapState>();
    let t = lang.t();
    view! {
        <div class="export" role="group" aria-label=t.export_label>
            <span class="export-label" aria-hidden="true">{t.export_label}</span>
            <button type="button" class="export-svg" title=t.export_svg_title aria-label=t.export_svg_title on:click=move |_| download_svg(timeline, lang, map)>{t.export_svg}</button>
            <button type="button" class="export-png" title=t.export_png_title aria-label=t.export_png_title on:click=move |_| download_png(timeline, lang, map)>{t.export_png}</button>
            <button type="button" class="print" on:click=move |_| drop(window().print())>{t.export_print}</button>
        </div>
    }
}
