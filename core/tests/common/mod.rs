//! What several test files share: the real history in `geo/history/`, loaded
//! by the same loader the build uses.

use kurils_core::loader::{parse_history, HistoryFiles};
use kurils_core::History;

/// The real history, with a last year far enough ahead for any clock.
pub fn real_history() -> History {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../geo/history");
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| panic!("cannot read geo/history/{name}: {e}"))
    };
    let (sources, territories, events, borders) = (
        read("sources.toml"),
        read("territories.toml"),
        read("events.toml"),
        read("borders.toml"),
    );
    let files = HistoryFiles {
        sources: ("sources.toml", &sources),
        territories: ("territories.toml", &territories),
        events: ("events.toml", &events),
        borders: ("borders.toml", &borders),
    };
    parse_history(&files, 2100).unwrap_or_else(|errors| {
        let all: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("geo/history does not load:\n{}", all.join("\n"))
    })
}
