use kurils_core::text::fill;
use kurils_core::timeline::status_runs;
use kurils_core::TerritoryId;
use leptos::prelude::*;

use super::served::Served;
use super::tr::{l, spans_with_slot, t};
use crate::data::page::HISTORY;
use crate::i18n::page::strings;

/// Years marked on the strip's axis.
pub const AXIS_STEP: i16 = 25;

/// The whole story in one picture: a row per territory, bands coloured by
/// status from the first year to the last, a cursor at the shown year. The
/// bands are placed by the generated stylesheet (`layout_css`), keyed on their
/// `data-from`; each is a button (the live page moves the slider).
#[component]
pub fn Strip() -> impl IntoView {
    let served = Served::get();
    let t_ = strings(served.lang);
    let rows = TerritoryId::ALL
        .into_iter()
        .map(|id| {
            let territory = HISTORY.territory(id);
            let name = territory.name.get(served.lang);
            let bands = status_runs(territory, served.first, served.last)
                .into_iter()
                .map(|run| {
                    let label = fill(
                        t_.strip_band,
                        &[
                            ("territory", name),
                            (
                                "status",
                                &super::tr::status_in(run.status, Some(run.polity), served.lang),
                            ),
                            ("from", &run.first.to_string()),
                            ("to", &run.last.to_string()),
                        ],
                    );
                    view! {
                        <button
                            type="button"
                            class="band swatch"
                            data-status=run.status.as_str()
                            data-polity=run.polity.as_str()
                            data-from=run.first
                            data-to=run.last
                            aria-label=label.clone()
                            title=label
                        ></button>
                    }
                })
                .collect_view();
            view! {
                <div class="strip-row" data-territory=id.as_str()>
                    <span class="strip-name" title=name.to_owned()>{l(&territory.name)}</span>
                    <div class="strip-bands">{bands}</div>
                </div>
            }
        })
        .collect_view();
    let axis = (served.first..=served.last)
        .filter(|y| y % AXIS_STEP == 0 || *y == served.first)
        .map(|y| view! { <span class="strip-tick" data-year=y>{y}</span> })
        .collect_view();
    let first = served.first.to_string();
    view! {
        <section class="strip" aria-labelledby="strip-title">
            <h2 id="strip-title">
                {spans_with_slot(|s| s.strip_title, &[("first", &first)], "last", "strip-last", served.last.to_string())}
            </h2>
            <p class="hint">{t(|s| s.strip_hint)}</p>
            <div class="strip-body">
                {rows}
                <div class="strip-overlay" aria-hidden="true">
                    <div class="strip-axis">{axis}</div>
                    <div class="strip-cursor-track">
                        <div class="strip-cursor"></div>
                    </div>
                </div>
            </div>
        </section>
    }
}
