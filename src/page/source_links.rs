use kurils_core::text::Text;
use leptos::prelude::*;

use crate::data::page::HISTORY;

/// The sources of an event, a line or a government's view, as list items
/// linking out: only http(s) addresses (`Source::is_safe_link`), opened in a
/// new tab without the opener.
pub fn source_links(ids: &[Text]) -> impl IntoView {
    ids.iter()
        .filter_map(|id| HISTORY.source(id))
        .filter(|source| source.is_safe_link())
        .map(|source| {
            view! { <li><a href=source.url.to_string() target="_blank" rel="noopener noreferrer">{source.title.to_string()}</a></li> }
        })
        .collect_view()
}
