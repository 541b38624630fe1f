//! What the served page shows: the state it is rendered in. The live page
//! starts from the same state, so the nodes it takes over are already right.

use kurils_core::history::FIRST_YEAR;
use kurils_core::timeline::periods_in_year;
use kurils_core::{Lang, TerritoryId};

use crate::data::page::HISTORY;
use crate::data::{last_year, BUILD_YEAR};

#[derive(Clone, Copy, Debug)]
pub struct Served {
    /// The year shown: the first one.
    pub year: i16,
    pub first: i16,
    /// The slider's last year, as of the build.
    pub last: i16,
    /// The language of attributes (the text is there in all three).
    pub lang: Lang,
    /// Each territory's period in force in `year`.
    pub periods: [Option<usize>; TerritoryId::ALL.len()],
    /// The event whose text is shown: the year's first.
    pub shown: Option<usize>,
}

impl Served {
    /// The polity of the territories with `status` in the served year, if any has it.
    pub fn polity_of(&self, status: kurils_core::Status) -> Option<kurils_core::Polity> {
        HISTORY
            .territories
            .iter()
            .zip(self.periods)
            .filter_map(|(t, i)| i.map(|i| &t.periods[i]))
            .find(|p| p.status == status)
            .map(|p| p.polity)
    }

    pub fn get() -> Served {
        let year = FIRST_YEAR;
        Served {
            year,
            first: FIRST_YEAR,
            last: last_year(&HISTORY, BUILD_YEAR),
            lang: Lang::En,
            periods: periods_in_year(&HISTORY, year),
            shown: HISTORY.events.iter().position(|e| e.date.year() == year),
        }
    }
}
