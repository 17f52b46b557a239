//! Days written in the words of a locale, with ICU4X's formatter and its compiled data.

use chrono::{Datelike, NaiveDate};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_locale_core::Locale;

/// `day` in the long form of the BCP 47 locale `locale`, such as "28 November 2026" for
/// `en-GB` or "November 28, 2026" for `en-US`; `YYYY-MM-DD` if ICU cannot write it.
pub(super) fn long(locale: &str, day: NaiveDate) -> String {
    written(locale, day).unwrap_or_else(|| day.format("%Y-%m-%d").to_string())
}

fn written(locale: &str, day: NaiveDate) -> Option<String> {
    let locale: Locale = locale.parse().ok()?;
    let formatter = DateTimeFormatter::try_new(locale.into(), YMD::long()).ok()?;
    let month = u8::try_from(day.month()).ok()?;
    let date = Date::try_new_iso(day.year(), month, u8::try_from(day.day()).ok()?).ok()?;
    Some(formatter.format(&date).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    #[test]
    fn days_are_written_as_the_locale_writes_them() {
        assert_eq!(long("en-GB", day()), "28 November 2026");
        assert_eq!(long("en-US", day()), "November 28, 2026");
        assert_eq!(long("cy", day()), "28 Tachwedd 2026");
    }

    #[test]
    fn a_tag_icu_cannot_read_gives_the_iso_day() {
        assert_eq!(long("not a tag", day()), "2026-11-28");
    }
}
