//! Two maps compared: the real data's differences for the pairs teachers ask
//! about, checked against the statuses of each year.

mod common;

use kurils_core::compare::{default_partner, differences, Side};
use kurils_core::{History, Status, TerritoryId, Viewpoint};

fn load() -> History {
    common::real_history()
}

fn year(year: i16) -> Side {
    Side {
        year,
        viewpoint: Viewpoint::DeFacto,
    }
}

#[test]
fn the_differences_are_the_territories_whose_status_or_holder_changed() {
    let history = load();
    for (a, b) in [
        (1875, 1905),
        (1944, 1946),
        (1855, 1875),
        (1905, 1875),
        (1990, 1992),
    ] {
        let found = differences(&history, year(a), year(b));
        let (first, second) = (a.min(b), a.max(b));
        for id in TerritoryId::ALL {
            let before = history.territory(id).period_in_year(first).unwrap();
            let after = history.territory(id).period_in_year(second).unwrap();
            let changed = before.status != after.status || before.holder != after.holder;
            let entry = found.iter().find(|d| d.territory == id);
            assert_eq!(entry.is_some(), changed, "{id} between {a} and {b}");
            if let Some(entry) = entry {
                assert_eq!(
                    entry.before.status, before.status,
                    "{id}: from the earlier year"
                );
                assert_eq!(entry.after.status, after.status);
                for &index in &entry.events {
                    let event = &history.events[index];
                    assert!(first < event.date.year() && event.date.year() <= second);
                    assert!(event.territories.contains(&id));
                }
            }
        }
    }
    // 1875 → 1905: only south Sakhalin, Russian → Japanese, with the Treaty of Portsmouth.
    let found = differences(&history, year(1875), year(1905));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].territory, TerritoryId::SakhalinSouth);
    assert_eq!(
        (found[0].before.status, found[0].after.status),
        (Status::Russia, Status::Japan)
    );
    assert!(found[0]
        .events
        .iter()
        .any(|&i| history.events[i].id == "treaty-of-portsmouth"));
    // The same year twice: nothing differs, and no event lies between.
    assert!(differences(&history, year(1960), year(1960)).is_empty());
}

#[test]
fn two_viewpoints_of_one_year_differ_where_the_governments_maps_do() {
    let history = load();
    let japan = Side {
        year: 2000,
        viewpoint: Viewpoint::Japan,
    };
    let russia = Side {
        year: 2000,
        viewpoint: Viewpoint::Russia,
    };
    let found = differences(&history, japan, russia);
    let ids: Vec<TerritoryId> = found.iter().map(|d| d.territory).collect();
    assert_eq!(
        ids,
        vec![
            TerritoryId::SakhalinSouth,
            TerritoryId::KurilsNorth,
            TerritoryId::Iturup,
            TerritoryId::Kunashir,
            TerritoryId::Shikotan,
            TerritoryId::Habomai
        ]
    );
    assert!(
        found.iter().all(|d| d.events.is_empty()),
        "one year: no event between"
    );
    assert_eq!(
        found[0].before.status,
        Status::Undetermined,
        "the first side first"
    );
    assert_eq!(found[2].after.status, Status::Russia);
    // Before 1945 the governments' maps agree.
    let agree = differences(
        &history,
        Side {
            year: 1930,
            viewpoint: Viewpoint::Japan,
        },
        Side {
            year: 1930,
            viewpoint: Viewpoint::Russia,
        },
    );
    assert!(agree.is_empty());
}

#[test]
fn a_comparison_opens_on_the_latest_change() {
    let history = load();
    assert_eq!(default_partner(&history, 1905, 1855, 2026), 1904);
    assert_eq!(
        default_partner(&history, 1930, 1855, 2026),
        1924,
        "north Sakhalin's return in 1925"
    );
    let first_change = default_partner(&history, 1855, 1855, 2026);
    assert!(!differences(&history, year(1855), year(first_change)).is_empty());
    // Whatever the year, the two maps it opens with differ.
    for y in 1856..=2026 {
        let partner = default_partner(&history, y, 1855, 2026);
        assert!(
            !differences(&history, year(y), year(partner)).is_empty(),
            "{y} and {partner}"
        );
    }
}
