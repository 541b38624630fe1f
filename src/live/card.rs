//! The territory card: what the pointed-at, focused or tapped territory is in
//! the selected year. The served page holds a card for every territory and
//! period in a `<template>`; this clones the one that applies into the card
//! slot (a new clone only when the territory or its period changes) and writes
//! the year into it.

use super::reactive::Effect;
use super::reactive::Memo;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTemplateElement, MouseEvent};

use kurils_core::TerritoryId;

use super::dom::{closest, document, find, find_all_in, on, set_attr, set_text};
use super::state::State;
use crate::i18n::live::TERRITORY_CLOSE;

pub fn bind(state: State) {
    let timeline = state.timeline;
    let focus = state.focus;
    let lang = state.lang;
    let (Some(slot), Some(templates)) = (
        find(".territory-card-slot"),
        document()
            .get_element_by_id("territory-cards")
            .and_then(|t| t.dyn_into::<HtmlTemplateElement>().ok()),
    ) else {
        return;
    };
    // The territory and the index of its period in force: the card is cloned
    // again when these change, not on every slider step.
    let shown = Memo::new(move || {
        let id = focus.shown()?;
        timeline.periods.get()[id.index()].map(|index| (id, index))
    });
    let card_slot = slot.clone();
    let mut cloned: Option<Option<(TerritoryId, usize)>> = None;
    Effect::new(move || {
        let now = shown.get();
        if cloned.replace(now) != Some(now) {
            let card: Option<Element> = now.and_then(|(id, index)| {
                let selector = format!(
                    ".territory-card[data-territory=\"{}\"][data-period=\"{index}\"]",
                    id.as_str()
                );
                let template = templates.content().query_selector(&selector).ok()??;
                template
                    .clone_node_with_deep(true)
                    .ok()?
                    .dyn_into::<Element>()
                    .ok()
            });
            match card {
                Some(card) => card_slot.replace_children_with_node_1(&card),
                None => card_slot.replace_children_with_node_0(),
            }
        }
        // The year, and the close button's name, in the card shown (followed
        // only while there is one: a slider step with no card does nothing here).
        if now.is_some() {
            let year = timeline.year.get().to_string();
            for element in find_all_in(&card_slot, ".card-year") {
                set_text(&element, &year);
            }
            if let Ok(Some(close)) = card_slot.query_selector(".card-close") {
                let name = lang.tr(TERRITORY_CLOSE);
                set_attr(&close, "aria-label", Some(name));
                set_attr(&close, "title", Some(name));
            }
        }
    });
    on::<MouseEvent>(&slot, "click", move |e| {
        if closest(&e, ".card-close").is_some() {
            focus.clear();
        }
    });
}
