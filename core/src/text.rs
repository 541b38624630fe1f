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
        };
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
