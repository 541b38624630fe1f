use kurils_core::Viewpoint;
use leptos::prelude::*;

use super::tr::{spans, t};
use crate::i18n::page::Strings;

fn name(viewpoint: Viewpoint) -> fn(&'static Strings) -> &'static str {
    match viewpoint {
        Viewpoint::DeFacto => |s| s.viewpoint_de_facto,
        Viewpoint::Japan => |s| s.viewpoint_japan,
        Viewpoint::Russia => |s| s.viewpoint_russia,
    }
}

fn caption(viewpoint: Viewpoint) -> fn(&'static Strings) -> &'static str {
    match viewpoint {
        Viewpoint::DeFacto => |s| s.viewpoint_caption_de_facto,
        Viewpoint::Japan => |s| s.viewpoint_caption_japan,
        Viewpoint::Russia => |s| s.viewpoint_caption_russia,
    }
}

/// Whose map: who administers (the default), or each government's own. Native
/// radio buttons, so the keyboard, screen readers and forms know them; the
/// live page follows them. One caption per view says what the map shows and
/// whose position it is; the stylesheet shows the one of
/// `.app[data-viewpoint]`.
#[component]
pub fn ViewpointSwitch() -> impl IntoView {
    let choices = Viewpoint::ALL
        .into_iter()
        .map(|viewpoint| {
            view! {
                <label class="viewpoint-choice">
                    <input
                        type="radio"
                        name="viewpoint"
                        value=viewpoint.as_str()
                        checked=viewpoint == Viewpoint::DeFacto
                        autocomplete="off"
                    />
                    <span>{t(name(viewpoint))}</span>
                </label>
            }
        })
        .collect_view();
    let captions = Viewpoint::ALL
        .into_iter()
        .map(|viewpoint| {
            view! {
                <p class="viewpoint-caption" data-viewpoint=viewpoint.as_str()>
                    {spans(super::tr::from_strings(caption(viewpoint)))}
                </p>
            }
        })
        .collect_view();
    view! {
        <fieldset class="viewpoint-switch">
            <legend>{t(|s| s.viewpoint_label)}</legend>
            <div class="viewpoint-choices">{choices}</div>
        </fieldset>
        {captions}
    }
}
