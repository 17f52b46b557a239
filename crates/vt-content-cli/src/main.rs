//! `vt-content`: show, check and export content about vicarious traumatisation (VT).
//!
//! A thin command line over the `vt-content` library: every rule, every check and the
//! guidance come from the library; this tool reads files and draws the results.
//!
//! Exit status: 0 on success, 1 when a pack or PO file is invalid (or, for `diff`, the
//! version is not bumped enough), 2 for a usage or I/O error.

mod args;
mod diff;
mod export;
mod locales;
mod pseudo;
mod schema_link;
mod source;
mod terminal;
mod translations;
mod validate;

use std::io::{self, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use vt_content::render::Document;
use vt_content::{ContentPack, LoadError, SchemaVersion, WarningCode};

use crate::args::{
    Cli, Command, ExportFormat, GuidanceArgs, GuidanceFormat, HtmlArgs, PackArg, ReportFormat,
    ValidateArgs,
};
use crate::source::{LoadFailure, Source, describe};
use crate::validate::{FileReport, Report};

/// The exit status of a usage or I/O error.
const USAGE_OR_IO: u8 = 2;

/// The exit status of an invalid pack.
const INVALID: u8 = 1;

/// Why a command stopped early.
#[derive(Debug)]
enum Failure {
    /// Lines to print on standard error, and the exit status.
    Report {
        /// What went wrong, one line each.
        lines: Vec<String>,
        /// The exit status.
        status: u8,
    },
    /// The reader of standard output closed it, as `head` does: nothing to say.
    ClosedOutput,
}

impl Failure {
    /// This failure and then `other`, with the greater exit status: an unreadable file
    /// (2) outweighs an invalid pack (1).
    fn and(self, other: Failure) -> Failure {
        match (self, other) {
            (
                Failure::Report { mut lines, status },
                Failure::Report {
                    lines: more,
                    status: other_status,
                },
            ) => {
                lines.extend(more);
                Failure::Report {
                    lines,
                    status: status.max(other_status),
                }
            }
            (Failure::ClosedOutput, _) | (_, Failure::ClosedOutput) => Failure::ClosedOutput,
        }
    }

    /// A usage or I/O error, told in one line.
    fn usage(message: impl std::fmt::Display) -> Failure {
        Failure::Report {
            lines: vec![format!("error: {message}")],
            status: USAGE_OR_IO,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(status) => status,
        Err(Failure::ClosedOutput) => ExitCode::SUCCESS,
        Err(Failure::Report { lines, status }) => {
            let mut stderr = anstream::stderr().lock();
            for line in lines {
                // Nothing is left to tell the user if standard error fails too.
                let _ = writeln!(stderr, "{line}");
            }
            ExitCode::from(status)
        }
    }
}

fn run(command: Command) -> Result<ExitCode, Failure> {
    match command {
        Command::Show(args) => {
            let pack = load(&args)?;
            let text = terminal::render(&Document::pack(&pack), terminal::width());
            write(anstream::stdout().lock(), &text)?;
        }
        Command::Validate(args) => return run_validate(&args),
        Command::Export(args) => {
            html_only(
                &args.html,
                args.format == ExportFormat::Html,
                args.format == ExportFormat::Markdown,
            )?;
            if args.width.is_some() && args.format != ExportFormat::Text {
                return Err(Failure::usage("--width applies only to --format text"));
            }
            // A catalog's files are all read: a page written over one, or a pack over
            // another locale's, would lose it.
            let catalog_files = locales::files(&args.pack);
            let catalog_files = catalog_files.iter().map(|file| Some(file.as_path()));
            let mut pack = if args.format == ExportFormat::Json {
                spare_inputs(args.output.as_deref(), catalog_files)?;
                load_to_rewrite(&args.pack)?
            } else {
                let inputs = catalog_files.chain([args.pack.pack.as_deref()]);
                spare_inputs(args.output.as_deref(), inputs)?;
                load(&args.pack)?
            };
            if args.format == ExportFormat::Json {
                let read_in = match &args.pack.pack {
                    Some(file) => schema_link::folder_of(file),
                    None => args.pack.catalog.as_deref(),
                };
                schema_link::rebase(&mut pack, read_in, args.output.as_deref());
            }
            let width = args.width.map_or(80, usize::from);
            let text = export::render(&pack, args.format, &args.html, width);
            write_output(args.output.as_deref(), &text)?;
        }
        Command::Schema => {
            let text = to_json(vt_content::json_schema())?;
            write(io::stdout().lock(), &text)?;
        }
        Command::Guidance(args) => run_guidance(&args)?,
        Command::Diff(args) => return diff::run(&args),
        Command::Locales(args) => return locales::run(&args),
        Command::Pseudo(args) => pseudo::run(&args)?,
        Command::Translations(args) => return translations::run_status(&args),
        Command::ExportPo(args) => translations::run_export(&args)?,
        Command::ImportPo(args) => translations::run_import(&args)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run_validate(args: &ValidateArgs) -> Result<ExitCode, Failure> {
    source::stdin_once(args.files.iter().map(PathBuf::as_path))?;
    let sources: Vec<Source> = if args.files.is_empty() {
        vec![Source::from_option(args.pack.as_deref())]
    } else {
        args.files
            .iter()
            .map(|path| Source::from_path(path))
            .collect()
    };
    let today = chrono::Local::now().date_naive();
    let files = sources.iter().map(|s| FileReport::check(s, today));
    let report = Report::new(files.collect());
    match args.format {
        ReportFormat::Text => write_report(anstream::stdout().lock(), &report.text())?,
        ReportFormat::Json => write_report(io::stdout().lock(), &to_json(&report)?)?,
    }
    Ok(report.exit_code())
}

/// Refuses the HTML options with a format other than HTML, and an id prefix with a format
/// that has no ids (neither HTML nor Markdown).
fn html_only(html: &HtmlArgs, is_html: bool, is_markdown: bool) -> Result<(), Failure> {
    match html.given() {
        Some(option) if !is_html => Err(Failure::usage(format!(
            "{option} applies only to --format html"
        ))),
        _ if html.id_prefix.is_some() && !is_html && !is_markdown => Err(Failure::usage(
            "--id-prefix applies only to --format html or markdown",
        )),
        _ => Ok(()),
    }
}

fn run_guidance(args: &GuidanceArgs) -> Result<(), Failure> {
    html_only(
        &args.html,
        args.format == GuidanceFormat::Html,
        args.format == GuidanceFormat::Markdown,
    )?;
    let pack = load(&args.pack)?;
    let guidance = pack.guidance(&args.signs).map_err(|_| {
        // Every unknown id, each as the library says it (the library names the first).
        let mut unknown: Vec<String> = Vec::new();
        for id in args.signs.iter().filter(|id| pack.sign(id).is_none()) {
            if let Err(error) = pack.guidance([id]) {
                let line = format!("error: {error}");
                if !unknown.contains(&line) {
                    unknown.push(line);
                }
            }
        }
        let mut lines = unknown;
        if let Some(last) = lines.last_mut() {
            last.push_str("; the sign ids are:");
        }
        let width = pack.signs.iter().map(|s| s.id.as_str().len()).max();
        let width = width.unwrap_or(0);
        lines.extend(
            pack.signs
                .iter()
                .map(|sign| format!("  {:<width$}  {}", sign.id.as_str(), sign.title)),
        );
        Failure::Report {
            lines,
            status: USAGE_OR_IO,
        }
    })?;
    let document = || export::prefixed(Document::guidance(&pack, &guidance), &args.html);
    match args.format {
        GuidanceFormat::Text => {
            let text = terminal::render(&document(), terminal::width());
            write(anstream::stdout().lock(), &text)
        }
        GuidanceFormat::Json => write(io::stdout().lock(), &to_json(&with_pack(&guidance, &pack))?),
        GuidanceFormat::Html => {
            let html = document().to_html(&export::html_options(&args.html));
            write(io::stdout().lock(), &html)
        }
        GuidanceFormat::Markdown => write(io::stdout().lock(), &document().to_markdown()),
    }
}

/// The JSON of `guidance` with the pack it comes from: its `locale`, the `direction` to
/// show it in and its `version`, since `--locale` may fall back to another pack.
fn with_pack(guidance: &vt_content::Guidance, pack: &ContentPack) -> serde_json::Value {
    let mut json = serde_json::json!(guidance);
    if let Some(fields) = json.as_object_mut() {
        fields.insert("locale".to_owned(), serde_json::json!(pack.locale));
        fields.insert(
            "direction".to_owned(),
            pack.locale.direction().as_str().into(),
        );
        fields.insert("version".to_owned(), serde_json::json!(pack.version));
    }
    json
}

/// Loads the pack of `--pack`, or the bundled pack. Its ignored fields go to standard
/// error, since no output shows them; the other warnings are about what a pack says (a
/// draft, labels left to en-GB), which every rendering shows in its own words, and
/// `validate` reports them all.
fn load(arg: &PackArg) -> Result<ContentPack, Failure> {
    load_telling_ignored(arg).map(|(pack, _)| pack)
}

/// Loads a pack as [`load`] does, with the number of fields it ignored: fields of a newer
/// minor version of the pack format than this tool reads.
fn load_telling_ignored(arg: &PackArg) -> Result<(ContentPack, usize), Failure> {
    if let Some(pack) = locales::pick(arg)? {
        return Ok((pack, 0));
    }
    let source = Source::from_option(arg.pack.as_deref());
    let outcome = source.load();
    let mut report = FileReport::new(source.name(), &outcome);
    report
        .warnings
        .retain(|warning| warning.code == WarningCode::IgnoredField);
    let mut stderr = anstream::stderr().lock();
    for line in report.warning_lines() {
        let _ = writeln!(stderr, "{line}");
    }
    match outcome {
        Ok(loaded) => Ok((loaded.pack, report.warnings.len())),
        Err(failure) => Err(Failure::Report {
            lines: report.error_lines(),
            status: match failure {
                LoadFailure::Unreadable(_) => USAGE_OR_IO,
                LoadFailure::Invalid(_) => INVALID,
            },
        }),
    }
}

/// Loads a pack that the command writes out again as a pack (`export --format json`,
/// `pseudo`, `import-po`), as [`load`] does; refused when it has fields of a newer minor
/// version of the pack format, which this tool does not know and so cannot write: the
/// pack it wrote would have lost them.
fn load_to_rewrite(arg: &PackArg) -> Result<ContentPack, Failure> {
    let (pack, ignored) = load_telling_ignored(arg)?;
    // A catalog does not tell which fields its packs' loads ignored: a pack of a newer
    // schema may have had some.
    if locales::picks(arg) && pack.schema_version > SchemaVersion::CURRENT {
        return Err(Failure::usage(format!(
            "the {} pack of the catalog is of schema {}, newer than this vt-content reads \
             ({}): fields it does not know would be lost from the pack it writes; name the \
             file with --pack, or use a vt-content that reads schema {}",
            pack.locale,
            pack.schema_version,
            SchemaVersion::CURRENT,
            pack.schema_version
        )));
    }
    if ignored > 0 {
        return Err(Failure::usage(format!(
            "{}: {} of schema {} that this vt-content (schema {}) does not know would be \
             lost from the pack it writes: use a vt-content that reads schema {}",
            Source::from_option(arg.pack.as_deref()).name(),
            plural(ignored, "field", "fields"),
            pack.schema_version,
            SchemaVersion::CURRENT,
            pack.schema_version
        )));
    }
    Ok(pack)
}

/// A pack the command made that does not load: every violation, one per line, after the
/// `name` of what it was made from.
fn invalid_pack(name: &str, error: &LoadError) -> Failure {
    Failure::Report {
        lines: (error.report().violations.iter())
            .map(|violation| format!("{name}: error: {violation}"))
            .collect(),
        status: INVALID,
    }
}

/// `count` and its noun, `one` when it is 1 and `many` otherwise: "1 file", "2 files".
fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// A value as pretty JSON text with a final line break.
fn to_json(value: &impl serde::Serialize) -> Result<String, Failure> {
    serde_json::to_string_pretty(value)
        .map(|json| json + "\n")
        .map_err(Failure::usage)
}

/// Writes all of `text`; a closed pipe ends the command quietly.
fn write(mut out: impl Write, text: &str) -> Result<(), Failure> {
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|error| match error.kind() {
            ErrorKind::BrokenPipe => Failure::ClosedOutput,
            _ => Failure::usage(format!(
                "cannot write to standard output: {}",
                describe(&error)
            )),
        })
}

/// Writes the report of a command whose exit status is its verdict (`validate`, `diff`):
/// a reader that closes standard output early, as `head` does, does not change it.
fn write_report(out: impl Write, text: &str) -> Result<(), Failure> {
    match write(out, text) {
        Err(Failure::ClosedOutput) => Ok(()),
        written => written,
    }
}

/// Refuses an `-o` that names one of `inputs`, the files the command reads (through a
/// link too): writing over one would lose it, as a translation replaced by its PO file or
/// a source pack by its pseudo-localised copy. `import-po` still writes over its
/// `--translation`, and `export --format json` over its pack: they write that pack anew.
fn spare_inputs<'a>(
    output: Option<&Path>,
    inputs: impl IntoIterator<Item = Option<&'a Path>>,
) -> Result<(), Failure> {
    let Some(output) = output_file(output) else {
        return Ok(());
    };
    let overwritten = inputs
        .into_iter()
        .flatten()
        .find(|input| same_file::is_same_file(output, input).unwrap_or(false));
    match overwritten {
        Some(input) => Err(Failure::usage(format!(
            "-o {} is {}, which this command reads: writing over it would lose it; write \
             to another file",
            vt_content::shown_path(output),
            vt_content::shown_path(input)
        ))),
        None => Ok(()),
    }
}

/// The file `-o` names: `None` without one or with `-o -`, standard output.
fn output_file(output: Option<&Path>) -> Option<&Path> {
    output.filter(|path| *path != Path::new("-"))
}

/// Writes `text` to the file of `-o`, or to standard output without one or with `-o -`.
fn write_output(output: Option<&Path>, text: &str) -> Result<(), Failure> {
    match output_file(output) {
        Some(path) => write_file(path, text),
        None => write(io::stdout().lock(), text),
    }
}

/// Where writing `path` lands: the file at the end of its symbolic links, which need not
/// exist yet, as for a link to a file still to be made. A loop of links (more than 40,
/// as Linux allows) ends at the last link read, which the rename then replaces.
fn link_target(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    let mut target = path.to_owned();
    for _ in 0..40 {
        let Ok(next) = std::fs::read_link(&target) else {
            break;
        };
        target = match target.parent() {
            Some(parent) => parent.join(next),
            None => next,
        };
    }
    target
}

/// Writes `text` to a new file beside `path`, then renames it over `path`: a write that
/// fails (a full disk, an interrupt) leaves `path` as it was. That matters where the file
/// written is also read, as in `import-po cy.po --translation cy.json -o cy.json`. Through
/// a symbolic link, the file it points to is replaced; an existing file keeps its
/// permissions; what is not a file (`/dev/stdout`, a pipe) is written to as it is.
fn write_file(path: &Path, text: &str) -> Result<(), Failure> {
    let failed = |error: io::Error| {
        Failure::usage(format!(
            "cannot write {}: {}",
            vt_content::shown_path(path),
            describe(&error)
        ))
    };
    let target = link_target(path);
    let existing = std::fs::metadata(&target).ok();
    if existing
        .as_ref()
        .is_some_and(|metadata| !metadata.is_file())
    {
        // A device such as /dev/stdout, a pipe or a directory: written to, never replaced.
        return std::fs::write(&target, text).map_err(failed);
    }
    let directory = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".vt-content-");
    // Read and write for all, less the umask, as `File::create` makes a file: a temporary
    // file is for its owner alone.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut file = builder.tempfile_in(directory).map_err(failed)?;
    file.write_all(text.as_bytes()).map_err(failed)?;
    if let Some(existing) = existing {
        file.as_file()
            .set_permissions(existing.permissions())
            .map_err(failed)?;
    }
    file.as_file().sync_all().map_err(failed)?;
    file.persist(&target).map_err(|error| failed(error.error))?;
    Ok(())
}
