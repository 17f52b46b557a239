//! The rules that make a pack trustworthy (schema 1.1): a draft claims no review, a
//! reviewed pack names its reviewer, every contact can be reached, opening hours make
//! sense, and a licence of the pack's own comes with its text.
//!
//! Each rule reads one typed part of a pack: its licence, its review, a contact. [`check`]
//! runs them on a typed pack; [`check_value`] on the parts of a pack that the structural
//! check refused elsewhere, so that these violations are reported with the others.

use chrono::NaiveTime;
use serde::Deserialize;
use serde_json::Value;

use crate::error::{Violation, ViolationCode};
use crate::{Contact, ContentPack, JsonPointer, Licence, Review, ReviewStatus};

/// Every violation of these rules, in the order of the pack.
pub(crate) fn check(pack: &ContentPack) -> Vec<Violation> {
    let mut violations = Vec::new();
    let root = JsonPointer::root();
    if let Some(licence) = &pack.attribution.licence {
        let path = root.child("attribution").child("licence");
        check_licence(licence, &path, &mut violations);
    }
    if let Some(urgent_help) = &pack.urgent_help {
        let list = root.child("urgent_help").child("contacts");
        for (index, contact) in urgent_help.contacts.iter().enumerate() {
            check_contact(contact, &list.child(index), &mut violations);
        }
    }
    check_review(&pack.review, &root.child("review"), &mut violations);
    for (index, route) in pack.support.iter().enumerate() {
        let list = root.child("support").child(index).child("contacts");
        for (index, contact) in route.contacts.iter().enumerate() {
            check_contact(contact, &list.child(index), &mut violations);
        }
    }
    violations
}

/// The same rules on a pack that is a JSON value, run on each part (a licence, a review,
/// a contact) that has none of the `structural` violations in it, read as its typed
/// part. A part that is not well-formed is not judged: its structural violations say
/// what to mend first.
pub(crate) fn check_value(value: &Value, structural: &[Violation]) -> Vec<Violation> {
    let mut violations = Vec::new();
    let root = JsonPointer::root();
    let judged = |path: &JsonPointer| {
        let part = path.resolve(value)?;
        let refused = structural.iter().any(|v| v.path.is_within(path));
        (!refused).then_some(part)
    };
    let contacts = |list: JsonPointer, violations: &mut Vec<Violation>| {
        let count = list
            .resolve(value)
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        for path in (0..count).map(|index| list.child(index)) {
            if let Some(contact) = judged(&path).and_then(|part| Contact::deserialize(part).ok()) {
                check_contact(&contact, &path, violations);
            }
        }
    };
    let licence = root.child("attribution").child("licence");
    if let Some(part) = judged(&licence).and_then(|part| Licence::deserialize(part).ok()) {
        check_licence(&part, &licence, &mut violations);
    }
    contacts(root.child("urgent_help").child("contacts"), &mut violations);
    let review = root.child("review");
    if let Some(part) = judged(&review).and_then(|part| Review::deserialize(part).ok()) {
        check_review(&part, &review, &mut violations);
    }
    let routes = value
        .get("support")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    for index in 0..routes {
        let list = root.child("support").child(index).child("contacts");
        contacts(list, &mut violations);
    }
    violations
}

fn check_licence(licence: &Licence, path: &JsonPointer, violations: &mut Vec<Violation>) {
    if licence.expression.contains("LicenseRef-") && licence.text.is_empty() {
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

fn check_review(review: &Review, path: &JsonPointer, violations: &mut Vec<Violation>) {
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
                ("last_reviewed", review.last_reviewed.is_some()),
                ("reviewed_by", review.reviewed_by.is_some()),
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
            if review.last_reviewed.is_none() {
                violations.push(missing(
                    "last_reviewed",
                    "a reviewed pack gives the day of its review",
                ));
            }
            if review.reviewed_by.is_none() {
                violations.push(missing(
                    "reviewed_by",
                    "a reviewed pack names the role and organisation of its reviewer",
                ));
            }
        }
        None => {
            if review.last_reviewed.is_none() {
                violations.push(missing(
                    "last_reviewed",
                    "a pack with no status gives the day of its last review; a pack of schema 1.1 can say it is a draft instead",
                ));
            }
        }
    }
}

fn check_contact(contact: &Contact, path: &JsonPointer, violations: &mut Vec<Violation>) {
    if contact.phone.is_none() && contact.text_message.is_none() && contact.url.is_none() {
        violations.push(Violation::new(
            ViolationCode::ContactUnreachable,
            path.clone(),
            format!(
                "{:?} gives no way to reach it: add a phone number, a text-message number or an https address",
                contact.name
            ),
        ));
    }
    if let Some(hours) = &contact.hours {
        let time = |text: &Option<String>| {
            text.as_deref()
                .and_then(|text| NaiveTime::parse_from_str(text, "%H:%M").ok())
        };
        let problem = match (time(&hours.opens), time(&hours.closes)) {
            (Some(opens), Some(closes)) if opens >= closes => {
                Some("it closes before it opens; give a closing time after the opening time")
            }
            (Some(_), None) | (None, Some(_)) => {
                Some("give both an opening and a closing time, or neither for the whole day")
            }
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
}
