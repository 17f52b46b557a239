//! Where someone can turn now: urgent help, and the typed contacts of a service.
//!
//! A contact's phone number, text-message number, web address, opening hours, cost and
//! region are values of their own fields, each checked in its format when the pack loads,
//! not free text, so that a front end can make a `tel:` link, show the hours in the
//! reader's language, and trust what it shows.

#[cfg(test)]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Id;
#[cfg(test)]
use crate::format::Format;

/// Where someone in crisis can turn now. Every rendering shows it, and every guidance puts
/// it first (schema 1.1).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct UrgentHelp {
    /// The heading of the block, such as "If you need help now".
    pub title: String,
    /// When to use these contacts, in paragraphs.
    pub message: Vec<String>,
    /// The services to contact, most urgent first.
    pub contacts: Vec<Contact>,
}

/// A service to phone, text or visit, with when and where it can help.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct Contact {
    /// The contact's stable id, such as `samaritans`.
    pub id: Id,
    /// The name of the service, such as "Samaritans".
    pub name: String,
    /// What the service is for, in one sentence.
    pub purpose: String,
    /// The number to call, digits in groups such as `116 123`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(schema_with = "phone_number_schema"))]
    pub phone: Option<String>,
    /// The number to text, with the keyword to send.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_message: Option<TextMessage>,
    /// The service's `https` address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(schema_with = "https_url_schema"))]
    pub url: Option<String>,
    /// When the service can be reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<OpeningHours>,
    /// What it costs to contact the service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Cost>,
    /// Where the service helps: an ISO 3166 code such as `GB` or `GB-ENG`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(schema_with = "region_schema"))]
    pub region: Option<String>,
    /// Whether the contact comes from the source or was added by the pack's editors.
    pub origin: ContactOrigin,
}

/// A number to text, and the keyword to send to it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct TextMessage {
    /// The number to text, digits in groups such as `85258`.
    #[cfg_attr(test, schemars(schema_with = "phone_number_schema"))]
    pub number: String,
    /// The word to send, such as `SHOUT`.
    pub keyword: String,
}

/// When a service can be reached: on which days, and between which times. With no
/// times, it can be reached at any time of those days.
///
/// ```
/// use vt_content::OpeningHours;
///
/// // An evening and night line: Monday to Friday, 20:00 to 08:00 the next morning.
/// let hours: OpeningHours = serde_json::from_str(
///     r#"{"days": "weekdays", "opens": "20:00", "closes": "08:00", "closes_next_day": true}"#,
/// )?;
/// assert_eq!(hours.closes_next_day, Some(true));
/// assert!(!hours.is_always_open());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
// `opens` and `closes` come together, and `closes_next_day` with both, as the loader
// checks: an editor sees it too.
#[cfg_attr(test, schemars(
    deny_unknown_fields,
    extend("dependentRequired" = {
        "opens": ["closes"],
        "closes": ["opens"],
        "closes_next_day": ["opens", "closes"]
    })
))]
#[non_exhaustive]
pub struct OpeningHours {
    /// The days it is open.
    pub days: Days,
    /// When it opens, `HH:MM`; with `closes`, or neither for the whole day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(schema_with = "time_of_day_schema"))]
    pub opens: Option<String>,
    /// When it closes, `HH:MM`, after `opens`; `00:00` is midnight at the end of the day.
    /// With `closes_next_day`, the next day, before `opens`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(schema_with = "time_of_day_schema"))]
    pub closes: Option<String>,
    /// Whether it closes on the day after it opens, for hours past midnight: a line open
    /// on weekdays from `20:00` to `08:00` opens on Monday to Friday evenings and closes on
    /// Tuesday to Saturday mornings (schema 1.2). `closes` is then before `opens`, so that
    /// a closing time typed before the opening one by a slip is still refused without it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.2")))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub closes_next_day: Option<bool>,
}

impl OpeningHours {
    /// Whether the service can be reached at any time, day or night, every day.
    pub fn is_always_open(&self) -> bool {
        self.days == Days::EveryDay && self.opens.is_none() && self.closes.is_none()
    }
}

/// Defines a unit enum written in a pack as a fixed kebab-case text, shown as it is
/// written. It may gain values (a `cost` of `reduced-rate`), so it is `#[non_exhaustive]`.
macro_rules! kinds {
    ($(#[$meta:meta])* $name:ident { $($(#[$doc:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(test, derive(JsonSchema))]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$doc])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// The kind as it is written in a pack.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl std::fmt::Display for $name {
            /// The kind as it is written in a pack.
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

kinds! {
    /// The days of the week a service is open.
    Days {
        /// Every day of the week.
        EveryDay = "every-day",
        /// Monday to Friday.
        Weekdays = "weekdays",
        /// Saturday and Sunday.
        Weekends = "weekends",
    }
}

kinds! {
    /// What it costs to contact a service.
    Cost {
        /// Free to call or text on the main phone networks.
        Free = "free",
        /// The caller's usual rate for a call or a text.
        StandardRate = "standard-rate",
    }
}

kinds! {
    /// Where a contact comes from: the source of the content, or the pack's editors.
    ContactOrigin {
        /// The source of the content names it.
        Source = "source",
        /// The pack's editors added it; the source does not name it.
        Editors = "editors",
    }
}

#[cfg(test)]
pub(crate) fn phone_number_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    Format::PhoneNumber.schema("A phone number: digits in groups, such as 116 123.")
}

#[cfg(test)]
pub(crate) fn https_url_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    Format::HttpsUrl.schema("An absolute https address.")
}

#[cfg(test)]
pub(crate) fn region_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    Format::Region.schema("An ISO 3166 region code, such as GB or GB-ENG.")
}

#[cfg(test)]
pub(crate) fn time_of_day_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    Format::TimeOfDay.schema("A time of day on a 24-hour clock, HH:MM.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_is_shown_as_it_is_written() {
        assert_eq!(Cost::StandardRate.to_string(), "standard-rate");
        assert_eq!(Days::EveryDay.to_string(), "every-day");
        assert_eq!(ContactOrigin::Editors.to_string(), "editors");
    }

    #[test]
    fn hours_with_no_times_every_day_are_always_open() {
        let always: OpeningHours = serde_json::from_str(r#"{"days": "every-day"}"#).unwrap();
        assert!(always.is_always_open());
        let office: OpeningHours =
            serde_json::from_str(r#"{"days": "weekdays", "opens": "09:00", "closes": "17:00"}"#)
                .unwrap();
        assert!(!office.is_always_open());
        assert_eq!(office.days.as_str(), "weekdays");
    }

    #[test]
    fn hours_are_always_open_only_every_day_and_with_neither_time() {
        for hours in [
            r#"{"days": "weekdays"}"#,
            r#"{"days": "every-day", "opens": "09:00"}"#,
            r#"{"days": "every-day", "closes": "17:00"}"#,
        ] {
            let hours: OpeningHours = serde_json::from_str(hours).unwrap();
            assert!(!hours.is_always_open(), "{hours:?}");
        }
    }
}
