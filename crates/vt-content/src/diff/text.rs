//! Changes in words: one line for a person, and a changelog entry in Markdown.

use std::fmt;

use super::{Change, ChangeKind, Diff};
use crate::JsonPointer;

impl Change {
    /// The change in a few words, with its paths: "sign `withdrawing` removed from
    /// /signs/5", "text reworded at /summary/1", "/urgent_help/contacts/2/phone changed
    /// from `116 123` to `116 124`".
    ///
    /// ```
    /// let old = vt_content::bundled();
    /// let mut new = old.clone();
    /// new.signs.swap(0, 1);
    /// let diff = vt_content::diff(old, &new);
    /// assert_eq!(
    ///     diff.changes()[0].summary(),
    ///     "sign `feeling-powerless` moved from /signs/0 to /signs/1"
    /// );
    /// assert_eq!(diff.changes()[0].to_string(), format!("{} (patch)", diff.changes()[0].summary()));
    /// ```
    pub fn summary(&self) -> String {
        self.describe(|path| path.to_string())
    }

    /// The summary, with each path written by `path`.
    fn describe(&self, path: impl Fn(&JsonPointer) -> String) -> String {
        let old = self.old_path.as_ref().map(&path).unwrap_or_default();
        let new = self.new_path.as_ref().map(&path).unwrap_or_default();
        let value = |value: &Option<String>| code(value.as_deref().unwrap_or(""));
        let noun = self.noun();
        match self.kind {
            ChangeKind::ItemAdded => format!("{noun} {} added at {new}", value(&self.new_value)),
            ChangeKind::ItemRemoved => {
                format!("{noun} {} removed from {old}", value(&self.old_value))
            }
            ChangeKind::ItemMoved => format!(
                "{noun} {} moved from {old} to {new}",
                value(&self.new_value)
            ),
            ChangeKind::TextChanged => match (&self.old_path, &self.new_path) {
                (Some(_), Some(_)) => format!("text reworded at {new}"),
                (None, _) => format!("paragraph added at {new}"),
                (_, None) => format!("paragraph removed from {old}"),
            },
            ChangeKind::FieldAdded => format!("field added at {new}"),
            ChangeKind::FieldRemoved => format!("field removed from {old}"),
            ChangeKind::ValueChanged => format!(
                "{new} changed from {} to {}",
                value(&self.old_value),
                value(&self.new_value)
            ),
        }
    }

    /// What the item of an item change is, from the list it is in.
    fn noun(&self) -> &'static str {
        let path = self.new_path.as_ref().or(self.old_path.as_ref());
        let list = path.and_then(|path| path.as_str().rsplit('/').nth(1));
        match list {
            Some("signs") => "sign",
            Some("self_care_actions") => "self-care action",
            Some("practices") => "practice",
            Some("support") => "support route",
            Some("contacts") => "contact",
            Some("speak_to") => "route to speak to",
            _ => "item",
        }
    }
}

/// The summary and the bump: "text reworded at /summary/1 (patch)".
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.summary(), self.bump)
    }
}

/// The groups of a changelog entry, in order, and the kinds in each.
const GROUPS: [(&str, &[ChangeKind]); 5] = [
    (
        "Removed",
        &[ChangeKind::ItemRemoved, ChangeKind::FieldRemoved],
    ),
    ("Added", &[ChangeKind::ItemAdded, ChangeKind::FieldAdded]),
    ("Changed values", &[ChangeKind::ValueChanged]),
    ("Moved", &[ChangeKind::ItemMoved]),
    ("Reworded", &[ChangeKind::TextChanged]),
];

impl Diff {
    /// A changelog entry for the new version, in Markdown: a `## VERSION` heading, a
    /// line saying what bump the changes need, then the changes grouped under
    /// `### Removed`, `### Added`, `### Changed values`, `### Moved` and
    /// `### Reworded`, one item each, with the bump it needs.
    ///
    /// ```
    /// let mut old = vt_content::bundled().clone();
    /// old.version = "1.1.0".parse()?;
    /// let mut new = old.clone();
    /// new.version = "1.1.1".parse()?;
    /// new.title = "Vicarious trauma".to_owned();
    /// assert_eq!(
    ///     vt_content::diff(&old, &new).changelog_entry(),
    ///     "## 1.1.1\n\nSince 1.1.0: 1 change, which needs a new patch version.\n\n### Reworded\n\n\
    ///      - text reworded at `/title` (patch)\n"
    /// );
    /// # Ok::<(), semver::Error>(())
    /// ```
    pub fn changelog_entry(&self) -> String {
        let mut entry = format!("## {}\n\n", self.new_version);
        let count = self.changes.len();
        if count == 0 {
            entry += &format!("Since {}: no changes.\n", self.old_version);
            return entry;
        }
        let (noun, verb) = if count == 1 {
            ("change", "needs")
        } else {
            ("changes", "need")
        };
        entry += &format!(
            "Since {}: {count} {noun}, which {verb} {}.\n",
            self.old_version,
            self.required_bump.new_version()
        );
        for (heading, kinds) in GROUPS {
            let changes: Vec<&Change> = self
                .changes
                .iter()
                .filter(|change| kinds.contains(&change.kind))
                .collect();
            if changes.is_empty() {
                continue;
            }
            entry += &format!("\n### {heading}\n\n");
            for change in changes {
                let line = change.describe(|path| code(path.as_str()));
                entry += &format!("- {line} ({})\n", change.bump);
            }
        }
        entry
    }
}

/// Text as a Markdown code span, on one line: `` `116 123` ``.
fn code(text: &str) -> String {
    let text = text.replace(['\n', '\r'], " ");
    if text.is_empty() {
        return "` `".to_owned();
    }
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if longest > 0 { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::super::Bump;
    use super::code;

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code("116 123"), "`116 123`");
        assert_eq!(code("a`b"), "`` a`b ``");
        assert_eq!(code(""), "` `");
        assert_eq!(code("two\nlines"), "`two lines`");
        assert_eq!(Bump::Minor.new_version(), "a new minor version");
    }
}
