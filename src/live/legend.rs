//! The legend follows the year: each status's row names the states holding a
//! territory with it, the disputed row names the state that administers it that
//! year (the Soviet Union, then Russia), and a row no territory has that year is
//! dimmed (`absent`) under a label that fits every year. Texts are written into
//! the three served language spans, so a change of language needs nothing here.
//! On a government's own map the rows follow what that map draws
//! (`data-shown-as`): its statuses and the holders it names.

use kurils_core::timeline::{holders_shown, shown_in_row};
use kurils_core::{Lang, Status};

use super::dom::{find, find_all_in, set_class, set_text};
use super::reactive::{on_change, Memo};
use super::state::{status_in, State};
use crate::data::live::HISTORY;
use crate::i18n::live::{LEGEND_NONE, LEGEND_NO_HOLDER};

/// One row as the year and the viewpoint have it: whether any territory is
/// drawn with it, and its label and holders in the three languages.
#[derive(Clone, PartialEq)]
struct Row {
    present: bool,
    label: [String; 3],
    holders: [String; 3],
}

pub fn bind(state: State) {
    let timeline = state.timeline;
    // Every row as the year has it: changes only with the period row.
    let viewpoint = state.viewpoint;
    let rows = Memo::new(move || {
        timeline.periods.with(|periods| {
            viewpoint.row.with(|views| {
                let shown = shown_in_row(&HISTORY, periods, views);
                let holders = holders_shown(&shown);
                Status::ALL.map(|status| {
                    let present = shown.iter().flatten().find(|s| s.status == status);
                    let polity = present.and_then(|s| s.polity);
                    let list = &holders[status.index()];
                    Row {
                        present: present.is_some(),
                        label: Lang::ALL.map(|lang| status_in(status, polity, lang)),
                        holders: Lang::ALL.map(|lang| {
                            if list.is_empty() && present.is_some() {
                                LEGEND_NO_HOLDER[lang as usize].to_owned()
                            } else if list.is_empty() {
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
                set_class(&row, "absent", !now.present);
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
