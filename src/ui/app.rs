use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use kurils_core::Lang;
use leptos::prelude::*;

use super::page::Page;
use crate::state::{Language, MapState, TerritoryFocus, Timeline};

/// The year the visitor's clock says it is: the slider's last year.
fn current_year() -> i16 {
    let year = js_sys::Date::new_0().get_full_year();
    i16::try_from(year).unwrap_or(i16::MAX)
}

/// Starts the app: creates the shared state in an owner that lives as long as
/// the page, then mounts the page, and mounts it again whenever the language
/// changes. The state lives on, so the year, the chosen event and the zoom
/// survive a change of language.
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
    root.with(|| {
        let lang = Language(RwSignal::new(Lang::En));
        provide_context(lang);
        provide_context(Timeline::new(current_year()));
        provide_context(MapState::new());
        provide_context(TerritoryFocus::new());
        let mounted: Rc<RefCell<Option<Box<dyn Any>>>> = Rc::default();
        let mount = move || {
            // Dropping the handle unmounts the page in the old language.
            mounted.borrow_mut().take();
            let page = leptos::mount::mount_to(
                document().body().expect("the page has a body"),
                || view! { <Page /> },
            );
            *mounted.borrow_mut() = Some(Box::new(page));
        };
        // The first mount is immediate (and sets up the executor that effects run on).
        mount();
        Effect::watch(move || lang.0.get(), move |_, _, _| mount(), false);
    });
    // The root owner, and with it the state, lives as long as the page.
    std::mem::forget(root);
}
