//! The served page, rendered once at build time (feature `ssr`): every element a
//! reader sees at rest, in three languages, at the first year, with the DOM
//! contract's attributes. Leptos components, rendered natively with
//! `RenderHtml::to_html`; none of this code is in the wasm. The live page
//! (`crate::live`) takes over these very nodes in the browser.

mod app;
mod borders;
mod card_templates;
mod compare;
mod event_detail;
mod event_list;
mod export_buttons;
mod header;
mod layout_css;
mod legend;
mod map;
mod map_labels;
mod map_overlay;
mod markers;
mod method;
mod notices;
mod play_controls;
mod served;
mod share_dialog;
mod source_links;
mod strip;
mod tr;
mod viewpoint_switch;
mod year_control;
mod zoom_controls;

use leptos::prelude::*;

pub use layout_css::layout_css;
pub use served::Served;

/// The page's markup: what goes at the start of `<body>`.
pub fn body() -> String {
    let owner = Owner::new();
    owner.with(|| view! { <app::App /> }.to_html())
}
