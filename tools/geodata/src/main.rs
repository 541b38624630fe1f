//! `cargo run -p geodata --release -- <land-10m.json> <geo dir>`: re-extracts
//! `geo/territories.geojson` and `geo/context.geojson` from Natural Earth 10m
//! land, as shipped in the npm package world-atlas (see geo/README.md).
//! The output is deterministic: running it again gives the same bytes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn run(input: &Path, geo: &Path) -> Result<(), String> {
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let (territories, context) =
        geodata::geojson_files(&read(input)?, &read(&geo.join("map.toml"))?)?;
    for (name, text) in [
        ("territories.geojson", territories),
        ("context.geojson", context),
    ] {
        let path = geo.join(name);
        std::fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
        let points = text.matches("],[").count();
        println!(
            "wrote {} ({} bytes, about {points} points)",
            path.display(),
            text.len()
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [input, geo] = args.as_slice() else {
        eprintln!("usage: geodata <world-atlas land-10m.json> <geo dir>");
        return ExitCode::from(2);
    };
    match run(input, geo) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("geodata: {e}");
            ExitCode::FAILURE
        }
    }
}
