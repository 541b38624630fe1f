use kurils_core::Lang;
use leptos::prelude::*;

use super::method::MethodButton;
use super::share_dialog::ShareDialog;
use super::tr::t;
use crate::i18n::page::strings;

/// The title, and the tools: the language switch and "Share / embed".
#[component]
pub fn Header() -> impl IntoView {
    let options = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! { <option value=lang.tag() lang=lang.tag() selected=lang == Lang::En>{strings(lang).language_self}</option> }
        })
        .collect_view();
    view! {
        <header class="app-header">
            <div class="titles">
                <h1>{t(|s| s.app_title)}</h1>
                <p class="subtitle">{t(|s| s.app_subtitle)}</p>
            </div>
            <div class="toolbar">
                <label class="language-switch">
                    <span>{t(|s| s.language_label)}</span>
                    <select id="language-select">{options}</select>
                </label>
                <MethodButton />
                <ShareDialog />
            </div>
        </header>
    }
}
