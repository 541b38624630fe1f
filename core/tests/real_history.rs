//! The real history data in `geo/history/` loads and says what the map must
//! show: the status of every territory on 31 December of every year, the
//! holders' names, and the events the research note requires.

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use kurils_core::loader::{parse_history, HistoryFiles};
use kurils_core::{Date, History, Status, TerritoryId};

/// The first and last year the status table below is checked for. The table's
/// last row per territory is open-ended, so later years are checked too.
const FIRST_YEAR: i16 = 1855;
const LAST_CHECKED_YEAR: i16 = 2026;

/// The current year from the system clock (a year is 365.2425 days on average;
/// being off by a day around New Year does not matter for this test).
fn current_year() -> i16 {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs();
    (1970 + seconds / 31_556_952) as i16
}

fn history_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../geo/history")
}

fn read(name: &str) -> String {
    let path = history_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn load() -> History {
    let sources = read("sources.toml");
    let territories = read("territories.toml");
    let events = read("events.toml");
    let files = HistoryFiles {
        sources: ("geo/history/sources.toml", &sources),
        territories: ("geo/history/territories.toml", &territories),
        events: ("geo/history/events.toml", &events),
        borders: ("geo/history/borders.toml", &read("borders.toml")),
    };
    parse_history(&files, current_year().max(LAST_CHECKED_YEAR)).unwrap_or_else(|errors| {
        let all: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("geo/history does not load:\n{}", all.join("\n"))
    })
}

use Status::{Disputed, Japan, OccupiedByJapan, OccupiedByUssr, Russia, Shared};
use TerritoryId as T;

/// A run of years: first year, last year (`None`: to this day), status.
type Run = (i16, Option<i16>, Status);

/// Required status on 31 December, per territory. Each territory's runs must
/// cover every year from 1855 without gaps; the test checks that too.
const REQUIRED: &[(TerritoryId, &[Run])] = &[
    (T::Hokkaido, &[(1855, None, Japan)]),
    (
        T::SakhalinSouth,
        &[
            (1855, Some(1874), Shared),
            (1875, Some(1904), Russia),
            (1905, Some(1944), Japan),
            (1945, Some(1945), OccupiedByUssr),
            (1946, None, Russia),
        ],
    ),
    (
        T::SakhalinNorth,
        &[
            (1855, Some(1874), Shared),
            (1875, Some(1919), Russia),
            (1920, Some(1924), OccupiedByJapan),
            (1925, None, Russia),
        ],
    ),
    (
        T::KurilsNorth,
        &[
            (1855, Some(1874), Russia),
            (1875, Some(1944), Japan),
            (1945, Some(1945), OccupiedByUssr),
            (1946, None, Russia),
        ],
    ),
    (
        T::Iturup,
        &[
            (1855, Some(1944), Japan),
            (1945, Some(1945), OccupiedByUssr),
            (1946, None, Disputed),
        ],
    ),
    (
        T::Kunashir,
        &[
            (1855, Some(1944), Japan),
            (1945, Some(1945), OccupiedByUssr),
            (1946, None, Disputed),
        ],
    ),
    (
        T::Shikotan,
        &[
            (1855, Some(1944), Japan),
            (1945, Some(1945), OccupiedByUssr),
            (1946, None, Disputed),
        ],
    ),
    (
        T::Habomai,
        &[
            (1855, Some(1944), Japan),
            (1945, Some(1945), OccupiedByUssr),
            (1946, None, Disputed),
        ],
    ),
];

#[test]
fn every_territory_has_the_required_status_in_every_year() {
    let history = load();
    let last_year = current_year().max(LAST_CHECKED_YEAR);
    let mut failures = Vec::new();
    let listed: HashSet<TerritoryId> = REQUIRED.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        listed.len(),
        TerritoryId::ALL.len(),
        "the table must list every territory once"
    );
    for (territory, runs) in REQUIRED {
        for year in FIRST_YEAR..=last_year {
            let expected = runs
                .iter()
                .find(|(from, to, _)| *from <= year && to.is_none_or(|to| year <= to))
                .map(|(_, _, status)| *status);
            let Some(expected) = expected else {
                failures.push(format!(
                    "{territory} {year}: the test table has no row for this year"
                ));
                continue;
            };
            let actual = history.status_in_year(*territory, year);
            if actual != Some(expected) {
                failures.push(format!(
                    "{territory} {year}: expected {expected}, data gives {}",
                    actual.map_or("no period".to_owned(), |s| s.to_string())
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "wrong status on 31 December:\n{}",
        failures.join("\n")
    );
}

/// (territory, year, expected English holder name on 31 December).
const HOLDERS: &[(TerritoryId, i16, &str)] = &[
    (T::Hokkaido, 1860, "Tokugawa shogunate"),
    (T::Hokkaido, 1900, "Empire of Japan"),
    (T::Hokkaido, 1946, "Empire of Japan"),
    (T::Hokkaido, 1947, "Japan"),
    (T::Hokkaido, 2000, "Japan"),
    (T::SakhalinSouth, 1860, "Japan and Russia (no border)"),
    (T::SakhalinSouth, 1870, "Japan and Russia (no border)"),
    (T::SakhalinSouth, 1890, "Russian Empire"),
    (T::SakhalinSouth, 1930, "Empire of Japan"),
    (T::SakhalinSouth, 1945, "Soviet Union (military occupation)"),
    (T::SakhalinSouth, 1960, "Soviet Union"),
    (T::SakhalinSouth, 2000, "Russian Federation"),
    (T::SakhalinNorth, 1900, "Russian Empire"),
    (T::SakhalinNorth, 1905, "Russian Empire"),
    (T::SakhalinNorth, 1918, "Russia (revolution and civil war)"),
    (
        T::SakhalinNorth,
        1922,
        "Empire of Japan (military occupation)",
    ),
    (T::SakhalinNorth, 1925, "Soviet Union"),
    (T::SakhalinNorth, 2000, "Russian Federation"),
    (T::KurilsNorth, 1860, "Russian Empire"),
    (T::KurilsNorth, 1900, "Empire of Japan"),
    (T::KurilsNorth, 1945, "Soviet Union (military occupation)"),
    (T::KurilsNorth, 1950, "Soviet Union"),
    (T::KurilsNorth, 2000, "Russian Federation"),
    (T::Iturup, 1860, "Tokugawa shogunate"),
    (T::Iturup, 1900, "Empire of Japan"),
    (T::Iturup, 1945, "Soviet Union (military occupation)"),
    (T::Iturup, 1950, "Soviet Union"),
    (T::Iturup, 2000, "Russian Federation"),
    (T::Kunashir, 1950, "Soviet Union"),
    (T::Kunashir, 2000, "Russian Federation"),
    (T::Shikotan, 1950, "Soviet Union"),
    (T::Shikotan, 2000, "Russian Federation"),
    (T::Habomai, 1860, "Tokugawa shogunate"),
    (T::Habomai, 1950, "Soviet Union"),
    (T::Habomai, 2000, "Russian Federation"),
];

#[test]
fn holders_change_where_expected() {
    let history = load();
    let mut failures = Vec::new();
    for (territory, year, expected) in HOLDERS {
        let holder = history
            .territory(*territory)
            .period_in_year(*year)
            .map(|period| period.holder.en.as_ref());
        if holder != Some(*expected) {
            failures.push(format!(
                "{territory} {year}: expected holder {expected:?}, data gives {holder:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "wrong holder on 31 December:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_territory_starts_at_the_treaty_of_shimoda() {
    let history = load();
    for territory in history.territories.iter() {
        assert_eq!(
            territory.periods[0].from,
            Date::ymd(1855, 2, 7),
            "{}: the first period must start on 1855-02-07",
            territory.id
        );
    }
}

/// The research note's section B from 1855 on, plus the turning points added
/// from the seed documents.
const REQUIRED_EVENTS: &[&str] = &[
    "treaty-of-shimoda",
    "ezo-renamed-hokkaido",
    "treaty-of-saint-petersburg",
    "treaty-of-portsmouth",
    "karafuto-agency-established",
    "nikolayevsk-incident",
    "japanese-occupation-of-north-sakhalin",
    "soviet-japanese-basic-convention",
    "karafuto-made-inner-land",
    "soviet-invasion-of-south-sakhalin",
    "battle-of-shumshu",
    "soviet-hokkaido-landing-called-off",
    "soviet-landing-on-iturup",
    "soviet-landing-on-kunashir",
    "soviet-landing-on-shikotan",
    "habomai-islands-occupied",
    "scapin-677",
    "soviet-annexation-decree",
    "japanese-residents-removed",
    "san-francisco-peace-treaty",
    "soviet-japanese-joint-declaration",
    "gorbachev-kaifu-joint-statement",
    "tokyo-declaration",
    "krasnoyarsk-summit",
    "kawana-summit",
    "irkutsk-statement",
    "lavrov-on-1956-declaration",
    "fisherman-killed-near-kaigara",
    "school-guideline-on-the-islands",
    "rausu-boats-fired-on",
    "medvedev-visits-kunashir",
    "medvedev-orders-new-weapons",
    "nagato-summit",
    "five-joint-projects",
    "singapore-summit",
    "russian-constitution-bars-cession",
    "russia-suspends-peace-talks",
    // Added turning points.
    "russo-japanese-war-begins",
    "japanese-invasion-of-sakhalin",
    "october-revolution",
    "soviet-japanese-neutrality-pact",
    "soviet-declaration-of-war",
    "japanese-surrender-signed",
    "dissolution-of-the-soviet-union",
];

#[test]
fn the_required_events_exist() {
    let history = load();
    assert!(
        history.events.len() >= 35,
        "geo/history/events.toml: expected at least 35 events, found {}",
        history.events.len()
    );
    let missing: Vec<&str> = REQUIRED_EVENTS
        .iter()
        .copied()
        .filter(|id| history.event(id).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "geo/history/events.toml lacks events: {missing:?}"
    );
}

/// Events that change a status fall on the day the new period starts.
const STATUS_CHANGES: &[(&str, TerritoryId, Status)] = &[
    ("treaty-of-shimoda", T::SakhalinSouth, Shared),
    ("treaty-of-portsmouth", T::SakhalinSouth, Japan),
    (
        "japanese-occupation-of-north-sakhalin",
        T::SakhalinNorth,
        OccupiedByJapan,
    ),
    (
        "soviet-invasion-of-south-sakhalin",
        T::SakhalinSouth,
        OccupiedByUssr,
    ),
    ("battle-of-shumshu", T::KurilsNorth, OccupiedByUssr),
    ("soviet-landing-on-iturup", T::Iturup, OccupiedByUssr),
    ("soviet-landing-on-kunashir", T::Kunashir, OccupiedByUssr),
    ("soviet-landing-on-shikotan", T::Shikotan, OccupiedByUssr),
    ("habomai-islands-occupied", T::Habomai, OccupiedByUssr),
    ("soviet-annexation-decree", T::SakhalinSouth, Russia),
    ("soviet-annexation-decree", T::KurilsNorth, Russia),
    ("soviet-annexation-decree", T::Iturup, Disputed),
    ("soviet-annexation-decree", T::Habomai, Disputed),
];

#[test]
fn status_change_events_match_the_periods() {
    let history = load();
    let mut failures = Vec::new();
    for (id, territory, status) in STATUS_CHANGES {
        let Some(event) = history.event(id) else {
            failures.push(format!("event `{id}` is missing"));
            continue;
        };
        let period = history.territory(*territory).period_on(event.date.date);
        match period {
            Some(p) if p.status == *status && p.from == event.date.date => {}
            _ => failures.push(format!(
                "{territory}: event `{id}` ({}) should open a `{status}` period on that day",
                event.date
            )),
        }
        if !event.territories.contains(territory) {
            failures.push(format!("event `{id}` should name territory {territory}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn events_are_kept_in_date_order_in_the_file() {
    let history = load();
    let text = read("events.toml");
    let in_file: Vec<&str> = text
        .lines()
        .filter_map(|line| line.strip_prefix("id = \""))
        .filter_map(|rest| rest.strip_suffix('"'))
        .collect();
    let sorted: Vec<&str> = history.events.iter().map(|e| e.id.as_ref()).collect();
    assert_eq!(
        in_file, sorted,
        "geo/history/events.toml is not in date order"
    );
}

/// Each government's own map, as the issue and the sources have it: before
/// 1945 the views agree with the de facto map; Japan's leaves south Sakhalin
/// and the Kurils from Urup north uncoloured once the peace treaty is in force
/// and draws the four islands as Japan's after the 1956 declaration; Russia's
/// draws all of the Kurils and Sakhalin as Russia's.
#[test]
fn each_government_map_draws_what_its_publications_say() {
    use kurils_core::Viewpoint;
    let history = load();
    let four = [T::Iturup, T::Kunashir, T::Shikotan, T::Habomai];
    for year in FIRST_YEAR..=LAST_CHECKED_YEAR {
        for territory in history.territories.iter() {
            let de_facto = territory.period_in_year(year).map(|p| p.status);
            assert_eq!(territory.status_as_seen(year, Viewpoint::DeFacto), de_facto);
            if year < 1945 {
                for viewpoint in [Viewpoint::Japan, Viewpoint::Russia] {
                    assert_eq!(
                        territory.status_as_seen(year, viewpoint),
                        de_facto,
                        "{} in {year}: the views agree before 1945",
                        territory.id
                    );
                }
            }
            if year >= 1946 {
                assert_eq!(
                    territory.status_as_seen(year, Viewpoint::Russia),
                    Some(if territory.id == T::Hokkaido {
                        Japan
                    } else {
                        Russia
                    }),
                    "{} in {year}, Russia's map",
                    territory.id
                );
            }
            let japan = territory.status_as_seen(year, Viewpoint::Japan);
            let expected_japan = match territory.id {
                T::Hokkaido => Japan,
                T::SakhalinNorth if year >= 1946 => Russia,
                T::SakhalinSouth | T::KurilsNorth if year >= 1952 => Status::Undetermined,
                T::SakhalinSouth | T::KurilsNorth if year >= 1946 => OccupiedByUssr,
                id if four.contains(&id) && year >= 1956 => Japan,
                id if four.contains(&id) && year >= 1946 => OccupiedByUssr,
                _ => continue,
            };
            assert_eq!(
                japan,
                Some(expected_japan),
                "{} in {year}, Japan's map",
                territory.id
            );
        }
    }
    // Every view period is attributed and sourced.
    for territory in history.territories.iter() {
        for view in territory.views.iter() {
            let note = view.note.as_ref().expect("a note");
            let government = match view.government {
                Viewpoint::Japan => ["Japan", "日本", "Япон"],
                Viewpoint::Russia => ["Soviet", "ソ連", "Советск"],
                Viewpoint::DeFacto => unreachable!(),
            };
            let russia_now = ["Russia's government", "ロシア政府", "Правительство России"];
            for (i, text) in [&note.en, &note.ja, &note.ru].into_iter().enumerate() {
                assert!(
                    text.contains(government[i]) || text.contains(russia_now[i]),
                    "{}: the note names whose view it is: {text}",
                    territory.id
                );
            }
            assert!(!view.sources.is_empty());
        }
    }
}
