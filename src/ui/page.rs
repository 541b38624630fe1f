use leptos::either::Either;
use leptos::prelude::*;

use super::embed_page::EmbedPage;
use super::full_page::FullPage;
use crate::state::Embed;

/// The page in one language: the full page, or the compact one for iframes
/// (`?embed=1`), chosen once from the address.
#[component]
pub fn Page() -> impl IntoView {
    if expect_context::<Embed>().0 {
        Either::Left(view! { <EmbedPage /> })
    } else {
        Either::Right(view! { <FullPage /> })
    }
}
