use kurils_core::Status;
use leptos::prelude::*;

use super::tr::{status, t};

/// "How to read this map": the rules the map follows, in the served page for
/// every reader (a dialog opened from the header, or from the embed's footer).
#[component]
pub fn Method() -> impl IntoView {
    // The de facto map's six; `undetermined` belongs to a government's map and
    // is explained with the viewpoints.
    let statuses = Status::ALL
        .into_iter()
        .filter(|&s| s != Status::Undetermined)
        .map(|s| {
            view! {
                <li data-status=s.as_str()>
                    <span class="swatch" data-status=s.as_str() aria-hidden="true"></span>
                    <span>{super::tr::spans(status(s, None))}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <dialog class="method-dialog" aria-labelledby="method-title">
            <h2 id="method-title">{t(|s| s.method_title)}</h2>
            <p class="method-rule">{t(|s| s.method_rule)}</p>
            <p>{t(|s| s.method_statuses)}</p>
            <ul class="method-statuses">{statuses}</ul>
            <p class="method-viewpoints">
                <span class="swatch" data-status="undetermined" aria-hidden="true"></span>
                " "
                {t(|s| s.method_viewpoints)}
            </p>
            <p>{t(|s| s.method_dates)}</p>
            <p>{t(|s| s.method_not_drawn)}</p>
            <p>{t(|s| s.method_neutrality)}</p>
            <p>{t(|s| s.method_report)}</p>
            <form method="dialog">
                <button class="method-close">{t(|s| s.method_close)}</button>
            </form>
        </dialog>
    }
}

/// The button that opens it.
#[component]
pub fn MethodButton() -> impl IntoView {
    view! { <button type="button" class="method-open">{t(|s| s.method_open)}</button> }
}
