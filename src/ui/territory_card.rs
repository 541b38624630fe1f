use kurils_core::text::fill;
use kurils_core::{EventDate, Precision};
use leptos::prelude::*;

use crate::data::HISTORY;
use crate::state::{Language, TerritoryFocus, Timeline};

/// What a pointed-at, focused or tapped territory is: its names in the three
/// languages, its status in the selected year, the holding state, since when,
/// and the period's note (how it came about).
#[component]
pub fn TerritoryCard() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let focus = expect_context::<TerritoryFocus>();
    let t = lang.t();
    // The territory and the index of its period in force: the card is rebuilt
    // when these change, not on every slider step.
    let shown = Memo::new(move |_| {
        let id = focus.shown()?;
        timeline.periods.get()[id.index()].map(|index| (id, index))
    });
    let when = move || {
        fill(
            t.territory_status_in,
            &[("year", &timeline.year.get().to_string())],
        )
    };
    let card = move || {
        let (id, index) = shown.get()?;
        let territory = HISTORY.territory(id);
        let period = &territory.periods[index];
        // The run of this status began with the first period in the data: it predates the
        // map's start, so say so rather than give the map's first day as its beginning.
        let run_start = territory.periods[..=index]
            .iter()
            .rposition(|p| p.status != period.status)
            .map_or(0, |i| i + 1);
        let since = if run_start == 0 {
            t.territory_since_start.to_owned()
        } else {
            let date = EventDate {
                date: territory.periods[run_start].from,
                precision: Precision::Day,
            };
            fill(t.territory_since, &[("date", &lang.date(date))])
        };
        let note = period.note.as_ref().map(|note| note.get(lang.get()));
        Some(view! {
            <div class="territory-card" data-territory=id.as_str() data-status=period.status.as_str()>
                <button type="button" class="card-close" aria-label=t.territory_close title=t.territory_close on:click=move |_| focus.clear()>"×"</button>
                <p class="card-names">
                    <span lang="en" class="card-name">{&*territory.name.en}</span>
                    <span lang="ja">{&*territory.name.ja}</span>
                    <span lang="ru">{&*territory.name.ru}</span>
                </p>
                <p class="card-when">{when}</p>
                <p class="card-status">
                    <span class="swatch" data-status=period.status.as_str() aria-hidden="true"></span>
                    <span>{t.status[period.status.index()]}</span>
                    <span class="card-since">{since}</span>
                </p>
                <p class="card-holder">{fill(t.territory_held_by, &[("holder", period.holder.get(lang.get()))])}</p>
                {note.map(|note| view! { <p class="card-note">{note}</p> })}
            </div>
        })
    };
    view! { <div class="territory-card-slot">{card}</div> }
}
