use kurils_core::Lang;
use leptos::prelude::*;

use crate::i18n::strings;
use crate::state::Language;

/// The page's language: English, 日本語, Русский, each named in itself.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = expect_context::<Language>();
    let t = lang.t();
    let on_change = move |e: leptos::ev::Event| {
        if let Some(chosen) = Lang::parse(&event_target_value(&e)) {
            lang.0.set(chosen);
        }
    };
    let options = Lang::ALL
        .into_iter()
        .map(|option| {
            view! { <option value=option.tag() lang=option.tag() selected=option == lang.get()>{strings(option).language_self}</option> }
        })
        .collect_view();
    view! {
        <label class="language-switch">
            <span>{t.language_label}</span>
            <select id="language-select" on:change=on_change>{options}</select>
        </label>
    }
}
