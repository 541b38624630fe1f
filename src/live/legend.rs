//! The legend follows the year: each status's row names the states holding a
//! territory with it, the disputed row names the state that administers it that
//! year (the Soviet Union, then Russia), and a row no territory has that year is
//! dimmed (`absent`) under a label that fits every year. Texts are written into
//! the three served language spans, so a change of language needs nothing here.

use kurils_core::timeline::holders_in_row;
use kurils_core::{Lang, Polity, Status};

use super::dom::{find, find_all_in, set_class, set_text};
use super::reactive::{on_change, Memo};
use super::state::{status_in, State};
use crate::data::live::HISTORY;
use crate::i18n::live::LEGEND_NONE;

/// One row as the year has it: the polity of its territories (`None`: absent),
/// and its label and holders in the three languages.
#[derive(Clone, PartialEq)]
struct Row {
    polity: Option<Polity>,
    label: [String; 3],
    holders: [String; 3],
}

pub fn bind(state: State) {
    let timeline = state.timeline;
    // Every row as the year has it: changes only with the period row.
    let rows = Memo::new(move || {
        timeline.periods.with(|row| {
            let holders = holders_in_row(&HISTORY, row);
            let polities: Vec<(Status, Polity)> = HISTORY
                .territories
                .iter()
                .zip(row)
                .filter_map(|(t, i)| i.map(|i| (t.periods[i].status, t.periods[i].polity)))
                .collect();
            Status::ALL.map(|status| {
                let polity = polities.iter().find(|(s, _)| *s == status).map(|(_, p)| *p);
                let list = &holders[status.index()];
                Row {
                    polity,
                    label: Lang::ALL.map(|lang| status_in(status, polity, lang)),
                    holders: Lang::ALL.map(|lang| {
                        if list.is_empty() {
                            LEGEND_NONE[lang as usize].to_owned()
                        } else {
                            list.iter()
                                .map(|h| h.get(lang))
                                .collect::<Vec<_>>()
                                .join(" · ")
                        }
                    }),
                }
            })
        })
    });
    for status in Status::ALL {
        let Some(row) = find(&format!(".legend-row[data-status=\"{}\"]", status.as_str())) else {
            continue;
        };
        let spans = |selector: &str| {
            row.query_selector(selector)
                .ok()
                .flatten()
                .map(|e| find_all_in(&e, ".l[lang]"))
                .unwrap_or_default()
        };
        let (labels, holders) = (spans(".legend-status"), spans(".legend-holders"));
        on_change(
            move || rows.with(|rows| rows[status.index()].clone()),
            move |now| {
                set_class(&row, "absent", now.polity.is_none());
                for (span, text) in labels
                    .iter()
                    .zip(&now.label)
                    .chain(holders.iter().zip(&now.holders))
                {
                    set_text(span, text);
                }
            },
        );
    }
}
