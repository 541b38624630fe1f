//! The data the live page (the wasm) carries is the served page's data minus
//! what the HTML already holds: every question the live parts ask of it has
//! the same answer as with the whole data, and the paths read back from the
//! drawn map give the whole map again.

use std::path::Path;

use kurils_core::map::MapPaths;
use kurils_core::timeline::{events_crossed, holders_in_row, periods_in_year};
use kurils_core::{Lang, TerritoryId};

fn load() -> kurils_core::loader::Loaded {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    kurils_core::loader::load(&root, kurils_core::loader::HISTORY_DIR, 2026)
        .unwrap_or_else(|errors| panic!("the real data loads: {errors:?}"))
}

#[test]
fn the_live_history_answers_every_year_as_the_whole_one() {
    let whole = load().history;
    let live = whole.without_texts();
    for year in 1855..=2030 {
        let row = periods_in_year(&whole, year);
        assert_eq!(periods_in_year(&live, year), row, "{year}");
        for id in TerritoryId::ALL {
            assert_eq!(
                live.status_in_year(id, year),
                whole.status_in_year(id, year)
            );
            assert_eq!(
                live.territory(id).status_since(year),
                whole.territory(id).status_since(year)
            );
        }
        assert_eq!(holders_in_row(&live, &row), holders_in_row(&whole, &row));
        assert_eq!(
            events_crossed(&live, 1855, year),
            events_crossed(&whole, 1855, year)
        );
    }
    for (l, w) in live.events.iter().zip(whole.events.iter()) {
        assert_eq!((&l.id, l.date, &l.title), (&w.id, w.date, &w.title));
        assert_eq!(l.text.get(Lang::Ja), "", "no event text in the live data");
        assert!(l.happened_in.is_none());
        assert_eq!(
            l.sources, w.sources,
            "source ids stay, for the data download"
        );
    }
    // Sources keep their id and address (the CSV's sources column), not their titles.
    assert_eq!(live.sources.len(), whole.sources.len());
    for (l, w) in live.sources.iter().zip(whole.sources.iter()) {
        assert_eq!((&l.id, &l.url), (&w.id, &w.url));
        assert_eq!(l.title, "", "titles are in the served page");
    }
    assert!(live
        .territories
        .iter()
        .flat_map(|t| t.periods.iter())
        .all(|p| p.note.is_none()));
}

#[test]
fn the_live_map_has_no_paths_and_gets_them_back_from_the_drawn_one() {
    let whole = load().map;
    let live = whole.without_paths();
    assert!(live.territories.iter().all(|t| t.path.is_empty()));
    assert!(live.context.is_empty() && live.sakhalin_border.is_empty());
    assert!(live.graticule.iter().all(|g| g.path.is_empty()));
    assert!(live.borders.iter().all(|b| b.path.is_empty()));
    assert!(!whole.borders.is_empty(), "the treaties' lines are drawn");
    assert_eq!(
        (live.frame, live.projector, &live.places, &live.event_points),
        (
            whole.frame,
            whole.projector,
            &whole.places,
            &whole.event_points
        )
    );
    let drawn = MapPaths {
        territories: whole
            .territories
            .iter()
            .map(|t| t.path.to_string())
            .collect(),
        context: whole.context.to_string(),
        graticule: whole.graticule.iter().map(|g| g.path.to_string()).collect(),
        sakhalin_border: whole.sakhalin_border.to_string(),
        borders: whole.borders.iter().map(|b| b.path.to_string()).collect(),
    };
    assert_eq!(live.with_paths(drawn), whole);
}
