//! The rules that need the whole pack: unique ids, references that resolve, and review
//! dates in order.

use std::collections::HashMap;

use crate::error::{Violation, ViolationCode};
use crate::{ContentPack, Id, JsonPointer};

/// Every violation of the whole-pack rules, in the order of the pack.
pub(crate) fn check(pack: &ContentPack) -> Vec<Violation> {
    let mut violations = Vec::new();
    duplicate_ids(pack, &mut violations);
    unresolved_references(pack, &mut violations);
    review_dates(pack, &mut violations);
    violations
}

/// Every id the pack defines, with the path of its `id` field.
fn defined_ids(pack: &ContentPack) -> Vec<(&Id, JsonPointer)> {
    fn list<'a, T>(
        name: &str,
        items: &'a [T],
        id: fn(&T) -> &Id,
    ) -> impl Iterator<Item = (&'a Id, JsonPointer)> {
        let list_path = JsonPointer::root().child(name);
        items
            .iter()
            .enumerate()
            .map(move |(index, item)| (id(item), list_path.child(index).child("id")))
    }
    std::iter::once((&pack.id, JsonPointer::root().child("id")))
        .chain(list("signs", &pack.signs, |item| &item.id))
        .chain(list("self_care_actions", &pack.self_care_actions, |item| {
            &item.id
        }))
        .chain(list("practices", &pack.practices, |item| &item.id))
        .chain(list("support", &pack.support, |item| &item.id))
        .collect()
}

fn duplicate_ids(pack: &ContentPack, violations: &mut Vec<Violation>) {
    let mut first_use: HashMap<&Id, JsonPointer> = HashMap::new();
    for (id, path) in defined_ids(pack) {
        match first_use.get(id) {
            Some(first) => violations.push(Violation {
                code: ViolationCode::DuplicateId,
                message: format!(
                    "the id \"{id}\" is already used at {first}; ids must be unique in the pack"
                ),
                path,
            }),
            None => {
                first_use.insert(id, path);
            }
        }
    }
}

fn unresolved_references(pack: &ContentPack, violations: &mut Vec<Violation>) {
    for (index, id) in pack.advice.signs_recognised.speak_to.iter().enumerate() {
        if pack.support_route(id.as_str()).is_none() {
            violations.push(Violation {
                code: ViolationCode::UnresolvedReference,
                path: JsonPointer::root()
                    .child("advice")
                    .child("signs_recognised")
                    .child("speak_to")
                    .child(index),
                message: format!("\"{id}\" is not the id of a support route in this pack"),
            });
        }
    }
}

fn review_dates(pack: &ContentPack, violations: &mut Vec<Violation>) {
    let review = &pack.review;
    if let Some(last) = review.last_reviewed
        && review.next_review_due <= last
    {
        violations.push(Violation {
            code: ViolationCode::ReviewDatesOutOfOrder,
            path: JsonPointer::root().child("review").child("next_review_due"),
            message: format!(
                "the next review ({}) must be due after the last review ({last})",
                review.next_review_due
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
