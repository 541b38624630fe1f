//! Calendar dates (proleptic Gregorian) that cannot be invalid, and event dates
//! that know how precisely they are known.

use std::fmt;

/// A valid Gregorian date. Constructed only through [`Date::ymd`] or
/// [`Date::parse`], so a `Date` is never 1945-13-40.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    // Field order gives the derived ordering: year, then month, then day.
    year: i16,
    month: u8,
    day: u8,
}

const fn is_leap(year: i16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: i16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, or `None` if no such day exists.
    pub const fn checked(year: i16, month: u8, day: u8) -> Option<Date> {
        if month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The date; panics (at compile time in a `const` or `static`) if no such day exists.
    pub const fn ymd(year: i16, month: u8, day: u8) -> Date {
        match Date::checked(year, month, day) {
            Some(date) => date,
            None => panic!("invalid date"),
        }
    }

    /// 31 December of `year`: the day the map shows for a selected year.
    pub const fn end_of_year(year: i16) -> Date {
        Date {
            year,
            month: 12,
            day: 31,
        }
    }

    pub const fn year(self) -> i16 {
        self.year
    }
    pub const fn month(self) -> u8 {
        self.month
    }
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Parses `YYYY-MM-DD` exactly.
    pub fn parse(s: &str) -> Result<Date, String> {
        match EventDate::parse(s)? {
            EventDate {
                date,
                precision: Precision::Day,
            } => Ok(date),
            _ => Err(format!("`{s}` is not a full date (YYYY-MM-DD)")),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// How precisely an event's date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// An event's date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. The unknown parts of
/// `date` are the first month or day, so events sort sensibly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventDate {
    pub date: Date,
    pub precision: Precision,
}

impl EventDate {
    pub fn parse(s: &str) -> Result<EventDate, String> {
        let bad = || format!("`{s}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        let parts: Vec<&str> = s.split('-').collect();
        let widths_ok = match parts.as_slice() {
            [y] => y.len() == 4,
            [y, m] => y.len() == 4 && m.len() == 2,
            [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
            _ => false,
        };
        if !widths_ok || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            return Err(bad());
        }
        let year: i16 = parts[0].parse().map_err(|_| bad())?;
        let month: u8 = parts
            .get(1)
            .map_or(Ok(1), |m| m.parse())
            .map_err(|_| bad())?;
        let day: u8 = parts
            .get(2)
            .map_or(Ok(1), |d| d.parse())
            .map_err(|_| bad())?;
        let date = Date::checked(year, month, day)
            .ok_or_else(|| format!("`{s}` is not a day of the calendar"))?;
        let precision = match parts.len() {
            1 => Precision::Year,
            2 => Precision::Month,
            _ => Precision::Day,
        };
        Ok(EventDate { date, precision })
    }

    pub const fn year(self) -> i16 {
        self.date.year
    }
}

/// How sure the sources are of an event's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Certainty {
    #[default]
    Exact,
    /// "About April 1920".
    Approximate,
    /// The sources give different dates; the one given is the one the notes explain.
    SourcesDiffer,
}

impl Certainty {
    /// The data files' `certainty` and the DOM's `data-date-certainty` (absent when exact).
    pub const fn as_str(self) -> &'static str {
        match self {
            Certainty::Exact => "exact",
            Certainty::Approximate => "approximate",
            Certainty::SourcesDiffer => "sources-differ",
        }
    }

    pub fn parse(s: &str) -> Option<Certainty> {
        [
            Certainty::Exact,
            Certainty::Approximate,
            Certainty::SourcesDiffer,
        ]
        .into_iter()
        .find(|c| c.as_str() == s)
    }

    /// The Rust path of this variant, for generated code.
    pub const fn rust_path(self) -> &'static str {
        match self {
            Certainty::Exact => "Certainty::Exact",
            Certainty::Approximate => "Certainty::Approximate",
            Certainty::SourcesDiffer => "Certainty::SourcesDiffer",
        }
    }
}

/// When an event happened, as the sources give it: a day, a month or a year,
/// or the span between two of them ("3–5 September 1945"), and how sure they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateSpan {
    pub start: EventDate,
    /// The last day, month or year of a span; `None` for a single date.
    pub end: Option<EventDate>,
    pub certainty: Certainty,
}

/// Formats as the data files and the DOM's `data-date` do: `YYYY[-MM[-DD]]`.
impl fmt::Display for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Date { year, month, day } = self.date;
        match self.precision {
            Precision::Year => write!(f, "{year:04}"),
            Precision::Month => write!(f, "{year:04}-{month:02}"),
            Precision::Day => write!(f, "{year:04}-{month:02}-{day:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_days_that_do_not_exist() {
        for bad in [
            "1945-13-01",
            "1945-02-29",
            "1945-04-31",
            "1945-00-10",
            "1945-01-00",
            "1945-1-5",
            "45-01-01",
            "1945-01-01-01",
            "abcd",
            "",
            "1945-",
            "+945",
            "1945-02-3x",
        ] {
            assert!(EventDate::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert!(
            Date::checked(1900, 2, 29).is_none(),
            "1900 is not a leap year"
        );
        assert!(Date::checked(2000, 2, 29).is_some(), "2000 is a leap year");
    }

    #[test]
    fn parses_each_precision_and_prints_it_back() {
        for (text, precision) in [
            ("1855", Precision::Year),
            ("1920-04", Precision::Month),
            ("1945-08-28", Precision::Day),
        ] {
            let parsed = EventDate::parse(text).unwrap();
            assert_eq!(parsed.precision, precision);
            assert_eq!(parsed.to_string(), text);
        }
        assert_eq!(Date::parse("1855-02-07").unwrap(), Date::ymd(1855, 2, 7));
        assert!(Date::parse("1855-02").is_err());
    }

    #[test]
    fn certainty_ids_round_trip() {
        for c in [
            Certainty::Exact,
            Certainty::Approximate,
            Certainty::SourcesDiffer,
        ] {
            assert_eq!(Certainty::parse(c.as_str()), Some(c));
        }
        assert_eq!(Certainty::parse("maybe"), None);
    }

    #[test]
    fn dates_order_by_year_month_day() {
        assert!(Date::ymd(1945, 8, 28) < Date::ymd(1945, 9, 1));
        assert!(Date::ymd(1945, 12, 31) < Date::ymd(1946, 1, 1));
        assert!(EventDate::parse("1945").unwrap() < EventDate::parse("1945-08").unwrap());
        assert_eq!(Date::end_of_year(1905), Date::ymd(1905, 12, 31));
    }
}
