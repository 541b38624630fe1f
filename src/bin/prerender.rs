//! Writes the served page into a Trunk build: the app's markup at the end of
//! `<body>` of `<dist>/index.html` (after the messages for a failed start), and the generated layout rules at the end of
//! `<dist>/app.css`. Run after `trunk build` (Makefile: build); the markup is
//! rendered natively by Leptos (feature `ssr`) and none of it is in the wasm.
//!
//!     cargo run --release --features ssr --bin prerender -- dist
//!
//! Trunk runs it after every build (a `post_build` hook in Trunk.toml), on its
//! staging folder (`TRUNK_STAGING_DIR`), which is used when no folder is given.

use std::path::PathBuf;

fn main() {
    let dist = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map_or_else(|| PathBuf::from("dist"), PathBuf::from);
    let index = dist.join("index.html");
    let css = dist.join("app.css");
    let html = std::fs::read_to_string(&index)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", index.display())));
    if html.contains("data-app=") {
        fail(&format!(
            "{} already holds the page: build again with trunk first",
            index.display()
        ));
    }
    let Some(end) = html.rfind("</body>") else {
        fail(&format!("{} has no </body>", index.display()));
    };
    // Leptos marks each list with an empty comment for hydration; nothing hydrates
    // this page (the live page binds by attributes), so they go.
    let page = kurils_map::page::body().replace("<!>", "");
    let written = format!("{}{}{}", &html[..end], page, &html[end..]);
    std::fs::write(&index, &written)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", index.display())));
    let mut style = std::fs::read_to_string(&css)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", css.display())));
    style.push_str(&kurils_map::page::layout_css());
    std::fs::write(&css, style)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", css.display())));
    println!(
        "prerender: wrote the page into {} ({} KB) and its layout rules into {}",
        index.display(),
        written.len() / 1024,
        css.display()
    );
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
