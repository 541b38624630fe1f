//! "Cite this map": the citation of the view shown, as one line in the page's
//! language and as a BibTeX entry (`kurils_core::citation`), with the app's
//! version and today's date as the date of access.

use kurils_core::citation::{bibtex, citation_text, Citation, CitationWords};
use kurils_core::text::DateWords;
use kurils_core::Date;

use super::state::State;
use crate::i18n::live::{
    APP_TITLE, CITE_NOTE, CITE_SENTENCE, DATE_APPROXIMATE, DATE_DAY, DATE_MONTH, DATE_RANGE,
    DATE_RANGE_DAYS, DATE_SOURCES_DIFFER, DATE_YEAR, MONTH, MONTH_OF,
};

/// The reader's today, from the browser's clock (local date).
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::checked(
        i16::try_from(now.get_full_year()).ok()?,
        u8::try_from(now.get_month() + 1).ok()?,
        u8::try_from(now.get_date()).ok()?,
    )
}

/// The citation line and the BibTeX entry of the view shown at `url`.
pub fn of(state: State, url: &str) -> (String, String) {
    let l = state.lang.get_untracked() as usize;
    let citation = Citation {
        title: APP_TITLE[l],
        version: env!("CARGO_PKG_VERSION"),
        year: state.timeline.year.get_untracked(),
        url,
        accessed: today().unwrap_or(Date::ymd(crate::data::BUILD_YEAR, 1, 1)),
    };
    let words = CitationWords {
        sentence: CITE_SENTENCE[l],
        note: CITE_NOTE[l],
        dates: DateWords {
            day: DATE_DAY[l],
            month: DATE_MONTH[l],
            year: DATE_YEAR[l],
            months: &MONTH[l],
            months_of: &MONTH_OF[l],
            range_days: DATE_RANGE_DAYS[l],
            range: DATE_RANGE[l],
            approximate: DATE_APPROXIMATE[l],
            sources_differ: DATE_SOURCES_DIFFER[l],
        },
    };
    (citation_text(&citation, &words), bibtex(&citation, &words))
}
