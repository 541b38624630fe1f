use kurils_core::export::escape;
use kurils_core::text::fill;
use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::address;
use crate::state::{Embed, Language, MapState, Timeline};

/// The single-file copy made next to index.html by `make build` (scripts/single-file.mjs).
const OFFLINE_FILE: &str = "./hokkaido-sakhalin-kurils-offline.html";

/// The size an embedded map is offered at: the map, the slider and the legend fit.
const FRAME_SIZE: (u32, u32) = (640, 720);

/// Copies text, or, where the clipboard is not available (a page opened from
/// disk, an old browser), selects it so Ctrl+C does the rest.
fn copy(field: &web_sys::HtmlElement, text: &str) -> bool {
    let clipboard = window().navigator().clipboard();
    if window().is_secure_context() {
        let _ = clipboard.write_text(text);
        true
    } else {
        let _ = js_sys::Reflect::get(field, &"select".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .map(|f| f.call0(field));
        false
    }
}

/// "Share / embed": the link to the current view, and a ready `<iframe>`
/// snippet with a title, the current year and a sensible size.
#[component]
pub fn ShareDialog() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let map = expect_context::<MapState>();
    let embed = expect_context::<Embed>();
    let t = lang.t();
    let dialog = NodeRef::<Dialog>::new();
    let link = RwSignal::new(String::new());
    let snippet = RwSignal::new(String::new());
    let copied = RwSignal::new(None::<&'static str>);
    let open = move |_| {
        let mut state = address::current(timeline, lang, map, embed);
        state.embed = false;
        link.set(address::absolute(&state));
        state.embed = true;
        let title = fill(
            t.share_iframe_title,
            &[("year", &timeline.year.get_untracked().to_string())],
        );
        snippet.set(format!(
            r#"<iframe src="{}" title="{}" width="{}" height="{}" style="border:0;max-width:100%" loading="lazy"></iframe>"#,
            escape(&address::absolute(&state)),
            escape(&title),
            FRAME_SIZE.0,
            FRAME_SIZE.1
        ));
        copied.set(None);
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let copy_from = move |id: &'static str, text: RwSignal<String>| {
        move |_| {
            if let Some(field) = document()
                .get_element_by_id(id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                if copy(&field, &text.get_untracked()) {
                    copied.set(Some(id));
                }
            }
        }
    };
    let copy_label = move |id: &'static str| {
        move || {
            if copied.get() == Some(id) {
                t.share_copied
            } else {
                t.share_copy
            }
        }
    };
    view! {
        <button type="button" class="share-open" on:click=open>{t.share_button}</button>
        <dialog node_ref=dialog class="share-dialog" aria-labelledby="share-title">
            <h2 id="share-title">{t.share_title}</h2>
            <label for="share-link">{t.share_link}</label>
            <div class="share-row">
                <input id="share-link" type="text" readonly prop:value=move || link.get() />
                <button type="button" class="share-copy-link" on:click=copy_from("share-link", link)>{copy_label("share-link")}</button>
            </div>
            <label for="share-embed">{t.share_embed}</label>
            <div class="share-row">
                <textarea id="share-embed" readonly rows="4" prop:value=move || snippet.get()></textarea>
                <button type="button" class="share-copy-embed" on:click=copy_from("share-embed", snippet)>{copy_label("share-embed")}</button>
            </div>
            <p class="share-offline">
                {t.share_offline}
                " "
                <a href=OFFLINE_FILE download>{t.share_offline_link}</a>
            </p>
            <form method="dialog">
                <button class="share-close">{t.share_close}</button>
            </form>
        </dialog>
    }
}
