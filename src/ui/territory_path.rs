use kurils_core::map::TerritoryShape;
use kurils_core::text::fill;
use leptos::prelude::*;
use web_sys::PointerEvent;

use crate::data::HISTORY;
use crate::state::{Language, TerritoryFocus, Timeline, Via};

/// One territory: a single `<path>` carrying the DOM contract's
/// `data-territory` and `data-status` (its status on 31 December of the
/// selected year), with its three names in a `<title>`. Focusable, and named
/// with its status, so it can be reached and read without a mouse.
#[component]
pub fn TerritoryPath(shape: &'static TerritoryShape) -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let focus = expect_context::<TerritoryFocus>();
    let territory = HISTORY.territory(shape.id);
    // Derived from the period row, which changes only in the years something changed;
    // a memo, so the DOM is touched only when this territory's status changes.
    let status = Memo::new(move |_| {
        timeline.periods.get()[shape.id.index()].map(|i| territory.periods[i].status)
    });
    let label = move || {
        let t = lang.t();
        let status = status.get().map_or("", |s| t.status[s.index()]);
        fill(
            t.territory_label,
            &[("name", territory.name.get(lang.get())), ("status", status)],
        )
    };
    let title = format!(
        "{} · {} · {}",
        territory.name.en, territory.name.ja, territory.name.ru
    );
    let id = shape.id;
    let on_enter = move |e: PointerEvent| {
        if e.pointer_type() == "mouse" {
            focus.enter(id, Via::Mouse);
        }
    };
    view! {
        <path
            class="territory"
            data-territory=id.as_str()
            data-status=move || status.get().map(|s| s.as_str())
            d=&*shape.path
            fill-rule="evenodd"
            tabindex="0"
            aria-label=label
            on:pointerenter=on_enter
            on:pointerleave=move |_| focus.leave(id, Via::Mouse)
            on:focus=move |_| focus.enter(id, Via::Keyboard)
            on:blur=move |_| focus.leave(id, Via::Keyboard)
        >
            <title>{title}</title>
        </path>
    }
}
