use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use kurils_core::viewport;
use leptos::prelude::*;

use super::page::Page;
use crate::address;
use crate::data::{HISTORY, MAP};
use crate::i18n::strings;
use crate::state::{Embed, Language, MapState, Notices, TerritoryFocus, Timeline};

/// The year the visitor's clock says it is: the slider's last year.
fn current_year() -> i16 {
    let year = js_sys::Date::new_0().get_full_year();
    i16::try_from(year).unwrap_or(i16::MAX)
}

/// Starts the app: creates the shared state from the address in an owner
/// that lives as long as the page, then mounts the page, and mounts it again
/// whenever the language changes. The state lives on, so the year, the chosen
/// event and the zoom survive a change of language.
///
/// Why remount rather than a reactive closure or a keyed list around the
/// page: both make Leptos generate code to diff or type-erase the whole page
/// (measured: 7 to 26 KB more gzipped wasm), while the page in one language is
/// static text; only what follows the year, the zoom or the focus is reactive.
pub fn start() {
    // Effects run on the wasm-bindgen executor; the timeline's effect is created before
    // the first mount would set it up. (An error only means it is already set up.)
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let root = Owner::new();
    let owner = root.clone();
    root.with(|| {
        let timeline = Timeline::new(current_year());
        let (asked, notices, lang) = address::read((timeline.first, timeline.last));
        if let Some(year) = asked.year {
            timeline.set_year(year);
        }
        if let Some(index) = asked
            .event
            .as_deref()
            .and_then(|id| HISTORY.events.iter().position(|e| e.id == id))
        {
            timeline.choose_event(index);
        }
        let map = MapState::new();
        if let Some(view) = asked.view {
            map.view
                .set(viewport::from_address(view, &MAP.projector, MAP.frame));
        }
        let lang = Language(RwSignal::new(lang));
        let embed = Embed(asked.embed);
        provide_context(lang);
        provide_context(timeline);
        provide_context(map);
        provide_context(embed);
        provide_context(Notices(RwSignal::new(notices)));
        provide_context(TerritoryFocus::new());
        address::follow(timeline, lang, map, embed);

        let mounted: Rc<RefCell<Option<Box<dyn Any>>>> = Rc::default();
        let mount = move || {
            let document = document();
            // The document speaks the page's language: screen readers and fonts follow it.
            if let Some(html) = document.document_element() {
                let _ = html.set_attribute("lang", lang.get().tag());
            }
            document.set_title(strings(lang.get()).app_title);
            // Dropping the handle unmounts the page in the old language.
            mounted.borrow_mut().take();
            // Mounted under the root owner, wherever the remount is called from (an effect's
            // callback runs outside it), so the page finds the shared state in its context.
            let page = owner.with(|| {
                leptos::mount::mount_to(
                    document.body().expect("the page has a body"),
                    || view! { <Page /> },
                )
            });
            *mounted.borrow_mut() = Some(Box::new(page));
        };
        // The first mount is immediate (and sets up the executor that effects run on).
        mount();
        crate::embed_height::start(embed.0);
        Effect::watch(
            move || lang.0.get(),
            move |_, _, _| {
                mount();
                // The language was changed with the switch: give it back its focus.
                if let Some(switch) = document().get_element_by_id("language-select") {
                    let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(switch)
                        .focus();
                }
            },
            false,
        );
    });
    // The root owner, and with it the state, lives as long as the page.
    std::mem::forget(root);
}
