use kurils_core::polity::claimant;
use kurils_core::text::fill;
use kurils_core::timeline::changes_in_year;
use kurils_core::{
    Certainty, DateSpan, EventDate, Lang, Precision, Status, TerritoryId, Viewpoint,
};
use leptos::prelude::*;

use super::served::Served;
use super::source_links::source_links;
use super::tr::{self, date, filled, from_localized, spans, spans_with_slot, t, when, Three};
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
                // Since when, for the status and for the holder: the first day of the
                // unbroken run of this status (and of this status under this polity). A run
                // that began with the first period in the data predates the map's start:
                // say so rather than give the map's first day as its beginning.
                let since = |same: &dyn Fn(&kurils_core::Period) -> bool| -> Three {
                    let run_start = territory.periods[..=index]
                        .iter()
                        .rposition(|p| !same(p))
                        .map_or(0, |i| i + 1);
                    if run_start == 0 {
                        Lang::ALL.map(|l| strings(l).territory_since_start.to_owned())
                    } else {
                        let began = date(EventDate {
                            date: territory.periods[run_start].from,
                            precision: Precision::Day,
                        });
                        filled(|s| s.territory_since, |l| vec![("date", began[l as usize].clone())])
                    }
                };
                let status = period.status;
                let polity = period.polity;
                let status_since = since(&|p| p.status == status);
                let holder_since = since(&|p| p.status == status && p.polity == polity);
                let who = filled(
                    move |s| match status {
                        Status::Disputed => s.territory_administered,
                        Status::OccupiedByJapan | Status::OccupiedByUssr => s.territory_occupied,
                        // (`undetermined` is a government's view, never a period's.)
                        Status::Japan | Status::Russia | Status::Shared | Status::Undetermined => s.territory_held,
                    },
                    |l| {
                        vec![
                            ("holder", period.holder.get(l).to_owned()),
                            ("since", holder_since[l as usize].clone()),
                        ]
                    },
                );
                let claim = claimant(status).map(|by| {
                    let claim = filled(|s| s.territory_claimed, |l| vec![("polity", strings(l).polity[by.index()].to_owned())]);
                    view! { <p class="card-claim">{spans(claim)}</p> }
                });
                let note = period
                    .note
                    .as_ref()
                    .map(|note| view! { <p class="card-note">{spans(Lang::ALL.map(|l| note.get(l).to_owned()))}</p> });
                view! {
                    <div class="territory-card" data-territory=id.as_str() data-status=status.as_str() data-polity=polity.as_str() data-period=index>
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
                            <span>{spans(tr::status(status, Some(polity)))}</span>
                            <span class="card-since">{spans(status_since)}</span>
                        </p>
                        <p class="card-holder">{spans(who)}</p>
                        {claim}
                        {note}
                    </div>
                }
            })
        })
        .collect_view();
    view! { <template id="territory-cards">{cards}</template> }
}

/// What each government's own map says of a territory, for every view period:
/// "On Japan's government's map: Japan", what that government holds (attributed),
/// and its sources. The live page appends the one in force to the territory's
/// card when that government's map is chosen.
#[component]
pub fn ViewCards() -> impl IntoView {
    let lines = HISTORY
        .territories
        .iter()
        .flat_map(|territory| {
            territory.views.iter().enumerate().map(move |(index, view)| {
                let government = view.government;
                let line = filled(
                    move |s| match government {
                        Viewpoint::Russia => s.viewpoint_card_russia,
                        _ => s.viewpoint_card_japan,
                    },
                    |l| vec![("status", tr::status_in(view.status, None, l))],
                );
                let note = view
                    .note
                    .as_ref()
                    .map(|note| view! { <p class="card-note">{spans(from_localized(note))}</p> });
                let sources = source_links(&view.sources);
                view! {
                    <div class="card-view" data-territory=territory.id.as_str() data-view=index data-viewpoint=government.as_str() data-shown-as=view.status.as_str()>
                        <p class="card-status">
                            <span class="swatch" data-status=view.status.as_str() aria-hidden="true"></span>
                            <span>{spans(line)}</span>
                        </p>
                        {note}
                        <details class="card-view-sources">
                            <summary>{t(|s| s.events_sources)}</summary>
                            <ul class="event-sources">{sources}</ul>
                        </details>
                    </div>
                }
            })
        })
        .collect_view();
    view! { <template id="view-cards">{lines}</template> }
}

/// The card of every treaty line: its name, when it was in force, what the
/// treaty said of it, and its sources; cloned into the card slot when a line is
/// focused or tapped.
#[component]
pub fn BorderCards() -> impl IntoView {
    let cards = HISTORY
        .borders
        .iter()
        .map(|border| {
            let start = EventDate { date: border.from, precision: Precision::Day };
            let dates = match border.to {
                Some(to) => when(DateSpan {
                    start,
                    end: Some(EventDate { date: to, precision: Precision::Day }),
                    certainty: Certainty::Exact,
                }),
                None => {
                    let began = date(start);
                    filled(|s| s.territory_since, |l| vec![("date", began[l as usize].clone())])
                }
            };
            let sources = source_links(&border.sources);
            view! {
                <div class="border-card" data-border=border.id.to_string() data-border-kind=border.kind.as_str()>
                    <button type="button" class="card-close" aria-label=EN.territory_close title=EN.territory_close>"×"</button>
                    <p class="card-name">{spans(from_localized(&border.name))}</p>
                    <p class="card-when">{spans(dates)}</p>
                    <p class="card-note">{spans(from_localized(&border.text))}</p>
                    <p class="card-sources-title">{t(|s| s.events_sources)}</p>
                    <ul class="event-sources">{sources}</ul>
                </div>
            }
        })
        .collect_view();
    view! { <template id="border-cards">{cards}</template> }
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
                Status::Japan | Status::Russia | Status::Undetermined => t.announce_passes,
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
