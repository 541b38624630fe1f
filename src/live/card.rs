//! The information card: what the pointed-at, focused or tapped territory is in
//! the selected year, or what a treaty's line is. The served page holds a card
//! for every territory and period, and one for every line, in `<template>`s;
//! this clones the one that applies into the card slot (a new clone only when
//! the territory, its period or the line changes) and writes the year into it.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTemplateElement, MouseEvent, PointerEvent};

use super::dom::{closest, document, find, find_all_in, on, set_attr, set_text};
use super::reactive::{Effect, Memo};
use super::state::{State, Target};
use crate::data::live::HISTORY;
use crate::i18n::live::TERRITORY_CLOSE;

/// The card to show: a territory in one of its periods (and, on a
/// government's own map, the view period that differs), or a line.
#[derive(Clone, Copy, PartialEq)]
enum Card {
    Territory(kurils_core::TerritoryId, usize, Option<usize>),
    Border(usize),
}

fn template(id: &str) -> Option<HtmlTemplateElement> {
    document()
        .get_element_by_id(id)
        .and_then(|t| t.dyn_into::<HtmlTemplateElement>().ok())
}

pub fn bind(state: State) {
    let timeline = state.timeline;
    let focus = state.focus;
    let lang = state.lang;
    let viewpoint = state.viewpoint;
    let (Some(slot), Some(territories), Some(borders), Some(views)) = (
        find(".territory-card-slot"),
        template("territory-cards"),
        template("border-cards"),
        template("view-cards"),
    ) else {
        return;
    };
    // The card is cloned again when the territory, its period in force or the
    // line changes, not on every slider step.
    let shown = Memo::new(move || match focus.shown()? {
        Target::Territory(id) => timeline.periods.get()[id.index()]
            .map(|index| Card::Territory(id, index, viewpoint.row.get()[id.index()])),
        Target::Border(index) => Some(Card::Border(index)),
    });
    let card_slot = slot.clone();
    let mut cloned: Option<Option<Card>> = None;
    Effect::new(move || {
        let now = shown.get();
        if cloned.replace(now) != Some(now) {
            let card: Option<Element> = now.and_then(|card_id| {
                let (from, selector) = match card_id {
                    Card::Territory(id, index, _) => (
                        &territories,
                        format!(
                            ".territory-card[data-territory=\"{}\"][data-period=\"{index}\"]",
                            id.as_str()
                        ),
                    ),
                    Card::Border(index) => (
                        &borders,
                        format!(
                            ".border-card[data-border=\"{}\"]",
                            HISTORY.borders.get(index)?.id
                        ),
                    ),
                };
                let template = from.content().query_selector(&selector).ok()??;
                let card = clone(&template)?;
                // A government's own map, where it differs: its line and note
                // follow the de facto card's.
                if let Card::Territory(id, _, Some(view)) = card_id {
                    let selector = format!(
                        ".card-view[data-territory=\"{}\"][data-view=\"{view}\"]",
                        id.as_str()
                    );
                    if let Some(line) = views
                        .content()
                        .query_selector(&selector)
                        .ok()
                        .flatten()
                        .and_then(|line| clone(&line))
                    {
                        let _ = card.append_child(&line);
                    }
                }
                Some(card)
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
    // The mouse leaving the card (not back onto the map's shape it describes,
    // whose own pointerenter then keeps it) ends what the mouse showed.
    on::<PointerEvent>(&slot, "pointerleave", move |e| {
        let back = e
            .related_target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest(".territory, .border-line").ok().flatten())
            .is_some();
        if e.pointer_type() == "mouse" && !back {
            focus.leave_mouse();
        }
    });
    on::<MouseEvent>(&slot, "click", move |e| {
        if closest(&e, ".card-close").is_some() {
            focus.clear();
        }
    });
}

fn clone(element: &Element) -> Option<Element> {
    element
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into::<Element>()
        .ok()
}
