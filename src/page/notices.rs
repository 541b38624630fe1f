use leptos::prelude::*;

use super::tr::t;
use crate::i18n::page::EN;

/// Where the live page says what it did with an address it could not use as
/// written: empty and hidden as served.
#[component]
pub fn Notices() -> impl IntoView {
    view! {
        <div class="notices" role="status" aria-label=EN.notice_label hidden>
            <ul></ul>
            <button type="button" class="notice-dismiss">{t(|s| s.notice_dismiss)}</button>
        </div>
    }
}
