use kurils_core::text::fill;
use kurils_core::url_state::Notice;
use leptos::prelude::*;

use crate::i18n::Strings;
use crate::state::{Language, Notices, Timeline};

/// A notice in words, in the page's language. Values from the address are
/// inserted as text (Leptos escapes them), never as markup.
fn message(t: &Strings, notice: &Notice, timeline: Timeline) -> String {
    let year = timeline.year.get_untracked().to_string();
    match notice {
        Notice::YearNotANumber { value } => fill(
            t.notice_year_not_a_number,
            &[("value", value), ("year", &year)],
        ),
        Notice::YearOutOfRange { value, shown } => fill(
            t.notice_year_out_of_range,
            &[
                ("value", value),
                ("first", &timeline.first.to_string()),
                ("last", &timeline.last.to_string()),
                ("year", &shown.to_string()),
            ],
        ),
        Notice::UnknownLanguage { value } => fill(
            t.notice_unknown_language,
            &[("value", value), ("language", t.language_self)],
        ),
        Notice::UnknownEvent { value } => fill(t.notice_unknown_event, &[("value", value)]),
        Notice::YearFollowsEvent { event_year } => fill(
            t.notice_year_follows_event,
            &[("year", &event_year.to_string())],
        ),
        Notice::BadEmbed { value } => fill(t.notice_bad_embed, &[("value", value)]),
        Notice::BadView { value } => fill(t.notice_bad_view, &[("value", value)]),
        Notice::Repeated { name } => fill(t.notice_repeated, &[("name", name)]),
        Notice::TooLong => t.notice_too_long.to_owned(),
    }
}

/// What the page did with an address it could not use as written: a polite,
/// dismissible note above the map (a status region, so it is read out once).
#[component]
pub fn NoticeBar() -> impl IntoView {
    let notices = expect_context::<Notices>().0;
    let timeline = expect_context::<Timeline>();
    let t = expect_context::<Language>().t();
    let items = move || {
        notices.with(|list| {
            list.iter()
                .map(|n| view! { <li>{message(t, n, timeline)}</li> })
                .collect_view()
        })
    };
    view! {
        <div class="notices" role="status" aria-label=t.notice_label hidden=move || notices.with(Vec::is_empty)>
            <ul>{items}</ul>
            <button type="button" class="notice-dismiss" on:click=move |_| notices.set(Vec::new())>{t.notice_dismiss}</button>
        </div>
    }
}
