//! The command line: commands, options and their help.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use vt_content::Id;

/// Read, check and export content about vicarious traumatisation (VT).
///
/// Every command that reads one pack reads the bundled en-GB pack unless it is given
/// `--pack FILE` (`--pack -` reads standard input) or, for show, export and guidance,
/// `--locale TAG` (with `--catalog DIR`) to pick one from a catalog.
#[derive(Debug, Parser)]
#[command(
    name = "vt-content",
    version = version(),
    after_help = "Exit status: 0 success, 1 a pack or PO file is invalid (or, for diff, the \
                  version is not bumped enough), 2 a usage or I/O error (an unknown sign id is a \
                  usage error).\n\
                  Colour is used only on a terminal, and never when NO_COLOR is set.\n\n\
                  Start with: vt-content show"
)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// One command of the tool.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the whole pack, for reading in the terminal.
    #[command(after_help = "Examples:\n  vt-content show\n  vt-content show --pack cy.json | less")]
    Show(PackArg),
    /// Check packs and report every violation, one per line.
    #[command(after_help = "Examples:\n  vt-content validate packs/*.json\n  \
                      cat cy.json | vt-content validate -\n  \
                      vt-content validate --format json cy.json\n\n\
                      With no FILE, checks the --pack file, or the bundled pack.\n\
                      Exit status: 0 all valid, 1 any invalid, 2 a usage or I/O error.")]
    Validate(ValidateArgs),
    /// Export the pack as canonical JSON, an HTML page or fragment, Markdown, plain text
    /// or schema.org JSON-LD.
    #[command(
        after_help = "Examples:\n  vt-content export --format html -o vt.html\n  \
                      vt-content export --format html --stylesheet /css/site.css -o vt.html\n  \
                      vt-content export --format html --fragment > vt-article.html\n  \
                      vt-content export --format html --fragment --id-prefix vt   # ids vt-…\n  \
                      vt-content export --format markdown --pack cy.json > cy.md\n  \
                      vt-content export --format text --width 72\n  \
                      vt-content export --format jsonld      # schema.org MedicalWebPage\n  \
                      vt-content export --format json --pack cy.json   # canonical form"
    )]
    Export(ExportArgs),
    /// Print the JSON Schema of a pack, as this tool's library reads it.
    #[command(after_help = "Example:\n  vt-content schema > vt-content-pack.schema.json")]
    Schema,
    /// Print the guidance for the signs a person recognises, given by id.
    #[command(
        after_help = "Examples:\n  vt-content guidance withdrawing low-motivation\n  \
                      vt-content guidance            # no sign: how to lower your risk\n  \
                      vt-content guidance --format json losing-hope\n  \
                      vt-content guidance --format html withdrawing > guidance.html\n\n\
                      An unknown id is a usage error (exit status 2) that lists the valid ids."
    )]
    Guidance(GuidanceArgs),
    /// Compare two packs: what changed, and the version bump it needs.
    #[command(
        after_help = "Examples:\n  vt-content diff released/1.0.0.json en-GB.json\n  \
                      vt-content diff --format markdown released/1.0.0.json en-GB.json  # a changelog entry\n  \
                      vt-content diff --format json old.json new.json\n  \
                      vt-content diff --changed-texts en-GB-1.0.json en-GB.json  # texts to translate again\n  \
                      vt-content diff --structure en-GB.json cy.json   # a translation: ids and structure only\n\n\
                      A removed id needs a new major version, new content a new minor version,\n\
                      a reworded text a new patch (see the README for every case).\n\
                      Exit status: 0 NEW's version is the bump its changes need or more, 1 it is not\n\
                      (the error names the change) or a pack is invalid, 2 a usage or I/O error."
    )]
    Diff(crate::diff::DiffArgs),
    /// List the locales of a catalog (a directory of packs, or the bundled one), with
    /// what each translates.
    #[command(after_help = "Examples:\n  vt-content locales\n  vt-content locales packs/")]
    Locales(crate::locales::LocalesArgs),
    /// Write the pack in a pseudo-locale, to test a front end: en-XA (accented, at least
    /// 35% longer, bracketed) or ar-XB (right to left); ids and typed values unchanged.
    #[command(
        after_help = "Examples:\n  vt-content pseudo --locale en-XA > en-XA.json\n  vt-content pseudo --locale ar-XB --pack cy.json"
    )]
    Pseudo(crate::pseudo::PseudoArgs),
    /// Say how complete and how current each translation of a catalog is.
    #[command(after_help = "Examples:\n  vt-content translations packs/\n  \
                      vt-content translations --format json packs/\n\n\
                      Keep earlier versions of the source pack in DIR/released/ to name the\n\
                      texts that changed since the version a translation translates.")]
    Translations(crate::translations::TranslationsArgs),
    /// Write a pack's texts to translate as a gettext PO file, for translators' tools.
    #[command(
        after_help = "Examples:\n  vt-content export-po --locale cy -o cy.po\n  \
                      vt-content export-po --locale cy --pack en-GB.json --translation cy.json -o cy.po\n\n\
                      Each message's msgctxt is the text's JSON Pointer in the source pack."
    )]
    ExportPo(crate::translations::ExportPoArgs),
    /// Write the texts of a translated PO file into a pack, and check it.
    #[command(after_help = "Examples:\n  vt-content import-po cy.po -o cy.json\n  \
                      vt-content import-po cy.po --translation cy.json -o cy.json\n\n\
                      Texts not in the file stay as they are; fuzzy messages are left out.\n\
                      The pack is a draft unless it updates a translation (--translation)\n\
                      of the same source version and no text changed: have a person review it.\n\
                      Exit status: 0 written, 1 the file or the translated pack is invalid,\n\
                      2 a usage or I/O error.")]
    ImportPo(crate::translations::ImportPoArgs),
}

/// Where to read a pack from.
#[derive(Debug, Args)]
pub struct PackArg {
    /// Read this pack instead of the bundled one; `-` reads standard input.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["locale", "catalog"])]
    pub pack: Option<PathBuf>,
    /// Pick the pack for this BCP 47 tag from the catalog, with fallback (`cy-GB` → `cy`
    /// → the catalog's source pack).
    #[arg(long, value_name = "TAG")]
    pub locale: Option<String>,
    /// Read the catalog from this directory of packs instead of the bundled catalog.
    #[arg(long, value_name = "DIR")]
    pub catalog: Option<PathBuf>,
}

/// The options of `validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The packs to check; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Check this pack when no FILE is given; `-` reads standard input.
    #[arg(long, value_name = "FILE", conflicts_with = "files")]
    pub pack: Option<PathBuf>,
    /// How to print the report.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

/// The options of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The pack to export.
    #[command(flatten)]
    pub pack: PackArg,
    /// The format to write.
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
    /// The HTML options.
    #[command(flatten)]
    pub html: HtmlArgs,
    /// Wrap text to this many columns, at least 20 (--format text only) [default: 80].
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..))]
    pub width: Option<u16>,
    /// Write to this file instead of standard output (`-` is standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The options of HTML output; they are refused with another format.
#[derive(Debug, Default, Args)]
pub struct HtmlArgs {
    /// Write an `article` to put in a page of your own, instead of a whole page.
    #[arg(long)]
    pub fragment: bool,
    /// Link the style sheet at this address instead of the built-in styles (a whole page
    /// only: a fragment has no styles of its own).
    #[arg(long, value_name = "HREF", conflicts_with = "fragment",
          value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub stylesheet: Option<String>,
    /// Start every id of the page, and every link to one, with this kebab-case id and a
    /// hyphen (`vt` gives `vt-signs`), so that they stay unique in a page of your own
    /// (HTML and Markdown).
    #[arg(long, value_name = "ID")]
    pub id_prefix: Option<Id>,
}

impl HtmlArgs {
    /// The first option given that only HTML takes, as it is written, if any.
    pub fn given(&self) -> Option<&'static str> {
        if self.fragment {
            Some("--fragment")
        } else if self.stylesheet.is_some() {
            Some("--stylesheet")
        } else {
            None
        }
    }
}

/// The options of `guidance`.
#[derive(Debug, Args)]
pub struct GuidanceArgs {
    /// The ids of the recognised signs; none gives the advice on lowering your risk.
    #[arg(value_name = "SIGN_ID")]
    pub signs: Vec<String>,
    /// The pack to ask.
    #[command(flatten)]
    pub pack: PackArg,
    /// How to print the guidance.
    #[arg(long, value_enum, default_value_t = GuidanceFormat::Text)]
    pub format: GuidanceFormat,
    /// The HTML options.
    #[command(flatten)]
    pub html: HtmlArgs,
}

/// Text for a person, or JSON for a program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Lines of text for a person.
    Text,
    /// JSON for a program.
    Json,
}

/// A format `guidance` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GuidanceFormat {
    /// Lines of text for a person.
    Text,
    /// JSON for a program: the guidance, with the `locale`, `direction` and `version` of
    /// the pack it comes from.
    Json,
    /// An accessible HTML page (or fragment), with the disclaimer and credit.
    Html,
    /// Markdown, with the disclaimer and credit.
    Markdown,
}

/// A format `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The canonical JSON form of the pack, which loads back to an equal pack.
    Json,
    /// Markdown, for documentation and wikis.
    Markdown,
    /// One standalone, accessible HTML page, or with --fragment an `article`.
    Html,
    /// Plain text, wrapped to --width columns.
    Text,
    /// The schema.org description of the page (a MedicalWebPage) as JSON-LD.
    Jsonld,
}

/// The version text: the tool's, the schema's and the bundled content's.
fn version() -> String {
    let bundled = vt_content::bundled();
    format!(
        "{}\nschema version {}\nbundled content {} {} ({})",
        env!("CARGO_PKG_VERSION"),
        vt_content::SchemaVersion::CURRENT,
        bundled.id,
        bundled.version,
        bundled.locale,
    )
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn validate_refuses_files_and_pack_together() {
        let result = Cli::try_parse_from(["vt-content", "validate", "a.json", "--pack", "b.json"]);
        assert_eq!(
            result.map(drop).map_err(|e| e.kind()),
            Err(clap::error::ErrorKind::ArgumentConflict)
        );
    }
}
