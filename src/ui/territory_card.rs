use kurils_core::text::fill;
use leptos::prelude::*;

use crate::data::HISTORY;
use crate::state::{Language, TerritoryFocus, Timeline};

/// What a pointed-at, focused or tapped territory is: its names in the three
/// languages, its status in the selected year, the holding state, and since when.
#[component]
pub fn TerritoryCard() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let focus = expect_context::<TerritoryFocus>();
    let card = move || {
        let id = focus.shown()?;
        let territory = HISTORY.territory(id);
        let year = timeline.year.get();
        let period = territory.period_in_year(year)?;
        let t = lang.t();
        // A status that runs from the first period predates the map's start; say so rather than
        // give the map's first day as its beginning.
        let since = territory
            .status_since(year)
            .map(|date| match territory.periods.first() {
                Some(first) if first.from == date => t.territory_since_start.to_owned(),
                _ => fill(
                    t.territory_since,
                    &[(
                        "date",
                        &lang.date(kurils_core::EventDate {
                            date,
                            precision: kurils_core::Precision::Day,
                        }),
                    )],
                ),
            });
        Some(view! {
            <div class="territory-card" data-territory=id.as_str() data-status=period.status.as_str()>
                <button type="button" class="card-close" aria-label=t.territory_close title=t.territory_close on:click=move |_| focus.clear()>"×"</button>
                <p class="card-names">
                    <span lang="en" class="card-name">{&*territory.name.en}</span>
                    <span lang="ja">{&*territory.name.ja}</span>
                    <span lang="ru">{&*territory.name.ru}</span>
                </p>
                <p class="card-when">{fill(t.territory_status_in, &[("year", &year.to_string())])}</p>
                <p class="card-status">
                    <span class="swatch" data-status=period.status.as_str() aria-hidden="true"></span>
                    <span>{t.status[period.status.index()]}</span>
                    {since.map(|since| view! { <span class="card-since">{since}</span> })}
                </p>
                <p class="card-holder">{fill(t.territory_held_by, &[("holder", period.holder.get(lang.get()))])}</p>
            </div>
        })
    };
    view! { <div class="territory-card-slot">{card}</div> }
}
