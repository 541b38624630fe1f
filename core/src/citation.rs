//! "Cite this map": the map as shown, with its version, year and address, as
//! one sentence in the page's language and as a BibTeX entry.

use crate::date::{Date, EventDate, Precision};
use crate::text::{fill, format_date, DateWords};

/// What is cited: the same in every language.
#[derive(Clone, Copy, Debug)]
pub struct Citation<'a> {
    pub title: &'a str,
    /// The app's version ("0.1.0").
    pub version: &'a str,
    /// The year the map shows.
    pub year: i16,
    /// The address of the map as shown.
    pub url: &'a str,
    /// The reader's today.
    pub accessed: Date,
}

/// How the page's language writes a citation.
#[derive(Clone, Copy, Debug)]
pub struct CitationWords<'a> {
    /// The sentence, with `{title}`, `{version}`, `{year}`, `{url}` and
    /// `{accessed}`: "{title} (version {version}), map of {year}. {url}.
    /// Accessed {accessed}."
    pub sentence: &'a str,
    /// BibTeX's `note`, with `{year}`: "Map of {year}".
    pub note: &'a str,
    /// How the access date is written.
    pub dates: DateWords<'a>,
}

/// The citation as one sentence. The values are put in as they are: `fill`
/// does not read placeholders inside them, so a title holding "{url}" stays so.
pub fn citation_text(citation: &Citation, words: &CitationWords) -> String {
    let accessed = format_date(
        EventDate {
            date: citation.accessed,
            precision: Precision::Day,
        },
        &words.dates,
    );
    fill(
        words.sentence,
        &[
            ("title", citation.title),
            ("version", citation.version),
            ("year", &citation.year.to_string()),
            ("url", citation.url),
            ("accessed", &accessed),
        ],
    )
}

/// The citation as a biblatex `@misc` entry (`version` and `urldate` are
/// biblatex's fields), keyed `kurils-map-YEAR`; `year` is the year of access.
///
/// Every text value is escaped ([`bibtex_text`]); the title gets a second pair
/// of braces so that styles do not lowercase its proper nouns. The `url` is
/// not TeX-escaped: biblatex reads it verbatim, so `\%` or `\_` would end up
/// in the link ([`bibtex_url`]). Non-ASCII text stays UTF-8, which Biber
/// and `inputenc`-era LaTeX both read.
pub fn bibtex(citation: &Citation, words: &CitationWords) -> String {
    let year = citation.year.to_string();
    let note = fill(words.note, &[("year", &year)]);
    let fields = [
        ("title", format!("{{{}}}", bibtex_text(citation.title))),
        ("version", bibtex_text(citation.version)),
        ("note", bibtex_text(&note)),
        ("url", bibtex_url(citation.url)),
        ("urldate", citation.accessed.to_string()),
        ("year", citation.accessed.year().to_string()),
    ];
    let mut out = format!("@misc{{kurils-map-{year},\n");
    for (name, value) in fields {
        out.push_str("  ");
        out.push_str(name);
        out.push_str(" = {");
        out.push_str(&value);
        out.push_str("},\n");
    }
    out.push_str("}\n");
    out
}

/// Text for a BibTeX field in braces: TeX's special characters written as
/// commands. Braces become `\textbraceleft{}` and `\textbraceright{}`, not
/// `\{` and `\}`, because BibTeX counts a brace after a backslash too and an
/// unbalanced one would end the field. Line breaks and other control
/// characters become spaces (a blank line inside a field is a paragraph
/// break, an error in a citation).
pub fn bibtex_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '{' => out.push_str("\\textbraceleft{}"),
            '}' => out.push_str("\\textbraceright{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// An address for the verbatim `url` field: every byte a URL may not hold
/// as it is (RFC 3986: spaces, braces, backslash, quotes, `<>^`|`, control
/// characters, non-ASCII) percent-encoded. That keeps the link working and
/// the field's braces balanced; `%`, `#`, `&`, `_` and `~` are legal in a
/// URL and stay as they are, as verbatim fields want.
pub fn bibtex_url(url: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(url.len());
    for &b in url.as_bytes() {
        let allowed = b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b);
        if allowed {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const JA_MONTHS: [&str; 12] = [
        "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
    ];

    fn english() -> CitationWords<'static> {
        CitationWords {
            sentence: "{title} (version {version}), map of {year}. {url}. Accessed {accessed}.",
            note: "Map of {year}",
            dates: DateWords {
                day: "{day} {month} {year}",
                month: "{month} {year}",
                year: "{year}",
                months: &MONTHS,
                months_of: &MONTHS,
                range_days: "{from}–{to} {month} {year}",
                range: "{from} – {to}",
                approximate: "about {date}",
                sources_differ: "{date} (sources differ)",
            },
        }
    }

    fn japanese() -> CitationWords<'static> {
        CitationWords {
            sentence: "{title}（バージョン{version}）、{year}年の地図。{url}（{accessed}閲覧）",
            note: "{year}年の地図",
            dates: DateWords {
                day: "{year}年{month}{day}日",
                month: "{year}年{month}",
                year: "{year}年",
                months: &JA_MONTHS,
                months_of: &JA_MONTHS,
                range_days: "{year}年{month}{from}日〜{to}日",
                range: "{from}〜{to}",
                approximate: "{date}頃",
                sources_differ: "{date}（諸説あり）",
            },
        }
    }

    fn citation() -> Citation<'static> {
        Citation {
            title: "Hokkaido, Sakhalin and the Kuril Islands: who held each territory since 1855",
            version: "0.1.0",
            year: 1905,
            url: "https://example.org/maps/?year=1905",
            accessed: Date::ymd(2026, 12, 2),
        }
    }

    #[test]
    fn the_sentence_is_the_languages_own() {
        assert_eq!(
            citation_text(&citation(), &english()),
            "Hokkaido, Sakhalin and the Kuril Islands: who held each territory since 1855 \
             (version 0.1.0), map of 1905. https://example.org/maps/?year=1905. \
             Accessed 2 December 2026."
        );
        let ja = Citation {
            title: "北海道・樺太・千島列島",
            ..citation()
        };
        assert_eq!(
            citation_text(&ja, &japanese()),
            "北海道・樺太・千島列島（バージョン0.1.0）、1905年の地図。\
             https://example.org/maps/?year=1905（2026年12月2日閲覧）"
        );
        // Values are not templates.
        let sly = Citation {
            title: "{url} {accessed}",
            ..citation()
        };
        assert!(citation_text(&sly, &english()).starts_with("{url} {accessed} (version"));
    }

    #[test]
    fn the_bibtex_entry_has_every_field() {
        assert_eq!(
            bibtex(&citation(), &english()),
            "@misc{kurils-map-1905,\n\
             \x20 title = {{Hokkaido, Sakhalin and the Kuril Islands: who held each territory since 1855}},\n\
             \x20 version = {0.1.0},\n\
             \x20 note = {Map of 1905},\n\
             \x20 url = {https://example.org/maps/?year=1905},\n\
             \x20 urldate = {2026-12-02},\n\
             \x20 year = {2026},\n\
             }\n"
        );
        let ja = bibtex(
            &Citation {
                title: "北海道・樺太・千島列島",
                ..citation()
            },
            &japanese(),
        );
        assert!(ja.contains("title = {{北海道・樺太・千島列島}},"), "{ja}");
        assert!(ja.contains("note = {1905年の地図},"), "{ja}");
    }

    /// Whether BibTeX would find the braces balanced: it counts every brace,
    /// escaped or not, and a field may never close more than it opened.
    fn balanced(text: &str) -> bool {
        let mut depth = 0i32;
        for c in text.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth < 0 {
                return false;
            }
        }
        depth == 0
    }

    #[test]
    fn hostile_values_cannot_break_out_of_their_fields() {
        let hostile = Citation {
            title: "}, author = {Mallory} % 100% & $x^2$ #1 a_b ~ \\input{/etc/passwd}\n\nNew paragraph",
            version: "0.1.0}}",
            year: 1905,
            url: "https://example.org/maps/?q={x}}&p=100%25 off\\\"<>^`|#top_1~ü",
            accessed: Date::ymd(2026, 1, 9),
        };
        let entry = bibtex(&hostile, &english());
        assert!(balanced(&entry), "{entry}");
        assert_eq!(entry.lines().count(), 8, "one line per field: {entry}");
        assert!(entry.contains(
            "title = {{\\textbraceright{}, author = \\textbraceleft{}Mallory\\textbraceright{} \
             \\% 100\\% \\& \\$x\\textasciicircum{}2\\$ \\#1 a\\_b \\textasciitilde{} \
             \\textbackslash{}input\\textbraceleft{}/etc/passwd\\textbraceright{}  New paragraph}},"
        ));
        assert!(entry.contains("version = {0.1.0\\textbraceright{}\\textbraceright{}},"));
        assert!(entry.contains(
            "url = {https://example.org/maps/?q=%7Bx%7D%7D&p=100%25%20off%5C%22%3C%3E%5E%60%7C#top_1~%C3%BC},"
        ));
        assert!(entry.contains("urldate = {2026-01-09},"));
        for c in ['%', '&', '$', '#', '_'] {
            assert_eq!(bibtex_text(&c.to_string()), format!("\\{c}"));
        }
        assert_eq!(bibtex_text("Итуруп 択捉島"), "Итуруп 択捉島");
        assert_eq!(
            bibtex_url("https://example.org/?year=1905&lang=ja#map"),
            "https://example.org/?year=1905&lang=ja#map"
        );
    }
}
