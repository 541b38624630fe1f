//! The history loader rejects inconsistent data, naming the file and the record.

use kurils_core::loader::{parse_history, HistoryFiles};
use kurils_core::{Status, TerritoryId};

const SOURCES: &str = r#"
[source.ts]
title = "Treaty of Shimoda"
url = "https://en.wikipedia.org/wiki/Treaty_of_Shimoda"
"#;

/// Eight territories, each Japanese from 1855, Hokkaido split at 1868.
fn territories(extra_hokkaido_periods: &str) -> String {
    let mut out = String::new();
    for id in TerritoryId::ALL {
        out += &format!(
            "[[territory]]\nid = \"{id}\"\nname = {{ en = \"{id}\", ja = \"ja\", ru = \"ru\" }}\n"
        );
        if id == TerritoryId::Hokkaido && !extra_hokkaido_periods.is_empty() {
            out += extra_hokkaido_periods;
        } else {
            out += "[[territory.period]]\nfrom = \"1855-01-01\"\nstatus = \"japan\"\npolity = \"japan\"\nholder = { en = \"Japan\", ja = \"日本\", ru = \"Япония\" }\nsources = [\"ts\"]\n";
        }
    }
    out
}

const EVENTS: &str = r#"
[[event]]
id = "treaty-of-shimoda"
date = "1855-02-07"
title = { en = "Treaty of Shimoda", ja = "日露和親条約", ru = "Симодский трактат" }
text = { en = "A border is drawn.", ja = "国境が定められる。", ru = "Проведена граница." }
territories = ["iturup"]
at = [149.5, 45.6]
happened_in = { en = "Shimoda", ja = "下田", ru = "Симода" }
sources = ["ts"]
"#;

fn load(
    sources: &str,
    territories: &str,
    events: &str,
) -> Result<kurils_core::History, Vec<String>> {
    load_with_borders(sources, territories, events, "")
}

fn load_with_borders(
    sources: &str,
    territories: &str,
    events: &str,
    borders: &str,
) -> Result<kurils_core::History, Vec<String>> {
    let files = HistoryFiles {
        sources: ("geo/history/sources.toml", sources),
        territories: ("geo/history/territories.toml", territories),
        events: ("geo/history/events.toml", events),
        borders: ("geo/history/borders.toml", borders),
    };
    parse_history(&files, 2026).map_err(|errors| errors.iter().map(|e| e.to_string()).collect())
}

fn period(from: &str, to: Option<&str>, status: &str, holder: &str) -> String {
    // A polity that fits the status (the tests of the pairing set their own).
    let polity = match status {
        "russia" | "disputed" | "occupied-by-ussr" => "soviet-union",
        "shared" => "japan-and-russia",
        "occupied-by-japan" => "empire-of-japan",
        _ => "japan",
    };
    period_of(from, to, status, polity, holder)
}

fn period_of(from: &str, to: Option<&str>, status: &str, polity: &str, holder: &str) -> String {
    let to = to.map(|to| format!("to = \"{to}\"\n")).unwrap_or_default();
    format!("[[territory.period]]\nfrom = \"{from}\"\n{to}status = \"{status}\"\npolity = \"{polity}\"\nholder = {{ en = \"{holder}\", ja = \"j\", ru = \"r\" }}\nsources = [\"ts\"]\n")
}

fn assert_rejected(result: Result<kurils_core::History, Vec<String>>, expected: &[&str]) {
    let errors = result.expect_err("the data should be rejected");
    let all = errors.join("\n");
    for part in expected {
        assert!(
            all.contains(part),
            "expected an error containing {part:?}, got:\n{all}"
        );
    }
}

#[test]
fn a_consistent_fixture_loads() {
    let two = period(
        "1855-01-01",
        Some("1868-01-03"),
        "japan",
        "Tokugawa shogunate",
    ) + &period("1868-01-03", None, "japan", "Empire of Japan");
    let history = load(SOURCES, &territories(&two), EVENTS).unwrap();
    assert_eq!(
        history.status_in_year(TerritoryId::Hokkaido, 1867),
        Some(Status::Japan)
    );
    assert_eq!(
        history
            .territory(TerritoryId::Hokkaido)
            .period_in_year(1868)
            .unwrap()
            .holder
            .en,
        "Empire of Japan"
    );
    assert_eq!(history.events.len(), 1);
}

#[test]
fn a_gap_between_periods_is_rejected() {
    let gap = period("1855-01-01", Some("1868-01-03"), "japan", "A")
        + &period("1868-02-01", None, "japan", "B");
    assert_rejected(
        load(SOURCES, &territories(&gap), EVENTS),
        &["geo/history/territories.toml: territory `hokkaido`, period 2 (from 1868-02-01): gap"],
    );
}

#[test]
fn overlapping_periods_are_rejected() {
    let overlap = period("1855-01-01", Some("1870-01-01"), "japan", "A")
        + &period("1868-01-03", None, "japan", "B");
    assert_rejected(
        load(SOURCES, &territories(&overlap), EVENTS),
        &["territory `hokkaido`, period 2 (from 1868-01-03): overlap"],
    );
}

#[test]
fn periods_that_start_late_end_early_or_run_backwards_are_rejected() {
    let late = period("1860-01-01", None, "japan", "A");
    assert_rejected(
        load(SOURCES, &territories(&late), EVENTS),
        &["must start by 1855-12-31"],
    );
    let closed = period("1855-01-01", Some("1900-01-01"), "japan", "A");
    assert_rejected(
        load(SOURCES, &territories(&closed), EVENTS),
        &["the last period must run to today"],
    );
    let backwards = period("1855-01-01", Some("1850-01-01"), "japan", "A")
        + &period("1850-01-01", None, "russia", "B");
    assert_rejected(
        load(SOURCES, &territories(&backwards), EVENTS),
        &["ends (1850-01-01) before it starts"],
    );
}

#[test]
fn unknown_and_missing_territories_are_rejected() {
    let renamed = territories("").replace("id = \"habomai\"", "id = \"habomai-islands\"");
    assert_rejected(
        load(SOURCES, &renamed, EVENTS),
        &[
            "territory `habomai-islands`: unknown territory id",
            "territory `habomai`: is missing",
        ],
    );
    let bad_event = EVENTS.replace("territories = [\"iturup\"]", "territories = [\"etorofu\"]");
    assert_rejected(
        load(SOURCES, &territories(""), &bad_event),
        &["geo/history/events.toml: event `treaty-of-shimoda`: names unknown territory `etorofu`"],
    );
}

#[test]
fn missing_or_unknown_sources_are_rejected() {
    let no_source = EVENTS.replace("sources = [\"ts\"]", "sources = []");
    assert_rejected(
        load(SOURCES, &territories(""), &no_source),
        &["event `treaty-of-shimoda`: has no source"],
    );
    let unknown = EVENTS.replace("sources = [\"ts\"]", "sources = [\"nowhere\"]");
    assert_rejected(
        load(SOURCES, &territories(""), &unknown),
        &["cites unknown source `nowhere`"],
    );
    let script = SOURCES.replace(
        "https://en.wikipedia.org/wiki/Treaty_of_Shimoda",
        "javascript:alert(1)",
    );
    assert_rejected(load(&script, &territories(""), EVENTS), &["geo/history/sources.toml: source `ts`: url `javascript:alert(1)` is not an http(s) address"]);
}

#[test]
fn events_outside_the_range_or_the_map_or_missing_translations_are_rejected() {
    let early = EVENTS.replace("1855-02-07", "1811-07");
    assert_rejected(
        load(SOURCES, &territories(""), &early),
        &["date 1811-07 is outside the slider's range 1855–2026"],
    );
    let impossible = EVENTS.replace("1855-02-07", "1945-13-40");
    assert_rejected(
        load(SOURCES, &territories(""), &impossible),
        &["`1945-13-40` is not a day of the calendar"],
    );
    let off_map = EVENTS.replace("at = [149.5, 45.6]", "at = [138.94, 34.68]");
    assert_rejected(
        load(SOURCES, &territories(""), &off_map),
        &["marker at [138.94, 34.68] is off the map"],
    );
    let untranslated = EVENTS.replace("ru = \"Симодский трактат\"", "ru = \"  \"");
    assert_rejected(
        load(SOURCES, &territories(""), &untranslated),
        &["`title.ru` is empty"],
    );
    let missing = EVENTS.replace(", ru = \"Симодский трактат\"", "");
    assert_rejected(
        load(SOURCES, &territories(""), &missing),
        &["geo/history/events.toml: file:", "missing field `ru`"],
    );
    let twice = format!("{EVENTS}\n{EVENTS}");
    assert_rejected(
        load(SOURCES, &territories(""), &twice),
        &["event `treaty-of-shimoda`: id is used twice"],
    );
}

#[test]
fn unknown_statuses_and_fields_are_rejected() {
    let bad = period("1855-01-01", None, "occupied", "A");
    assert_rejected(
        load(SOURCES, &territories(&bad), EVENTS),
        &["unknown status `occupied`"],
    );
    let typo = EVENTS.replace("happened_in", "happend_in");
    assert_rejected(
        load(SOURCES, &territories(""), &typo),
        &["unknown field `happend_in`"],
    );
}

#[test]
fn a_polity_must_be_known_and_fit_the_status() {
    let unknown = period_of("1855-01-01", None, "japan", "atlantis", "Atlantis");
    assert_rejected(
        load(SOURCES, &territories(&unknown), EVENTS),
        &["geo/history/territories.toml", "unknown polity `atlantis`"],
    );
    let misfit = period_of("1855-01-01", None, "disputed", "japan", "Japan");
    assert_rejected(
        load(SOURCES, &territories(&misfit), EVENTS),
        &["polity `japan` cannot hold a territory with status `disputed`"],
    );
}

#[test]
fn a_span_ends_after_it_begins_and_certainty_is_one_of_the_words() {
    let with = |extra: &str| {
        EVENTS.replace(
            "date = \"1855-02-07\"\n",
            &format!("date = \"1855-02-07\"\n{extra}"),
        )
    };
    let history = load(
        SOURCES,
        &territories(""),
        &with("until = \"1855-02-09\"\ncertainty = \"approximate\"\n"),
    )
    .unwrap();
    let when = history.events[0].when();
    assert_eq!(
        when.end.map(|d| d.to_string()).as_deref(),
        Some("1855-02-09")
    );
    assert_eq!(when.certainty, kurils_core::Certainty::Approximate);
    assert_rejected(
        load(SOURCES, &territories(""), &with("until = \"1855-02-01\"\n")),
        &[
            "event `treaty-of-shimoda`",
            "`until` (1855-02-01) is not after `date` (1855-02-07)",
        ],
    );
    assert_rejected(
        load(SOURCES, &territories(""), &with("certainty = \"maybe\"\n")),
        &["`certainty` is `maybe`"],
    );
}

#[test]
fn a_border_has_a_known_kind_a_line_on_the_map_dates_in_order_and_sources() {
    let border = |kind: &str, points: &str, to: &str, source: &str| {
        format!("[[border]]\nid = \"b\"\nkind = \"{kind}\"\nname = {{ en = \"n\", ja = \"n\", ru = \"n\" }}\ntext = {{ en = \"t\", ja = \"t\", ru = \"t\" }}\nfrom = \"1855-02-07\"\nto = \"{to}\"\npoints = {points}\nsources = [\"{source}\"]\n")
    };
    let good = border(
        "treaty",
        "[[149.0, 46.0], [149.2, 45.2]]",
        "1875-08-22",
        "ts",
    );
    let history = load_with_borders(SOURCES, &territories(""), EVENTS, &good).unwrap();
    assert_eq!(history.borders[0].years(1855, 2026), Some((1855, 1874)));
    assert_rejected(
        load_with_borders(
            SOURCES,
            &territories(""),
            EVENTS,
            &border("wall", "[[149.0, 46.0]]", "1850-01-01", "nope"),
        ),
        &[
            "geo/history/borders.toml",
            "border `b`",
            "unknown kind `wall`",
            "a line needs at least two points",
            "ends (1850-01-01) before it starts (1855-02-07)",
            "cites unknown source `nope`",
        ],
    );
    assert_rejected(
        load_with_borders(
            SOURCES,
            &territories(""),
            EVENTS,
            &border(
                "treaty",
                "[[10.0, 46.0], [149.2, 45.2]]",
                "1875-08-22",
                "ts",
            ),
        ),
        &["point [10, 46] is off the map"],
    );
}

/// Hokkaido with one government's view appended.
fn with_views(views: &str) -> String {
    let base = period("1855-01-01", None, "japan", "Japan");
    territories(&(base + views))
}

fn view(government: &str, from: &str, to: Option<&str>, status: &str, holder: bool) -> String {
    let to = to.map(|to| format!("to = \"{to}\"\n")).unwrap_or_default();
    let holder = if holder {
        "holder = { en = \"H\", ja = \"h\", ru = \"х\" }\n"
    } else {
        ""
    };
    format!("[[territory.view]]\ngovernment = \"{government}\"\nfrom = \"{from}\"\n{to}status = \"{status}\"\n{holder}note = {{ en = \"Its government holds…\", ja = \"j\", ru = \"r\" }}\nsources = [\"ts\"]\n")
}

#[test]
fn a_government_view_loads_and_changes_only_what_that_government_draws() {
    let views = view(
        "japan",
        "1946-02-02",
        Some("1952-04-28"),
        "occupied-by-ussr",
        true,
    ) + &view("japan", "1952-04-28", None, "undetermined", false)
        + &view("russia", "1946-02-02", None, "russia", true);
    let history = load(SOURCES, &with_views(&views), EVENTS).unwrap();
    let hokkaido = history.territory(TerritoryId::Hokkaido);
    use kurils_core::Viewpoint;
    assert_eq!(
        hokkaido.status_as_seen(1950, Viewpoint::Japan),
        Some(Status::OccupiedByUssr)
    );
    assert_eq!(
        hokkaido.status_as_seen(1952, Viewpoint::Japan),
        Some(Status::Undetermined)
    );
    assert_eq!(
        hokkaido.status_as_seen(1945, Viewpoint::Japan),
        Some(Status::Japan)
    );
    assert_eq!(
        hokkaido.status_as_seen(2000, Viewpoint::Russia),
        Some(Status::Russia)
    );
    assert_eq!(
        hokkaido.status_as_seen(2000, Viewpoint::DeFacto),
        Some(Status::Japan)
    );
    assert_eq!(
        history.status_in_year(TerritoryId::Hokkaido, 2000),
        Some(Status::Japan)
    );
}

#[test]
fn a_government_view_has_no_gaps_runs_to_today_and_names_a_known_government() {
    // A gap between two view periods of one government.
    let gap = view(
        "japan",
        "1946-02-02",
        Some("1950-01-01"),
        "occupied-by-ussr",
        true,
    ) + &view("japan", "1952-04-28", None, "undetermined", false);
    assert_rejected(
        load(SOURCES, &with_views(&gap), EVENTS),
        &[
            "territories.toml",
            "territory `hokkaido`, view of `japan` from 1952-04-28",
            "gap",
        ],
    );
    // A view that stops short of today.
    let short = view("russia", "1946-02-02", Some("1950-01-01"), "russia", true);
    assert_rejected(
        load(SOURCES, &with_views(&short), EVENTS),
        &["must run to today"],
    );
    // An unknown government, and the de facto map is not a government's view.
    for government in ["china", "de-facto"] {
        assert_rejected(
            load(
                SOURCES,
                &with_views(&view(government, "1946-02-02", None, "russia", true)),
                EVENTS,
            ),
            &[&format!("unknown government `{government}`")],
        );
    }
    // An unknown status; a holder for `undetermined`; none for a holding.
    assert_rejected(
        load(
            SOURCES,
            &with_views(&view("japan", "1952-04-28", None, "uncoloured", false)),
            EVENTS,
        ),
        &["unknown status `uncoloured`"],
    );
    assert_rejected(
        load(
            SOURCES,
            &with_views(&view("japan", "1952-04-28", None, "undetermined", true)),
            EVENTS,
        ),
        &["names no holder"],
    );
    assert_rejected(
        load(
            SOURCES,
            &with_views(&view("japan", "1952-04-28", None, "japan", false)),
            EVENTS,
        ),
        &["needs a `holder`"],
    );
}

#[test]
fn undetermined_belongs_only_to_a_government_view() {
    let periods = period("1855-01-01", Some("1952-04-28"), "japan", "Japan")
        + &period_of("1952-04-28", None, "undetermined", "japan", "Nobody");
    assert_rejected(
        load(SOURCES, &territories(&periods), EVENTS),
        &["period 2 (from 1952-04-28)", "only to a government's view"],
    );
}
