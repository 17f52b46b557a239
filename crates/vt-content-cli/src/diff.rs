//! `vt-content diff OLD NEW`: what changed between two packs, and whether NEW's version
//! is the bump its changes need. The library compares and words the changes; this
//! command reads the files and prints them.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use vt_content::{Bump, Diff, DiffMode, SchemaVersion};

use crate::args::PackArg;
use crate::{Failure, INVALID, load_telling_ignored, plural, to_json, write_report};

/// The options of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old pack, such as the last released version; `-` reads standard input.
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The new pack; `-` reads standard input.
    #[arg(value_name = "NEW")]
    pub new: PathBuf,
    /// How to print the changes.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Compare a translation (NEW) with its source (OLD), in another locale: ids,
    /// structure and typed values only, never a text; the versions are not checked.
    #[arg(long)]
    pub structure: bool,
    /// Print only where NEW has a text that is new or reworded since OLD, one JSON
    /// Pointer a line: what a translator must translate again; the versions are not
    /// checked.
    #[arg(long, conflicts_with_all = ["structure", "format"])]
    pub changed_texts: bool,
}

/// A format `diff` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// One line a change, with the bump it needs, for a person.
    Text,
    /// The diff as JSON, for a program; comparing two versions, with `version_check`:
    /// null when NEW's version is bump enough, else the error's code, or
    /// `version-unchecked` when fields of a newer schema were left out of the diff.
    Json,
    /// A changelog entry: a `## VERSION` heading and the changes grouped by kind.
    Markdown,
}

/// Compares the packs, prints the changes, then checks NEW's version.
pub fn run(args: &DiffArgs) -> Result<ExitCode, Failure> {
    crate::source::stdin_once([args.old.as_path(), args.new.as_path()])?;
    if args.structure && args.format == DiffFormat::Markdown {
        return Err(Failure::usage(
            "--format markdown writes a changelog entry, which is for two versions of one \
             pack; --structure compares a translation with its source",
        ));
    }
    let file = |path: &std::path::PathBuf| PackArg {
        pack: Some(path.clone()),
        locale: None,
        catalog: None,
    };
    // Both packs are read before either failure is told, so that one run shows what is
    // wrong with each.
    let loaded = (
        load_telling_ignored(&file(&args.old)),
        load_telling_ignored(&file(&args.new)),
    );
    let ((old, old_ignored), (new, new_ignored)) = match loaded {
        (Ok(old), Ok(new)) => (old, new),
        (Err(failure), Ok(_)) | (Ok(_), Err(failure)) => return Err(failure),
        (Err(old), Err(new)) => return Err(old.and(new)),
    };
    let diff = if args.structure {
        vt_content::diff_structure(&old, &new)
    } else {
        vt_content::diff(&old, &new)
    };
    let output = if args.changed_texts {
        diff.changed_texts()
            .iter()
            .map(|path| format!("{path}\n"))
            .collect()
    } else {
        match args.format {
            DiffFormat::Text => text(&diff),
            DiffFormat::Json if args.structure => to_json(&diff)?,
            DiffFormat::Json => to_json(&with_version_check(&diff, old_ignored + new_ignored))?,
            DiffFormat::Markdown => diff.changelog_entry(),
        }
    };
    write_report(io::stdout().lock(), &output)?;
    // A translator's list, or a translation's structure: no release of the pack's own.
    if args.structure || args.changed_texts {
        return Ok(ExitCode::SUCCESS);
    }
    diff.check().map_err(|error| Failure::Report {
        lines: vec![format!("error: {error}")],
        status: INVALID,
    })?;
    // Fields this tool does not read were left out of both packs, so changes in them
    // are not in the diff: it cannot vouch for the version.
    if old_ignored + new_ignored > 0 {
        let newest = old.schema_version.max(new.schema_version);
        return Err(Failure::Report {
            lines: vec![format!(
                "error: the version cannot be checked: {} of schema {newest}, which this \
                 vt-content does not read (it reads {}), are left out of the diff (see the \
                 warnings above); check with a vt-content that reads schema {newest}",
                plural(old_ignored + new_ignored, "field", "fields"),
                SchemaVersion::CURRENT
            )],
            status: INVALID,
        });
    }
    Ok(ExitCode::SUCCESS)
}

/// The JSON of a diff of two versions of a pack, with what checking the new version gives,
/// as the shared fixtures write it: `version_check` is `null` when the version is bump
/// enough, else the error's code (`version-bump-too-small`, `version-decreased`), which
/// standard error says in words; `version-unchecked` when `ignored` fields of a newer
/// schema were left out of the diff, so that the changes in them are not known.
fn with_version_check(diff: &Diff, ignored: usize) -> serde_json::Value {
    let mut json = serde_json::json!(diff);
    if let Some(fields) = json.as_object_mut() {
        let check = match diff.check() {
            Err(error) => Some(error.code()),
            Ok(()) if ignored > 0 => Some("version-unchecked"),
            Ok(()) => None,
        };
        fields.insert("version_check".to_owned(), serde_json::json!(check));
    }
    json
}

/// The changes, one a line with the bump it needs, under a line that sums them up; for a
/// translation and its source, where no bump is at stake, the differences in structure.
fn text(diff: &Diff) -> String {
    if diff.mode() == DiffMode::Structure {
        let mut text = match diff.changes().len() {
            0 => "the translation has the structure of its source\n".to_owned(),
            count => format!(
                "the translation differs from its source in {} (ids, structure or typed \
                 values, such as a contact's number):\n",
                plural(count, "place", "places")
            ),
        };
        for change in diff.changes() {
            text += &format!("  {}\n", change.summary());
        }
        return text;
    }
    let (old, new) = (diff.old_version(), diff.new_version());
    let count = diff.changes().len();
    let mut text = match (count, diff.required_bump()) {
        (0, _) => format!("{old} -> {new}: no changes\n"),
        (1, Bump::None) => format!("{old} -> {new}: 1 change, which needs no new version\n"),
        (_, Bump::None) => format!("{old} -> {new}: {count} changes, which need no new version\n"),
        (1, bump) => format!("{old} -> {new}: 1 change, which needs a new {bump} version\n"),
        (_, bump) => format!("{old} -> {new}: {count} changes, which need a new {bump} version\n"),
    };
    for change in diff.changes() {
        let bump = change.bump.as_str();
        text += &format!("  {bump:<5}  {}\n", change.summary());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_sums_up_then_lists_each_change() {
        let old = vt_content::bundled();
        let mut new = old.clone();
        new.title = "Vicarious trauma".to_owned();
        new.schema_link = None;
        let v = &old.version;
        assert_eq!(
            text(&vt_content::diff(old, &new)),
            format!(
                "{v} -> {v}: 2 changes, which need a new patch version\n  \
                 none   field removed from /$schema\n  \
                 patch  text reworded at /title\n"
            )
        );
        assert_eq!(
            text(&vt_content::diff(old, old)),
            format!("{v} -> {v}: no changes\n")
        );
    }

    #[test]
    fn a_translation_is_told_how_its_structure_differs_not_what_bump_it_needs() {
        let source = vt_content::bundled();
        let mut welsh = source.clone();
        welsh.locale = "cy".parse().unwrap();
        assert_eq!(
            text(&vt_content::diff_structure(source, &welsh)),
            "the translation has the structure of its source\n"
        );
        welsh.signs.pop();
        let text = text(&vt_content::diff_structure(source, &welsh));
        assert!(
            text.starts_with("the translation differs from its source in 1 place "),
            "{text}"
        );
        assert!(text.contains("/signs/6"), "{text}");
        assert!(!text.contains("major"), "{text}");
    }
}
