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

#[cfg(test)]
mod tests {
    use super::*;

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
