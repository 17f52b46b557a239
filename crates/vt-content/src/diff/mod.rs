//! What changed between two packs, and the version bump it needs.
//!
//! [`diff`] compares two versions of a pack; [`diff_structure`] compares two packs of
//! different locales (a translation and its source) by ids and structure only. Both
//! return a [`Diff`]: each [`Change`] with its kind, its JSON Pointer in each pack and
//! the [`Bump`] it needs, the bump the whole diff needs, and the texts a translator
//! must look at again.
//!
//! The rule, with its edge cases, is in the documentation of [`diff()`].

mod text;
mod walk;

pub(crate) use walk::pair_paragraphs;

#[cfg(feature = "python")]
mod python;

use serde::Serialize;

use crate::{ContentPack, ContentVersion, JsonPointer};

/// The version bump a change needs, from none to major; bumps are ordered, so the bump
/// a diff needs is the greatest of its changes'.
// The examples are on the methods: this text is also the Kotlin and Swift docs of the enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    /// No new version is needed: nothing a reader sees changed.
    None,
    /// A new patch version: the same content, said differently.
    Patch,
    /// A new minor version: new or changed content; every id still resolves.
    Minor,
    /// A new major version: an id, or the pack itself, is no longer found.
    Major,
}

impl Bump {
    /// The bump as it is written: `none`, `patch`, `minor` or `major`.
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// The bump that going from version `old` to version `new` makes, as a caret
    /// requirement (`^1.2`) sees it: the greatest change an app that pinned `old`
    /// should expect.
    ///
    /// - From `1.2.3`: `2.0.0` is `Major`, `1.3.0` `Minor`, `1.2.4` `Patch`.
    /// - Below 1.0.0 the first non-zero number is the major one, as in Cargo:
    ///   from `0.3.1`, `0.4.0` is `Major` and `0.3.2` is `Minor`; from `0.0.3`, `0.0.4`
    ///   is `Major`.
    /// - A pre-release is not a release: from `1.1.0-beta.1`, any later version (another
    ///   pre-release, `1.1.0` itself, or one after it, such as `1.1.1`) may change
    ///   anything (`Major`), as the way to it passes through `1.1.0`.
    /// - `new` not after `old` (the same version, or an earlier one) makes `None`.
    ///   Build metadata (`+build.1`) has no order, as SemVer says: `1.2.3+b` is not after
    ///   `1.2.3+a`.
    ///
    /// ```
    /// use vt_content::Bump;
    ///
    /// let bump = |old: &str, new: &str| Bump::between(&old.parse().unwrap(), &new.parse().unwrap());
    /// assert!(Bump::None < Bump::Patch && Bump::Patch < Bump::Minor && Bump::Minor < Bump::Major);
    /// assert_eq!(bump("1.2.3", "1.3.0"), Bump::Minor);
    /// assert_eq!(bump("1.2.3", "1.2.4"), Bump::Patch);
    /// assert_eq!(bump("0.3.1", "0.4.0"), Bump::Major);
    /// assert_eq!(bump("1.1.0-beta.1", "1.1.0"), Bump::Major);
    /// assert_eq!(bump("1.1.0-beta.1", "1.1.1"), Bump::Major);
    /// assert_eq!(bump("1.2.3", "1.2.3"), Bump::None);
    /// assert_eq!(bump("1.2.0-rc.1+a", "1.2.0-rc.1+b"), Bump::None);
    /// ```
    pub fn between(old: &semver::Version, new: &semver::Version) -> Bump {
        if new.cmp_precedence(old).is_le() {
            return Bump::None;
        }
        if !old.pre.is_empty() {
            return Bump::Major;
        }
        // Which number changed, counted from the first that is not zero, as a caret
        // requirement counts: 0 the major one, then the minor one, then the patch.
        let leading_zeros = match (old.major, old.minor) {
            (0, 0) => 2,
            (0, _) => 1,
            _ => 0,
        };
        let changed = [
            new.major != old.major,
            new.minor != old.minor,
            new.patch != old.patch,
        ];
        match changed.iter().position(|changed| *changed) {
            None => Bump::None,
            Some(number) if number <= leading_zeros => Bump::Major,
            Some(number) if number - leading_zeros == 1 => Bump::Minor,
            Some(_) => Bump::Patch,
        }
    }

    /// The words for a version with this bump: "a new major version", ..., "no new
    /// version".
    fn new_version(self) -> &'static str {
        match self {
            Bump::None => "no new version",
            Bump::Patch => "a new patch version",
            Bump::Minor => "a new minor version",
            Bump::Major => "a new major version",
        }
    }
}

/// The kind of a change between two packs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ChangeKind {
    /// An item with an id is in the new pack only (or a route was added to the routes
    /// to speak to first). Its new value is its id.
    ItemAdded,
    /// An item with an id is in the old pack only (or a route was removed from the
    /// routes to speak to first). Its old value is its id.
    ItemRemoved,
    /// An item is in both packs, in another order among the items of both. Both values
    /// are its id.
    ItemMoved,
    /// A text was reworded; or a paragraph of a text was added (no old path) or
    /// removed (no new path). The values are the texts.
    TextChanged,
    /// An optional field, or a section, is in the new pack only.
    FieldAdded,
    /// An optional field, or a section, is in the old pack only.
    FieldRemoved,
    /// A typed value changed: a phone number, an address, opening hours, a practice's
    /// kind, a review date, the licence, the schema version, ... The values are as
    /// written in the packs.
    ValueChanged,
}

impl ChangeKind {
    /// The kind as it is written: `item-added`, `text-changed`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::ItemAdded => "item-added",
            ChangeKind::ItemRemoved => "item-removed",
            ChangeKind::ItemMoved => "item-moved",
            ChangeKind::TextChanged => "text-changed",
            ChangeKind::FieldAdded => "field-added",
            ChangeKind::FieldRemoved => "field-removed",
            ChangeKind::ValueChanged => "value-changed",
        }
    }
}

/// What a diff compares: everything, or (for a translation) ids and structure only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum DiffMode {
    /// Two versions of one pack, in one locale: every change.
    Content,
    /// Two packs of different locales, such as a translation and its source: ids,
    /// structure and typed values only.
    Structure,
}

impl DiffMode {
    /// The mode as it is written: `content` or `structure`.
    pub fn as_str(self) -> &'static str {
        match self {
            DiffMode::Content => "content",
            DiffMode::Structure => "structure",
        }
    }
}

/// One change between two packs: what kind, where in each pack, and the bump it needs.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[non_exhaustive]
pub struct Change {
    /// What kind of change this is.
    pub kind: ChangeKind,
    /// Where the changed value is in the old pack, a JSON Pointer such as `/signs/5`;
    /// absent for what the old pack does not have.
    pub old_path: Option<JsonPointer>,
    /// Where the changed value is in the new pack; absent for what the new pack does
    /// not have.
    pub new_path: Option<JsonPointer>,
    /// The version bump this change needs.
    pub bump: Bump,
    /// The old value as text, where it is one: an item's id, a text (the paragraphs of
    /// a list joined by line breaks), a typed value as written (small objects as JSON).
    pub old_value: Option<String>,
    /// The new value as text, where it is one; see the old value.
    pub new_value: Option<String>,
}

/// What changed between two packs, in the order of the pack, with the version bump it
/// needs: a removed id needs a new major version, new content a new minor version, a
/// reworded text a new patch.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[non_exhaustive]
pub struct Diff {
    /// What was compared: everything, or ids and structure only.
    mode: DiffMode,
    /// The version of the old pack.
    old_version: ContentVersion,
    /// The version of the new pack.
    new_version: ContentVersion,
    /// Every change, in the order of the pack.
    changes: Vec<Change>,
    /// The version bump the changes need: the greatest bump of any change.
    required_bump: Bump,
    /// Where the new pack has a text that is new or reworded, a JSON Pointer each, in
    /// the order of the pack: what a translator must translate again. Texts of added
    /// items and sections are listed too. Always empty in structure mode.
    changed_texts: Vec<JsonPointer>,
}

/// Compares two versions of a pack: every change, by id and field path, with the bump
/// it needs.
///
/// # The rule
///
/// A pack's `version` is a semantic version, and an app that pins `^1` relies on it:
///
/// - **Major**: something an app finds by id or by name stops being found: an item
///   (sign, self-care action, practice, support route, contact) is removed or renamed,
///   alone or with the section or item that held it (`urgent_help`, a route's
///   `contacts`, the route: each contact in it is reported);
///   the pack's own `id` or its `locale` changes; the major `schema_version` changes.
/// - **Minor**: what the pack says or does changes, and everything that resolved still
///   resolves: an item is added; an optional field is added, or removed with no item in
///   it; a typed value changes (a phone number, a text-message number or keyword, an
///   address, opening hours, a cost, a region, a contact's origin, a practice's kind,
///   `adapted`, `endorsed`); the licence changes, its terms' text included; a route is
///   added to, removed from or moved in
///   `advice.signs_recognised.speak_to` (its order is the advice: whom to speak to
///   first); the minor `schema_version` changes.
/// - **Patch**: the same content, said differently: a text is reworded, or a paragraph
///   of it is added, removed or reordered; an item moves within its list (its id still
///   resolves, only the order shown changes); anything in `review` changes (dates,
///   status, reviewer); what a translation translates changes (`translation`, such as
///   the source version it caught up with; adding or removing the section is minor).
/// - **None**: the `$schema` link (where an editor finds the schema) and `version`
///   itself.
///
/// Items are matched by id, never by position, so an item added at the top moves no
/// other item; an item is *moved* only when its order among the items of both packs
/// changes. Sections without ids are matched by field path, and the paragraphs of a text
/// by their wording, so a paragraph added at the top changes no other paragraph.
///
/// The packs are compared as they loaded: fields of a newer minor schema version, which
/// loading ignores (`ignored-field` warnings), are not in them, so changes there are not
/// seen. Check such packs with a library that reads their schema version, as
/// `vt-content diff` says.
///
/// ```
/// use vt_content::{Bump, ChangeKind};
///
/// let old = vt_content::bundled();
/// let mut new = old.clone();
/// new.signs[0].title = "Feeling you cannot help".to_owned();
/// new.signs.swap(1, 2);
///
/// let diff = vt_content::diff(old, &new);
/// assert_eq!(diff.required_bump(), Bump::Patch);
/// let kinds: Vec<_> = diff.changes().iter().map(|c| c.kind).collect();
/// assert_eq!(kinds, [ChangeKind::TextChanged, ChangeKind::ItemMoved]);
/// assert_eq!(diff.changes()[0].new_path.as_ref().unwrap(), "/signs/0/title");
/// assert_eq!(diff.changed_texts()[0], "/signs/0/title");
///
/// // The version did not change: the check names the change that needs a patch.
/// let error = diff.check_version(&old.version, &new.version).unwrap_err();
/// assert_eq!(error.code(), "version-bump-too-small");
/// assert!(diff.check_version(&"1.1.0".parse()?, &"1.1.1".parse()?).is_ok());
/// # Ok::<(), semver::Error>(())
/// ```
///
/// A removed item:
///
/// ```
/// use vt_content::{Bump, ChangeKind};
///
/// let old = vt_content::bundled();
/// let mut new = old.clone();
/// new.signs.remove(0);
/// let diff = vt_content::diff(old, &new);
/// assert_eq!(diff.required_bump(), Bump::Major);
/// let removed = &diff.changes()[0];
/// assert_eq!(removed.kind, ChangeKind::ItemRemoved);
/// assert_eq!(removed.old_path.as_ref().unwrap(), "/signs/0");
/// assert_eq!(removed.old_value.as_deref(), Some("feeling-powerless"));
/// ```
pub fn diff(old: &ContentPack, new: &ContentPack) -> Diff {
    walk::compare(old, new, DiffMode::Content)
}

/// Compares two packs of different locales, such as a translation and its source, by
/// ids and structure only: texts differ by nature, so it reports items added, removed
/// and moved, optional fields and sections added or removed, and changed typed values
/// (phone numbers, practice kinds, ...); never a text, a paragraph, the locale, the
/// `review` (each translation is reviewed on its own), the `translation` section (which
/// says what a translation translates), `$schema` or `version`.
///
/// ```
/// use vt_content::Bump;
///
/// let source = vt_content::bundled();
/// let mut translation = source.clone();
/// translation.locale = "cy".parse()?;
/// translation.title = "Trawma dirprwyol".to_owned();
/// assert!(vt_content::diff_structure(source, &translation).changes().is_empty());
///
/// translation.signs.pop();
/// let diff = vt_content::diff_structure(source, &translation);
/// assert_eq!(diff.required_bump(), Bump::Major);
/// # Ok::<(), vt_content::InvalidLocale>(())
/// ```
pub fn diff_structure(old: &ContentPack, new: &ContentPack) -> Diff {
    walk::compare(old, new, DiffMode::Structure)
}

impl Diff {
    /// What was compared: everything, or ids and structure only.
    pub fn mode(&self) -> DiffMode {
        self.mode
    }

    /// The version of the old pack.
    pub fn old_version(&self) -> &ContentVersion {
        &self.old_version
    }

    /// The version of the new pack.
    pub fn new_version(&self) -> &ContentVersion {
        &self.new_version
    }

    /// Every change, in the order of the pack.
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// The version bump the changes need: the greatest bump of any change, or
    /// [`Bump::None`] when nothing changed that needs one.
    pub fn required_bump(&self) -> Bump {
        self.required_bump
    }

    /// Where the new pack has a text that is new or reworded since the old pack, in
    /// the order of the pack: what a translator must translate again. Each pointer names
    /// one text (one paragraph of a list of paragraphs) in the new pack.
    ///
    /// ```
    /// let old = vt_content::bundled();
    /// let mut new = old.clone();
    /// new.summary[1] = "This guide explains VT.".to_owned();
    /// let diff = vt_content::diff(old, &new);
    /// assert_eq!(diff.changed_texts(), ["/summary/1"]);
    /// ```
    pub fn changed_texts(&self) -> &[JsonPointer] {
        &self.changed_texts
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The first change that needs the [required bump](Self::required_bump), if any
    /// change needs one.
    pub fn deciding_change(&self) -> Option<&Change> {
        (self.required_bump > Bump::None)
            .then(|| {
                self.changes
                    .iter()
                    .find(|change| change.bump == self.required_bump)
            })
            .flatten()
    }

    /// Checks that going from version `old` to version `new` is the bump the changes
    /// need, or a greater one (see [`Bump::between`]). The same version is fine when no
    /// change needs a bump; an earlier version never is.
    ///
    /// ```
    /// let old = vt_content::bundled();
    /// let mut new = old.clone();
    /// new.signs.pop();
    /// let diff = vt_content::diff(old, &new);
    /// let error = diff.check_version(&"1.1.0".parse()?, &"1.2.0".parse()?).unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     "1.2.0 is a minor bump over 1.1.0, but the changes need a new major version: \
    ///      sign `low-motivation` removed from /signs/6 (major)"
    /// );
    /// assert!(diff.check_version(&"1.1.0".parse()?, &"2.0.0".parse()?).is_ok());
    /// # Ok::<(), semver::Error>(())
    /// ```
    pub fn check_version(
        &self,
        old: &ContentVersion,
        new: &ContentVersion,
    ) -> Result<(), VersionError> {
        if new.as_semver().cmp_precedence(old.as_semver()).is_lt() {
            return Err(VersionError::Decreased {
                old: old.clone(),
                new: new.clone(),
            });
        }
        let made = Bump::between(old, new);
        match self.deciding_change() {
            Some(change) if made < self.required_bump => Err(VersionError::BumpTooSmall {
                old: old.clone(),
                new: new.clone(),
                made,
                required: self.required_bump,
                change: Box::new(change.clone()),
            }),
            _ => Ok(()),
        }
    }

    /// Checks the versions of the two packs compared: see
    /// [`check_version`](Self::check_version).
    pub fn check(&self) -> Result<(), VersionError> {
        self.check_version(&self.old_version, &self.new_version)
    }
}

/// A new version that is not the bump its changes need.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VersionError {
    /// The new version is earlier than the old one.
    ///
    /// ```
    /// let pack = vt_content::bundled();
    /// let diff = vt_content::diff(pack, pack);
    /// let error = diff.check_version(&"1.2.0".parse()?, &"1.1.9".parse()?).unwrap_err();
    /// assert!(matches!(error, vt_content::VersionError::Decreased { .. }));
    /// assert_eq!(error.code(), "version-decreased");
    /// assert_eq!(error.to_string(), "the version goes back from 1.2.0 to 1.1.9");
    /// # Ok::<(), semver::Error>(())
    /// ```
    #[error("the version goes back from {old} to {new}")]
    #[non_exhaustive]
    Decreased {
        /// The old version.
        old: ContentVersion,
        /// The new version.
        new: ContentVersion,
    },
    /// The new version is not the bump a change needs.
    ///
    /// ```
    /// use vt_content::{Bump, VersionError};
    ///
    /// let old = vt_content::bundled();
    /// let mut new = old.clone();
    /// new.title = "Vicarious trauma".to_owned();
    /// let diff = vt_content::diff(old, &new);
    /// let error = diff.check_version(&"1.2.0".parse()?, &"1.2.0".parse()?).unwrap_err();
    /// let VersionError::BumpTooSmall { made, required, change, .. } = &error else {
    ///     unreachable!()
    /// };
    /// assert_eq!((*made, *required), (Bump::None, Bump::Patch));
    /// assert_eq!(change.summary(), "text reworded at /title");
    /// assert_eq!(error.code(), "version-bump-too-small");
    /// assert_eq!(
    ///     error.to_string(),
    ///     "1.2.0 is no new version over 1.2.0, but the changes need a new patch version: \
    ///      text reworded at /title (patch)"
    /// );
    /// # Ok::<(), semver::Error>(())
    /// ```
    #[error(
        "{} over {old}, but the changes need {}: {change}",
        made_text(.made, .new),
        .required.new_version()
    )]
    #[non_exhaustive]
    BumpTooSmall {
        /// The old version.
        old: ContentVersion,
        /// The new version.
        new: ContentVersion,
        /// The bump from `old` to `new`.
        made: Bump,
        /// The bump the changes need.
        required: Bump,
        /// The first change that needs it.
        change: Box<Change>,
    },
}

fn made_text(made: &Bump, new: &ContentVersion) -> String {
    match made {
        Bump::None => format!("{new} is no new version"),
        bump => format!("{new} is a {bump} bump"),
    }
}

impl VersionError {
    /// The stable code of the error: `version-decreased` or `version-bump-too-small`.
    pub fn code(&self) -> &'static str {
        match self {
            VersionError::Decreased { .. } => "version-decreased",
            VersionError::BumpTooSmall { .. } => "version-bump-too-small",
        }
    }
}

#[cfg(test)]
mod tests;
