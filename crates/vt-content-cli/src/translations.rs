//! Translators' commands: `translations [DIR]` says how complete and how current each
//! translation of a catalog is; `export-po` writes a pack's texts to translate as a PO
//! file; `import-po` writes a translated PO file back into a pack that then validates.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use vt_content::po::{self, TranslatedTexts};
use vt_content::{ContentPack, ImportError, JsonPointer, Locale, TranslationStatus};

use crate::args::{PackArg, ReportFormat};
use crate::validate::warning_line;
use crate::{
    Failure, INVALID, load, load_to_rewrite, locales, output_file, plural, schema_link, source,
    source::describe, spare_inputs, to_json, write, write_output,
};

/// The options of `translations`.
#[derive(Debug, Args)]
pub struct TranslationsArgs {
    /// A directory of pack files, one per locale, with earlier versions of the source pack
    /// in its `released/` folder; the bundled catalog when absent.
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// How to print the report.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

/// The options of `export-po`.
#[derive(Debug, Args)]
pub struct ExportPoArgs {
    /// The language to translate into, a BCP 47 tag such as `cy`.
    #[arg(long, value_name = "TAG")]
    pub locale: String,
    /// The source pack; the bundled pack when absent, `-` reads standard input.
    #[arg(long, value_name = "FILE")]
    pub pack: Option<PathBuf>,
    /// An earlier translation, whose texts fill in the PO file's translations.
    #[arg(long, value_name = "FILE")]
    pub translation: Option<PathBuf>,
    /// The source pack at the version the earlier translation translates (such as a file
    /// in released/): the texts reworded since are marked fuzzy, with their earlier
    /// wording. Without it, a translation of another version has every text marked fuzzy.
    #[arg(long, value_name = "FILE", requires = "translation")]
    pub translated_source: Option<PathBuf>,
    /// Write to this file instead of standard output (`-` is standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The options of `import-po`.
#[derive(Debug, Args)]
pub struct ImportPoArgs {
    /// The translated PO file; `-` reads standard input.
    #[arg(value_name = "PO_FILE")]
    pub po: PathBuf,
    /// The source pack the PO file was exported from; the bundled pack when absent.
    #[arg(long, value_name = "FILE")]
    pub pack: Option<PathBuf>,
    /// An earlier translation of this version of the source to write the texts into; its
    /// other texts stay as they are. Without it, the texts are written into a copy of the
    /// source pack.
    #[arg(long, value_name = "FILE")]
    pub translation: Option<PathBuf>,
    /// The translated pack's locale; it overrides the PO file header's `Language`, which
    /// gives the locale without it.
    #[arg(long, value_name = "TAG")]
    pub locale: Option<String>,
    /// Write to this file instead of standard output (`-` is standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `vt-content translations [DIR]`: each translation's completeness and staleness.
pub fn run_status(args: &TranslationsArgs) -> Result<ExitCode, Failure> {
    let catalog = locales::catalog_reported(args.dir.as_ref(), args.format)?;
    let statuses = catalog.translation_status();
    let text = match args.format {
        ReportFormat::Json => to_json(&statuses)?,
        ReportFormat::Text => {
            let source = catalog.default_pack();
            let mut text = format!(
                "source: {} {} ({})\n",
                source.locale,
                source.version,
                plural(statuses.len(), "translation", "translations")
            );
            for status in &statuses {
                text.push_str(&status_lines(status));
            }
            text
        }
    };
    write(io::stdout().lock(), &text)?;
    // On standard error, as `locales` gives them: a stale translation, or one of a
    // version the source has not reached.
    locales::tell_warnings(args.dir.as_deref(), &catalog);
    Ok(ExitCode::SUCCESS)
}

fn status_lines(status: &TranslationStatus) -> String {
    // Versions compare by semver's precedence, as the library compares them.
    let ahead = (status.translates)
        .cmp_precedence(&status.source_version)
        .is_gt();
    let currency = if status.stale {
        format!(
            "stale: translates {}, the source is at {}",
            status.translates, status.source_version
        )
    } else if ahead {
        format!(
            "unknown: translates {}, which the source has not reached (it is at {})",
            status.translates, status.source_version
        )
    } else {
        format!("current: translates {}", status.translates)
    };
    let mut text = format!(
        "{}: {}% translated ({} of {} texts); {currency}\n",
        status.locale, status.percent_translated, status.translated, status.texts
    );
    if !status.untranslated.is_empty() {
        text.push_str(&format!(
            "  {} untranslated (missing, or as in the source): {}\n",
            status.untranslated.len(),
            JsonPointer::list(&status.untranslated, SHOWN)
        ));
    }
    match &status.changed_since {
        Some(changed) if !changed.is_empty() => text.push_str(&format!(
            "  {} changed in the source since {}: {}\n",
            changed.len(),
            status.translates,
            JsonPointer::list(changed, SHOWN)
        )),
        None if ahead => text.push_str(&format!(
            "  changed in the source since {}: unknown (the source is only at {})\n",
            status.translates, status.source_version
        )),
        None => text.push_str(&format!(
            "  changed in the source since {}: unknown (keep that version in released/)\n",
            status.translates
        )),
        Some(_) => {}
    }
    text
}

/// How many paths a line of text shows.
const SHOWN: usize = 8;

/// How a command loads a pack file: [`load`], or [`load_to_rewrite`] for a pack whose
/// content the command writes out again.
type Loader = fn(&PackArg) -> Result<ContentPack, Failure>;

/// The pack of a `--pack` option, or the bundled pack.
fn pack_file(path: Option<&PathBuf>, loader: Loader) -> Result<ContentPack, Failure> {
    loader(&PackArg {
        pack: path.cloned(),
        locale: None,
        catalog: None,
    })
}

/// The earlier translation of `--translation`, if one is given.
fn translation_file(
    path: Option<&PathBuf>,
    loader: Loader,
) -> Result<Option<ContentPack>, Failure> {
    path.map(|path| pack_file(Some(path), loader)).transpose()
}

/// The usage error of an earlier translation, the file `path`, that the library refuses
/// (`error`) as in another language than the texts or of another pack than the source:
/// the library's words, naming the file. `None` for any other error.
fn refused_earlier(error: &ImportError, path: Option<&PathBuf>) -> Option<Failure> {
    let path = vt_content::shown_path(path?);
    let why = match error {
        ImportError::OtherLocale {
            translation,
            locale,
            ..
        } => format!("is in {translation}, not in {locale}"),
        ImportError::OtherPack {
            translation, pack, ..
        } => format!("is of the pack {translation}, not of {pack}"),
        _ => return None,
    };
    Some(Failure::usage(format!(
        "the earlier translation {path} {why}"
    )))
}

/// The locale of the option `what`, given as `tag`: a BCP 47 tag. A platform's form, with
/// `_`, is refused with the tag to write instead.
fn locale(tag: &str, what: &str) -> Result<Locale, Failure> {
    tag.parse().map_err(|error| {
        let hint = match tag.contains('_') {
            true => format!(
                " (a BCP 47 tag joins its parts with hyphens: {})",
                tag.replace('_', "-")
            ),
            false => String::new(),
        };
        Failure::usage(format!("{what} {tag}: {error}{hint}"))
    })
}

/// `vt-content export-po --locale TAG`: the texts to translate, as a PO file.
pub fn run_export(args: &ExportPoArgs) -> Result<(), Failure> {
    let language = locale(&args.locale, "--locale")?;
    let named = [&args.pack, &args.translation, &args.translated_source];
    source::stdin_once(named.into_iter().flatten().map(PathBuf::as_path))?;
    spare_inputs(args.output.as_deref(), named.map(|path| path.as_deref()))?;
    let source = pack_file(args.pack.as_ref(), load)?;
    let translation = translation_file(args.translation.as_ref(), load)?;
    // Refused here, before anyone translates: import-po would refuse the work.
    vt_content::check_translation(&source, translation.as_ref(), &language).map_err(|error| {
        refused_earlier(&error, args.translation.as_ref()).unwrap_or_else(|| {
            Failure::usage(format!(
                "--locale {}: {error}; give the language to translate into",
                args.locale
            ))
        })
    })?;
    let translates = translation
        .as_ref()
        .and_then(|earlier| earlier.translation.as_ref())
        .map(|earlier| &earlier.source_version)
        .filter(|version| version.cmp_precedence(&source.version).is_ne());
    let translated_source = translation_file(args.translated_source.as_ref(), load)?;
    if let (Some(version), Some(old)) = (translates, &translated_source)
        && (old.version.cmp_precedence(version).is_ne()
            || old.id != source.id
            || old.locale.to_icu() != source.locale.to_icu())
    {
        return Err(Failure::usage(format!(
            "--translated-source is version {} of {} ({}), and the translation translates \
             version {version} of {} ({})",
            old.version, old.id, old.locale, source.id, source.locale
        )));
    }
    let units =
        vt_content::translation_units(&source, translation.as_ref(), translated_source.as_ref());
    let text = po::write_po(&source, &language, &units);
    write_output(args.output.as_deref(), &text)?;
    let fuzzy: Vec<JsonPointer> = units
        .iter()
        .filter(|unit| unit.fuzzy)
        .map(|unit| unit.path.clone())
        .collect();
    if let Some(version) = translates.filter(|_| !fuzzy.is_empty()) {
        let why = if translated_source.is_some() {
            format!("reworded since version {version}, which the translation translates")
        } else {
            format!(
                "from a translation of version {version}, as the texts reworded since cannot \
                 be told without that version (--translated-source FILE)"
            )
        };
        let _ = writeln!(
            anstream::stderr().lock(),
            "note: {} marked fuzzy, {why}: {}",
            plural(fuzzy.len(), "message", "messages"),
            JsonPointer::list(&fuzzy, SHOWN)
        );
    }
    Ok(())
}

/// `vt-content import-po PO_FILE`: the translated texts written into a pack, which is
/// checked like any pack before it is written.
pub fn run_import(args: &ImportPoArgs) -> Result<(), Failure> {
    let named = [&args.pack, &args.translation].into_iter().flatten();
    source::stdin_once(
        [args.po.as_path()]
            .into_iter()
            .chain(named.map(PathBuf::as_path)),
    )?;
    let from_stdin = args.po.as_os_str() == "-";
    let name = if from_stdin {
        "<stdin>".to_owned()
    } else {
        vt_content::shown_path(&args.po)
    };
    let read = if from_stdin {
        po::read_po_from(io::stdin().lock())
    } else {
        po::read_po_file(&args.po)
    };
    let texts = read.map_err(|error| match error {
        ImportError::Io { source, .. } => {
            Failure::usage(format!("cannot read {name}: {}", describe(&source)))
        }
        other => invalid(&name, &other, None),
    })?;
    spare_inputs(
        args.output.as_deref(),
        [Some(args.po.as_path()), args.pack.as_deref()],
    )?;
    let source = pack_file(args.pack.as_ref(), load_to_rewrite)?;
    // Every message's msgid is checked against the source's text (import_translation), so
    // the texts written are translations of this version, whatever the header says: a
    // file brought up to date by msgmerge keeps its old header, and a translation platform
    // may rewrite it (Crowdin to its project's name, Loco to "PACKAGE VERSION"). The
    // header as export-po writes it, a pack id and a version, is believed.
    let other_version = match (&texts.pack_id, &texts.source_version) {
        (Some(id), Some(version)) => {
            if *id != source.id {
                return Err(Failure::usage(format!(
                    "{name} has the texts of {id}, not of {}",
                    source.id
                )));
            }
            version
                .as_semver()
                .cmp_precedence(source.version.as_semver())
                .is_ne()
                .then_some(version)
        }
        _ => {
            let _ = writeln!(
                anstream::stderr().lock(),
                "note: {name}'s header does not say which version of {} its texts come from \
                 (its Project-Id-Version is {:?}, which a translation platform may rewrite): \
                 each message is checked against the texts of {} {}",
                source.id,
                texts.header_project,
                source.id,
                source.version
            );
            None
        }
    };
    // An earlier translation of another version keeps its texts where the file has none,
    // which translate that version.
    if let (Some(version), Some(_)) = (other_version, &args.translation) {
        return Err(Failure::usage(format!(
            "{name} has the texts of version {version} of {}, and the source pack is version {}: \
             with --translation, import it with --pack naming that version (such as a file \
             in released/); or import it without --translation, which writes its texts into \
             this version",
            source.id, source.version
        )));
    }
    let language = match (&args.locale, &texts.language) {
        (Some(tag), _) => locale(tag, "--locale")?,
        (None, Some(language)) => language.clone(),
        (None, None) if texts.header_language.is_empty() => {
            return Err(Failure::usage(format!(
                "{name} has no Language in its header: give --locale"
            )));
        }
        (None, None) => {
            return Err(Failure::usage(format!(
                "{name} has Language {:?} in its header, which is not a BCP 47 language tag: \
                 give --locale",
                texts.header_language
            )));
        }
    };
    if let (Some(tag), Some(header)) = (&args.locale, &texts.language)
        && header.to_icu() != language.to_icu()
    {
        let _ = writeln!(
            anstream::stderr().lock(),
            "note: --locale {tag} overrides the file's Language, {header}"
        );
    }
    let translation = translation_file(args.translation.as_ref(), load_to_rewrite)?;
    let loaded = vt_content::import_translation(
        &source,
        translation.as_ref(),
        &language,
        &source.version,
        &texts.units,
    )
    .map_err(|error| {
        if let Some(failure) = refused_earlier(&error, args.translation.as_ref()) {
            return failure;
        }
        match (&error, &args.translation) {
            (ImportError::SourceLocale { .. }, _) => Failure::usage(format!(
                "{name}: {error}; give the translation's locale with --locale"
            )),
            (ImportError::OtherVersion { .. }, Some(path)) => {
                let path = vt_content::shown_path(path);
                Failure::usage(format!(
                    "{path}: {error}: the texts it keeps may translate words changed since, \
                     and it lacks what the source has gained; import without --translation a \
                     PO file written by export-po --translation {path} --translated-source \
                     FILE (that version of the source, such as a file in released/): it holds \
                     the translation's texts, those reworded since marked fuzzy"
                ))
            }
            // A file of another version's texts says so after them.
            (ImportError::Texts(_), _) => {
                let mut failure = invalid(&name, &error, Some(&texts));
                if let (Failure::Report { lines, .. }, Some(version)) =
                    (&mut failure, other_version)
                {
                    lines.push(format!(
                        "{name}: note: it has the texts of version {version} of {}, and the \
                         source pack is version {}: import it with --pack naming that version \
                         (such as a file in released/), or bring it up to date first (msgmerge \
                         with a PO file exported from this version)",
                        source.id, source.version
                    ));
                }
                failure
            }
            _ => invalid(&name, &error, Some(&texts)),
        }
    })?;
    let mut stderr = anstream::stderr().lock();
    if !texts.fuzzy.is_empty() {
        // Where the earlier translation (of this version) has a text, it stays.
        let kept = match &translation {
            Some(_) => "; the earlier translation keeps its texts there",
            None => "; the source's texts stay there",
        };
        let _ = writeln!(
            stderr,
            "note: {} left out, as gettext does{kept}: {}",
            plural(texts.fuzzy.len(), "fuzzy message", "fuzzy messages"),
            JsonPointer::list(&texts.fuzzy, SHOWN)
        );
    }
    // The warnings are the written pack's.
    let written = match output_file(args.output.as_deref()) {
        Some(path) => vt_content::shown_path(path),
        None => "<stdout>".to_owned(),
    };
    // How much of the pack written is in the translation's words, as `translations` counts.
    let status = TranslationStatus::new(&source, &loaded.pack, None);
    if !status.untranslated.is_empty() {
        let _ = writeln!(
            stderr,
            "note: {written} has {} of {} texts translated ({}%); {} are as in the source \
             (a name such as \"Samaritans\" may rightly stay): {}",
            status.translated,
            status.texts,
            status.percent_translated,
            status.untranslated.len(),
            JsonPointer::list(&status.untranslated, SHOWN)
        );
    }
    for warning in &loaded.warnings {
        let _ = writeln!(stderr, "{}", warning_line(&written, warning));
    }
    // The pack written is the earlier translation's, or else a copy of the source's.
    let mut pack = loaded.pack;
    let read_from = args.translation.as_deref().or(args.pack.as_deref());
    let read_in = read_from.and_then(schema_link::folder_of);
    schema_link::rebase(&mut pack, read_in, args.output.as_deref());
    write_output(args.output.as_deref(), &pack.to_json())
}

/// An import that failed: every text that cannot be written, or every violation of the
/// translated pack, one per line, each at the line of the PO file `name` where its
/// message starts, when `texts` (the file's) has one there.
fn invalid(name: &str, error: &ImportError, texts: Option<&TranslatedTexts>) -> Failure {
    let at = |path: &JsonPointer| match texts.and_then(|texts| texts.line(path)) {
        Some(line) => format!("{name}:{line}"),
        None => name.to_owned(),
    };
    let lines = match error {
        ImportError::Invalid(load) => (load.report().violations.iter())
            .map(|violation| format!("{}: error: {violation}", at(&violation.path)))
            .collect(),
        ImportError::Texts(errors) => errors
            .iter()
            .map(|error| format!("{}: error: {error}", at(&error.path)))
            .collect(),
        other => vec![format!("{name}: error: {other}")],
    };
    Failure::Report {
        lines,
        status: INVALID,
    }
}
