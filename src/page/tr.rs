//! Text in three languages. The served page carries every text in English,
//! Japanese and Russian, each in a `<span class="l" lang>`; the stylesheet shows
//! the spans of `<html lang>` (set before the first paint by `lang.js`, then by
//! the live page), so a change of language is a change of one attribute.

use kurils_core::text::{fill, Localized};
use kurils_core::Lang;
use leptos::prelude::*;

use crate::i18n::page::{three, Strings};

/// Three texts, `[en, ja, ru]`.
pub type Three = [String; 3];

pub fn from_strings(pick: impl Fn(&'static Strings) -> &'static str) -> Three {
    three(pick).map(str::to_owned)
}

pub fn from_localized(text: &Localized) -> Three {
    Lang::ALL.map(|lang| text.get(lang).to_owned())
}

/// A string with its `{placeholders}` filled, per language (the values may differ by language).
pub fn filled(
    pick: impl Fn(&'static Strings) -> &'static str,
    values: impl Fn(Lang) -> Vec<(&'static str, String)>,
) -> Three {
    let templates = three(pick);
    Lang::ALL.map(|lang| {
        let values = values(lang);
        let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(templates[lang as usize], &pairs)
    })
}

/// The three spans of a text, for HTML.
pub fn spans(text: Three) -> impl IntoView {
    Lang::ALL
        .into_iter()
        .zip(text)
        .map(|(lang, text)| view! { <span class="l" lang=lang.tag()>{text}</span> })
        .collect_view()
}

/// The three spans of a text, for SVG `<text>`.
pub fn tspans(text: Three) -> impl IntoView {
    Lang::ALL
        .into_iter()
        .zip(text)
        .map(|(lang, text)| view! { <tspan class="l" lang=lang.tag()>{text}</tspan> })
        .collect_view()
}

/// An interface string in three spans.
pub fn t(pick: impl Fn(&'static Strings) -> &'static str) -> impl IntoView {
    spans(from_strings(pick))
}

/// A data text (a name, a title) in three spans.
pub fn l(text: &Localized) -> impl IntoView {
    spans(from_localized(text))
}

/// The words a language writes dates with.
fn date_words(t: &'static Strings) -> kurils_core::text::DateWords<'static> {
    kurils_core::text::DateWords {
        day: t.date_day,
        month: t.date_month,
        year: t.date_year,
        months: &t.month,
        months_of: &t.month_of,
        range_days: t.date_range_days,
        range: t.date_range,
        approximate: t.date_approximate,
        sources_differ: t.date_sources_differ,
    }
}

/// A date as each language writes it.
pub fn date(date: kurils_core::EventDate) -> Three {
    Lang::ALL.map(|lang| {
        kurils_core::text::format_date(date, &date_words(crate::i18n::page::strings(lang)))
    })
}

/// An event's date or span as each language writes it ("3–5 September 1945").
pub fn when(span: kurils_core::DateSpan) -> Three {
    Lang::ALL.map(|lang| {
        kurils_core::text::format_span(span, &date_words(crate::i18n::page::strings(lang)))
    })
}

/// A status as the year shown has it, in one language (see `text::status_label`).
pub fn status_in(
    status: kurils_core::Status,
    polity: Option<kurils_core::Polity>,
    lang: Lang,
) -> String {
    let t = crate::i18n::page::strings(lang);
    let words = kurils_core::text::StatusWords {
        status: &t.status,
        disputed_by: t.status_by_disputed,
        polity: &t.polity,
    };
    kurils_core::text::status_label(status, polity, &words)
}

/// A status as the year shown has it, in the three languages.
pub fn status(status: kurils_core::Status, polity: Option<kurils_core::Polity>) -> Three {
    Lang::ALL.map(|lang| status_in(status, polity, lang))
}

/// The three spans of a text with one `{name}` left as an element of class
/// `slot` that the live page fills (`<span class="strip-last">2026</span>`).
pub fn spans_with_slot(
    pick: impl Fn(&'static Strings) -> &'static str,
    values: &[(&str, &str)],
    slot: &'static str,
    class: &'static str,
    value: String,
) -> impl IntoView {
    const MARK: &str = "\u{1}";
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let mut pairs = values.to_vec();
            pairs.push((slot, MARK));
            let text = fill(pick(crate::i18n::page::strings(lang)), &pairs);
            let (before, after) = text.split_once(MARK).unwrap_or((&text, ""));
            let (before, after) = (before.to_owned(), after.to_owned());
            let value = value.clone();
            view! { <span class="l" lang=lang.tag()>{before}<span class=class>{value}</span>{after}</span> }
        })
        .collect_view()
}
