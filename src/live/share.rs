//! "Share / embed": fills the served dialog with the link to the current view
//! and a ready `<iframe>` snippet (a title, the year, a sensible size), opens
//! it, and copies either. Where the clipboard is not available (a page opened
//! from disk, an old browser) or refuses, the text is selected, so Ctrl+C does the rest.

use kurils_core::export::escape;
use kurils_core::text::fill;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Element, HtmlDialogElement, HtmlElement, HtmlInputElement, HtmlTextAreaElement, MouseEvent,
};

use super::address;
use super::dom::{find, find_all, find_as, on, set_attr, window};
use super::state::State;
use crate::i18n::live::SHARE_IFRAME_TITLE;

/// The size an embedded map is offered at: the map, the slider and the legend fit.
const FRAME_SIZE: (u32, u32) = (640, 720);

/// Selects a field's text, focused, so that Ctrl+C copies it.
fn select(field: &Element) {
    if let Some(element) = field.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
    if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
        input.select();
    } else if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
        area.select();
    }
}

/// Copies text, then runs `copied`. Where there is no clipboard (`navigator.clipboard`
/// is undefined outside secure contexts and in old browsers: calling it would throw) or
/// the browser refuses the write (its promise rejects: a policy, a frame without the
/// permission), the text is selected in its field instead.
fn copy(field: &Element, text: &str, copied: impl FnOnce() + 'static) {
    let navigator = window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !clipboard {
        select(field);
        return;
    }
    let field = field.clone();
    let refused = Closure::once(move |_: JsValue| select(&field));
    let done = Closure::once(move |_: JsValue| copied());
    let _ = navigator
        .clipboard()
        .write_text(text)
        .then2(&done, &refused);
    // One of the two is called, later: both are left to JavaScript (a few bytes a click).
    done.forget();
    refused.forget();
}

pub fn bind(state: State) {
    let (Some(open), Some(dialog), Some(link), Some(snippet)) = (
        find(".share-open"),
        find_as::<HtmlDialogElement>(".share-dialog"),
        find_as::<HtmlInputElement>("#share-link"),
        find_as::<HtmlTextAreaElement>("#share-embed"),
    ) else {
        return;
    };
    let buttons = find_all(".share-dialog .share-row button");
    {
        let (link, snippet, buttons) = (link.clone(), snippet.clone(), buttons.clone());
        on::<MouseEvent>(&open, "click", move |_| {
            let mut now = address::current(state);
            now.embed = false;
            link.set_value(&address::absolute(&now));
            now.embed = true;
            let title = fill(
                state.lang.tr(SHARE_IFRAME_TITLE),
                &[("year", &state.timeline.year.get_untracked().to_string())],
            );
            snippet.set_value(&format!(
                r#"<iframe src="{}" title="{}" width="{}" height="{}" style="border:0;max-width:100%" loading="lazy"></iframe>"#,
                escape(&address::absolute(&now)),
                escape(&title),
                FRAME_SIZE.0,
                FRAME_SIZE.1
            ));
            // How to cite the map as shown (not embedded).
            now.embed = false;
            let (line, entry) = super::citation::of(state, &address::absolute(&now));
            if let Some(field) = find_as::<HtmlTextAreaElement>("#citation") {
                field.set_value(&line);
            }
            if let Some(field) = find_as::<HtmlTextAreaElement>("#citation-bibtex") {
                field.set_value(&entry);
            }
            for button in &buttons {
                set_attr(button, "data-copied", None);
            }
            let _ = dialog.show_modal();
        });
    }
    for button in buttons.clone() {
        let all = buttons.clone();
        // Each copy button copies the field beside it.
        let field: Element = if button.class_list().contains("share-copy-link") {
            link.clone().unchecked_into()
        } else if let Some(beside) = button
            .previous_element_sibling()
            .filter(|e| e.matches("input, textarea").unwrap_or(false))
        {
            beside
        } else {
            snippet.clone().unchecked_into()
        };
        let pressed = button.clone();
        on::<MouseEvent>(&button, "click", move |_| {
            let text = field
                .dyn_ref::<HtmlInputElement>()
                .map(HtmlInputElement::value)
                .or_else(|| {
                    field
                        .dyn_ref::<HtmlTextAreaElement>()
                        .map(HtmlTextAreaElement::value)
                })
                .unwrap_or_default();
            // One button says "Copied": the one whose text is on the clipboard.
            for other in &all {
                set_attr(other, "data-copied", None);
            }
            let pressed = pressed.clone();
            copy(&field, &text, move || {
                set_attr(&pressed, "data-copied", Some(""))
            });
        });
    }
}
