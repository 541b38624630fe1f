//! The few DOM operations the live page needs, over web-sys: finding the
//! served nodes by the DOM contract's selectors, writing an attribute only
//! when it changes, listening, and timers. Listeners and timers live as long
//! as the page (the page is never unmounted), so their closures are leaked on
//! purpose, once each, at start.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Event, EventTarget, HtmlElement, Window};

pub fn window() -> Window {
    web_sys::window().expect("the page has a window")
}

pub fn document() -> Document {
    window().document().expect("the page has a document")
}

/// The first element matching `selector`. The served page has every element
/// the live page binds: a missing one is a build fault, said once in the console.
pub fn find(selector: &str) -> Option<Element> {
    let found = document().query_selector(selector).ok().flatten();
    if found.is_none() {
        web_sys::console::warn_1(&JsValue::from_str(&format!(
            "the served page has no {selector}"
        )));
    }
    found
}

/// The first element matching `selector`, typed.
pub fn find_as<T: JsCast>(selector: &str) -> Option<T> {
    find(selector).and_then(|e| e.dyn_into::<T>().ok())
}

/// The territory an element of the DOM contract names (`data-territory`).
pub fn territory_of(element: &Element) -> Option<kurils_core::TerritoryId> {
    kurils_core::TerritoryId::parse(&element.get_attribute("data-territory")?)
}

/// Every element matching `selector`, in document order.
pub fn find_all(selector: &str) -> Vec<Element> {
    let Ok(list) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// Every element matching `selector` under `root`.
pub fn find_all_in(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// Sets an attribute, or removes it for `None`, touching the DOM only if it changes
/// (an attribute written with its own value still costs a style invalidation).
pub fn set_attr(element: &Element, name: &str, value: Option<&str>) {
    let now = element.get_attribute(name);
    match value {
        Some(value) if now.as_deref() != Some(value) => {
            let _ = element.set_attribute(name, value);
        }
        None if now.is_some() => {
            let _ = element.remove_attribute(name);
        }
        _ => {}
    }
}

/// Adds or removes a class.
pub fn set_class(element: &Element, class: &str, on: bool) {
    let list = element.class_list();
    if list.contains(class) != on {
        let _ = list.toggle_with_force(class, on);
    }
}

/// Writes an element's text, if it changes.
pub fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// Sets a style property through the CSSOM (allowed by the strict CSP, unlike `style` attributes).
pub fn set_style(element: &Element, property: &str, value: &str) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.style().set_property(property, value);
    }
}

/// Listens to `event` on `target` for the life of the page.
pub fn on<E: JsCast + 'static>(
    target: &EventTarget,
    event: &str,
    mut handler: impl FnMut(E) + 'static,
) {
    listen(
        target,
        event,
        Box::new(move |e: Event| handler(e.unchecked_into())),
    );
}

/// [`on`]'s one non-generic part: the JavaScript closure is made for one boxed
/// type, not once per handler (each would be its own glue in the wasm).
fn listen(target: &EventTarget, event: &str, handler: Box<dyn FnMut(Event)>) {
    let closure = Closure::wrap(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// A JavaScript function that runs `action` once (one boxed type, as in [`listen`]).
fn once(action: Box<dyn FnOnce()>) -> JsValue {
    Closure::once_into_js(move || action())
}

/// One pending timeout at a time: starting it again cancels the one before.
/// As a debounce (a drag across the years acted on once, where it ends) and
/// as playback's chain of steps. One JavaScript function serves every start
/// (a new one per start would be a closure left behind by every cancelled
/// timeout: a drag across the years starts thousands).
#[derive(Clone)]
pub struct Timer {
    inner: Rc<TimerInner>,
}

struct TimerInner {
    action: RefCell<Option<Box<dyn FnOnce()>>>,
    handle: Cell<Option<i32>>,
    callback: JsValue,
}

impl Timer {
    pub fn new() -> Timer {
        let inner = Rc::new_cyclic(|weak: &std::rc::Weak<TimerInner>| {
            let weak = weak.clone();
            let fire = Closure::<dyn FnMut()>::new(move || {
                let Some(inner) = weak.upgrade() else { return };
                inner.handle.set(None);
                let action = inner.action.borrow_mut().take();
                if let Some(action) = action {
                    action();
                }
            });
            TimerInner {
                action: RefCell::new(None),
                handle: Cell::new(None),
                callback: fire.into_js_value(),
            }
        });
        Timer { inner }
    }

    /// Runs `action` after `delay_ms`, unless started again or cancelled first.
    pub fn restart(&self, delay_ms: i32, action: impl FnOnce() + 'static) {
        self.cancel();
        *self.inner.action.borrow_mut() = Some(Box::new(action));
        let handle = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                self.inner.callback.unchecked_ref(),
                delay_ms,
            )
            .ok();
        self.inner.handle.set(handle);
    }

    pub fn cancel(&self) {
        if let Some(handle) = self.inner.handle.take() {
            window().clear_timeout_with_handle(handle);
        }
        self.inner.action.borrow_mut().take();
    }
}

/// Runs `action` once after `delay_ms`.
pub fn later(delay_ms: i32, action: impl FnOnce() + 'static) {
    let closure = once(Box::new(action));
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(closure.unchecked_ref(), delay_ms);
}

/// The element an event happened on, or its nearest ancestor matching `selector`.
pub fn closest(event: &Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()?
}
