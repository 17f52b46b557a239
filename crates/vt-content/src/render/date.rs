//! Days written in the words of a locale, with ICU4X's formatter and its compiled data.
//!
//! A pack's days are Gregorian (`YYYY-MM-DD`), and they are written in the Gregorian
//! calendar in every locale, also where the locale's custom is another calendar (Thai
//! writes Buddhist years). Formatting in one calendar only keeps the data of the others
//! out of the library: 743 kB less in the mobile library.

use chrono::{Datelike, NaiveDate};
use icu_calendar::cal::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_locale_core::Locale;

/// `day` in the long form of the BCP 47 locale `locale`, in the Gregorian calendar, such
/// as "28 November 2026" for `en-GB` or "November 28, 2026" for `en-US`; `YYYY-MM-DD` if
/// ICU cannot write it.
pub(super) fn long(locale: &str, day: NaiveDate) -> String {
    written(locale, day).unwrap_or_else(|| day.format("%Y-%m-%d").to_string())
}

fn written(locale: &str, day: NaiveDate) -> Option<String> {
    let locale: Locale = locale.parse().ok()?;
    let formatter =
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), YMD::long()).ok()?;
    let month = u8::try_from(day.month()).ok()?;
    let date = Date::try_new_gregorian(day.year(), month, u8::try_from(day.day()).ok()?).ok()?;
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
    fn every_locale_writes_the_gregorian_year() {
        let thai = long("th", day());
        assert!(thai.contains("2026"), "{thai}");
        assert!(!thai.contains("2569"), "{thai}");
    }

    #[test]
    fn a_tag_icu_cannot_read_gives_the_iso_day() {
        assert_eq!(long("not a tag", day()), "2026-11-28");
    }
}
