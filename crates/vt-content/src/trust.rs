//! The rules that make a pack trustworthy (schema 1.1): a draft claims no review, a
//! reviewed pack names its reviewer, every contact can be reached, opening hours make
//! sense (hours past midnight say so, schema 1.2), and a licence of the pack's own comes
//! with its text.
//!
//! Each rule reads a few facts of one part of a pack: its licence, its review, a contact.
//! [`check`] takes them from a typed pack; [`check_value`] from a pack that is a JSON value
//! the structural check refused elsewhere, so that these violations are reported with the
//! others. A part whose facts cannot be read (a status that is no status, a time that is
//! no time) is not judged: its structural violations say what to mend first.

use chrono::NaiveTime;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::error::{Violation, ViolationCode};
use crate::{Contact, ContentPack, JsonPointer, ReviewStatus};

/// Every violation of these rules (the licence's, the review's, then the contacts').
pub(crate) fn check(pack: &ContentPack) -> Vec<Violation> {
    let mut violations = Vec::new();
    if let Some(licence) = &pack.attribution.licence {
        let facts = LicenceFacts {
            expression: &licence.expression,
            has_text: !licence.text.is_empty(),
        };
        let path = JsonPointer::root().child("attribution").child("licence");
        check_licence(&facts, &path, &mut violations);
    }
    let review = &pack.review;
    let facts = ReviewFacts {
        status: review.status,
        last_reviewed: review.last_reviewed.is_some(),
        reviewed_by: review.reviewed_by.is_some(),
    };
    check_review(
        &facts,
        &JsonPointer::root().child("review"),
        &mut violations,
    );
    for (list, contacts) in pack.contact_lists() {
        for (index, contact) in contacts.iter().enumerate() {
            check_contact(
                &ContactFacts::of(contact),
                &list.child(index),
                &mut violations,
            );
        }
    }
    violations
}

/// The same rules on a pack that is a JSON value, on each part whose facts can be read,
/// whatever else is wrong in it or elsewhere.
pub(crate) fn check_value(value: &Value) -> Vec<Violation> {
    let mut violations = Vec::new();
    let root = JsonPointer::root();
    let object = |path: &JsonPointer| path.resolve(value).and_then(Value::as_object);
    let contacts = |list: JsonPointer, violations: &mut Vec<Violation>| {
        let count = list
            .resolve(value)
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        for path in (0..count).map(|index| list.child(index)) {
            if let Some(facts) = object(&path).and_then(ContactFacts::of_json) {
                check_contact(&facts, &path, violations);
            }
        }
    };
    let licence = root.child("attribution").child("licence");
    if let Some(facts) = object(&licence).and_then(LicenceFacts::of_json) {
        check_licence(&facts, &licence, &mut violations);
    }
    contacts(root.child("urgent_help").child("contacts"), &mut violations);
    let review = root.child("review");
    if let Some(facts) = object(&review).and_then(ReviewFacts::of_json) {
        check_review(&facts, &review, &mut violations);
    }
    let routes = value
        .get("support")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    for index in 0..routes {
        contacts(
            root.child("support").child(index).child("contacts"),
            &mut violations,
        );
    }
    violations
}

/// What the licence rule reads: the licence's expression, and whether it gives a text.
struct LicenceFacts<'a> {
    expression: &'a str,
    has_text: bool,
}

impl<'a> LicenceFacts<'a> {
    fn of_json(licence: &'a Map<String, Value>) -> Option<Self> {
        let has_text = match licence.get("text") {
            None => false,
            Some(text) => !text.as_array()?.is_empty(),
        };
        Some(LicenceFacts {
            expression: licence.get("expression")?.as_str()?,
            has_text,
        })
    }
}

/// What the review rules read: the status, and which of the review's date and reviewer
/// are given.
struct ReviewFacts {
    status: Option<ReviewStatus>,
    last_reviewed: bool,
    reviewed_by: bool,
}

impl ReviewFacts {
    fn of_json(review: &Map<String, Value>) -> Option<Self> {
        let status = match review.get("status") {
            None => None,
            Some(status) => Some(ReviewStatus::deserialize(status).ok()?),
        };
        Some(ReviewFacts {
            status,
            last_reviewed: given(review, "last_reviewed")?,
            reviewed_by: given(review, "reviewed_by")?,
        })
    }
}

/// What the contact rules read: its name, whether it gives a way to reach it, and its
/// opening hours when every time given is one.
struct ContactFacts<'a> {
    name: &'a str,
    reachable: bool,
    hours: Option<Hours>,
}

/// When a service closes, in the order of a day: `00:00` is midnight at the end of the day
/// it opened (`17:00` to `00:00`), after every other time.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Closing {
    Time(NaiveTime),
    Midnight,
}

impl Closing {
    fn at(time: NaiveTime) -> Closing {
        if time == NaiveTime::MIN {
            Closing::Midnight
        } else {
            Closing::Time(time)
        }
    }
}

/// Opening and closing times, either of which may be absent, and `closes_next_day` when
/// it is given.
struct Hours {
    opens: Option<NaiveTime>,
    closes: Option<NaiveTime>,
    closes_next_day: Option<bool>,
}

impl Hours {
    /// The times, or `None` when a time given is not `HH:MM`.
    fn read(
        opens: Option<&str>,
        closes: Option<&str>,
        closes_next_day: Option<bool>,
    ) -> Option<Hours> {
        let time = |text: Option<&str>| match text {
            None => Some(None),
            Some(text) => NaiveTime::parse_from_str(text, "%H:%M").ok().map(Some),
        };
        Some(Hours {
            opens: time(opens)?,
            closes: time(closes)?,
            closes_next_day,
        })
    }
}

impl<'a> ContactFacts<'a> {
    fn of(contact: &'a Contact) -> Self {
        ContactFacts {
            name: &contact.name,
            reachable: contact.phone.is_some()
                || contact.text_message.is_some()
                || contact.url.is_some(),
            hours: contact.hours.as_ref().and_then(|hours| {
                Hours::read(
                    hours.opens.as_deref(),
                    hours.closes.as_deref(),
                    hours.closes_next_day,
                )
            }),
        }
    }

    fn of_json(contact: &'a Map<String, Value>) -> Option<Self> {
        let hours = contact
            .get("hours")
            .and_then(Value::as_object)
            .and_then(|hours| {
                // A value that is absent is none; one of another type is not judged.
                let time = |field: &str| match hours.get(field) {
                    None => Some(None),
                    Some(time) => time.as_str().map(Some),
                };
                let closes_next_day = match hours.get("closes_next_day") {
                    None => None,
                    Some(next_day) => Some(next_day.as_bool()?),
                };
                Hours::read(time("opens")?, time("closes")?, closes_next_day)
            });
        Some(ContactFacts {
            name: contact.get("name")?.as_str()?,
            reachable: given(contact, "phone")?
                || given(contact, "text_message")?
                || given(contact, "url")?,
            hours,
        })
    }
}

/// Whether `object` gives `field`; `None` (not judged) when it is `null`, which is no value
/// of any field.
fn given(object: &Map<String, Value>, field: &str) -> Option<bool> {
    match object.get(field) {
        None => Some(false),
        Some(Value::Null) => None,
        Some(_) => Some(true),
    }
}

fn check_licence(licence: &LicenceFacts<'_>, path: &JsonPointer, violations: &mut Vec<Violation>) {
    if licence.expression.contains("LicenseRef-") && !licence.has_text {
        violations.push(Violation::new(
            ViolationCode::LicenceTextMissing,
            path.clone(),
            format!(
                "{:?} names terms of the pack's own: give their text in the field \"text\"",
                licence.expression
            ),
        ));
    }
}

fn check_review(review: &ReviewFacts, path: &JsonPointer, violations: &mut Vec<Violation>) {
    let missing = |field: &str, why: &str| {
        Violation::new(
            ViolationCode::ReviewIncomplete,
            path.clone(),
            format!("the field {field:?} is missing: {why}"),
        )
    };
    match review.status {
        Some(ReviewStatus::Draft) => {
            let claims = [
                ("last_reviewed", review.last_reviewed),
                ("reviewed_by", review.reviewed_by),
            ];
            for (field, present) in claims {
                if present {
                    violations.push(Violation::new(
                        ViolationCode::DraftClaimsReview,
                        path.child(field),
                        "a draft has not been reviewed: remove this, or set the status to reviewed once someone has reviewed the pack",
                    ));
                }
            }
        }
        Some(ReviewStatus::Reviewed) => {
            if !review.last_reviewed {
                violations.push(missing(
                    "last_reviewed",
                    "a reviewed pack gives the day of its review",
                ));
            }
            if !review.reviewed_by {
                violations.push(missing(
                    "reviewed_by",
                    "a reviewed pack names the role and organisation of its reviewer",
                ));
            }
        }
        None => {
            if !review.last_reviewed {
                violations.push(missing(
                    "last_reviewed",
                    "a pack with no status gives the day of its last review; a pack of schema 1.1 can say it is a draft instead",
                ));
            }
        }
    }
}

fn check_contact(contact: &ContactFacts<'_>, path: &JsonPointer, violations: &mut Vec<Violation>) {
    if !contact.reachable {
        violations.push(Violation::new(
            ViolationCode::ContactUnreachable,
            path.clone(),
            format!(
                "{:?} gives no way to reach it: add a phone number, a text-message number or an https address",
                contact.name
            ),
        ));
    }
    let Some(hours) = &contact.hours else {
        return;
    };
    let problem = match (hours.opens, hours.closes, hours.closes_next_day) {
        (Some(_), None, _) | (None, Some(_), _) => {
            Some("give both an opening and a closing time, or neither for the whole day")
        }
        (None, None, Some(_)) => Some(
            "\"closes_next_day\" goes with an opening and a closing time; \
             with neither, it is open the whole day",
        ),
        (Some(opens), Some(closes), None | Some(false)) if opens == closes => Some(
            "it opens and closes at the same time; give a closing time after the opening time, \
             or neither for the whole day",
        ),
        (Some(opens), Some(closes), None | Some(false))
            if Closing::at(closes) < Closing::Time(opens) =>
        {
            Some(
                "it closes before it opens; give a closing time after the opening time, \
                 00:00 for midnight, or \"closes_next_day\": true for hours past midnight",
            )
        }
        (Some(opens), Some(closes), Some(true)) if closes >= opens => Some(
            "it closes the next day (\"closes_next_day\") at or after the time it opens, so it \
             would be open a whole day or more; give a closing time before the opening time, \
             or leave out \"closes_next_day\" for hours within one day",
        ),
        _ => None,
    };
    if let Some(problem) = problem {
        violations.push(Violation::new(
            ViolationCode::InvalidOpeningHours,
            path.child("hours"),
            problem,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The messages of the opening-hours rule on a reachable contact open from `opens` to
    /// `closes`.
    fn hours_messages(opens: &str, closes: &str) -> Vec<String> {
        messages(Hours::read(Some(opens), Some(closes), None))
    }

    /// The same for hours that give `closes_next_day`.
    fn next_day_messages(opens: Option<&str>, closes: Option<&str>, next_day: bool) -> Vec<String> {
        messages(Hours::read(opens, closes, Some(next_day)))
    }

    fn messages(hours: Option<Hours>) -> Vec<String> {
        let contact = ContactFacts {
            name: "Samaritans",
            reachable: true,
            hours,
        };
        let mut violations = Vec::new();
        check_contact(&contact, &JsonPointer::root(), &mut violations);
        violations.into_iter().map(|v| v.message).collect()
    }

    const CLOSES_FIRST: &str = "it closes before it opens; give a closing time after the \
        opening time, 00:00 for midnight, or \"closes_next_day\": true for hours past midnight";

    #[test]
    fn hours_that_open_and_close_at_one_time_are_told_apart_from_hours_that_close_first() {
        assert_eq!(
            hours_messages("09:00", "09:00"),
            [
                "it opens and closes at the same time; give a closing time after the opening time, \
                 or neither for the whole day"
            ]
        );
        assert_eq!(hours_messages("09:01", "09:00"), [CLOSES_FIRST]);
        assert!(hours_messages("09:00", "09:01").is_empty());
    }

    #[test]
    fn a_service_may_close_at_midnight() {
        assert!(hours_messages("17:00", "00:00").is_empty());
        assert!(hours_messages("23:59", "00:00").is_empty());
        assert!(hours_messages("00:00", "00:01").is_empty());
        assert_eq!(
            hours_messages("00:00", "00:00"),
            [
                "it opens and closes at the same time; give a closing time after the opening time, \
              or neither for the whole day"
            ]
        );
        assert_eq!(hours_messages("17:00", "00:30"), [CLOSES_FIRST]);
    }

    #[test]
    fn hours_past_midnight_close_the_next_day_before_they_open() {
        for (opens, closes) in [("20:00", "08:00"), ("17:00", "00:30"), ("23:59", "00:00")] {
            assert!(
                next_day_messages(Some(opens), Some(closes), true).is_empty(),
                "{opens} to {closes}"
            );
            // Without it, a closing time before the opening one is a slip.
            assert_eq!(
                next_day_messages(Some(opens), Some(closes), false).len(),
                usize::from(closes != "00:00"),
                "{opens} to {closes}"
            );
        }
        let whole_day_or_more = "it closes the next day (\"closes_next_day\") at or after the \
            time it opens, so it would be open a whole day or more; give a closing time before \
            the opening time, or leave out \"closes_next_day\" for hours within one day";
        for (opens, closes) in [("09:00", "17:00"), ("08:00", "08:00"), ("00:00", "00:00")] {
            assert_eq!(
                next_day_messages(Some(opens), Some(closes), true),
                [whole_day_or_more],
                "{opens} to {closes}"
            );
        }
        // `false` says what leaving it out says.
        assert!(next_day_messages(Some("09:00"), Some("17:00"), false).is_empty());
        assert_eq!(
            next_day_messages(Some("09:00"), Some("09:00"), false),
            hours_messages("09:00", "09:00")
        );
    }

    #[test]
    fn closes_next_day_goes_with_both_times() {
        for next_day in [true, false] {
            assert_eq!(
                next_day_messages(None, None, next_day),
                [
                    "\"closes_next_day\" goes with an opening and a closing time; with neither, \
                  it is open the whole day"
                ]
            );
            assert_eq!(
                next_day_messages(Some("20:00"), None, next_day),
                ["give both an opening and a closing time, or neither for the whole day"]
            );
        }
    }
}
