use kurils_core::map::TerritoryShape;
use leptos::prelude::*;

use crate::data::HISTORY;

/// One territory: a single `<path>` carrying the DOM contract's
/// `data-territory`, with its names in a `<title>`.
#[component]
pub fn TerritoryPath(shape: &'static TerritoryShape) -> impl IntoView {
    let name = &HISTORY.territory(shape.id).name;
    let title = format!("{} · {} · {}", name.en, name.ja, name.ru);
    view! {
        <path class="territory" data-territory=shape.id.as_str() d=&*shape.path fill-rule="evenodd">
            <title>{title}</title>
        </path>
    }
}
