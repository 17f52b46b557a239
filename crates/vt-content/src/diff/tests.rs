use super::*;
use crate::{ContactOrigin, PracticeKind, ReviewStatus, SchemaVersion};

fn bundled() -> ContentPack {
    crate::bundled().clone()
}

/// The old value of each change that has one, in order: the ids of removed items.
fn old_values(diff: &Diff) -> Vec<&str> {
    diff.changes()
        .iter()
        .filter_map(|c| c.old_value.as_deref())
        .collect()
}

/// Each change as `kind old_path new_path bump`, for short assertions.
fn lines(diff: &Diff) -> Vec<String> {
    let path = |path: &Option<JsonPointer>| {
        path.as_ref()
            .map_or_else(|| "-".to_owned(), |path| path.to_string())
    };
    diff.changes()
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {}",
                c.kind,
                path(&c.old_path),
                path(&c.new_path),
                c.bump
            )
        })
        .collect()
}

#[test]
fn a_pack_has_no_changes_from_itself() {
    let diff = diff(crate::bundled(), crate::bundled());
    assert!(diff.is_empty());
    assert_eq!(diff.required_bump(), Bump::None);
    assert_eq!(diff.deciding_change(), None);
    assert!(diff.check().is_ok());
}

#[test]
fn an_item_added_at_the_top_moves_no_other_item() {
    let old = bundled();
    let mut new = old.clone();
    let mut sign = new.signs[0].clone();
    sign.id = "new-sign".parse().unwrap();
    new.signs.insert(0, sign);
    let diff = diff(&old, &new);
    assert_eq!(lines(&diff), ["item-added - /signs/0 minor"]);
    assert_eq!(diff.changes()[0].new_value.as_deref(), Some("new-sign"));
    assert_eq!(
        diff.changed_texts(),
        ["/signs/0/title", "/signs/0/description/0"]
    );
}

#[test]
fn changes_inside_a_moved_item_have_both_paths() {
    let old = bundled();
    let mut new = old.clone();
    new.support.swap(0, 2);
    new.support[0].title = "Support lines and services".to_owned();
    let diff = diff(&old, &new);
    assert_eq!(
        lines(&diff),
        [
            "item-moved /support/2 /support/0 patch",
            "text-changed /support/2/title /support/0/title patch",
            "item-moved /support/0 /support/2 patch",
        ]
    );
}

#[test]
fn contacts_are_matched_by_id() {
    let old = bundled();
    let mut new = old.clone();
    let contacts = &mut new.urgent_help.as_mut().unwrap().contacts;
    contacts.swap(0, 1);
    contacts[0].phone = Some("112".to_owned());
    contacts[0].origin = ContactOrigin::Source;
    contacts.pop();
    let diff = diff(&old, &new);
    let last = old.urgent_help.as_ref().unwrap().contacts.len() - 1;
    assert_eq!(
        lines(&diff),
        [
            format!("item-removed /urgent_help/contacts/{last} - major"),
            "value-changed /urgent_help/contacts/1/phone /urgent_help/contacts/0/phone minor"
                .to_owned(),
            "value-changed /urgent_help/contacts/1/origin /urgent_help/contacts/0/origin minor"
                .to_owned(),
            // Of two items swapped, the first is the one that moved.
            "item-moved /urgent_help/contacts/0 /urgent_help/contacts/1 patch".to_owned(),
        ]
    );
    assert_eq!(diff.required_bump(), Bump::Major);
    let phone = &diff.changes()[1];
    assert_eq!(
        (phone.old_value.as_deref(), phone.new_value.as_deref()),
        (Some("111"), Some("112"))
    );
    assert_eq!(
        phone.summary(),
        "/urgent_help/contacts/0/phone changed from `111` to `112`"
    );
}

#[test]
fn paragraphs_are_matched_by_wording() {
    let old = bundled();
    let mut new = old.clone();
    new.summary.insert(0, "A new first paragraph.".to_owned());
    new.summary[2] = "Reworded.".to_owned();
    new.summary.pop();
    let diff = diff(&old, &new);
    assert_eq!(
        lines(&diff),
        [
            "text-changed - /summary/0 patch",
            "text-changed /summary/1 /summary/2 patch",
            "text-changed /summary/2 - patch",
        ]
    );
    assert_eq!(diff.changed_texts(), ["/summary/0", "/summary/2"]);
    assert_eq!(diff.changes()[0].summary(), "paragraph added at /summary/0");
    assert_eq!(
        diff.changes()[2].summary(),
        "paragraph removed from /summary/2"
    );
}

#[test]
fn speak_to_changes_are_minor() {
    let old = bundled();
    let mut new = old.clone();
    new.advice.signs_recognised.speak_to.reverse();
    let diff_moved = diff(&old, &new);
    assert_eq!(diff_moved.required_bump(), Bump::Minor);
    assert_eq!(
        diff_moved.changes()[0].kind,
        ChangeKind::ItemMoved,
        "{diff_moved:?}"
    );
    new.advice.signs_recognised.speak_to.pop();
    let diff = diff(&old, &new);
    assert_eq!(
        lines(&diff),
        ["item-removed /advice/signs_recognised/speak_to/0 - minor"]
    );
    assert_eq!(
        diff.changes()[0].summary(),
        "route to speak to `trusted-person` removed from /advice/signs_recognised/speak_to/0"
    );
}

/// A pack built in code may have lists far longer than a loaded pack's: they are compared
/// in linear memory (a table of 20,000 by 20,000 paragraphs would take gigabytes).
#[test]
fn lists_longer_than_a_loaded_packs_are_compared_in_linear_memory() {
    let old = bundled();
    let mut new = old.clone();
    new.summary = (0..20_000).map(|n| format!("Paragraph {n}.")).collect();
    let mut newer = new.clone();
    newer.summary[7] = "Reworded.".to_owned();
    assert_eq!(
        lines(&diff(&new, &newer)),
        ["text-changed /summary/7 /summary/7 patch"]
    );
    assert!(diff(&old, &new).changes().len() > 19_000);
}

/// A route named again counts where it is first named, as guidance shows it: dropping
/// the repeat is no change, and the order guidance shows is compared.
#[test]
fn a_route_named_again_counts_where_it_is_first_named() {
    let mut old = bundled().clone();
    let speak_to = &mut old.advice.signs_recognised.speak_to;
    assert_eq!(speak_to.len(), 2, "{speak_to:?}");
    speak_to.push(speak_to[0].clone());
    let mut new = old.clone();
    new.advice.signs_recognised.speak_to.pop();
    assert!(diff(&old, &new).changes().is_empty());
    new.advice.signs_recognised.speak_to.reverse();
    assert_eq!(
        lines(&diff(&old, &new)),
        [
            "item-moved /advice/signs_recognised/speak_to/0 /advice/signs_recognised/speak_to/1 minor"
        ]
    );
}

#[test]
fn review_changes_are_patches_and_the_schema_link_needs_none() {
    let old = bundled();
    let mut new = old.clone();
    new.review.status = Some(ReviewStatus::Reviewed);
    new.review.last_reviewed = new.review.next_review_due.pred_opt();
    new.schema_link = None;
    let diff = diff(&old, &new);
    assert_eq!(
        lines(&diff),
        [
            "field-removed /$schema - none",
            "value-changed /review/status /review/status patch",
            "field-added - /review/last_reviewed patch",
        ]
    );
    assert_eq!(diff.required_bump(), Bump::Patch);
    assert!(diff.changed_texts().is_empty());
}

/// A change that needs no new version (the `$schema` link) is still a change, but decides
/// no bump: the same version passes the check.
#[test]
fn a_change_that_needs_no_bump_is_a_change_that_decides_none() {
    let old = bundled();
    let mut new = old.clone();
    new.schema_link = None;
    let diff = diff(&old, &new);
    assert!(!diff.is_empty());
    assert_eq!(lines(&diff), ["field-removed /$schema - none"]);
    assert_eq!(diff.required_bump(), Bump::None);
    assert_eq!(diff.deciding_change(), None);
    assert!(diff.check_version(&old.version, &old.version).is_ok());
}

#[test]
fn a_translation_catching_up_with_its_source_is_a_patch() {
    let mut old = bundled();
    old.locale = "cy".parse().unwrap();
    old.translation = Some(crate::Translation {
        source_locale: "en-GB".parse().unwrap(),
        source_version: "1.1.0".parse().unwrap(),
    });
    let mut new = old.clone();
    new.translation.as_mut().unwrap().source_version = "1.1.1".parse().unwrap();
    let diff = diff(&old, &new);
    assert_eq!(
        lines(&diff),
        ["value-changed /translation/source_version /translation/source_version patch"]
    );
    // Becoming a translation, or no longer one, changes what a catalog does with it.
    let mut source = new.clone();
    source.translation = None;
    let becoming = super::diff(&source, &new);
    assert_eq!(becoming.required_bump(), Bump::Minor);
    // An object of plain values is told as compact JSON.
    assert_eq!(
        becoming.changes()[0].new_value.as_deref(),
        Some(r#"{"source_locale":"en-GB","source_version":"1.1.1"}"#)
    );
}

#[test]
fn typed_values_are_minor_and_ids_of_the_pack_major() {
    let old = bundled();
    let mut new = old.clone();
    new.practices[0].kind = PracticeKind::Release;
    let practice = diff(&old, &new);
    assert_eq!(
        lines(&practice),
        ["value-changed /practices/0/kind /practices/0/kind minor"]
    );
    new.locale = "en-US".parse().unwrap();
    assert_eq!(diff(&old, &new).required_bump(), Bump::Major);
    new.locale = old.locale.clone();
    new.schema_version = SchemaVersion { major: 1, minor: 0 };
    assert_eq!(diff(&old, &new).required_bump(), Bump::Minor);
    new.schema_version = SchemaVersion { major: 2, minor: 0 };
    assert_eq!(diff(&old, &new).required_bump(), Bump::Major);
}

#[test]
fn rewording_the_terms_of_a_licence_is_minor() {
    let old = bundled();
    let mut new = old.clone();
    let licence = new.attribution.licence.as_mut().unwrap();
    assert!(licence.expression.starts_with("LicenseRef-"));
    licence.text[0] = "You may reuse this text freely.".to_owned();
    let diff = diff(&old, &new);
    assert_eq!(
        lines(&diff),
        ["text-changed /attribution/licence/text/0 /attribution/licence/text/0 minor"]
    );
    assert_eq!(diff.changed_texts(), ["/attribution/licence/text/0"]);
    let mut reworded = old.clone();
    reworded.title = "Vicarious trauma".to_owned();
    assert_eq!(super::diff(&old, &reworded).required_bump(), Bump::Patch);
}

#[test]
fn optional_fields_added_and_removed_are_minor_with_their_texts() {
    let mut old = bundled();
    old.urgent_help = None;
    let mut new = bundled();
    new.audience = None;
    let diff = diff(&old, &new);
    assert_eq!(
        lines(&diff),
        [
            "field-removed /audience - minor",
            "field-added - /urgent_help minor"
        ]
    );
    assert_eq!(diff.changed_texts()[0], "/urgent_help/title");
    assert!(
        diff.changed_texts()
            .iter()
            .any(|path| path == "/urgent_help/contacts/0/purpose")
    );
    assert!(
        !diff.changed_texts().iter().any(|path| {
            path.as_str().ends_with("/phone") || path.as_str().ends_with("/keyword")
        }),
        "typed values are not texts: {:?}",
        diff.changed_texts()
    );
}

#[test]
fn a_section_removed_with_items_in_it_removes_each_of_them() {
    let mut old = bundled();
    let help = old.urgent_help.clone().unwrap();
    old.support[2].contacts = vec![help.contacts[2].clone()];
    let mut new = old.clone();
    new.urgent_help = None;
    new.support[2].contacts.clear();
    let diff = diff(&old, &new);
    assert_eq!(
        lines(&diff),
        [
            "field-removed /urgent_help - minor",
            "item-removed /urgent_help/contacts/0 - major",
            "item-removed /urgent_help/contacts/1 - major",
            "item-removed /urgent_help/contacts/2 - major",
            "item-removed /urgent_help/contacts/3 - major",
            "field-removed /support/2/contacts - minor",
            "item-removed /support/2/contacts/0 - major",
        ]
    );
    let ids = old_values(&diff);
    assert_eq!(
        ids,
        [
            "emergency-services",
            "nhs-111",
            "samaritans",
            "shout",
            "samaritans"
        ]
    );
    assert_eq!(diff.required_bump(), Bump::Major);
}

#[test]
fn a_route_removed_removes_its_contacts() {
    let mut old = bundled();
    let help = old.urgent_help.clone().unwrap();
    old.support[2].contacts = vec![help.contacts[2].clone(), help.contacts[3].clone()];
    let mut new = old.clone();
    new.support.remove(2);
    let diff = diff(&old, &new);
    assert_eq!(
        lines(&diff),
        [
            "item-removed /support/2 - major",
            "item-removed /support/2/contacts/0 - major",
            "item-removed /support/2/contacts/1 - major",
        ]
    );
    let ids = old_values(&diff);
    assert_eq!(ids, ["support-lines", "samaritans", "shout"]);
}

#[test]
fn structure_mode_compares_ids_and_typed_values_only() {
    let source = bundled();
    let mut translation = source.clone();
    translation.locale = "cy".parse().unwrap();
    translation.title = "Trawma dirprwyol".to_owned();
    translation.summary.push("Paragraff arall.".to_owned());
    translation.review.next_review_due = translation.review.next_review_due.succ_opt().unwrap();
    translation.signs.swap(0, 1);
    translation.practices[2].examples.clear();
    translation.support[0].title = "Rhywun".to_owned();
    translation.support[0].description = vec!["Siaradwch.".to_owned()];
    translation.translation = Some(crate::Translation::new(
        source.locale.clone(),
        source.version.clone(),
    ));
    let diff = diff_structure(&source, &translation);
    assert_eq!(diff.mode(), DiffMode::Structure);
    assert_eq!(lines(&diff), ["item-moved /signs/0 /signs/1 patch"]);
    assert!(diff.changed_texts().is_empty());
}

#[test]
fn the_version_check_names_the_change_that_needs_a_bigger_bump() {
    let old = bundled();
    let mut new = old.clone();
    new.title = "Vicarious trauma".to_owned();
    let text = diff(&old, &new);
    let version = |text: &str| text.parse::<ContentVersion>().unwrap();
    let error = text.check().unwrap_err();
    assert_eq!(error.code(), "version-bump-too-small");
    assert_eq!(
        error.to_string(),
        format!(
            "{v} is no new version over {v}, but the changes need a new patch version: \
             text reworded at /title (patch)",
            v = old.version
        )
    );
    assert!(
        text.check_version(&version("1.1.0"), &version("1.1.1"))
            .is_ok()
    );
    assert!(
        text.check_version(&version("1.1.0"), &version("2.0.0"))
            .is_ok()
    );
    let error = text
        .check_version(&version("1.1.0"), &version("1.0.9"))
        .unwrap_err();
    assert_eq!(error.code(), "version-decreased");
    assert_eq!(
        error.to_string(),
        "the version goes back from 1.1.0 to 1.0.9"
    );
    // No change: any version that does not go back.
    let none = diff(&old, &old);
    assert!(
        none.check_version(&version("1.1.0"), &version("1.1.0"))
            .is_ok()
    );
    assert!(
        none.check_version(&version("1.1.0"), &version("1.2.0"))
            .is_ok()
    );
    // Build metadata has no order (SemVer 2.0.0, item 10): going from one build to
    // another is neither back nor forward.
    assert!(
        none.check_version(&version("1.1.0+build.2"), &version("1.1.0+build.1"))
            .is_ok()
    );
    assert!(
        none.check_version(&version("1.1.0+build.1"), &version("1.1.0"))
            .is_ok()
    );
    let error = text
        .check_version(&version("1.2.0-rc.1"), &version("1.2.0-rc.1+b"))
        .unwrap_err();
    assert_eq!(error.code(), "version-bump-too-small");
}

#[test]
fn bumps_follow_caret_requirements() {
    let bump = |old: &str, new: &str| Bump::between(&old.parse().unwrap(), &new.parse().unwrap());
    assert_eq!(bump("1.2.3", "2.0.0"), Bump::Major);
    assert_eq!(bump("1.2.3", "1.3.0"), Bump::Minor);
    assert_eq!(bump("1.2.3", "1.2.4"), Bump::Patch);
    assert_eq!(bump("1.2.3", "1.2.3"), Bump::None);
    assert_eq!(bump("1.2.3", "1.2.2"), Bump::None);
    assert_eq!(bump("0.3.1", "0.4.0"), Bump::Major);
    assert_eq!(bump("0.3.1", "0.3.2"), Bump::Minor);
    assert_eq!(bump("0.0.3", "0.0.4"), Bump::Major);
    assert_eq!(bump("1.0.0", "1.1.0-beta.1"), Bump::Minor);
    assert_eq!(bump("1.1.0-beta.1", "1.1.0-beta.2"), Bump::Major);
    assert_eq!(bump("1.1.0-beta.1", "1.1.0"), Bump::Major);
    assert_eq!(bump("1.2.3", "1.2.4-rc.1"), Bump::Patch);
}

#[test]
fn kinds_and_bumps_serialize_as_their_text() {
    for kind in [
        ChangeKind::ItemAdded,
        ChangeKind::ItemRemoved,
        ChangeKind::ItemMoved,
        ChangeKind::TextChanged,
        ChangeKind::FieldAdded,
        ChangeKind::FieldRemoved,
        ChangeKind::ValueChanged,
    ] {
        assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
    }
    for bump in [Bump::None, Bump::Patch, Bump::Minor, Bump::Major] {
        assert_eq!(serde_json::to_value(bump).unwrap(), bump.as_str());
    }
    assert_eq!(
        serde_json::to_value(DiffMode::Structure).unwrap(),
        DiffMode::Structure.as_str()
    );
}
