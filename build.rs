//! Validates everything under `geo/` and turns it into Rust source for the app:
//! the whole data for the build-time page (`$OUT_DIR/history.rs`, `map.rs`,
//! `strings.rs`) and the lean data for the live page in the browser
//! (`history_live.rs`, `map_live.rs`, `strings_live.rs`). Projection, clipping
//! and simplification happen here, once, not in every visitor's browser.
//! Bad data stops the build with messages naming the file and the record.

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

/// The current UTC year (or that of `SOURCE_DATE_EPOCH`, for reproducible builds):
/// the latest year an event may carry.
fn current_year() -> i16 {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    // Days to civil year (H. Hinnant's algorithm, shifted so years start in March).
    let days = (seconds / 86_400) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let march_based_month = (5 * day_of_year + 2) / 153;
    let year = year_of_era + era * 400 + i64::from(march_based_month >= 10);
    year as i16
}

fn main() {
    println!("cargo::rerun-if-changed=geo");
    println!("cargo::rerun-if-changed=i18n");
    println!("cargo::rerun-if-env-changed=SOURCE_DATE_EPOCH");
    // A test build may compile in other history files (end2end/fixtures/hostile-history:
    // text that must stay inert); the data still passes through the same loader.
    println!("cargo::rerun-if-env-changed=KURILS_HISTORY_DIR");
    let history = std::env::var("KURILS_HISTORY_DIR")
        .unwrap_or_else(|_| kurils_core::loader::HISTORY_DIR.to_owned());
    println!("cargo::rerun-if-changed={history}");
    let loaded = match kurils_core::loader::load(Path::new("."), &history, current_year()) {
        Ok(loaded) => loaded,
        Err(errors) => {
            eprintln!(
                "The data under geo/ and i18n/ has {} problem(s):",
                errors.len()
            );
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, code: String| {
        std::fs::write(Path::new(&out).join(name), code)
            .unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
    };
    // The served page's data (the prerender writes it into the HTML) ...
    write(
        "history.rs",
        kurils_core::loader::history_to_rust(&loaded.history),
    );
    write("map.rs", kurils_core::loader::map_to_rust(&loaded.map));
    write(
        "strings.rs",
        kurils_core::loader::strings_to_rust(&loaded.strings),
    );
    // ... and the live page's: the same data without what the HTML already carries
    // (event texts, notes, sources, coastline paths; see ARCHITECTURE.md).
    write(
        "history_live.rs",
        kurils_core::loader::history_to_rust(&loaded.history.without_texts()),
    );
    write(
        "map_live.rs",
        kurils_core::loader::map_to_rust(&loaded.map.without_paths()),
    );
    write(
        "strings_live.rs",
        kurils_core::loader::live_strings_to_rust(&loaded.strings),
    );
    write("build_year.rs", format!("{}", current_year()));
}
