//! Two maps side by side. "Compare with…" (or `?compare=1875`) shows a second
//! map of the same view beside the first: another year, or another
//! government's map of the same year, with its own slider and switch. The
//! second map is the served map cloned once, the first time it is asked for
//! (the paths are in the page once); its territories and lines follow the
//! comparison's year and viewpoint, its labels are copied from the first map
//! after each placement, and it zooms and pans the shared view. Below the
//! maps, what differs (`kurils_core::compare::differences`), in words, with
//! the events between the two years as buttons that show the event.

use std::cell::RefCell;
use std::rc::Rc;

use kurils_core::compare::{default_partner, differences, in_order, Side};
use kurils_core::geometry::Rect;
use kurils_core::text::fill;
use kurils_core::timeline::Shown;
use kurils_core::{Lang, Viewpoint};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, MouseEvent};

use super::dom::{
    closest, document, find, find_all, find_all_in, later, on, set_attr, set_text, territory_of,
    Timer,
};
use super::reactive::{untrack, Effect, Signal};
use super::state::{status_in, State};
use crate::data::live::HISTORY;
use crate::i18n::live::{
    COMPARE_COUNT, COMPARE_MAP_LABEL, COMPARE_NONE, COMPARE_NONE_ONE_YEAR, COMPARE_TITLE,
    COMPARE_TITLE_ONE_YEAR,
};
use crate::map_style::view_box;

/// How long the comparison must rest before the live region says what differs.
const SAY_DELAY_MS: i32 = 700;

/// The groups of the first map's labels that the second map copies.
const LABEL_GROUPS: [&str; 4] = [
    ".graticule-labels",
    ".place-labels",
    ".territory-labels",
    ".label-leaders",
];

pub fn bind(state: State) {
    let compare = state.compare;
    let timeline = state.timeline;
    let (
        Some(app),
        Some(pane),
        Some(slot),
        Some(slider),
        Some(open),
        Some(close),
        Some(panel),
        Some(main_pane),
    ) = (
        find(".app"),
        find(".compare-pane"),
        find(".compare-map-slot"),
        find(".compare-slider").and_then(|e| e.dyn_into::<HtmlInputElement>().ok()),
        find(".compare-open"),
        find(".compare-close"),
        find(".changes-panel"),
        find(".main-pane"),
    )
    else {
        return;
    };
    slider.set_max(&timeline.last.to_string());

    // Opening asks for the year before the latest change up to the year shown:
    // the comparison then shows that change.
    on::<MouseEvent>(&open, "click", move |_| {
        if compare.active.get_untracked() {
            compare.active.set(false);
        } else {
            let year = timeline.year.get_untracked();
            compare.year.set(default_partner(
                &HISTORY,
                year,
                timeline.first,
                timeline.last,
            ));
            compare
                .viewpoint
                .set(state.viewpoint.chosen.get_untracked());
            compare.active.set(true);
        }
    });
    on::<MouseEvent>(&close, "click", move |_| compare.active.set(false));
    {
        let input = slider.clone();
        on::<Event>(&slider, "input", move |_| {
            if let Ok(year) = input.value().parse::<i16>() {
                compare.year.set(year.clamp(timeline.first, timeline.last));
            }
        });
    }
    for radio in find_all(".compare-viewpoint input[name=\"compare-viewpoint\"]") {
        let value = radio.unchecked_ref::<HtmlInputElement>().value();
        on::<Event>(&radio, "change", move |_| {
            if let Some(viewpoint) = Viewpoint::parse(&value) {
                compare.viewpoint.set(viewpoint);
            }
        });
    }

    // Shown or not; the second map is made the first time it is shown.
    let made = Rc::new(RefCell::new(false));
    {
        let (app, pane, panel, open) = (app.clone(), pane.clone(), panel.clone(), open.clone());
        Effect::new(move || {
            let active = compare.active.get();
            set_attr(&pane, "hidden", (!active).then_some(""));
            set_attr(&panel, "hidden", (!active).then_some(""));
            set_attr(&app, "data-compare", active.then_some("on"));
            set_attr(
                &open,
                "aria-pressed",
                Some(if active { "true" } else { "false" }),
            );
            if active && !made.replace(true) {
                untrack(|| make_second_map(&slot, state));
            }
        });
    }
    // Each pane says its year and whose map it is.
    {
        let pane = pane.clone();
        let slider = slider.clone();
        Effect::new(move || {
            let (year, viewpoint) = (compare.year.get(), compare.viewpoint.get());
            let text = year.to_string();
            set_attr(&pane, "data-year", Some(&text));
            set_attr(&pane, "data-viewpoint", Some(viewpoint.as_str()));
            if let Some(label) = pane.query_selector(".pane-year").ok().flatten() {
                set_text(&label, &text);
            }
            if slider.value() != text {
                slider.set_value(&text);
            }
            for radio in find_all(".compare-viewpoint input[name=\"compare-viewpoint\"]") {
                let radio = radio.unchecked_into::<HtmlInputElement>();
                let checked = radio.value() == viewpoint.as_str();
                if radio.checked() != checked {
                    radio.set_checked(checked);
                }
            }
        });
    }
    // The first pane's label and `data-year`, only while comparing: outside a
    // comparison they are not shown, and a slider step writes nothing here.
    {
        let viewpoint = state.viewpoint.chosen;
        Effect::new(move || {
            if !compare.active.get() {
                return;
            }
            let text = timeline.year.get().to_string();
            set_attr(&main_pane, "data-year", Some(&text));
            set_attr(&main_pane, "data-viewpoint", Some(viewpoint.get().as_str()));
            if let Some(label) = main_pane.query_selector(".pane-year").ok().flatten() {
                set_text(&label, &text);
            }
        });
    }
    bind_changes(state, &panel);
}

/// Clones the first map into the slot and binds the copy.
fn make_second_map(slot: &Element, state: State) {
    let Some(first) = find("svg.map") else { return };
    let Some(svg) = first
        .clone_node_with_deep(true)
        .ok()
        .and_then(|n| n.dyn_into::<Element>().ok())
    else {
        return;
    };
    // Not `svg.map`: the DOM contract's `svg.map` is the first map. The copy
    // keeps no ids (the patterns it would repeat are the first map's, which
    // its fills use) and no event markers; its shapes are not tab stops.
    svg.class_list().remove_1("map").ok();
    svg.class_list().add_1("compare-map").ok();
    for element in find_all_in(&svg, "defs, .event-markers, [id]") {
        if element.tag_name() == "defs" || element.class_list().contains("event-markers") {
            element.remove();
        } else {
            element.remove_attribute("id").ok();
        }
    }
    for element in find_all_in(&svg, "[tabindex]") {
        element.set_attribute("tabindex", "-1").ok();
    }
    svg.set_attribute("tabindex", "-1").ok();
    slot.replace_children_with_node_1(&svg);

    let compare = state.compare;
    let lang = state.lang;
    // Its name says which year it shows.
    {
        let svg = svg.clone();
        Effect::new(move || {
            let label = fill(
                lang.tr(COMPARE_MAP_LABEL),
                &[("year", &compare.year.get().to_string())],
            );
            set_attr(&svg, "aria-label", Some(&label));
        });
    }
    // The territories, as the comparison's year and viewpoint draw them.
    for path in find_all_in(&svg, "path.territory") {
        let Some(id) = territory_of(&path) else {
            continue;
        };
        let territory = HISTORY.territory(id);
        Effect::new(move || {
            let status = compare.periods.get()[id.index()].map(|i| territory.periods[i].status);
            let shown = compare.views.get()[id.index()]
                .map(|i| territory.views[i].status)
                .or(status);
            set_attr(&path, "data-status", status.map(|s| s.as_str()));
            set_attr(&path, "data-shown-as", shown.map(|s| s.as_str()));
            path.remove_attribute("aria-label").ok();
        });
    }
    // The lines in force in its year.
    for line in find_all_in(&svg, ".border-line") {
        let Some(index) = line
            .get_attribute("data-border")
            .and_then(|id| HISTORY.borders.iter().position(|b| b.id == id))
        else {
            continue;
        };
        Effect::new(move || {
            let in_force = HISTORY.borders[index].in_force_in_year(compare.year.get());
            set_attr(
                &line,
                "data-in-force",
                Some(if in_force { "true" } else { "false" }),
            );
        });
    }
    // The shared view, and the first map's labels (placed for the same view and size).
    {
        let svg = svg.clone();
        let view = state.map.view;
        Effect::new(move || set_attr(&svg, "viewBox", Some(&view_box(view.get()))));
    }
    {
        let (svg, first) = (svg.clone(), first.clone());
        let placed = state.map.labels_placed;
        Effect::new(move || {
            placed.track();
            state.map.view.track();
            copy_labels(&first, &svg);
        });
    }
    let element = Signal::new(Rect {
        x: 0.0,
        y: 0.0,
        w: 0.0,
        h: 0.0,
    });
    super::map_view::bind_gestures(&svg, element, state);
}

/// Replaces the second map's label groups with copies of the first map's, and
/// sizes its lines' names as the first map's.
fn copy_labels(first: &Element, second: &Element) {
    if let (Some(from), Some(to)) = (
        first.query_selector(".borders").ok().flatten(),
        second.query_selector(".borders").ok().flatten(),
    ) {
        set_attr(&to, "font-size", from.get_attribute("font-size").as_deref());
    }
    for selector in LABEL_GROUPS {
        let (Some(from), Some(to)) = (
            first.query_selector(selector).ok().flatten(),
            second.query_selector(selector).ok().flatten(),
        ) else {
            continue;
        };
        if let Some(copy) = from
            .clone_node_with_deep(true)
            .ok()
            .and_then(|n| n.dyn_into::<Element>().ok())
        {
            to.replace_with_with_node_1(&copy).ok();
        }
    }
}

/// "Japan (Empire of Japan)": a territory as one side draws it, in `lang`.
fn described(shown: &Shown, lang: Lang) -> String {
    let status = status_in(shown.status, shown.polity, lang);
    match shown.holder.map(|h| h.get(lang)) {
        Some(holder) if !status.contains(holder) => format!("{status} ({holder})"),
        _ => status,
    }
}

/// The list of what differs, its heading, and what the live region says.
fn bind_changes(state: State, panel: &Element) {
    let (compare, timeline, lang) = (state.compare, state.timeline, state.lang);
    let viewpoint = state.viewpoint.chosen;
    let (Some(title), Some(list), Some(none)) = (
        panel.query_selector(".changes-title").ok().flatten(),
        panel.query_selector(".changes").ok().flatten(),
        panel.query_selector(".changes-none").ok().flatten(),
    ) else {
        return;
    };
    let announcer = find(".announcer");
    let timer = Timer::new();
    Effect::new(move || {
        let Some(second) = compare.side() else {
            return;
        };
        let first = Side {
            year: timeline.year.get(),
            viewpoint: viewpoint.get(),
        };
        let now = lang.get();
        let l = now as usize;
        let found = differences(&HISTORY, first, second);
        let (earlier, later_side) = in_order(first, second);
        let years = [
            ("first", earlier.year.to_string()),
            ("second", later_side.year.to_string()),
            ("year", first.year.to_string()),
        ];
        let pairs: Vec<(&str, &str)> = years.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let one_year = first.year == second.year;
        set_text(
            &title,
            &fill(
                if one_year {
                    COMPARE_TITLE_ONE_YEAR[l]
                } else {
                    COMPARE_TITLE[l]
                },
                &pairs,
            ),
        );
        set_text(
            &none,
            &fill(
                if one_year {
                    COMPARE_NONE_ONE_YEAR[l]
                } else {
                    COMPARE_NONE[l]
                },
                &pairs,
            ),
        );
        set_attr(&none, "hidden", (!found.is_empty()).then_some(""));
        let items = document().create_document_fragment();
        for difference in &found {
            if let Some(item) = change_item(difference, now) {
                items.append_child(&item).ok();
            }
        }
        list.replace_children_with_node_1(&items);
        // Said once the pair has rested, not on every step of a drag.
        if let Some(announcer) = announcer.clone() {
            let said = fill(COMPARE_COUNT[l], &[("count", &found.len().to_string())]);
            let heading = title.text_content().unwrap_or_default();
            timer.restart(SAY_DELAY_MS, move || {
                set_text(&announcer, &format!("{heading}. {said}"));
            });
        }
    });
    // An event's button shows the event (on the first map, at its year).
    on::<MouseEvent>(panel, "click", move |e| {
        if let Some(id) =
            closest(&e, "button[data-event]").and_then(|b| b.get_attribute("data-event"))
        {
            if let Some(index) = HISTORY.events.iter().position(|event| event.id == id) {
                timeline.choose_event(index);
                later(0, move || {
                    if let Some(card) = find(".event-detail") {
                        card.scroll_into_view();
                    }
                });
            }
        }
    });
}

/// One entry: the territory's name, from what to what, and the events between.
fn change_item(difference: &kurils_core::compare::Difference, lang: Lang) -> Option<Element> {
    let doc = document();
    let item = doc.create_element("li").ok()?;
    item.set_attribute("data-territory", difference.territory.as_str())
        .ok()?;
    let name = doc.create_element("strong").ok()?;
    name.set_text_content(Some(HISTORY.territory(difference.territory).name.get(lang)));
    item.append_child(&name).ok()?;
    let what = doc.create_element("span").ok()?;
    what.set_class_name("change-what");
    what.set_text_content(Some(&format!(
        "{} → {}",
        described(&difference.before, lang),
        described(&difference.after, lang)
    )));
    item.append_child(&what).ok()?;
    if !difference.events.is_empty() {
        let events = doc.create_element("ul").ok()?;
        events.set_class_name("change-events");
        for &index in &difference.events {
            let event = &HISTORY.events[index];
            let entry = doc.create_element("li").ok()?;
            let button = doc.create_element("button").ok()?;
            button.set_attribute("type", "button").ok()?;
            button.set_attribute("data-event", &event.id).ok()?;
            button.set_text_content(Some(&format!(
                "{} {}",
                event.date.year(),
                event.title.get(lang)
            )));
            entry.append_child(&button).ok()?;
            events.append_child(&entry).ok()?;
        }
        item.append_child(&events).ok()?;
    }
    Some(item)
}
