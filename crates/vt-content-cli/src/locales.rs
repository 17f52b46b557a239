//! Catalogs on the command line: `--locale` and `--catalog` pick a pack, and
//! `vt-content locales [DIR]` lists a catalog's locales, with what each translates.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use vt_content::{Catalog, CatalogError, ContentPack, ErrorKind};

use crate::args::{PackArg, ReportFormat};
use crate::validate::{FileReport, error_line, warning_line};
use crate::{
    Failure, INVALID, USAGE_OR_IO, plural, source::describe, to_json, write, write_report,
};

/// The options of `locales`.
#[derive(Debug, Args)]
pub struct LocalesArgs {
    /// A directory of pack files, one per locale; the bundled catalog when absent.
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// The catalog of a directory, or the bundled one; an invalid catalog is reported in full,
/// a line per problem on standard error.
pub fn catalog(dir: Option<&PathBuf>) -> Result<Catalog, Failure> {
    catalog_reported(dir, ReportFormat::Text)
}

/// [`catalog`], with an invalid catalog reported in `format`: as JSON, for a program, on
/// standard output, as `validate --format json` reports a pack: the directory, each file
/// that did not load with its report, and each catalog violation with its file.
pub fn catalog_reported(dir: Option<&PathBuf>, format: ReportFormat) -> Result<Catalog, Failure> {
    let Some(dir) = dir else {
        return Ok(vt_content::bundled_catalog().clone());
    };
    let error = match Catalog::from_dir(dir) {
        Ok(catalog) => return Ok(catalog),
        Err(CatalogError::Io { path, source, .. }) => {
            return Err(Failure::usage(format!(
                "cannot read {}: {}",
                vt_content::shown_path(&path),
                describe(&source)
            )));
        }
        Err(error) => error,
    };
    let status = if only_unreadable(&error) {
        USAGE_OR_IO
    } else {
        INVALID
    };
    let lines = match (format, error) {
        (
            ReportFormat::Json,
            CatalogError::Invalid {
                files, violations, ..
            },
        ) => {
            let report = serde_json::json!({
                "catalog": in_dir(dir, ""),
                "files": files,
                "violations": violations,
            });
            write_report(io::stdout().lock(), &to_json(&report)?)?;
            Vec::new()
        }
        (_, error) => invalid_catalog(dir, error),
    };
    Err(Failure::Report { lines, status })
}

/// An invalid catalog's report as `validate` writes one: a line per violation, each
/// naming its file in the directory, then the count.
fn invalid_catalog(dir: &Path, error: CatalogError) -> Vec<String> {
    let CatalogError::Invalid {
        files, violations, ..
    } = error
    else {
        return vec![format!("error: {error}")];
    };
    let count = format!(
        "the catalog {} is invalid: {} did not load, {}",
        in_dir(dir, ""),
        plural(files.len(), "file", "files"),
        plural(violations.len(), "catalog violation", "catalog violations")
    );
    let catalog_lines =
        (violations.iter()).map(|found| error_line(&in_dir(dir, &found.file), &found.violation));
    files
        .into_iter()
        .flat_map(|file| FileReport::failed(in_dir(dir, &file.file), file.report).error_lines())
        .chain(catalog_lines)
        .chain([count])
        .collect()
}

/// Whether all that is wrong with a catalog is files that could not be read: an I/O
/// error, as for `validate` of such a file, not an invalid catalog.
fn only_unreadable(error: &CatalogError) -> bool {
    matches!(error, CatalogError::Invalid { files, violations, .. }
        if violations.is_empty() && files.iter().all(|file| file.report.kind == ErrorKind::Io))
}

/// Whether `--locale` or `--catalog` picks the pack, rather than `--pack` or the bundled one.
pub fn picks(arg: &PackArg) -> bool {
    arg.locale.is_some() || arg.catalog.is_some()
}

/// The pack files of the directory of `--catalog`, its `released/` folder's included: what
/// the catalog reads. None for the bundled catalog, or a directory that cannot be listed.
pub fn files(arg: &PackArg) -> Vec<PathBuf> {
    let Some(dir) = &arg.catalog else {
        return Vec::new();
    };
    [dir.clone(), dir.join("released")]
        .iter()
        .filter_map(|dir| std::fs::read_dir(dir).ok())
        .flatten()
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| Catalog::reads(path))
        .collect()
}

/// The pack that `--locale` and `--catalog` pick, or `None` when neither is given.
pub fn pick(arg: &PackArg) -> Result<Option<ContentPack>, Failure> {
    if !picks(arg) {
        return Ok(None);
    }
    let catalog = catalog(arg.catalog.as_ref())?;
    tell_warnings(arg.catalog.as_deref(), &catalog);
    let pack = match &arg.locale {
        Some(tag) => {
            let locale = tag
                .parse::<vt_content::Locale>()
                .map_err(|error| Failure::usage(format!("--locale {tag}: {error}")))?;
            match catalog.lookup(&locale) {
                Some(pack) => pack.clone(),
                None => {
                    let default = catalog.default_pack();
                    eprintln!(
                        "note: no pack for {locale}; showing the default, {}",
                        default.locale
                    );
                    default.clone()
                }
            }
        }
        None => catalog.default_pack().clone(),
    };
    Ok(Some(pack))
}

/// `vt-content locales [DIR]`: one line per locale, with what it translates.
pub fn run(args: &LocalesArgs) -> Result<ExitCode, Failure> {
    let catalog = catalog(args.dir.as_ref())?;
    let mut text = String::new();
    for pack in catalog.packs() {
        let status = match &pack.translation {
            // A catalog loads with one pack that translates none, its source.
            None => "source".to_owned(),
            Some(t) => format!("translates {} {}", t.source_locale, t.source_version),
        };
        let review = pack.review.status.map_or("", |s| s.as_str());
        text.push_str(&format!(
            "{}\t{}\t{}\t{review}\n",
            pack.locale, pack.version, status
        ));
    }
    write(io::stdout().lock(), &text)?;
    // On standard error, as every command gives its warnings: standard output is the
    // list, one locale a line, for a script to read.
    tell_warnings(args.dir.as_deref(), &catalog);
    Ok(ExitCode::SUCCESS)
}

/// Writes a catalog's warnings to standard error as `validate` writes a pack's, each
/// naming its file in the directory `dir` (none for the bundled catalog).
pub fn tell_warnings(dir: Option<&Path>, catalog: &Catalog) {
    let mut stderr = anstream::stderr().lock();
    for found in catalog.warnings() {
        let file = match dir {
            Some(dir) => in_dir(dir, &found.file),
            None => found.file.clone(),
        };
        let _ = writeln!(stderr, "{}", warning_line(&file, &found.warning));
    }
}

/// The name of a catalog's file (`""` for the catalog as a whole) with its directory.
fn in_dir(dir: &Path, file: &str) -> String {
    let dir = vt_content::shown_path(dir);
    let dir = dir.trim_end_matches('/');
    match file {
        "" => dir.to_owned(),
        file => format!("{dir}/{file}"),
    }
}
