//! `i18n/{en,ja,ru}.toml` → the interface's strings, checked for completeness.
//!
//! English is the reference: Japanese and Russian must have exactly its keys,
//! no string may be empty, and each translation must use the same `{placeholders}`.
//! Two tables are keyed by the core's own vocabularies and must match them:
//! `[status]` (one entry per [`Status`]), and `[month]` and `[month_of]` ("1" to "12":
//! month names alone and within a date, which differ in Russian).

use std::collections::{BTreeMap, BTreeSet};

use super::{DataError, Report};
use crate::polity::Polity;
use crate::status::Status;
use crate::text::Lang;

/// One language's strings: dotted key (`slider.label`) → text.
pub type StringTable = BTreeMap<String, String>;

/// The three tables, in [`Lang::ALL`] order.
#[derive(Clone, Debug, PartialEq)]
pub struct Strings {
    pub tables: Vec<(Lang, StringTable)>,
}

fn flatten(prefix: &str, value: &toml::Value, out: &mut StringTable, report: &mut Report) {
    match value {
        toml::Value::String(s) => {
            out.insert(prefix.to_owned(), s.clone());
        }
        toml::Value::Table(table) => {
            for (key, value) in table {
                let key = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(&key, value, out, report);
            }
        }
        _ => report.error(
            format!("key `{prefix}`"),
            "must be a string or a table of strings",
        ),
    }
}

fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

fn is_identifier_path(key: &str) -> bool {
    key.split('.').all(|part| {
        !part.is_empty()
            && part
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
    })
}

/// Keys the code generator turns into arrays: they must be exactly these.
fn vocabulary_keys() -> Vec<(String, String)> {
    let statuses = Status::ALL
        .iter()
        .map(|s| (format!("status.{}", s.as_str()), "status".to_owned()));
    let polities = Polity::ALL
        .iter()
        .map(|p| (format!("polity.{}", p.as_str()), "polity".to_owned()));
    let months = ["month", "month_of"]
        .into_iter()
        .flat_map(|table| (1..=12).map(move |m| (format!("{table}.{m}"), table.to_owned())));
    statuses.chain(polities).chain(months).collect()
}

/// Parses and checks the three files, given as (language, shown path, text).
pub fn parse_strings(files: &[(Lang, &str, &str)]) -> Result<Strings, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut tables = Vec::new();
    for &(lang, file, text) in files {
        let mut report = Report::new(file);
        match text.parse::<toml::Table>() {
            Ok(table) => {
                let mut flat = StringTable::new();
                flatten("", &toml::Value::Table(table), &mut flat, &mut report);
                for (key, value) in &flat {
                    if value.trim().is_empty() {
                        report.error(format!("key `{key}`"), "is empty");
                    }
                    if !is_identifier_path(key) {
                        report.error(
                            format!("key `{key}`"),
                            "keys are lowercase letters, digits, '_' and '-'",
                        );
                    }
                }
                tables.push((lang, flat));
            }
            Err(e) => report.error("file", e.to_string().trim().to_owned()),
        }
        errors.extend(report.errors);
    }
    if tables.len() != files.len() {
        return Err(errors);
    }
    let Some((_, reference)) = tables.iter().find(|(lang, _)| *lang == Lang::En) else {
        return Err(vec![DataError {
            file: "i18n/en.toml".into(),
            record: "file".into(),
            message: "English is required".into(),
        }]);
    };
    let file_of = |lang: Lang| files.iter().find(|f| f.0 == lang).map_or("?", |f| f.1);
    let mut report_all = errors;
    for (key, table) in vocabulary_keys() {
        for (lang, strings) in &tables {
            if !strings.contains_key(&key) {
                let mut report = Report::new(file_of(*lang));
                report.error(format!("key `{key}`"), format!("is missing: the `[{table}]` table needs one entry per item of the core's vocabulary"));
                report_all.extend(report.errors);
            }
        }
    }
    for (lang, table) in &tables {
        let mut report = Report::new(file_of(*lang));
        for (key, text) in table {
            if key.starts_with("status.") && !vocabulary_keys().iter().any(|(k, _)| k == key) {
                report.error(format!("key `{key}`"), "is not a status id");
            }
            if key.starts_with("polity.") && !vocabulary_keys().iter().any(|(k, _)| k == key) {
                report.error(format!("key `{key}`"), "is not a polity id");
            }
            match reference.get(key) {
                None => report.error(
                    format!("key `{key}`"),
                    "is not in i18n/en.toml (the reference): remove it or add it there",
                ),
                Some(english) if placeholders(english) != placeholders(text) => report.error(
                    format!("key `{key}`"),
                    format!(
                        "uses placeholders {:?} but English uses {:?}",
                        placeholders(text),
                        placeholders(english)
                    ),
                ),
                Some(_) => {}
            }
        }
        for key in reference.keys().filter(|key| !table.contains_key(*key)) {
            report.error(format!("key `{key}`"), "is missing (English has it)");
        }
        report_all.extend(report.errors);
    }
    if report_all.is_empty() {
        Ok(Strings { tables })
    } else {
        Err(report_all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> String {
        let mut s = String::from("[status]\n");
        for status in Status::ALL {
            s += &format!("{} = \"{}\"\n", status.as_str(), status.as_str());
        }
        s += "[polity]\n";
        for polity in Polity::ALL {
            s += &format!("{} = \"{}\"\n", polity.as_str(), polity.as_str());
        }
        for table in ["month", "month_of"] {
            s += &format!("[{table}]\n");
            for m in 1..=12 {
                s += &format!("{m} = \"m{m}\"\n");
            }
        }
        s
    }

    fn parse(en: &str, ja: &str, ru: &str) -> Result<Strings, String> {
        let (en, ja, ru) = (
            format!("{en}\n{}", vocabulary()),
            format!("{ja}\n{}", vocabulary()),
            format!("{ru}\n{}", vocabulary()),
        );
        parse_strings(&[
            (Lang::En, "i18n/en.toml", &en),
            (Lang::Ja, "i18n/ja.toml", &ja),
            (Lang::Ru, "i18n/ru.toml", &ru),
        ])
        .map_err(|errors| {
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        })
    }

    #[test]
    fn complete_tables_load_with_dotted_keys() {
        let strings = parse(
            "title = \"Map\"\n[slider]\nlabel = \"Year {year}\"",
            "title = \"地図\"\n[slider]\nlabel = \"{year}年\"",
            "title = \"Карта\"\n[slider]\nlabel = \"{year} год\"",
        )
        .unwrap();
        assert_eq!(strings.tables[1].1["slider.label"], "{year}年");
        assert_eq!(strings.tables[0].1["status.disputed"], "disputed");
    }

    #[test]
    fn a_missing_or_extra_key_is_named_with_its_file() {
        let errors = parse(
            "title = \"Map\"\nsubtitle = \"x\"",
            "title = \"地図\"",
            "title = \"Карта\"\nsubtitle = \"x\"\nextra = \"y\"",
        )
        .unwrap_err();
        assert!(
            errors.contains("i18n/ja.toml: key `subtitle`: is missing (English has it)"),
            "{errors}"
        );
        assert!(
            errors.contains("i18n/ru.toml: key `extra`: is not in i18n/en.toml"),
            "{errors}"
        );
    }

    #[test]
    fn placeholders_must_match_and_strings_must_not_be_empty() {
        let errors = parse(
            "label = \"Year {year}\"",
            "label = \"{yaer}年\"",
            "label = \" \"",
        )
        .unwrap_err();
        assert!(
            errors.contains("i18n/ja.toml: key `label`: uses placeholders"),
            "{errors}"
        );
        assert!(
            errors.contains("i18n/ru.toml: key `label`: is empty"),
            "{errors}"
        );
    }

    #[test]
    fn every_status_needs_a_label() {
        let en = vocabulary().replace("disputed = \"disputed\"\n", "");
        let errors = parse_strings(&[
            (Lang::En, "i18n/en.toml", &en),
            (Lang::Ja, "i18n/ja.toml", &vocabulary()),
            (Lang::Ru, "i18n/ru.toml", &vocabulary()),
        ])
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
        assert!(
            errors
                .contains("i18n/en.toml: key `status.disputed`: is missing: the `[status]` table"),
            "{errors}"
        );
    }
}
