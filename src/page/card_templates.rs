use kurils_core::text::fill;
use kurils_core::timeline::changes_in_year;
use kurils_core::{EventDate, Lang, Precision, Status, TerritoryId};
use leptos::prelude::*;

use super::served::Served;
use super::tr::{date, filled, spans, spans_with_slot, t};
use crate::data::page::HISTORY;
use crate::i18n::page::{strings, EN};

/// The territory card of every territory in every period, ready to be cloned
/// by the live page into the card slot when a territory is pointed at,
/// focused or tapped: names in the three languages, the status and since when,
/// the holder, and how it came about. The year is a slot (`card-year`).
/// In a `<template>`: inert, unseen, and not part of the page's DOM.
#[component]
pub fn CardTemplates() -> impl IntoView {
    let cards = TerritoryId::ALL
        .into_iter()
        .flat_map(|id| {
            let territory = HISTORY.territory(id);
            territory.periods.iter().enumerate().map(move |(index, period)| {
                // The run of this status began with the first period in the data: it
                // predates the map's start, so say so rather than give a first day.
                let run_start = territory.periods[..=index]
                    .iter()
                    .rposition(|p| p.status != period.status)
                    .map_or(0, |i| i + 1);
                let since = if run_start == 0 {
                    spans(Lang::ALL.map(|l| strings(l).territory_since_start.to_owned()))
                } else {
                    let began = date(EventDate {
                        date: territory.periods[run_start].from,
                        precision: Precision::Day,
                    });
                    spans(filled(|s| s.territory_since, |l| vec![("date", began[l as usize].clone())]))
                };
                let holder = spans(filled(|s| s.territory_held_by, |l| vec![("holder", period.holder.get(l).to_owned())]));
                let note = period
                    .note
                    .as_ref()
                    .map(|note| view! { <p class="card-note">{spans(Lang::ALL.map(|l| note.get(l).to_owned()))}</p> });
                let status = period.status;
                view! {
                    <div class="territory-card" data-territory=id.as_str() data-status=status.as_str() data-period=index>
                        <button type="button" class="card-close" aria-label=EN.territory_close title=EN.territory_close>"×"</button>
                        <p class="card-names">
                            <span lang="en" class="card-name">{territory.name.en.to_string()}</span>
                            <span lang="ja">{territory.name.ja.to_string()}</span>
                            <span lang="ru">{territory.name.ru.to_string()}</span>
                        </p>
                        <p class="card-when">
                            {spans_with_slot(|s| s.territory_status_in, &[], "year", "card-year", String::new())}
                        </p>
                        <p class="card-status">
                            <span class="swatch" data-status=status.as_str() aria-hidden="true"></span>
                            <span>{t(move |s| s.status[status.index()])}</span>
                            <span class="card-since">{since}</span>
                        </p>
                        <p class="card-holder">{holder}</p>
                        {note}
                    </div>
                }
            })
        })
        .collect_view();
    view! { <template id="territory-cards">{cards}</template> }
}

/// "1905: South Sakhalin passes to the Empire of Japan." — what changed in a
/// year, in words, in one language; `None` when nothing changed.
fn sentence(lang: Lang, year: i16) -> Option<String> {
    let t = strings(lang);
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

/// What the live region says when the year comes to rest on a year in which
/// something changed: one sentence per such year, in three languages.
#[component]
pub fn Announcements() -> impl IntoView {
    let served = Served::get();
    let years = (served.first..=served.last)
        .filter_map(|year| {
            let said = Lang::ALL.map(|lang| sentence(lang, year));
            said.iter().all(Option::is_some).then(|| {
                let said = said.map(Option::unwrap_or_default);
                view! { <p data-year=year>{spans(said)}</p> }
            })
        })
        .collect_view();
    view! { <template id="announcements">{years}</template> }
}
