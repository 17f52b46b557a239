//! The fixed words of a page: section headings, list titles and notices.
//!
//! A pack holds the content; the words around it ("Contents", "Speak to", "Source:") are
//! [`Labels`]. A pack of schema 1.1 carries its own, in its `labels` object, and every
//! renderer takes them from [`labels`], so a page in another language has no English
//! left over. A pack without labels (every pack written for schema 1.0) renders with
//! [`Labels::en_gb`], and loading it gives a `default-labels` warning.

use std::borrow::Cow;
use std::sync::OnceLock;

#[cfg(test)]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{ContentPack, JsonPointer, Warning, WarningCode, placeholder};

/// The fixed texts of a rendered page, one field per stable key.
///
/// Each text is plain (no markup), like every text of a pack. The keys are stable: a
/// pack that carries its own labels names them with these keys.
// The example is on `en_gb`: this text is also the Kotlin and Swift docs of the record.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    test,
    schemars(
        deny_unknown_fields,
        title = "Labels",
        description = "The fixed texts of a rendered page, one field per stable key."
    )
)]
#[non_exhaustive]
pub struct Labels {
    /// The heading of the list of links to every section: "Contents".
    pub contents: String,
    /// The name of the box that holds the pack's disclaimer: "Please note".
    pub disclaimer: String,
    /// A name for the box of urgent help, for front ends that name it themselves:
    /// "Urgent help". The built-in pages head it with the title of the pack's urgent
    /// help.
    pub urgent_help: String,
    /// The heading of what VT is: "What it is".
    pub what_it_is: String,
    /// The heading of the other names of VT: "Also known as".
    pub also_known_as: String,
    /// The heading of how VT comes about: "How it happens".
    pub how_it_happens: String,
    /// The heading of where VT can happen: "Who can be affected".
    pub who_can_be_affected: String,
    /// The heading of how VT differs from burnout: "How it differs from burnout".
    pub burnout: String,
    /// The heading of how VT and burnout go together: "How they overlap".
    pub burnout_overlap: String,
    /// The heading of the warning signs: "Signs to look out for".
    pub signs: String,
    /// The heading of the advice for recognised signs: "If you recognise these signs".
    pub signs_recognised: String,
    /// The heading of the support routes to speak to first: "Speak to".
    pub speak_to: String,
    /// The heading of the prevention advice: "Lowering your risk".
    pub prevention: String,
    /// The heading of the self-care actions: "Looking after yourself".
    pub self_care: String,
    /// The heading of the three practices: "Ground, release and recharge".
    pub practices: String,
    /// The heading of a practice's example activities: "Things to try".
    pub things_to_try: String,
    /// The heading of the support routes: "Where to turn for support".
    pub support: String,
    /// The heading of the credit and review dates: "About this content".
    pub about_this_content: String,
    /// The words before the source's title, publisher and service: "Source:".
    pub source: String,
    /// The mark that opens a quoted title: "“". French writes "«" and a no-break space
    /// (U+00A0 or U+202F): a text may end with a no-break space only after a guillemet.
    pub open_quote: String,
    /// The mark that closes a quoted title: "”". French writes a no-break space and "»".
    pub close_quote: String,
    /// The words before the content's version and locale: "Content version:".
    pub content_version: String,
    /// The words before the date the content was last reviewed: "Last reviewed:".
    pub last_reviewed: String,
    /// What stands for that date while nobody has reviewed the content: "not yet reviewed".
    pub draft_notice: String,
    /// The words before the date of the next review: "Review due:".
    pub next_review_due: String,
    /// The title of the guidance for recognised signs: "Guidance for the signs you recognise".
    pub guidance_title: String,
    /// The heading of the signs a person recognises: "Signs you recognise".
    pub recognised_signs: String,
    /// The heading of ideas close to VT: "Related ideas".
    pub related_ideas: String,
    /// Before a phone number to call: "Call".
    pub call: String,
    /// How to text a number: "Text {keyword} to {number}", with both placeholders.
    pub text_message: String,
    /// Before a service's web address: "Website:".
    pub website: String,
    /// When a service can be reached at any time: "Any time, day or night".
    pub always_open: String,
    /// Open every day: "Every day".
    pub every_day: String,
    /// Open Monday to Friday: "Monday to Friday".
    pub weekdays: String,
    /// Open on Saturday and Sunday: "Saturday and Sunday".
    pub weekends: String,
    /// Opening times: "{opens} to {closes}", with both placeholders.
    pub opening_times: String,
    /// A free service: "Free".
    pub free: String,
    /// A service at the caller's usual rate: "Standard rate".
    pub standard_rate: String,
    /// A contact that the pack's editors added: "Added by the editors of this guide".
    pub added_by_editors: String,
    /// Before the reviewer of a reviewed pack: "Reviewed by:".
    pub reviewed_by: String,
    /// Before the terms of reuse: "Reuse terms:".
    pub licence: String,
}

/// The labels that a page fills in, each with its key and the names of the placeholders
/// filled in.
const FILLED_IN: [(&str, &[&str]); 2] = [
    ("text_message", &["keyword", "number"]),
    ("opening_times", &["opens", "closes"]),
];

impl Labels {
    /// A [`LabelPlaceholders`](WarningCode::LabelPlaceholders) warning for each label that
    /// a page fills in and that lacks one of its placeholders, or has another, and for each
    /// other label with a placeholder, which no page fills in; `labels` is where the labels
    /// are in the pack. In the order of the labels.
    pub(crate) fn placeholder_warnings(&self, labels: &JsonPointer) -> Vec<Warning> {
        let braced = |names: &[&str]| {
            let names: Vec<String> = names.iter().map(|name| format!("{{{name}}}")).collect();
            names.join(" and ")
        };
        let Ok(serde_json::Value::Object(all)) = serde_json::to_value(self) else {
            return Vec::new();
        };
        let mut warnings = Vec::new();
        for (key, text) in &all {
            let Some(text) = text.as_str() else {
                continue;
            };
            let expected: &[&str] = FILLED_IN
                .iter()
                .find(|(filled, _)| filled == key)
                .map_or(&[], |(_, names)| names);
            let found: Vec<&str> = placeholder::names(text).collect();
            let missing: Vec<&str> = expected
                .iter()
                .copied()
                .filter(|n| !found.contains(n))
                .collect();
            // The others, each named once, in the order they first come.
            let mut others: Vec<&str> = Vec::new();
            for name in found {
                if !expected.contains(&name) && !others.contains(&name) {
                    others.push(name);
                }
            }
            let mut problems = Vec::new();
            if !missing.is_empty() {
                problems.push(format!(
                    "it lacks {}, so a page fills in the en-GB label instead",
                    braced(&missing)
                ));
            }
            if !others.is_empty() {
                problems.push(format!(
                    "it has {}, which the page would show as written",
                    braced(&others)
                ));
            }
            if !problems.is_empty() {
                let fills = match expected {
                    [] => "nothing".to_owned(),
                    names => braced(names),
                };
                warnings.push(Warning::new(
                    WarningCode::LabelPlaceholders,
                    labels.child(key),
                    format!(
                        "a page fills in {fills} in this label; {}",
                        problems.join(", and ")
                    ),
                ));
            }
        }
        warnings
    }

    /// The British English labels: those of the bundled pack, and of any pack without
    /// labels of its own.
    ///
    /// ```
    /// let labels = vt_content::Labels::en_gb();
    /// assert_eq!(labels.contents, "Contents");
    /// assert_eq!(labels.speak_to, "Speak to");
    /// assert_eq!(labels.draft_notice, "not yet reviewed");
    /// ```
    pub fn en_gb() -> Labels {
        let text = |s: &str| s.to_owned();
        Labels {
            contents: text("Contents"),
            disclaimer: text("Please note"),
            urgent_help: text("Urgent help"),
            what_it_is: text("What it is"),
            also_known_as: text("Also known as"),
            how_it_happens: text("How it happens"),
            who_can_be_affected: text("Who can be affected"),
            burnout: text("How it differs from burnout"),
            burnout_overlap: text("How they overlap"),
            signs: text("Signs to look out for"),
            signs_recognised: text("If you recognise these signs"),
            speak_to: text("Speak to"),
            prevention: text("Lowering your risk"),
            self_care: text("Looking after yourself"),
            practices: text("Ground, release and recharge"),
            things_to_try: text("Things to try"),
            support: text("Where to turn for support"),
            about_this_content: text("About this content"),
            source: text("Source:"),
            open_quote: text("“"),
            close_quote: text("”"),
            content_version: text("Content version:"),
            last_reviewed: text("Last reviewed:"),
            draft_notice: text("not yet reviewed"),
            next_review_due: text("Review due:"),
            guidance_title: text("Guidance for the signs you recognise"),
            recognised_signs: text("Signs you recognise"),
            related_ideas: text("Related ideas"),
            call: text("Call"),
            text_message: text("Text {keyword} to {number}"),
            website: text("Website:"),
            always_open: text("Any time, day or night"),
            every_day: text("Every day"),
            weekdays: text("Monday to Friday"),
            weekends: text("Saturday and Sunday"),
            opening_times: text("{opens} to {closes}"),
            free: text("Free"),
            standard_rate: text("Standard rate"),
            added_by_editors: text("Added by the editors of this guide"),
            reviewed_by: text("Reviewed by:"),
            licence: text("Reuse terms:"),
        }
    }
}

/// The labels to render `pack` with: its own, or [`Labels::en_gb`] for a pack without
/// labels.
///
/// ```
/// let labels = vt_content::labels(vt_content::bundled());
/// assert_eq!(labels.things_to_try, "Things to try");
/// ```
pub fn labels(pack: &ContentPack) -> Cow<'_, Labels> {
    match &pack.labels {
        Some(labels) => Cow::Borrowed(labels),
        None => Cow::Borrowed(en_gb()),
    }
}

/// [`Labels::en_gb`], made once.
pub(crate) fn en_gb() -> &'static Labels {
    static EN_GB: OnceLock<Labels> = OnceLock::new();
    EN_GB.get_or_init(Labels::en_gb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_is_plain_trimmed_text() {
        let labels = serde_json::to_value(Labels::en_gb()).unwrap();
        let fields = labels.as_object().unwrap();
        assert_eq!(fields.len(), 41);
        for (key, value) in fields {
            let text = value.as_str().unwrap();
            assert!(!text.is_empty() && text.trim() == text, "{key}");
            assert!(!text.contains(['<', '>', '\n']), "{key}");
        }
    }

    #[test]
    fn labels_round_trip_and_refuse_unknown_keys() {
        let json = serde_json::to_string(&Labels::en_gb()).unwrap();
        let back: Labels = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Labels::en_gb());
        let unknown = json.replacen('{', "{\"colour\":\"red\",", 1);
        assert!(serde_json::from_str::<Labels>(&unknown).is_err());
        let schema = schemars::schema_for!(Labels);
        assert_eq!(schema.get("additionalProperties"), Some(&false.into()));
    }

    #[test]
    fn a_placeholder_that_is_not_the_labels_own_is_named_once() {
        let mut labels = Labels::en_gb();
        labels.text_message = "{x} {keyword} {y} {x} to {number} {y}".to_owned();
        let warnings = labels.placeholder_warnings(&JsonPointer::root().child("labels"));
        assert_eq!(warnings.len(), 1);
        assert_eq!(
            warnings[0].message,
            "a page fills in {keyword} and {number} in this label; \
             it has {x} and {y}, which the page would show as written"
        );
    }

    /// A placeholder in a label that no page fills in is shown as written: a translator
    /// who writes `{number}` in `call` is told, in the order of the labels.
    #[test]
    fn a_placeholder_in_a_label_no_page_fills_in_is_named() {
        let mut labels = Labels::en_gb();
        labels.call = "Ffoniwch {number} am ddim".to_owned();
        labels.opening_times = "{opens}".to_owned();
        let warnings = labels.placeholder_warnings(&JsonPointer::root().child("labels"));
        let paths: Vec<_> = warnings.iter().map(|w| w.path.to_string()).collect();
        assert_eq!(paths, ["/labels/call", "/labels/opening_times"]);
        assert_eq!(
            warnings[0].message,
            "a page fills in nothing in this label; \
             it has {number}, which the page would show as written"
        );
        assert!(
            Labels::en_gb()
                .placeholder_warnings(&JsonPointer::root())
                .is_empty()
        );
    }

    #[test]
    fn a_pack_renders_with_its_own_labels_or_the_en_gb_ones() {
        let mut pack = crate::bundled().clone();
        assert_eq!(*labels(&pack), Labels::en_gb());
        let mut welsh = Labels::en_gb();
        welsh.speak_to = "Siaradwch â".to_owned();
        pack.labels = Some(welsh.clone());
        assert_eq!(*labels(&pack), welsh);
        pack.labels = None;
        assert_eq!(*labels(&pack), Labels::en_gb());
    }
}
