//! The rules that make a pack trustworthy (schema 1.1): a draft claims no review, a
//! reviewed pack names its reviewer, every contact can be reached, opening hours make
//! sense, and a licence of the pack's own comes with its text.

use chrono::NaiveTime;

use crate::error::{Violation, ViolationCode};
use crate::{Contact, ContentPack, JsonPointer, ReviewStatus};

/// Every violation of these rules, in the order of the pack.
pub(crate) fn check(pack: &ContentPack) -> Vec<Violation> {
    let mut violations = Vec::new();
    licence(pack, &mut violations);
    if let Some(urgent_help) = &pack.urgent_help {
        let list = JsonPointer::root().child("urgent_help").child("contacts");
        contacts(&urgent_help.contacts, &list, &mut violations);
    }
    review(pack, &mut violations);
    for (index, route) in pack.support.iter().enumerate() {
        let list = JsonPointer::root()
            .child("support")
            .child(index)
            .child("contacts");
        contacts(&route.contacts, &list, &mut violations);
    }
    violations
}

fn licence(pack: &ContentPack, violations: &mut Vec<Violation>) {
    let Some(licence) = &pack.attribution.licence else {
        return;
    };
    if licence.expression.contains("LicenseRef-") && licence.text.is_empty() {
        violations.push(Violation::new(
            ViolationCode::LicenceTextMissing,
            JsonPointer::root().child("attribution").child("licence"),
            format!(
                "{:?} names terms of the pack's own: give their text in the field \"text\"",
                licence.expression
            ),
        ));
    }
}

fn review(pack: &ContentPack, violations: &mut Vec<Violation>) {
    let review = &pack.review;
    let path = JsonPointer::root().child("review");
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

fn contacts(contacts: &[Contact], list: &JsonPointer, violations: &mut Vec<Violation>) {
    for (index, contact) in contacts.iter().enumerate() {
        let path = list.child(index);
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
}
