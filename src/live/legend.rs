//! The legend follows the year: each status's row names the states holding a
//! territory with it (in the three served spans, so a change of language
//! needs nothing here), and is dimmed (`absent`) when none does.

use super::reactive::{on_change, Memo};
use kurils_core::timeline::holders_in_row;
use kurils_core::{Lang, Status};

use super::dom::{find, find_all_in, set_class, set_text};
use super::state::State;
use crate::data::live::HISTORY;
use crate::i18n::live::LEGEND_NONE;

pub fn bind(state: State) {
    let timeline = state.timeline;
    // The holders' names per status and language: changes only with the period row.
    let names = Memo::new(move || {
        timeline.periods.with(|row| {
            let holders = holders_in_row(&HISTORY, row);
            Status::ALL.map(|status| {
                let list = &holders[status.index()];
                Lang::ALL.map(|lang| {
                    if list.is_empty() {
                        LEGEND_NONE[lang as usize].to_owned()
                    } else {
                        list.iter()
                            .map(|h| h.get(lang))
                            .collect::<Vec<_>>()
                            .join(" · ")
                    }
                })
            })
        })
    });
    for status in Status::ALL {
        let Some(row) = find(&format!(".legend-row[data-status=\"{}\"]", status.as_str())) else {
            continue;
        };
        let Some(holders) = row.query_selector(".legend-holders").ok().flatten() else {
            continue;
        };
        let spans = find_all_in(&holders, ".l[lang]");
        let absent = move || {
            timeline.periods.with(|row| {
                !HISTORY
                    .territories
                    .iter()
                    .zip(row)
                    .any(|(t, i)| i.is_some_and(|i| t.periods[i].status == status))
            })
        };
        on_change(
            move || (absent(), names.with(|names| names[status.index()].clone())),
            move |(absent, names)| {
                set_class(&row, "absent", *absent);
                for (span, text) in spans.iter().zip(names) {
                    set_text(span, text);
                }
            },
        );
    }
}
