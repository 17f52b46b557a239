//! The rules that need the whole pack: unique ids (a contact's in its list), references
//! that resolve, each named once, and review dates in order.
//!
//! They judge [`Facts`]: the ids, references and dates of a pack, taken from a typed pack
//! or from any JSON value. From a value that breaks structural rules they take what is
//! well-formed enough to judge (see [`check_value`]), so that a pack's structural and
//! whole-pack violations are reported together.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::Value;

use crate::error::{Violation, ViolationCode};
use crate::format::Format;
use crate::id::check_id;
use crate::structure::list_size_ok;
use crate::{ContentPack, JsonPointer};

/// The lists whose items have ids.
const ITEM_LISTS: [&str; 4] = ["signs", "self_care_actions", "practices", "support"];

/// Where an id is defined: the pack's own `/id`, or the `id` of an item of a list.
#[derive(Clone, Copy, Debug)]
enum Place {
    Pack,
    Item(&'static str, usize),
}

impl Place {
    fn path(self) -> JsonPointer {
        match self {
            Place::Pack => JsonPointer::root().child("id"),
            Place::Item(list, index) => JsonPointer::root().child(list).child(index).child("id"),
        }
    }
}

/// What the whole-pack rules judge.
#[derive(Debug, Default)]
struct Facts<'a> {
    /// Every id the pack defines, in the order they are written.
    ids: Vec<(&'a str, Place)>,
    /// Each list of contacts (urgent help's, each support route's), with the ids of its
    /// contacts by index: a contact's id is unique in its list (the same service may be
    /// named in two lists).
    contacts: Vec<(JsonPointer, Vec<(usize, &'a str)>)>,
    /// The ids named by `/advice/signs_recognised/speak_to`, with their index.
    references: Vec<(usize, &'a str)>,
    /// The ids of the support routes, when every route has one.
    routes: Option<Vec<&'a str>>,
    /// The last and the next review, when both are dates (a pack may have no last review).
    review: Option<(NaiveDate, NaiveDate)>,
}

/// Every violation of the whole-pack rules in a typed pack.
pub(crate) fn check(pack: &ContentPack) -> Vec<Violation> {
    let mut ids = vec![(pack.id.as_str(), Place::Pack)];
    let lists: [Vec<&str>; 4] = [
        pack.signs.iter().map(|item| item.id.as_str()).collect(),
        pack.self_care_actions
            .iter()
            .map(|item| item.id.as_str())
            .collect(),
        pack.practices.iter().map(|item| item.id.as_str()).collect(),
        pack.support.iter().map(|item| item.id.as_str()).collect(),
    ];
    for (name, list) in ITEM_LISTS.into_iter().zip(&lists) {
        ids.extend(
            list.iter()
                .enumerate()
                .map(|(index, id)| (*id, Place::Item(name, index))),
        );
    }
    let contacts = pack.contact_lists().map(|(list, contacts)| {
        let ids = contacts.iter().map(|contact| contact.id.as_str());
        (list, ids.enumerate().collect())
    });
    judge(&Facts {
        ids,
        contacts: contacts.collect(),
        references: pack
            .advice
            .signs_recognised
            .speak_to
            .iter()
            .map(|id| id.as_str())
            .enumerate()
            .collect(),
        routes: Some(lists[3].clone()),
        review: pack
            .review
            .last_reviewed
            .map(|last_reviewed| (last_reviewed, pack.review.next_review_due)),
    })
}

/// Every violation of the whole-pack rules in the parts of `value` that can be judged,
/// whatever the rest of it is like: ids and references that are well-formed ids, in lists
/// within their size limits (a list of 101 copies of one sign is one violation, not a
/// hundred), and review dates that are dates. Whether references resolve is judged when
/// every support route has a well-formed id; whether one is named twice, always.
pub(crate) fn check_value<'a>(value: &'a Value) -> Vec<Violation> {
    let Some(pack) = value.as_object() else {
        return Vec::new();
    };
    let mut facts = Facts::default();
    // In the order the fields are written, which decides which use of an id is the first.
    for (name, field) in pack {
        if name == "id" {
            facts
                .ids
                .extend(judged_id(field).map(|id| (id, Place::Pack)));
        } else if let Some(list) = ITEM_LISTS.into_iter().find(|list| list == name) {
            for (index, item) in judged_list(field).iter().enumerate() {
                let id = item.get("id").and_then(judged_id);
                facts
                    .ids
                    .extend(id.map(|id| (id, Place::Item(list, index))));
            }
        }
    }
    let root = JsonPointer::root();
    let contact_ids = |list: &'a Value| {
        let ids = judged_list(list).iter().enumerate();
        ids.filter_map(|(index, contact)| Some((index, judged_id(contact.get("id")?)?)))
            .collect()
    };
    if let Some(list) = value.pointer("/urgent_help/contacts") {
        let path = root.child("urgent_help").child("contacts");
        facts.contacts.push((path, contact_ids(list)));
    }
    for (index, route) in pack
        .get("support")
        .map_or(&[][..], judged_list)
        .iter()
        .enumerate()
    {
        if let Some(list) = route.get("contacts") {
            let path = root.child("support").child(index).child("contacts");
            facts.contacts.push((path, contact_ids(list)));
        }
    }
    let speak_to = value
        .pointer("/advice/signs_recognised/speak_to")
        .map_or(&[][..], judged_list);
    for (index, reference) in speak_to.iter().enumerate() {
        facts
            .references
            .extend(judged_id(reference).map(|id| (index, id)));
    }
    facts.routes = pack.get("support").and_then(|routes| {
        let routes = judged_list(routes);
        routes
            .iter()
            .map(|route| route.get("id").and_then(judged_id))
            .collect::<Option<Vec<_>>>()
            .filter(|_| !routes.is_empty())
    });
    let date = |name: &str| {
        let text = value.get("review")?.get(name)?.as_str()?;
        Format::Date.check(text).ok()?;
        text.parse::<NaiveDate>().ok()
    };
    facts.review = date("last_reviewed").zip(date("next_review_due"));
    judge(&facts)
}

/// The text of a well-formed id.
fn judged_id(value: &Value) -> Option<&str> {
    value.as_str().filter(|text| check_id(text).is_ok())
}

/// The items of a list within its size limits; none for anything else.
fn judged_list(value: &Value) -> &[Value] {
    match value.as_array() {
        Some(items) if list_size_ok(items.len()) => items,
        _ => &[],
    }
}

fn judge(facts: &Facts<'_>) -> Vec<Violation> {
    let mut violations = Vec::new();
    duplicate_ids(facts, &mut violations);
    duplicate_contact_ids(facts, &mut violations);
    unresolved_references(facts, &mut violations);
    review_dates(facts, &mut violations);
    violations
}

fn duplicate_ids(facts: &Facts<'_>, violations: &mut Vec<Violation>) {
    for (id, first, place) in repeats(facts.ids.iter().copied()) {
        violations.push(Violation {
            code: ViolationCode::DuplicateId,
            message: format!(
                "the id \"{id}\" is already used at {}; ids must be unique in the pack",
                first.path()
            ),
            path: place.path(),
        });
    }
}

fn duplicate_contact_ids(facts: &Facts<'_>, violations: &mut Vec<Violation>) {
    for (list, ids) in &facts.contacts {
        for (id, first, index) in repeats(ids.iter().map(|&(index, id)| (id, index))) {
            violations.push(Violation {
                code: ViolationCode::DuplicateId,
                message: format!(
                    "the id \"{id}\" is already used at {}; a contact's id is unique in its list",
                    list.child(first).child("id")
                ),
                path: list.child(index).child("id"),
            });
        }
    }
}

/// Each id used again, in order, with where it was first used and where again.
pub(crate) fn repeats<'a, P: Copy>(
    ids: impl ExactSizeIterator<Item = (&'a str, P)>,
) -> Vec<(&'a str, P, P)> {
    let mut first_use: HashMap<&str, P> = HashMap::with_capacity(ids.len());
    let mut repeated = Vec::new();
    for (id, place) in ids {
        match first_use.get(id) {
            Some(&first) => repeated.push((id, first, place)),
            None => {
                first_use.insert(id, place);
            }
        }
    }
    repeated
}

fn unresolved_references(facts: &Facts<'_>, violations: &mut Vec<Violation>) {
    let Some(routes) = &facts.routes else {
        return;
    };
    for &(index, id) in &facts.references {
        if !routes.contains(&id) {
            violations.push(Violation {
                code: ViolationCode::UnresolvedReference,
                path: speak_to().child(index),
                message: format!("\"{id}\" is not the id of a support route in this pack"),
            });
        }
    }
}

/// Where the support routes to speak to first are named.
fn speak_to() -> JsonPointer {
    JsonPointer::root()
        .child("advice")
        .child("signs_recognised")
        .child("speak_to")
}

fn review_dates(facts: &Facts<'_>, violations: &mut Vec<Violation>) {
    let Some((last_reviewed, next_review_due)) = facts.review else {
        return;
    };
    if next_review_due <= last_reviewed {
        violations.push(Violation {
            code: ViolationCode::ReviewDatesOutOfOrder,
            path: JsonPointer::root().child("review").child("next_review_due"),
            message: format!(
                "the next review ({next_review_due}) must be due after the last review ({last_reviewed})"
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled_copy() -> ContentPack {
        crate::bundled().clone()
    }

    #[test]
    fn the_bundled_pack_is_consistent() {
        assert_eq!(check(crate::bundled()), []);
    }

    #[test]
    fn finds_a_duplicate_id_at_its_second_use() {
        let mut pack = bundled_copy();
        pack.support[2].id = pack.signs[0].id.clone();
        let violations = check(&pack);
        assert_eq!(violations.len(), 1);
        assert_eq!(violations[0].code, ViolationCode::DuplicateId);
        assert_eq!(violations[0].path, "/support/2/id");
        assert_eq!(
            violations[0].message,
            "the id \"feeling-powerless\" is already used at /signs/0/id; ids must be unique in the pack"
        );
    }

    #[test]
    fn finds_a_contact_id_used_twice_in_one_list_not_in_two() {
        let mut pack = bundled_copy();
        let contacts = &mut pack.urgent_help.as_mut().expect("urgent help").contacts;
        contacts[3].id = contacts[1].id.clone();
        let samaritans = contacts[2].clone();
        pack.support[2].contacts.push(samaritans);
        let violations = check(&pack);
        assert_eq!(violations.len(), 1, "{violations:?}");
        assert_eq!(violations[0].code, ViolationCode::DuplicateId);
        assert_eq!(violations[0].path, "/urgent_help/contacts/3/id");
        assert_eq!(
            violations[0].message,
            "the id \"nhs-111\" is already used at /urgent_help/contacts/1/id; a contact's id is unique in its list"
        );
        let value = serde_json::to_value(&pack).expect("JSON");
        assert_eq!(check_value(&value), violations);
    }

    #[test]
    fn finds_references_to_missing_support_routes() {
        let mut pack = bundled_copy();
        pack.advice
            .signs_recognised
            .speak_to
            .push("a-friend".parse().unwrap());
        let violations = check(&pack);
        assert_eq!(violations.len(), 1);
        assert_eq!(violations[0].path, "/advice/signs_recognised/speak_to/2");
    }

    #[test]
    fn the_next_review_must_come_after_the_last() {
        let mut pack = bundled_copy();
        pack.review.last_reviewed = Some(pack.review.next_review_due);
        let codes: Vec<_> = check(&pack).into_iter().map(|v| v.code).collect();
        assert_eq!(codes, [ViolationCode::ReviewDatesOutOfOrder]);
    }
}
