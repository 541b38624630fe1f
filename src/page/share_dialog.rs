use leptos::prelude::*;

use super::tr::t;

/// The single-file copy made next to index.html by `make build` (scripts/single-file.mjs).
pub const OFFLINE_FILE: &str = "./hokkaido-sakhalin-kurils-offline.html";

/// "Share / embed": the button and its dialog. The live page fills in the link,
/// the snippet and the citation (one line and BibTeX) for the current view
/// when the dialog opens. Each copy
/// button says "Copy", or "Copied" once it has (`data-copied`).
#[component]
pub fn ShareDialog() -> impl IntoView {
    let copy = || {
        view! {
            <span class="when-idle">{t(|s| s.share_copy)}</span>
            <span class="when-copied">{t(|s| s.share_copied)}</span>
        }
    };
    view! {
        <button type="button" class="share-open">{t(|s| s.share_button)}</button>
        <dialog class="share-dialog" aria-labelledby="share-title">
            <h2 id="share-title">{t(|s| s.share_title)}</h2>
            <label for="share-link">{t(|s| s.share_link)}</label>
            <div class="share-row">
                <input id="share-link" type="text" readonly />
                <button type="button" class="share-copy-link">{copy()}</button>
            </div>
            <section class="cite" aria-labelledby="cite-title">
                <h3 id="cite-title">{t(|s| s.cite_title)}</h3>
                <div class="share-row">
                    <textarea id="citation" class="citation" readonly rows="3" aria-labelledby="cite-title"></textarea>
                    <button type="button" class="share-copy-citation">{copy()}</button>
                </div>
                <label for="citation-bibtex">{t(|s| s.cite_bibtex)}</label>
                <div class="share-row">
                    <textarea id="citation-bibtex" class="citation-bibtex" readonly rows="8"></textarea>
                    <button type="button" class="share-copy-bibtex">{copy()}</button>
                </div>
            </section>
            <label for="share-embed">{t(|s| s.share_embed)}</label>
            <div class="share-row">
                <textarea id="share-embed" readonly rows="4"></textarea>
                <button type="button" class="share-copy-embed">{copy()}</button>
            </div>
            <p class="share-offline">
                {t(|s| s.share_offline)}
                " "
                <a href=OFFLINE_FILE download>{t(|s| s.share_offline_link)}</a>
            </p>
            <form method="dialog">
                <button class="share-close">{t(|s| s.share_close)}</button>
            </form>
        </dialog>
    }
}
