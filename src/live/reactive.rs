//! The live page's reactive state: signals, memos and effects, after Leptos'
//! (same names, same automatic tracking: an effect follows the signals it
//! read on its last run), in about a tenth of the wasm. Measured: Leptos'
//! `reactive_graph` with its executor cost 17 KB of the gzipped wasm here
//! (ARCHITECTURE.md, "Performance"), for a page whose state is a handful of
//! values that live as long as the page.
//!
//! What it does not do, because the page does not need it: disposal (every
//! signal and effect lives as long as the page), async, and batching. Effects
//! run synchronously, in the order they subscribed, as soon as a signal they
//! read changes: a slider step's DOM writes are done before `input` returns.
//! An effect that is running is not re-entered; a value set inside it is
//! seen on its next run.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::marker::PhantomData;

type EffectId = usize;
type SignalId = usize;

#[derive(Default)]
struct Runtime {
    values: RefCell<Vec<Box<dyn Any>>>,
    /// Per signal, the effects that read it on their last run.
    subscribers: RefCell<Vec<Vec<EffectId>>>,
    /// Per effect, its function (`None` while it runs) and the signals it read.
    effects: RefCell<Vec<Option<Box<dyn FnMut()>>>>,
    sources: RefCell<Vec<Vec<SignalId>>>,
    /// The effect running now, which a signal read subscribes.
    observer: Cell<Option<EffectId>>,
}

thread_local! {
    static RUNTIME: Runtime = Runtime::default();
}

fn track(signal: SignalId) {
    RUNTIME.with(|rt| {
        let Some(effect) = rt.observer.get() else {
            return;
        };
        let mut subscribers = rt.subscribers.borrow_mut();
        if !subscribers[signal].contains(&effect) {
            subscribers[signal].push(effect);
            rt.sources.borrow_mut()[effect].push(signal);
        }
    });
}

fn notify(signal: SignalId) {
    let subscribers = RUNTIME.with(|rt| rt.subscribers.borrow()[signal].clone());
    for effect in subscribers {
        run(effect);
    }
}

/// Runs an effect: it forgets what it read last time and subscribes to what it reads now.
fn run(effect: EffectId) {
    let Some(mut function) = RUNTIME.with(|rt| {
        let function = rt.effects.borrow_mut()[effect].take()?;
        let sources = std::mem::take(&mut rt.sources.borrow_mut()[effect]);
        let mut subscribers = rt.subscribers.borrow_mut();
        for signal in sources {
            subscribers[signal].retain(|&e| e != effect);
        }
        Some(function)
    }) else {
        return; // running already
    };
    let before = RUNTIME.with(|rt| rt.observer.replace(Some(effect)));
    function();
    RUNTIME.with(|rt| {
        rt.observer.set(before);
        rt.effects.borrow_mut()[effect] = Some(function);
    });
}

/// Runs `f` without subscribing the running effect to what it reads.
pub fn untrack<T>(f: impl FnOnce() -> T) -> T {
    let before = RUNTIME.with(|rt| rt.observer.take());
    let value = f();
    RUNTIME.with(|rt| rt.observer.set(before));
    value
}

/// A value that effects follow. A `Copy` handle: it lives as long as the page.
pub struct Signal<T> {
    id: SignalId,
    value: PhantomData<T>,
}

impl<T> Clone for Signal<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Signal<T> {}

impl<T: 'static> Signal<T> {
    pub fn new(value: T) -> Signal<T> {
        let id = RUNTIME.with(|rt| {
            let mut values = rt.values.borrow_mut();
            values.push(Box::new(value));
            rt.subscribers.borrow_mut().push(Vec::new());
            values.len() - 1
        });
        Signal {
            id,
            value: PhantomData,
        }
    }

    /// Reads the value without subscribing. `f` must not set a signal.
    pub fn with_untracked<R>(self, f: impl FnOnce(&T) -> R) -> R {
        RUNTIME.with(|rt| {
            let values = rt.values.borrow();
            f(values[self.id]
                .downcast_ref()
                .expect("a signal keeps its type"))
        })
    }

    /// Reads the value, subscribing the running effect. `f` must not set a signal.
    pub fn with<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.track();
        self.with_untracked(f)
    }

    /// Subscribes the running effect, without reading.
    pub fn track(self) {
        track(self.id);
    }

    /// Changes the value in place and runs the effects that follow it.
    pub fn update(self, f: impl FnOnce(&mut T)) {
        RUNTIME.with(|rt| {
            let mut values = rt.values.borrow_mut();
            f(values[self.id]
                .downcast_mut()
                .expect("a signal keeps its type"));
        });
        notify(self.id);
    }

    pub fn set(self, value: T) {
        self.update(|v| *v = value);
    }
}

impl<T: Clone + 'static> Signal<T> {
    pub fn get(self) -> T {
        self.with(T::clone)
    }

    pub fn get_untracked(self) -> T {
        self.with_untracked(T::clone)
    }
}

/// A value derived from signals, recomputed when they change and passed on
/// only when it differs: what follows it runs only when it really changed.
pub struct Memo<T>(Signal<T>);

impl<T> Clone for Memo<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Memo<T> {}

impl<T: PartialEq + 'static> Memo<T> {
    pub fn new(compute: impl Fn() -> T + 'static) -> Memo<T> {
        let made: std::rc::Rc<Cell<Option<Signal<T>>>> = std::rc::Rc::default();
        let slot = std::rc::Rc::clone(&made);
        Effect::new(move || {
            let value = compute();
            match slot.get() {
                None => slot.set(Some(Signal::new(value))),
                Some(signal) => {
                    if signal.with_untracked(|old| *old != value) {
                        signal.set(value);
                    }
                }
            }
        });
        Memo(made.get().expect("the memo's first run made its signal"))
    }

    pub fn with<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.0.with(f)
    }

    pub fn track(self) {
        self.0.track();
    }
}

impl<T: PartialEq + Clone + 'static> Memo<T> {
    pub fn get(self) -> T {
        self.0.get()
    }
}

/// Code that runs now and again whenever a signal it read changes, for the life of the page.
pub struct Effect;

impl Effect {
    pub fn new(function: impl FnMut() + 'static) {
        let id = RUNTIME.with(|rt| {
            let mut effects = rt.effects.borrow_mut();
            effects.push(Some(Box::new(function)));
            rt.sources.borrow_mut().push(Vec::new());
            effects.len() - 1
        });
        run(id);
    }
}

/// Follows `value` and calls `write` with it whenever it changes, but not now:
/// for nodes the served page already shows right, since the live page starts
/// in the state the page was served in. Starting then costs reading, not
/// writing (measured: the writes were most of the start's 20-70 ms).
pub fn on_change<T: PartialEq + 'static>(
    value: impl Fn() -> T + 'static,
    mut write: impl FnMut(&T) + 'static,
) {
    let mut shown: Option<T> = None;
    Effect::new(move || {
        let now = value();
        if shown.as_ref().is_some_and(|before| *before != now) {
            untrack(|| write(&now));
        }
        if shown.as_ref() != Some(&now) {
            shown = Some(now);
        }
    });
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;

    #[test]
    fn effects_follow_what_they_read_and_memos_pass_on_only_changes() {
        let year = Signal::new(1855);
        let decade = Memo::new(move || year.get() / 10);
        let runs = Rc::new(Cell::new(0));
        let seen = Rc::new(Cell::new(0));
        let (r, s) = (Rc::clone(&runs), Rc::clone(&seen));
        Effect::new(move || {
            r.set(r.get() + 1);
            s.set(decade.get());
        });
        assert_eq!((runs.get(), seen.get()), (1, 185));
        year.set(1856);
        assert_eq!(runs.get(), 1, "same decade: the memo passes nothing on");
        year.set(1905);
        assert_eq!((runs.get(), seen.get()), (2, 190));
    }

    #[test]
    fn on_change_writes_changes_only_not_the_starting_value() {
        let year = Signal::new(1855);
        let written = Rc::new(RefCell::new(Vec::new()));
        let w = Rc::clone(&written);
        on_change(
            move || year.get() / 10,
            move |decade| w.borrow_mut().push(*decade),
        );
        year.set(1856);
        year.set(1905);
        year.set(1855);
        assert_eq!(*written.borrow(), vec![190, 185]);
    }

    #[test]
    fn an_effect_follows_only_what_it_read_on_its_last_run() {
        let show = Signal::new(false);
        let year = Signal::new(1855);
        let runs = Rc::new(Cell::new(0));
        let r = Rc::clone(&runs);
        Effect::new(move || {
            r.set(r.get() + 1);
            if show.get() {
                year.track();
            }
        });
        year.set(1900);
        assert_eq!(runs.get(), 1, "not reading the year, not following it");
        show.set(true);
        year.set(1901);
        assert_eq!(runs.get(), 3);
        show.set(false);
        year.set(1902);
        assert_eq!(runs.get(), 4, "no longer follows the year");
        assert_eq!(untrack(|| year.get()), 1902);
    }
}
