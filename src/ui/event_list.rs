use kurils_core::timeline::When;
use leptos::html::Ol;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::HISTORY;

/// How long the year must rest before the list scrolls to its event.
const SCROLL_DELAY: std::time::Duration = std::time::Duration::from_millis(150);
use crate::state::{Language, Timeline};

/// Every event in date order. The selected year's events are highlighted and
/// scrolled into view within the list (never the page); choosing one moves
/// the slider to its year and shows its text.
#[component]
pub fn EventList() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let list = NodeRef::<Ol>::new();

    // Keep the shown event visible inside the list's own scroll box. Only the
    // list scrolls: scrollIntoView would also scroll the page under a dragging hand.
    // It waits until the year has rested a moment: measuring an item forces a
    // layout, which a drag across the years would pay on every event year, and a
    // list jumping under a moving slider helps nobody.
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let scroll_to_shown = move || {
        let (Some(index), Some(list)) = (timeline.shown.get_untracked(), list.get_untracked())
        else {
            return;
        };
        let Some(item) = list
            .children()
            .item(index as u32)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let (top, bottom) = (item.offset_top(), item.offset_top() + item.offset_height());
        let (view_top, view_height) = (list.scroll_top(), list.client_height());
        if top < view_top {
            list.set_scroll_top(top);
        } else if bottom > view_top + view_height {
            list.set_scroll_top(bottom - view_height);
        }
    };
    Effect::new(move |_| {
        if timeline.shown.get().is_none() {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(scroll_to_shown, SCROLL_DELAY).ok());
    });
    on_cleanup(move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
    });

    let items = HISTORY
        .events
        .iter()
        .enumerate()
        .map(|(index, event)| {
            let in_year = move || timeline.event_when[index].get() == When::Current;
            let shown = move || timeline.event_shown[index].get();
            view! {
                <li class="event-item" data-event=&*event.id data-date=event.date.to_string() class:in-year=in_year class:shown=shown>
                    <button type="button" aria-current=move || shown().then_some("true") on:click=move |_| timeline.choose_event(index)>
                        <time datetime=event.date.to_string()>{lang.date(event.date)}</time>
                        <span class="event-title">{event.title.get(lang.get())}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="events" aria-labelledby="events-title">
            <h2 id="events-title">{lang.t().events_title}</h2>
            <ol class="event-list" node_ref=list>{items}</ol>
        </section>
    }
}
