//! Text in the three languages of the map.

use std::borrow::Cow;

/// Static text in generated code, owned text when loaded from files.
pub type Text = Cow<'static, str>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ja,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Ru];

    /// The BCP 47 tag, as used in `<html lang>` and the `lang` URL parameter.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Ru => "ru",
        }
    }

    pub fn parse(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag() == tag)
    }
}

/// A text given in English, Japanese and Russian.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "loader", derive(serde::Deserialize))]
#[cfg_attr(feature = "loader", serde(deny_unknown_fields))]
pub struct Localized {
    pub en: Text,
    pub ja: Text,
    pub ru: Text,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
            Lang::Ru => &self.ru,
        }
    }
}

/// A text that must exist in English and may exist in Japanese and Russian
/// (short notes); missing translations fall back to English.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "loader", derive(serde::Deserialize))]
#[cfg_attr(feature = "loader", serde(deny_unknown_fields))]
pub struct EnglishFirst {
    pub en: Text,
    pub ja: Option<Text>,
    pub ru: Option<Text>,
}

impl EnglishFirst {
    pub fn get(&self, lang: Lang) -> &str {
        let translated = match lang {
            Lang::En => None,
            Lang::Ja => self.ja.as_deref(),
            Lang::Ru => self.ru.as_deref(),
        };
        translated.unwrap_or(&self.en)
    }
}

/// A number with `decimals` digits after the point, trailing zeros dropped:
/// `fixed(12.5, 2)` is "12.5", `fixed(-0.004, 2)` is "0". Integer arithmetic on
/// purpose: Rust's float formatting adds about 10 KB to the wasm, and the
/// app writes a number on every zoom and slider step.
pub fn fixed(x: f64, decimals: u32) -> String {
    let scale = 10i64.pow(decimals.min(9));
    let scaled = if x.is_finite() {
        (x * scale as f64).round() as i64
    } else {
        0
    };
    let (sign, magnitude) = if scaled < 0 {
        ("-", scaled.unsigned_abs())
    } else {
        ("", scaled.unsigned_abs())
    };
    let (whole, mut fraction) = (magnitude / scale as u64, magnitude % scale as u64);
    let mut digits = decimals.min(9);
    while digits > 0 && fraction % 10 == 0 {
        fraction /= 10;
        digits -= 1;
    }
    match (whole, fraction, digits) {
        (0, 0, _) => "0".to_owned(),
        (_, _, 0) => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{fraction:0width$}", width = digits as usize),
    }
}

/// Reads a plain decimal number: an optional sign, digits, and an optional
/// fraction (`147.5`, `-0.25`, `3`); no exponent, at most 15 significant digits.
/// The counterpart of [`fixed`], for the numbers in an address. Hand-written on
/// purpose: `str::parse::<f64>` brings 11 KB of power-of-five tables into the
/// wasm (about 10 KB gzipped: they barely compress).
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty())
        || !all_digits(whole)
        || !all_digits(fraction)
        || whole.len() + fraction.len() > 15
    {
        return None;
    }
    let mut value: u64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        value = value * 10 + u64::from(b - b'0');
    }
    let magnitude = value as f64 / 10f64.powi(fraction.len() as i32);
    Some(if negative { -magnitude } else { magnitude })
}

/// Fills `{name}` placeholders in a template with values; unknown names stay as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(name, _)| *name == &after[..close])
                .map(|(_, value)| (close, value))
        }) {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// How one language writes dates: templates with `{day}`, `{month}`, `{year}`
/// for each precision, and month names alone and within a full date.
#[derive(Clone, Copy, Debug)]
pub struct DateWords<'a> {
    pub day: &'a str,
    pub month: &'a str,
    pub year: &'a str,
    pub months: &'a [&'a str; 12],
    pub months_of: &'a [&'a str; 12],
    /// Days of one month: "{from}–{to} {month} {year}".
    pub range_days: &'a str,
    /// Any other span: "{from} – {to}".
    pub range: &'a str,
    /// "about {date}".
    pub approximate: &'a str,
    /// "{date} (sources differ)".
    pub sources_differ: &'a str,
}

/// The words a language names the statuses with (`i18n/*.toml`: `[status]`,
/// `[status_by]`, `[polity]`).
#[derive(Clone, Copy, Debug)]
pub struct StatusWords<'a> {
    /// One label per status, the same for every year ("Administered by the
    /// Soviet Union or Russia, claimed by Japan").
    pub status: &'a [&'a str; 7],
    /// The disputed status for one administering state: "Administered by {polity}, claimed by Japan".
    pub disputed_by: &'a str,
    /// Each polity as it follows "by".
    pub polity: &'a [&'a str; 8],
}

/// A status as the year shown has it: the disputed status names the state that
/// administers it that year (the Soviet Union, then Russia); the others are the
/// same for every year. `None` gives the label for all years (a legend row with
/// no territory that year).
pub fn status_label(
    status: crate::status::Status,
    polity: Option<crate::polity::Polity>,
    words: &StatusWords,
) -> String {
    match (status, polity) {
        (crate::status::Status::Disputed, Some(polity)) => fill(
            words.disputed_by,
            &[("polity", words.polity[polity.index()])],
        ),
        _ => words.status[status.index()].to_owned(),
    }
}

/// A span of dates as a language writes it: "3–5 September 1945",
/// "1945年9月3日〜5日", "3–5 сентября 1945 г.", "August 1918 – October 1922",
/// with "about" or "sources differ" when the sources say so.
pub fn format_span(span: crate::date::DateSpan, words: &DateWords) -> String {
    use crate::date::{Certainty, Precision};
    let dates = match span.end {
        None => format_date(span.start, words),
        Some(end)
            if span.start.precision == Precision::Day
                && end.precision == Precision::Day
                && span.start.year() == end.year()
                && span.start.date.month() == end.date.month() =>
        {
            fill(
                words.range_days,
                &[
                    ("from", &span.start.date.day().to_string()),
                    ("to", &end.date.day().to_string()),
                    ("month", words.months_of[usize::from(end.date.month()) - 1]),
                    ("year", &end.year().to_string()),
                ],
            )
        }
        Some(end) => fill(
            words.range,
            &[
                ("from", &format_date(span.start, words)),
                ("to", &format_date(end, words)),
            ],
        ),
    };
    match span.certainty {
        Certainty::Exact => dates,
        Certainty::Approximate => fill(words.approximate, &[("date", &dates)]),
        Certainty::SourcesDiffer => fill(words.sources_differ, &[("date", &dates)]),
    }
}

/// "7 February 1855", "1855年2月7日", "7 февраля 1855 г.": as precise as the date is known.
pub fn format_date(date: crate::date::EventDate, words: &DateWords) -> String {
    use crate::date::Precision;
    let year = date.year().to_string();
    let month = usize::from(date.date.month()) - 1;
    match date.precision {
        Precision::Year => fill(words.year, &[("year", &year)]),
        Precision::Month => fill(
            words.month,
            &[("month", words.months[month]), ("year", &year)],
        ),
        Precision::Day => fill(
            words.day,
            &[
                ("day", &date.date.day().to_string()),
                ("month", words.months_of[month]),
                ("year", &year),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_disputed_status_names_the_state_of_its_year() {
        use crate::polity::Polity;
        use crate::status::Status;
        let status = [
            "Japan",
            "Russia or the Soviet Union",
            "No border",
            "Japanese occupation",
            "Soviet occupation",
            "Administered by the Soviet Union or Russia, claimed by Japan",
            "Undetermined",
        ];
        let mut polity = [""; 8];
        polity[Polity::SovietUnion.index()] = "the Soviet Union";
        polity[Polity::RussianFederation.index()] = "Russia";
        let words = StatusWords {
            status: &status,
            disputed_by: "Administered by {polity}, claimed by Japan",
            polity: &polity,
        };
        let label = |s, p| status_label(s, p, &words);
        assert_eq!(
            label(Status::Disputed, Some(Polity::SovietUnion)),
            "Administered by the Soviet Union, claimed by Japan"
        );
        assert_eq!(
            label(Status::Disputed, Some(Polity::RussianFederation)),
            "Administered by Russia, claimed by Japan"
        );
        assert_eq!(label(Status::Disputed, None), status[5]);
        assert_eq!(label(Status::Russia, Some(Polity::SovietUnion)), status[1]);
    }

    #[test]
    fn spans_are_written_as_each_language_writes_them() {
        use crate::date::{Certainty, DateSpan, EventDate};
        let months = [
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
        let ja_months = [
            "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
        ];
        let en = DateWords {
            day: "{day} {month} {year}",
            month: "{month} {year}",
            year: "{year}",
            months: &months,
            months_of: &months,
            range_days: "{from}–{to} {month} {year}",
            range: "{from} – {to}",
            approximate: "about {date}",
            sources_differ: "{date} (sources differ)",
        };
        let ja = DateWords {
            day: "{year}年{month}{day}日",
            month: "{year}年{month}",
            year: "{year}年",
            months: &ja_months,
            months_of: &ja_months,
            range_days: "{year}年{month}{from}日〜{to}日",
            range: "{from}〜{to}",
            approximate: "{date}頃",
            sources_differ: "{date}（諸説あり）",
        };
        let d = |s: &str| EventDate::parse(s).unwrap();
        let span = |start, end: Option<&str>, certainty| DateSpan {
            start: d(start),
            end: end.map(d),
            certainty,
        };
        let habomai = span("1945-09-03", Some("1945-09-05"), Certainty::Exact);
        assert_eq!(format_span(habomai, &en), "3–5 September 1945");
        assert_eq!(format_span(habomai, &ja), "1945年9月3日〜5日");
        let intervention = span("1918-08", Some("1922-10"), Certainty::Exact);
        assert_eq!(format_span(intervention, &en), "August 1918 – October 1922");
        assert_eq!(format_span(intervention, &ja), "1918年8月〜1922年10月");
        let across = span("1945-08-28", Some("1945-09-01"), Certainty::Exact);
        assert_eq!(
            format_span(across, &en),
            "28 August 1945 – 1 September 1945"
        );
        let about = span("1920-04", None, Certainty::Approximate);
        assert_eq!(format_span(about, &en), "about April 1920");
        assert_eq!(format_span(about, &ja), "1920年4月頃");
        let differ = span("1920-04-21", None, Certainty::SourcesDiffer);
        assert_eq!(format_span(differ, &en), "21 April 1920 (sources differ)");
        assert_eq!(
            format_span(span("1855-02-07", None, Certainty::Exact), &en),
            "7 February 1855"
        );
    }

    #[test]
    fn plain_decimals_are_read_and_anything_else_is_not() {
        for (text, value) in [
            ("147.5", 147.5),
            ("-0.25", -0.25),
            ("+3", 3.0),
            ("3.", 3.0),
            (".5", 0.5),
            ("0", 0.0),
            ("44.600", 44.6),
        ] {
            assert_eq!(parse_decimal(text), Some(value), "{text}");
        }
        for text in [
            "",
            "-",
            ".",
            "1e5",
            "NaN",
            "inf",
            "1,5",
            "1.2.3",
            " 1",
            "0x10",
            "--1",
            "1234567890123456",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }

    #[test]
    fn fixed_point_numbers_are_rounded_and_trimmed() {
        for (x, decimals, expected) in [
            (12.5, 2, "12.5"),
            (12.0, 3, "12"),
            (-3.14561, 2, "-3.15"),
            (0.0049, 2, "0"),
            (-0.004, 2, "0"),
            (0.05, 1, "0.1"),
            (10510.951, 1, "10511"),
            (0.012, 3, "0.012"),
            (1e6, 0, "1000000"),
            (f64::NAN, 2, "0"),
        ] {
            assert_eq!(fixed(x, decimals), expected, "{x} to {decimals}");
        }
    }

    #[test]
    fn placeholders_are_filled_and_others_left_alone() {
        assert_eq!(
            fill(
                "{year}: {territory} passes to {holder}",
                &[
                    ("year", "1905"),
                    ("territory", "South Sakhalin"),
                    ("holder", "Japan")
                ]
            ),
            "1905: South Sakhalin passes to Japan"
        );
        assert_eq!(fill("{a} {unknown} {", &[("a", "x")]), "x {unknown} {");
        assert_eq!(fill("{year}年", &[("year", "1905")]), "1905年");
    }

    #[test]
    fn dates_are_written_as_precisely_as_they_are_known() {
        const NOMINATIVE: [&str; 12] = [
            "январь",
            "февраль",
            "март",
            "апрель",
            "май",
            "июнь",
            "июль",
            "август",
            "сентябрь",
            "октябрь",
            "ноябрь",
            "декабрь",
        ];
        const GENITIVE: [&str; 12] = [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ];
        let ru = DateWords {
            day: "{day} {month} {year} г.",
            month: "{month} {year} г.",
            year: "{year} г.",
            months: &NOMINATIVE,
            months_of: &GENITIVE,
            range_days: "{from}–{to} {month} {year} г.",
            range: "{from} – {to}",
            approximate: "примерно {date}",
            sources_differ: "{date} (источники расходятся)",
        };
        let span = crate::date::DateSpan {
            start: crate::date::EventDate::parse("1945-09-03").unwrap(),
            end: crate::date::EventDate::parse("1945-09-05").ok(),
            certainty: crate::date::Certainty::Exact,
        };
        assert_eq!(format_span(span, &ru), "3–5 сентября 1945 г.");
        let date = |s| crate::date::EventDate::parse(s).unwrap();
        assert_eq!(format_date(date("1855-02-07"), &ru), "7 февраля 1855 г.");
        assert_eq!(format_date(date("1920-04"), &ru), "апрель 1920 г.");
        assert_eq!(format_date(date("1947"), &ru), "1947 г.");
    }

    #[test]
    fn english_first_falls_back_to_english() {
        let note = EnglishFirst {
            en: "Hello".into(),
            ja: Some("こんにちは".into()),
            ru: None,
        };
        assert_eq!(note.get(Lang::Ja), "こんにちは");
        assert_eq!(note.get(Lang::Ru), "Hello");
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::parse("xx"), None);
    }
}
