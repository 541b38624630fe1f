//! Writes validated data as Rust expressions, so the app embeds it with no
//! parser and no start-up work. The generated code names types by their bare
//! names: the including module imports them (see the app's `data` module).

use std::fmt::Write;

use crate::date::{Date, EventDate, Precision};
use crate::geometry::{Point, Rect};
use crate::history::{History, LonLat};
use crate::map::MapData;
use crate::text::{EnglishFirst, Localized};

fn text(s: &str) -> String {
    // `{:?}` of a str is a valid Rust string literal (quotes and escapes included).
    format!("Cow::Borrowed({s:?})")
}

fn float(x: f64) -> String {
    assert!(x.is_finite(), "generated data must be finite");
    format!("{x:?}")
}

fn list(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    format!("Cow::Borrowed(&[{}])", items.join(", "))
}

fn option(value: Option<String>) -> String {
    value.map_or_else(|| "None".to_owned(), |v| format!("Some({v})"))
}

fn localized(l: &Localized) -> String {
    format!(
        "Localized {{ en: {}, ja: {}, ru: {} }}",
        text(&l.en),
        text(&l.ja),
        text(&l.ru)
    )
}

fn english_first(e: &EnglishFirst) -> String {
    format!(
        "EnglishFirst {{ en: {}, ja: {}, ru: {} }}",
        text(&e.en),
        option(e.ja.as_deref().map(text)),
        option(e.ru.as_deref().map(text))
    )
}

fn date(d: Date) -> String {
    format!("Date::ymd({}, {}, {})", d.year(), d.month(), d.day())
}

fn event_date(d: EventDate) -> String {
    let precision = match d.precision {
        Precision::Year => "Precision::Year",
        Precision::Month => "Precision::Month",
        Precision::Day => "Precision::Day",
    };
    format!(
        "EventDate {{ date: {}, precision: {precision} }}",
        date(d.date)
    )
}

fn lonlat(p: LonLat) -> String {
    format!("LonLat {{ lon: {}, lat: {} }}", float(p.lon), float(p.lat))
}

fn point(p: Point) -> String {
    format!("Point {{ x: {}, y: {} }}", float(p.x), float(p.y))
}

fn rect(r: Rect) -> String {
    format!(
        "Rect {{ x: {}, y: {}, w: {}, h: {} }}",
        float(r.x),
        float(r.y),
        float(r.w),
        float(r.h)
    )
}

/// The history as one Rust expression of type `History`.
pub fn history_to_rust(history: &History) -> String {
    let territories = history.territories.iter().map(|t| {
        let periods = t.periods.iter().map(|p| {
            format!(
                "Period {{ from: {}, to: {}, status: {}, polity: {}, holder: {}, note: {}, sources: {} }}",
                date(p.from),
                option(p.to.map(date)),
                p.status.rust_path(),
                p.polity.rust_path(),
                localized(&p.holder),
                option(p.note.as_ref().map(english_first)),
                list(p.sources.iter().map(|s| text(s))),
            )
        });
        let views = t.views.iter().map(|v| {
            format!(
                "ViewPeriod {{ government: {}, from: {}, to: {}, status: {}, holder: {}, note: {}, sources: {} }}",
                v.government.rust_path(),
                date(v.from),
                option(v.to.map(date)),
                v.status.rust_path(),
                option(v.holder.as_ref().map(localized)),
                option(v.note.as_ref().map(localized)),
                list(v.sources.iter().map(|s| text(s))),
            )
        });
        format!(
            "Territory {{ id: {}, name: {}, periods: {}, views: {} }}",
            t.id.rust_path(),
            localized(&t.name),
            list(periods),
            list(views)
        )
    });
    let events = history.events.iter().map(|e| {
        format!(
            "Event {{ id: {}, date: {}, until: {}, certainty: {}, title: {}, text: {}, territories: {}, at: {}, happened_in: {}, sources: {} }}",
            text(&e.id),
            event_date(e.date),
            option(e.until.map(event_date)),
            e.certainty.rust_path(),
            localized(&e.title),
            localized(&e.text),
            list(e.territories.iter().map(|t| t.rust_path().to_owned())),
            lonlat(e.at),
            option(e.happened_in.as_ref().map(localized)),
            list(e.sources.iter().map(|s| text(s))),
        )
    });
    let borders = history.borders.iter().map(|b| {
        format!(
            "Border {{ id: {}, kind: {}, name: {}, text: {}, from: {}, to: {}, points: {}, sources: {} }}",
            text(&b.id),
            b.kind.rust_path(),
            localized(&b.name),
            localized(&b.text),
            date(b.from),
            option(b.to.map(date)),
            list(b.points.iter().map(|&p| lonlat(p))),
            list(b.sources.iter().map(|s| text(s))),
        )
    });
    let sources = history.sources.iter().map(|s| {
        format!(
            "Source {{ id: {}, title: {}, url: {} }}",
            text(&s.id),
            text(&s.title),
            text(&s.url)
        )
    });
    let mut out = String::new();
    let _ = write!(
        out,
        "History {{\n    territories: {},\n    events: {},\n    borders: {},\n    sources: {},\n}}",
        list(territories),
        list(events),
        list(borders),
        list(sources)
    );
    out
}

/// The map as one Rust expression of type `MapData`.
pub fn map_to_rust(map: &MapData) -> String {
    let c = map.projector.conic;
    let projector = format!(
        "Projector {{ conic: ConicConformal {{ n: {}, f: {}, rho0: {}, lambda0: {} }}, scale: {}, offset: {} }}",
        float(c.n),
        float(c.f),
        float(c.rho0),
        float(c.lambda0),
        float(map.projector.scale),
        point(map.projector.offset)
    );
    let territories = map.territories.iter().map(|t| {
        format!(
            "TerritoryShape {{ id: {}, path: {}, label: {}, bounds: {} }}",
            t.id.rust_path(),
            text(&t.path),
            point(t.label),
            rect(t.bounds)
        )
    });
    let graticule = map.graticule.iter().map(|g| {
        format!(
            "GraticuleLine {{ path: {}, label: {}, label_at: {} }}",
            text(&g.path),
            text(&g.label),
            point(g.label_at)
        )
    });
    let places = map.places.iter().map(|p| {
        let kind = match p.kind {
            crate::map::PlaceKind::Sea => "PlaceKind::Sea",
            crate::map::PlaceKind::Land => "PlaceKind::Land",
            crate::map::PlaceKind::Strait => "PlaceKind::Strait",
        };
        format!(
            "PlaceLabel {{ name: {}, kind: {kind}, at: {} }}",
            localized(&p.name),
            point(p.at)
        )
    });
    format!(
        "MapData {{\n    projector: {projector},\n    frame: {},\n    southern_islands: {},\n    territories: {},\n    context: {},\n    graticule: {},\n    sakhalin_border: {},\n    places: {},\n    event_points: {},\n    borders: {},\n}}",
        rect(map.frame),
        rect(map.southern_islands),
        list(territories),
        text(&map.context),
        list(graticule),
        text(&map.sakhalin_border),
        list(places),
        list(map.event_points.iter().map(|&p| point(p))),
        list(map.borders.iter().map(|b| format!(
            "BorderLine {{ path: {}, label_at: {} }}",
            text(&b.path),
            point(b.label_at)
        ))),
    )
}

/// The interface strings as one constant per key, each the key's text in
/// [`Lang::ALL`](crate::Lang::ALL) order: `pub const SHARE_COPY: [&str; 3]`, and
/// `STATUS`, `MONTH`, `MONTH_OF` indexed by language, then by the core's
/// vocabularies. For the wasm: constants (not one static table) let the
/// compiler keep only the strings the live code uses; the served HTML has the rest.
pub fn live_strings_to_rust(strings: &crate::loader::Strings) -> String {
    use crate::status::Status;
    let (_, english) = &strings.tables[0];
    let mut out = String::new();
    for key in english.keys().filter(|k| {
        !["status.", "polity.", "month.", "month_of."]
            .iter()
            .any(|table| k.starts_with(table))
    }) {
        let texts: Vec<String> = strings
            .tables
            .iter()
            .map(|(_, table)| format!("{:?}", table[key]))
            .collect();
        let _ = writeln!(
            out,
            "pub const {}: [&str; 3] = [{}];",
            field_name(key).to_uppercase(),
            texts.join(", ")
        );
    }
    let table = |name: &str, keys: Vec<String>| {
        let rows: Vec<String> = strings
            .tables
            .iter()
            .map(|(_, table)| {
                let row: Vec<String> = keys.iter().map(|k| format!("{:?}", table[k])).collect();
                format!("[{}]", row.join(", "))
            })
            .collect();
        format!(
            "pub const {name}: [[&str; {}]; 3] = [{}];\n",
            keys.len(),
            rows.join(", ")
        )
    };
    out.push_str(&table(
        "STATUS",
        Status::ALL
            .iter()
            .map(|s| format!("status.{}", s.as_str()))
            .collect(),
    ));
    out.push_str(&table(
        "POLITY",
        crate::polity::Polity::ALL
            .iter()
            .map(|p| format!("polity.{}", p.as_str()))
            .collect(),
    ));
    out.push_str(&table(
        "MONTH",
        (1..=12).map(|m| format!("month.{m}")).collect(),
    ));
    out.push_str(&table(
        "MONTH_OF",
        (1..=12).map(|m| format!("month_of.{m}")).collect(),
    ));
    out
}

/// The field a dotted key becomes: `slider.label` → `slider_label`.
fn field_name(key: &str) -> String {
    key.replace(['.', '-'], "_")
}

/// The interface strings as Rust: a `Strings` struct with one field per key
/// (so a key the code uses but the files lack is a compile error), `status`
/// and `month` as arrays indexed by the core's vocabularies, and one static
/// per language: `EN`, `JA`, `RU`.
pub fn strings_to_rust(strings: &crate::loader::Strings) -> String {
    use crate::status::Status;
    let (_, english) = &strings.tables[0];
    let plain: Vec<&String> = english
        .keys()
        .filter(|k| {
            !["status.", "polity.", "month.", "month_of."]
                .iter()
                .any(|table| k.starts_with(table))
        })
        .collect();
    let mut out = String::from("/// The interface's text in one language (generated from i18n/*.toml).\n#[derive(Debug)]\npub struct Strings {\n    /// By `Status as usize`.\n    pub status: [&'static str; 7],\n    /// By `Polity as usize`: each state as it follows \"by\" or \"under\".\n    pub polity: [&'static str; 8],\n    /// Month names alone (\"February 1855\"); January is 0.\n    pub month: [&'static str; 12],\n    /// Month names within a full date (\"7 February 1855\"; genitive in Russian).\n    pub month_of: [&'static str; 12],\n");
    for key in &plain {
        let _ = writeln!(
            out,
            "    /// en: {:?}\n    pub {}: &'static str,",
            english[*key],
            field_name(key)
        );
    }
    out.push_str("}\n");
    for (lang, table) in &strings.tables {
        let statuses: Vec<String> = Status::ALL
            .iter()
            .map(|s| format!("{:?}", table[&format!("status.{}", s.as_str())]))
            .collect();
        let months = |name: &str| {
            (1..=12)
                .map(|m| format!("{:?}", table[&format!("{name}.{m}")]))
                .collect::<Vec<String>>()
                .join(", ")
        };
        let polities: Vec<String> = crate::polity::Polity::ALL
            .iter()
            .map(|p| format!("{:?}", table[&format!("polity.{}", p.as_str())]))
            .collect();
        let name = lang.tag().to_uppercase();
        let _ = write!(
            out,
            "pub static {name}: Strings = Strings {{\n    status: [{}],\n    polity: [{}],\n    month: [{}],\n    month_of: [{}],\n",
            statuses.join(", "),
            polities.join(", "),
            months("month"),
            months("month_of")
        );
        for key in &plain {
            let _ = writeln!(out, "    {}: {:?},", field_name(key), table[*key]);
        }
        out.push_str("};\n");
    }
    out
}
