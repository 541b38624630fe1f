use std::time::Duration;

use kurils_core::text::fill;
use kurils_core::timeline::changes_in_year;
use kurils_core::Status;
use leptos::prelude::*;

use crate::data::HISTORY;
use crate::i18n::Strings;
use crate::state::{Language, Timeline};

/// How long the year must rest before its changes are read out: a drag across
/// the years is read once, where it stops, not year by year.
const SETTLE: Duration = Duration::from_millis(600);

/// "1905: South Sakhalin passes to the Empire of Japan." — the year's changes
/// in words, or nothing when nothing changed.
fn sentence(t: &Strings, lang: kurils_core::Lang, year: i16) -> Option<String> {
    let changes: Vec<String> = changes_in_year(&HISTORY, year)
        .into_iter()
        .map(|change| {
            let territory = HISTORY.territory(change.territory).name.get(lang);
            let holder = change.after.holder.get(lang);
            let template = match change.after.status {
                _ if change.after.status == change.before.status => t.announce_renamed,
                Status::Japan | Status::Russia => t.announce_passes,
                Status::Shared => t.announce_shared,
                Status::OccupiedByJapan | Status::OccupiedByUssr => t.announce_occupied,
                Status::Disputed => t.announce_disputed,
            };
            fill(template, &[("territory", territory), ("holder", holder)])
        })
        .collect();
    (!changes.is_empty()).then(|| {
        fill(
            t.announce_year,
            &[("year", &year.to_string()), ("changes", &changes.join(" "))],
        )
    })
}

/// A live region that tells screen-reader users, in words, what changed when
/// the year changes. Visually hidden; the map says the same in colour.
#[component]
pub fn Announcer() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let t = lang.t();
    let text = RwSignal::new(String::new());
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::watch(
        move || timeline.year.get(),
        move |&year, _, _| {
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let say = move || text.set(sentence(t, lang.get(), year).unwrap_or_default());
            pending.set_value(set_timeout_with_handle(say, SETTLE).ok());
        },
        false,
    );
    on_cleanup(move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
    });
    view! { <p class="visually-hidden announcer" aria-live="polite" aria-atomic="true">{move || text.get()}</p> }
}
