use leptos::prelude::*;

use super::tr::t;
use crate::i18n::page::EN;

/// Downloads of the current view (year, legend and attribution drawn in), and printing.
#[component]
pub fn ExportButtons() -> impl IntoView {
    view! {
        <div class="export" role="group" aria-label=EN.export_label>
            <span class="export-label" aria-hidden="true">{t(|s| s.export_label)}</span>
            <button type="button" class="export-svg" title=EN.export_svg_title aria-label=EN.export_svg_title>{t(|s| s.export_svg)}</button>
            <button type="button" class="export-png" title=EN.export_png_title aria-label=EN.export_png_title>{t(|s| s.export_png)}</button>
            <button type="button" class="print">{t(|s| s.export_print)}</button>
        </div>
    }
}
