//! What the page did with an address it could not use as written: a polite,
//! dismissible note above the map (a status region, so it is read out once).
//! Values from the address are inserted as text, never as markup.

use super::reactive::Effect;
use kurils_core::text::fill;
use kurils_core::url_state::Notice;
use kurils_core::Lang;
use web_sys::MouseEvent;

use super::dom::{document, find, on, set_attr};
use super::state::{State, Timeline};
use crate::i18n::live::*;

/// A notice in words, in `lang`.
fn message(notice: &Notice, timeline: Timeline, lang: Lang) -> String {
    let t = |text: [&'static str; 3]| text[lang as usize];
    let year = timeline.year.get_untracked().to_string();
    match notice {
        Notice::YearNotANumber { value } => fill(
            t(NOTICE_YEAR_NOT_A_NUMBER),
            &[("value", value), ("year", &year)],
        ),
        Notice::YearOutOfRange { value, shown } => fill(
            t(NOTICE_YEAR_OUT_OF_RANGE),
            &[
                ("value", value),
                ("first", &timeline.first.to_string()),
                ("last", &timeline.last.to_string()),
                ("year", &shown.to_string()),
            ],
        ),
        Notice::UnknownLanguage { value } => fill(
            t(NOTICE_UNKNOWN_LANGUAGE),
            &[("value", value), ("language", t(LANGUAGE_SELF))],
        ),
        Notice::UnknownEvent { value } => fill(t(NOTICE_UNKNOWN_EVENT), &[("value", value)]),
        Notice::YearFollowsEvent { event_year } => fill(
            t(NOTICE_YEAR_FOLLOWS_EVENT),
            &[("year", &event_year.to_string())],
        ),
        Notice::BadViewpoint { value } => fill(t(NOTICE_BAD_VIEWPOINT), &[("value", value)]),
        Notice::BadCompare { value } => fill(t(NOTICE_BAD_COMPARE), &[("value", value)]),
        Notice::BadCompareViewpoint { value } => {
            fill(t(NOTICE_BAD_COMPARE_VIEWPOINT), &[("value", value)])
        }
        Notice::BadEmbed { value } => fill(t(NOTICE_BAD_EMBED), &[("value", value)]),
        Notice::BadView { value } => fill(t(NOTICE_BAD_VIEW), &[("value", value)]),
        Notice::Repeated { name } => fill(t(NOTICE_REPEATED), &[("name", name)]),
        Notice::TooLong => t(NOTICE_TOO_LONG).to_owned(),
    }
}

pub fn bind(state: State) {
    let notices = state.notices.0;
    let (timeline, lang) = (state.timeline, state.lang);
    let Some(bar) = find(".notices") else { return };
    let Some(list) = bar.query_selector("ul").ok().flatten() else {
        return;
    };
    if let Some(dismiss) = bar.query_selector(".notice-dismiss").ok().flatten() {
        on::<MouseEvent>(&dismiss, "click", move |_| notices.set(Vec::new()));
    }
    Effect::new(move || {
        let now = lang.get();
        notices.with(|list_now| {
            set_attr(&bar, "hidden", list_now.is_empty().then_some(""));
            list.replace_children_with_node_0();
            for notice in list_now {
                if let Ok(item) = document().create_element("li") {
                    item.set_text_content(Some(&message(notice, timeline, now)));
                    let _ = list.append_child(&item);
                }
            }
        });
    });
}
