//! Texts to translate as a gettext PO file, which translators' tools read and write
//! (Poedit, Weblate, Lokalise, Crowdin and gettext's own), through the `polib` crate.
//!
//! Each text is one message: its JSON Pointer in the source pack is the `msgctxt`, the
//! source's text the `msgid`, and the translation the `msgstr` (empty when there is none
//! yet). The header names the pack and the version of it that the texts come from
//! (`Project-Id-Version: vicarious-traumatisation 1.1.4`) and the language they are
//! translated into (`Language: cy`).

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{BufWriter, Read};
use std::path::Path;

use polib::catalog::Catalog;
use polib::message::{Message, MessageFlags};
use polib::metadata::CatalogMetadata;

use super::{ImportError, TranslationUnit};
use crate::{ContentPack, ContentVersion, Id, JsonPointer, Locale, MAX_PACK_BYTES, file};

/// The most bytes a PO file may have: 32 MiB, room for the translated texts of any pack
/// within [`MAX_PACK_BYTES`]. Such a pack has at most a quarter as many texts as bytes
/// (the shortest text in JSON is `"a",`), each message costs under 100 bytes besides
/// its two texts, and the two texts of every message come to at most twice the pack.
pub const MAX_PO_BYTES: usize = 32 * MAX_PACK_BYTES;

/// The texts of a PO file, as [`read_po`] finds them.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TranslatedTexts {
    /// The pack the texts come from, from the header's `Project-Id-Version`
    /// (`vicarious-traumatisation 1.1.4`); `None` when it names no pack id. A translation
    /// platform may rewrite the field (Crowdin to its project's name, Loco to `PACKAGE
    /// VERSION`): the texts are read all the same, and each message is checked against the
    /// source's text when it is imported.
    pub pack_id: Option<Id>,
    /// The version of the source pack the texts come from, after the pack id in the
    /// header's `Project-Id-Version`; `None` when it gives none.
    pub source_version: Option<ContentVersion>,
    /// The header's `Project-Id-Version` as written; empty when there is none.
    pub header_project: String,
    /// The language the texts are translated into: the header's `Language` read as a BCP
    /// 47 tag (gettext's `pt_BR` as `pt-BR`); `None` when it is absent or not a tag.
    pub language: Option<Locale>,
    /// The header's `Language` as written; empty when there is none.
    pub header_language: String,
    /// Every message that is translated and not marked fuzzy, in the file's order.
    pub units: Vec<TranslationUnit>,
    /// The paths of messages marked fuzzy, left out: a translator's tool marks a text
    /// fuzzy when it is a guess that a person has not confirmed.
    pub fuzzy: Vec<JsonPointer>,
    /// The line of each message's `msgctxt`, by the `msgctxt` as written.
    lines: HashMap<String, usize>,
}

impl TranslatedTexts {
    /// The line of the file where the message of the text at `path` starts (its
    /// `msgctxt`), for an error about that text to name; `None` for a path no message has.
    ///
    /// ```
    /// let source = vt_content::bundled();
    /// let units = vt_content::translation_units(source, None, None);
    /// let po = vt_content::po::write_po(source, &"cy".parse().unwrap(), &units);
    /// let texts = vt_content::po::read_po(&po)?;
    /// let line = texts.line(&units[0].path).unwrap();
    /// assert_eq!(po.lines().nth(line - 1), Some(r#"msgctxt "/audience""#));
    /// # Ok::<(), vt_content::ImportError>(())
    /// ```
    pub fn line(&self, path: &JsonPointer) -> Option<usize> {
        self.lines.get(path.as_str()).copied()
    }
}

/// What a translator's tool shows beside a text to translate (an extracted comment,
/// `#.`), with the flags it checks the translation by:
/// - a text with placeholders, which a page fills in (`Text {keyword} to {number}`): keep
///   each as it is written, flagged `python-brace-format`, whose `{name}` form they have,
///   so that `msgfmt -c`, Poedit and Weblate check the translation keeps them;
/// - the source's copyright line, which is the source's own words;
/// - the source page's title, which readers look for as it is published;
/// - a name (the source's, its publisher's, a service's), written as readers of the
///   language know it, which is often the same.
fn translators_note(unit: &TranslationUnit, flags: &mut MessageFlags) -> Option<String> {
    let placeholders: Vec<String> = crate::placeholder::names(&unit.source)
        .map(|name| format!("{{{name}}}"))
        .collect();
    if !placeholders.is_empty() {
        flags.add_flag("python-brace-format");
        return Some(format!(
            "Keep {} as written: the page puts in the value.",
            placeholders.join(" and ")
        ));
    }
    let path = unit.path.as_str();
    let note = match path {
        "/attribution/copyright" => {
            "The source's own copyright line: keep it as the source writes it."
        }
        "/attribution/source_title" => {
            "The source page's own title: keep it as it is published, so that readers can find the page."
        }
        "/attribution/source_name" | "/attribution/publisher" => {
            "A name: write it as readers of your language know it; it often stays the same."
        }
        _ if path.ends_with("/name") && path.contains("/contacts/") => {
            "The name of a service: write it as readers of your language know it; a name such \
             as Samaritans often stays the same."
        }
        _ => return None,
    };
    Some(note.to_owned())
}

/// The texts of `source` to translate into `language`, as a PO file, with the texts of
/// the units that have one as translations; each unit has a path of its own, as
/// [`translation_units`](crate::translation_units) gives them. A [fuzzy](TranslationUnit::fuzzy) unit's
/// message is marked `#, fuzzy`, and the source's text it translates, where it was
/// reworded, is written before it as gettext's previous `msgid` (`#| msgid "…"`), which
/// translators' tools show beside the new text. A text with placeholders, the source's
/// copyright line and title, and names (the source's, its publisher's, a service's) carry
/// a note for the translator (`#.`); the placeholders' text is flagged
/// `python-brace-format`, which translators' tools check.
///
/// ```
/// let source = vt_content::bundled();
/// let units = vt_content::translation_units(source, None, None);
/// let po = vt_content::po::write_po(source, &"cy".parse().unwrap(), &units);
/// assert!(po.contains(r#""Project-Id-Version: vicarious-traumatisation 1.1.4\n""#));
/// assert!(po.contains("msgctxt \"/title\"\nmsgid \"Vicarious traumatisation\"\nmsgstr \"\"\n"));
/// ```
///
/// A text translated from an earlier wording:
///
/// ```
/// let source = vt_content::bundled();
/// let mut units = vt_content::translation_units(source, None, None);
/// let title = units.iter_mut().find(|unit| unit.path == "/title").unwrap();
/// title.target = Some("Trawma dirprwyol".into());
/// title.fuzzy = true;
/// title.previous_source = Some("Vicarious trauma".into());
/// let po = vt_content::po::write_po(source, &"cy".parse().unwrap(), &units);
/// assert!(po.contains(
///     "#, fuzzy\n#| msgid \"Vicarious trauma\"\nmsgctxt \"/title\"\nmsgid \"Vicarious traumatisation\"\n"
/// ));
/// ```
pub fn write_po(source: &ContentPack, language: &Locale, units: &[TranslationUnit]) -> String {
    let mut metadata = CatalogMetadata::new();
    metadata.project_id_version = format!("{} {}", source.id, source.version);
    metadata.language = language.to_string();
    metadata.mime_version = "1.0".to_owned();
    metadata.content_type = "text/plain; charset=UTF-8".to_owned();
    metadata.content_transfer_encoding = "8bit".to_owned();
    let mut catalog = Catalog::new(metadata.clone());
    // polib writes no previous msgid. The messages of a second file, whose msgids are the
    // previous texts, give their msgid lines, written by polib, to turn into them.
    let mut previous = Catalog::new(metadata);
    for unit in units {
        let mut message = Message::build_singular();
        message
            .with_msgctxt(unit.path.to_string())
            .with_msgid(unit.source.clone())
            .with_msgstr(unit.target.clone().unwrap_or_default());
        let mut flags = MessageFlags::new();
        if unit.fuzzy {
            flags.add_flag("fuzzy");
        }
        if let Some(note) = translators_note(unit, &mut flags) {
            message.with_extracted_comments(note);
        }
        if !flags.is_empty() {
            message.with_flags(flags);
        }
        catalog.append_or_update(message.done());
        if let Some(text) = &unit.previous_source {
            previous.append_or_update(
                Message::build_singular()
                    .with_msgctxt(unit.path.to_string())
                    .with_msgid(text.clone())
                    .with_msgstr(String::new())
                    .done(),
            );
        }
    }
    let written = write_catalog(&catalog);
    if previous.count() == 0 {
        return written;
    }
    let previous = write_catalog(&previous);
    // Each message is a block of lines after the header's, in the units' order; none has
    // an empty line inside, as a text's line breaks are written `\n`.
    let mut previous_msgids = previous.split("\n\n").skip(1);
    let mut blocks = written.split("\n\n");
    let mut po = blocks.next().unwrap_or_default().to_owned();
    let mut units = units.iter();
    for block in blocks {
        po.push_str("\n\n");
        let unit = units.next().and_then(|unit| unit.previous_source.as_ref());
        let Some(earlier) = unit.and_then(|_| previous_msgids.next()) else {
            po.push_str(block);
            continue;
        };
        // gettext's order: comments and flags, the previous msgid, then the message.
        let at = block.find("msgctxt ").unwrap_or_default();
        po.push_str(&block[..at]);
        for line in earlier
            .lines()
            .skip_while(|line| !line.starts_with("msgid "))
            .take_while(|line| !line.starts_with("msgstr "))
        {
            po.push_str("#| ");
            po.push_str(line);
            po.push('\n');
        }
        po.push_str(&block[at..]);
    }
    po
}

/// A catalog as polib writes it.
fn write_catalog(catalog: &Catalog) -> String {
    let mut out = BufWriter::new(Vec::new());
    polib::po_file::write(catalog, &mut out).expect("writing to memory does not fail");
    let bytes = out.into_inner().expect("writing to memory does not fail");
    String::from_utf8(bytes).expect("the texts are UTF-8")
}

/// Reads the translated texts of a PO file written by [`write_po`] and filled in by a
/// translator. A syntax error names its line, and so does what the PO parser would read
/// otherwise than it is written (a `msgctxt` given twice, two messages with no empty line
/// between them, flags on two lines, plural forms); nothing in the file panics.
///
/// ```
/// let source = vt_content::bundled();
/// let mut units = vt_content::translation_units(source, None, None);
/// units[0].target = Some("Trawma dirprwyol".into());
/// let po = vt_content::po::write_po(source, &"cy".parse().unwrap(), &units);
/// let texts = vt_content::po::read_po(&po)?;
/// assert_eq!(texts.source_version.as_ref(), Some(&source.version));
/// assert_eq!(texts.language.unwrap(), "cy");
/// assert_eq!(texts.units.len(), 1);
/// assert_eq!(texts.units[0].target.as_deref(), Some("Trawma dirprwyol"));
/// # Ok::<(), vt_content::ImportError>(())
/// ```
pub fn read_po(text: &str) -> Result<TranslatedTexts, ImportError> {
    let text = &*whitespace_as_gettext_reads(text);
    let lines = check_lines(text)?;
    let catalog = polib::po_file::parse_from_reader(plural_forms_unread(text).as_bytes())
        .map_err(|error| ImportError::Syntax(error.to_string()))?;
    let header_project = catalog.metadata.project_id_version.clone();
    let (id, version) = match header_project.split_once(' ') {
        Some((id, version)) => (id, Some(version)),
        None => (header_project.as_str(), None),
    };
    let pack_id = id.parse().ok();
    let source_version = version.and_then(|version| version.parse().ok());
    let header_language = catalog.metadata.language.clone();
    // gettext writes a region with an underscore (`pt_BR`), BCP 47 with a hyphen.
    let language = Locale::from_identifier(&header_language);
    let mut units = Vec::new();
    let mut fuzzy = Vec::new();
    for message in catalog.messages() {
        let Some(context) = message.msgctxt() else {
            // Comments with no message (an obsolete entry's flags, which gettext's
            // msgmerge writes before its `#~` lines) read as a message with nothing in it.
            if message.msgid().is_empty() {
                continue;
            }
            return Err(ImportError::Syntax(format!(
                "the message {:?} has no msgctxt, the JSON Pointer of its text in the pack",
                message.msgid()
            )));
        };
        let path = JsonPointer::parse(context).ok_or_else(|| {
            ImportError::Syntax(format!(
                "the msgctxt {context:?} of {:?} is not a JSON Pointer",
                message.msgid()
            ))
        })?;
        let target = message.msgstr().unwrap_or_default();
        if message.is_fuzzy() {
            fuzzy.push(path);
        } else if !target.is_empty() {
            units.push(TranslationUnit::new(
                path,
                message.msgid().to_owned(),
                Some(target.to_owned()),
            ));
        }
    }
    Ok(TranslatedTexts {
        pack_id,
        source_version,
        header_project,
        language,
        header_language,
        units,
        fuzzy,
        lines,
    })
}

/// Reads the translated texts of a PO file, as [`read_po`] does: at most
/// [`MAX_PO_BYTES`] of UTF-8 text. A FIFO (named pipe) with no writer reads as empty, as
/// [`ContentPack::from_path`] reads one. A file that cannot be read is
/// [`ImportError::Io`], which names it.
///
/// ```no_run
/// let texts = vt_content::po::read_po_file("cy.po")?;
/// println!("{} texts translated", texts.units.len());
/// # Ok::<(), vt_content::ImportError>(())
/// ```
pub fn read_po_file(path: impl AsRef<Path>) -> Result<TranslatedTexts, ImportError> {
    let path = path.as_ref();
    let in_file = |source| ImportError::Io {
        path: Some(path.to_owned()),
        source,
    };
    match read_po_from(file::open_without_waiting(path).map_err(in_file)?) {
        Err(ImportError::Io { source, .. }) => Err(in_file(source)),
        texts => texts,
    }
}

/// Reads the translated texts of a PO file from a reader, such as standard input, as
/// [`read_po_file`] reads a file: at most [`MAX_PO_BYTES`] of UTF-8 text.
///
/// ```
/// let po = vt_content::po::write_po(vt_content::bundled(), &"cy".parse().unwrap(), &[]);
/// let texts = vt_content::po::read_po_from(po.as_bytes())?;
/// assert!(texts.units.is_empty());
/// # Ok::<(), vt_content::ImportError>(())
/// ```
pub fn read_po_from(reader: impl Read) -> Result<TranslatedTexts, ImportError> {
    let bytes = file::read_at_most(reader, MAX_PO_BYTES)?.ok_or_else(|| {
        ImportError::Syntax(format!(
            "the file has more than {MAX_PO_BYTES} bytes, the most a PO file may have"
        ))
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|error| {
        ImportError::Syntax(format!(
            "the file is not UTF-8 text ({error}); save it as UTF-8"
        ))
    })?;
    read_po(text)
}

/// The header's `Plural-Forms` is of no use here: a pack's texts have no plural forms, and
/// a message with them is refused. polib reads it all the same, and refuses the whole file
/// when it cannot parse the rules, as with spaces around `=` (`nplurals = 2`), which
/// gettext reads, or xgettext's template `nplurals=INTEGER`. So polib is given the field
/// under a name it does not read, on the same line: the lines keep their numbers.
fn plural_forms_unread(text: &str) -> Cow<'_, str> {
    const FIELD: &str = "\"Plural-Forms:";
    // The header: what comes before the first message with a context.
    let header = text.find("\nmsgctxt ").unwrap_or(text.len());
    if !text[..header].contains(FIELD) {
        return Cow::Borrowed(text);
    }
    let renamed = text[..header].replace(FIELD, "\"X-Plural-Forms-Not-Read:");
    Cow::Owned(renamed + &text[header..])
}

/// The file with the spaces and tabs that gettext reads past and the PO parser does not
/// left out: before each line, after each line but a comment (a line of only spaces is
/// empty, and ends a message), and all but one space between a keyword and its string
/// (`msgstr\t"…"`). No line is added or taken out, so each keeps its number. Spaces inside
/// a string stay.
///
/// A bare `#`, which gettext reads as an empty comment (Python's polib writes one at the
/// top of every file it saves, and gettext's header has one between its comments), becomes
/// `# `: the PO parser reads it as the continuation of the field before it, and after a
/// `msgstr` adds a line break to the translation.
fn whitespace_as_gettext_reads(text: &str) -> Cow<'_, str> {
    fn blank(c: char) -> bool {
        c == ' ' || c == '\t'
    }
    fn tidy(line: &str) -> Cow<'_, str> {
        // A comment keeps its end: `# ` is a translator's comment, and `#` alone is made
        // one below.
        let start = line.trim_start_matches(blank);
        let trimmed = match start.starts_with('#') {
            true => start,
            false => start.trim_end_matches(blank),
        };
        // A keyword with more than one space, or a tab, before its string: the parser
        // reads one space.
        let keyword = KEYWORDS.iter().map(|k| k.trim_end()).find(|name| {
            trimmed
                .strip_prefix(name)
                .is_some_and(|rest| match rest.strip_prefix(' ') {
                    Some(after) => after.starts_with(blank),
                    None => rest.starts_with('\t'),
                })
        });
        match keyword {
            Some(name) => Cow::Owned(format!(
                "{name} {}",
                trimmed[name.len()..].trim_start_matches(blank)
            )),
            None => Cow::Borrowed(trimmed),
        }
    }
    // A line is changed when its spaces were rewritten (Owned), or cut at an end.
    let mut tidied = String::with_capacity(text.len());
    let mut changed = false;
    for line in text.lines() {
        let mut line_tidied = tidy(line);
        if line_tidied == "#" {
            line_tidied = Cow::Borrowed("# ");
        }
        changed |= matches!(line_tidied, Cow::Owned(_)) || line_tidied.len() != line.len();
        tidied.push_str(&line_tidied);
        tidied.push('\n');
    }
    match changed {
        true => Cow::Owned(tidied),
        false => Cow::Borrowed(text),
    }
}

/// The keywords a line of a message may start with, each followed by a quoted string.
const KEYWORDS: [&str; 3] = ["msgctxt ", "msgid ", "msgstr "];

/// The longest line a PO file may have, in bytes: 32 KiB. The PO parser reads lines into
/// a 64 KiB buffer, and cuts a longer one, or panics on it; a line of a message holds at
/// most one text (2000 characters, each at most 4 bytes, or 2 escaped), so no file
/// written by a translator's tool comes near.
const MAX_PO_LINE_BYTES: usize = 32 * 1024;

/// How much of a line an error message quotes: its first 60 characters.
const QUOTED_CHARS: usize = 60;

/// Refuses what the PO parser would not read as it is written:
/// - a byte-order mark, a line longer than [`MAX_PO_LINE_BYTES`], or a carriage return
///   that does not end a line;
/// - a line that is not empty, a comment, a keyword and a quoted string, or a quoted
///   string continuing the field before it;
/// - a quoted string with text after its closing quote, or an escape other than `\\`,
///   `\"`, `\n`, `\r` and `\t`;
/// - a keyword that follows itself, or a message that starts right after the `msgstr` of
///   another: the parser would join them;
/// - flags that are not on one line written `#, fuzzy, …`: the parser misreads others;
/// - plural forms, which no text of a pack has;
/// - a `msgctxt` given twice, which the parser would read as one message, the last.
///
/// Gives the line of each `msgctxt`, by its text as written.
fn check_lines(text: &str) -> Result<HashMap<String, usize>, ImportError> {
    let refuse =
        |line: usize, what: String| Err(ImportError::Syntax(format!("line {line}: {what}")));
    if text.starts_with('\u{feff}') {
        return refuse(
            1,
            "the file starts with a byte-order mark; save it as UTF-8 without one".into(),
        );
    }
    let unquoted = |quoted: &str| quoted[1..quoted.len() - 1].to_owned();
    // A quoted string continues the field before it: there must be one.
    let mut in_field = false;
    let mut last_keyword = None;
    // The line of the flags of the message being read, and whether a message has ended
    // (with its msgstr) with no empty line since.
    let mut flags: Option<usize> = None;
    let mut ended = false;
    // Each msgctxt as written, with its line; and the one being read, which quoted
    // strings may continue, until the next keyword.
    let mut contexts: HashMap<String, usize> = HashMap::new();
    let mut context: Option<(String, usize)> = None;
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.len() > MAX_PO_LINE_BYTES {
            return refuse(
                number,
                format!(
                    "a line of {} bytes, longer than the {MAX_PO_LINE_BYTES} a line may have",
                    line.len()
                ),
            );
        }
        if line.contains('\r') {
            return refuse(
                number,
                format!(
                    "a carriage return that does not end a line; end lines with a line feed: {}",
                    quoted_line(line)
                ),
            );
        }
        if line.starts_with("msgid_plural") || line.starts_with("msgstr[") {
            return refuse(
                number,
                "a message with plural forms; a pack's texts have none".into(),
            );
        }
        if line.starts_with("#,") {
            if !line.starts_with("#, ") {
                return refuse(
                    number,
                    format!("write flags as \"#, fuzzy\": {}", quoted_line(line)),
                );
            }
            if let Some(first) = flags.replace(number) {
                return refuse(
                    number,
                    format!(
                        "a second line of flags for one message (line {first} has the first); \
                     give them on one line, as \"#, fuzzy, c-format\""
                    ),
                );
            }
        }
        let keyword = KEYWORDS.into_iter().find(|k| line.starts_with(k));
        let unexpected = || {
            Some(format!(
                "expected a comment, a keyword (msgctxt, msgid, msgstr) and a quoted string, \
                 or a quoted string: {}",
                quoted_line(line)
            ))
        };
        let fault = if line.is_empty() {
            // An empty line ends a message, and its flags with it.
            (ended, flags) = (false, None);
            None
        } else if line.starts_with('#') {
            in_field |= ["# ", "#. ", "#: ", "#, "]
                .iter()
                .any(|p| line.starts_with(p));
            None
        } else if let Some(keyword) = keyword {
            in_field = true;
            string_fault(&line[keyword.len()..])
                .map(|fault| format!("{fault}: {}", quoted_line(line)))
        } else if in_field && line.starts_with('"') {
            string_fault(line).map(|fault| format!("{fault}: {}", quoted_line(line)))
        } else {
            unexpected()
        };
        if let Some(fault) = fault {
            return refuse(number, fault);
        }
        let Some(keyword) = keyword else {
            if let Some((text, _)) = context.as_mut().filter(|_| line.starts_with('"')) {
                text.push_str(&unquoted(line));
            }
            continue;
        };
        let name = keyword.trim_end();
        if last_keyword.replace(keyword) == Some(keyword) {
            return refuse(
                number,
                format!(
                    "{name} follows {name}; continue a string on a line that starts with a quote"
                ),
            );
        }
        if ended {
            return refuse(
                number,
                format!("{name} right after a msgstr; leave an empty line between messages"),
            );
        }
        if let Some((text, at)) = context.take()
            && let Some(first) = contexts.insert(text, at)
        {
            return refuse(
                at,
                format!("this msgctxt was given on line {first} too; give each text once"),
            );
        }
        match keyword {
            "msgctxt " => context = Some((unquoted(&line[keyword.len()..]), number)),
            "msgstr " => (flags, ended) = (None, true),
            _ => {}
        }
    }
    Ok(contexts)
}

/// What is wrong with `rest` as one quoted string, as the PO parser reads it: an opening
/// quote, characters whose only escapes are `\\`, `\"`, `\n`, `\r` and `\t`, and a
/// closing quote that ends the line.
fn string_fault(rest: &str) -> Option<&'static str> {
    let Some(inner) = rest.strip_prefix('"') else {
        return Some("expected a quoted string");
    };
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\\' | '"' | 'n' | 'r' | 't') => {}
                Some(_) => {
                    return Some(
                        "an escape other than \\\\, \\\", \\n, \\r and \\t; write the character itself",
                    );
                }
                None => break,
            },
            '"' if chars.as_str().is_empty() => return None,
            '"' => {
                return Some(
                    "text after a closing quote; write a quote inside a string as \\\", \
                     and each string on a line of its own",
                );
            }
            _ => {}
        }
    }
    Some("a string with no closing quote")
}

/// The start of `line`, quoted, for an error message: at most [`QUOTED_CHARS`]
/// characters, then `…`.
fn quoted_line(line: &str) -> String {
    match line.char_indices().nth(QUOTED_CHARS) {
        Some((cut, _)) => format!("{:?}…", &line[..cut]),
        None => format!("{line:?}"),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_po_file_round_trips_every_text() {
        let source = crate::bundled();
        let mut units = crate::translation_units(source, None, None);
        for unit in &mut units {
            unit.target = Some(format!("«{}» \"quoted\"\nand a line", unit.source));
        }
        let po = write_po(source, &"cy".parse().unwrap(), &units);
        let texts = read_po(&po).unwrap();
        assert_eq!(texts.pack_id.as_ref(), Some(&source.id));
        assert_eq!(texts.units, units);
        assert!(texts.fuzzy.is_empty());
    }

    /// Spaces and tabs that gettext reads past: after a string, on a line of their own,
    /// before a line, and between a keyword and its string.
    #[test]
    fn whitespace_gettext_reads_past_is_read_past() {
        let source = crate::bundled();
        let mut units = crate::translation_units(source, None, None);
        units[1].target = Some("Trawma  dirprwyol ".into());
        let po = write_po(source, &"cy".parse().unwrap(), &units);
        let loose = po
            .replace(
                "msgstr \"Trawma  dirprwyol \"",
                "msgstr\t \"Trawma  dirprwyol \"  \t",
            )
            .replace(
                "msgid \"Vicarious traumatisation\"",
                "  msgid   \"Vicarious traumatisation\"",
            )
            .replacen("\n\n", "\n \t\n", 3)
            .replacen(
                "\nmsgctxt \"/summary/0\"",
                "\n# \n  #  \nmsgctxt \"/summary/0\"",
                1,
            );
        assert_ne!(loose, po);
        let (loose_texts, texts) = (read_po(&loose).unwrap(), read_po(&po).unwrap());
        assert_eq!(
            loose_texts.units[0].target.as_deref(),
            Some("Trawma  dirprwyol ")
        );
        assert_eq!(
            (loose_texts.units, loose_texts.fuzzy),
            (texts.units, texts.fuzzy)
        );
        assert!(matches!(whitespace_as_gettext_reads(&po), Cow::Borrowed(_)));
        // A file whose one change is a tab as long as the space it stands for.
        let tab = po.replace("msgctxt \"/title\"", "msgctxt\t\"/title\"");
        assert_eq!(read_po(&tab).unwrap().units, read_po(&po).unwrap().units);
    }

    #[test]
    fn placeholders_names_and_the_source_s_own_words_carry_a_note_for_the_translator() {
        let source = crate::bundled();
        let units = crate::translation_units(source, None, None);
        let po = write_po(source, &"cy".parse().unwrap(), &units);
        assert!(
            po.contains(
                "\n#. Keep {keyword} and {number} as written: the page puts in the value.\n\
                 #, python-brace-format\nmsgctxt \"/labels/text_message\"\n"
            ),
            "{po}"
        );
        assert!(po.contains(
            "\n#. The source's own copyright line: keep it as the source writes it.\n\
             msgctxt \"/attribution/copyright\"\n"
        ));
        assert!(po.contains(
            "\n#. The source page's own title: keep it as it is published, so that readers can \
             find the page.\nmsgctxt \"/attribution/source_title\"\n"
        ));
        for name in ["/attribution/source_name", "/attribution/publisher"] {
            assert!(po.contains(&format!(
                "\n#. A name: write it as readers of your language know it; it often stays the \
                 same.\nmsgctxt \"{name}\"\n"
            )));
        }
        let service = "\n#. The name of a service: write it as readers of your language know \
                       it; a name such as Samaritans often stays the same.\nmsgctxt ";
        assert_eq!(po.matches(service).count(), 4, "{po}");
        assert!(po.contains(&format!(
            "{service}\"/urgent_help/contacts/2/name\"\nmsgid \"Samaritans\""
        )));
        // The notes and flags are read past: the file reads as one without them.
        let texts = read_po(&po).unwrap();
        assert!(texts.units.is_empty() && texts.fuzzy.is_empty());
    }

    /// Python's polib saves a file with a bare `#` on its first line: an empty comment,
    /// which gettext's `msgfmt` reads, and so does the import.
    #[test]
    fn a_file_saved_by_python_polib_is_read() {
        let source = crate::bundled();
        let mut units = crate::translation_units(source, None, None);
        units[0].target = Some("Trawma".into());
        let po = write_po(source, &"cy".parse().unwrap(), &units);
        // gettext's own header comments, with a bare `#` between them.
        let gettext = "# Welsh translation.\n#\n# Author.\n";
        for top in ["#\n", "#\n#\n", "\n#\n", "# \n#\n", gettext] {
            let saved = format!("{top}{po}");
            let texts = read_po(&saved).unwrap_or_else(|error| panic!("{top:?}: {error}"));
            assert_eq!(texts.units, read_po(&po).unwrap().units, "{top:?}");
        }
    }

    /// A bare `#` is an empty comment wherever it is, as gettext reads it: at the top, between
    /// comments, and after a `msgstr`, where the PO parser would add a line break to the
    /// translation.
    #[test]
    fn a_bare_hash_is_an_empty_comment_wherever_it_is() {
        let top = "#\n#\n# Welsh translation.\n#\n# Author.\nmsgid \"\"\n";
        assert_eq!(
            whitespace_as_gettext_reads(top),
            "# \n# \n# Welsh translation.\n# \n# Author.\nmsgid \"\"\n"
        );
        let source = crate::bundled();
        let mut units = crate::translation_units(source, None, None);
        units[0].target = Some("Trawma".into());
        let po = write_po(source, &"cy".parse().unwrap(), &units);
        let translated = "msgstr \"Trawma\"\n";
        let after = po.find(translated).unwrap() + translated.len();
        for comment in ["#\n", "#\n#\n# Checked.\n"] {
            let mut commented = po.clone();
            commented.insert_str(after, comment);
            let texts = read_po(&commented).unwrap_or_else(|error| panic!("{comment:?}: {error}"));
            assert_eq!(
                texts.units[0].target.as_deref(),
                Some("Trawma"),
                "{comment:?}"
            );
        }
    }

    #[test]
    fn fuzzy_and_empty_messages_are_left_out() {
        let source = crate::bundled();
        let mut units = crate::translation_units(source, None, None);
        for unit in &mut units {
            match unit.path.as_str() {
                "/title" => unit.target = Some("Trawma".into()),
                "/summary/0" => unit.target = Some("Crynodeb".into()),
                _ => {}
            }
        }
        let po = write_po(source, &"cy".parse().unwrap(), &units).replacen(
            "msgctxt \"/summary/0\"",
            "#, fuzzy\nmsgctxt \"/summary/0\"",
            1,
        );
        let texts = read_po(&po).unwrap();
        assert_eq!(texts.units.len(), 1);
        assert_eq!(texts.units[0].path, "/title");
        assert_eq!(texts.fuzzy, ["/summary/0"]);
    }

    /// A fuzzy message is written with its flag and, where the source was reworded, the
    /// text it translates as gettext's previous msgid (long and with escapes, as polib
    /// writes a msgid); reading the file leaves it out.
    #[test]
    fn fuzzy_units_are_written_with_the_previous_source_text() {
        let source = crate::bundled();
        let mut units = crate::translation_units(source, None, None);
        let long = format!("An \"earlier\" wording,\nof {}", "many words ".repeat(12));
        for unit in &mut units {
            match unit.path.as_str() {
                "/title" => {
                    unit.target = Some("Trawma".into());
                    unit.fuzzy = true;
                    unit.previous_source = Some("Vicarious trauma".into());
                }
                "/summary/0" => {
                    unit.target = Some("Crynodeb".into());
                    unit.fuzzy = true;
                    unit.previous_source = Some(long.clone());
                }
                "/summary/1" => {
                    unit.target = Some("Heb ei gymharu".into());
                    unit.fuzzy = true;
                }
                "/signs/0/title" => unit.target = Some("Arwydd".into()),
                _ => {}
            }
        }
        let po = write_po(source, &"cy".parse().unwrap(), &units);
        assert!(po.contains(
            "\n\n#, fuzzy\n#| msgid \"Vicarious trauma\"\nmsgctxt \"/title\"\nmsgid \"Vicarious traumatisation\"\nmsgstr \"Trawma\"\n\n"
        ), "{po}");
        let summary = po
            .split("\n\n")
            .find(|m| m.contains("msgctxt \"/summary/0\""));
        let previous: Vec<&str> = summary
            .unwrap()
            .lines()
            .filter(|line| line.starts_with("#| "))
            .collect();
        assert_eq!(previous[0], "#| msgid \"\"", "{po}");
        assert_eq!(previous[1], "#| \"An \\\"earlier\\\" wording,\\n\"");
        assert!(previous.len() > 3, "{previous:?}");
        // A fuzzy message with no previous text, and one that is not fuzzy, have neither.
        assert!(
            po.contains("\n\n#, fuzzy\nmsgctxt \"/summary/1\"\n"),
            "{po}"
        );
        assert!(po.contains("\n\nmsgctxt \"/signs/0/title\"\n"), "{po}");
        assert_eq!(po.matches("#, fuzzy").count(), 3);
        // Besides the previous msgids, the file is as polib writes it.
        let without: Vec<TranslationUnit> = units
            .iter()
            .map(|unit| TranslationUnit {
                previous_source: None,
                ..unit.clone()
            })
            .collect();
        let previous_lines = |line: &&str| line.starts_with("#| ");
        let others: Vec<&str> = po
            .split_inclusive('\n')
            .filter(|l| !previous_lines(l))
            .collect();
        assert_eq!(
            others.concat(),
            write_po(source, &"cy".parse().unwrap(), &without)
        );
        let texts = read_po(&po).unwrap();
        assert_eq!(texts.fuzzy, ["/title", "/summary/0", "/summary/1"]);
        assert_eq!(texts.units.len(), 1);
        assert_eq!(texts.units[0].path, "/signs/0/title");
    }

    /// gettext reads plural rules with spaces around `=`, and a template's placeholders
    /// are left in some files; polib refuses both, but no text of a pack has plural forms.
    #[test]
    fn plural_forms_that_polib_cannot_parse_are_not_read() {
        let source = crate::bundled();
        let mut units = crate::translation_units(source, None, None);
        units.retain(|unit| unit.path == "/title");
        units[0].target = Some("Trawma".into());
        let po = write_po(source, &"cy".parse().unwrap(), &units);
        let ours = "\"Plural-Forms: nplurals=1; plural=0;\\n\"";
        assert!(po.contains(ours), "{po}");
        for rules in [
            "\"Plural-Forms: nplurals = 2; plural = (n != 1);\\n\"",
            "\"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n\"",
            "\"Plural-Forms: nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : \"\n\"(n==2) ? 2 : 5;\\n\"",
        ] {
            let texts = read_po(&po.replace(ours, rules)).unwrap();
            assert_eq!(texts.units.len(), 1, "{rules}");
            assert_eq!(texts.units[0].target.as_deref(), Some("Trawma"));
            assert_eq!(texts.header_language, "cy");
        }
        // A text that says "Plural-Forms:" is a text like any other.
        units[0].target = Some("Plural-Forms: x".into());
        let po = write_po(source, &"cy".parse().unwrap(), &units);
        let texts = read_po(&po).unwrap();
        assert_eq!(texts.units[0].target.as_deref(), Some("Plural-Forms: x"));
    }

    #[test]
    fn broken_files_are_syntax_errors_naming_the_line() {
        let good = write_po(crate::bundled(), &"cy".parse().unwrap(), &[]);
        let last = good.lines().count() + 2;
        for (broken, line) in [
            (format!("{good}\nmsgid \"open"), last),
            (format!("{good}\n\""), last),
            ("\"stray\"\n".to_owned(), 1),
            (format!("{good}\nmsgstr[10] \"x\""), last),
            (format!("{good}\nhello"), last),
        ] {
            let Err(ImportError::Syntax(message)) = read_po(&broken) else {
                panic!("{broken:?} should be refused");
            };
            assert!(message.starts_with(&format!("line {line}:")), "{message}");
        }
    }

    /// A translation platform may rewrite the header's Project-Id-Version, or drop it:
    /// the texts read all the same, with what the field still says.
    #[test]
    fn a_project_id_version_rewritten_by_a_platform_still_reads() {
        let source = crate::bundled();
        let mut units = crate::translation_units(source, None, None);
        units[0].target = Some("Pobl sy'n cefnogi eraill".into());
        let po = write_po(source, &"cy".parse().unwrap(), &units);
        let ours = format!("vicarious-traumatisation {}", source.version);
        let id: Id = "vicarious-traumatisation".parse().unwrap();
        for (written, pack_id, version) in [
            (ours.as_str(), Some(&id), Some(&source.version)),
            // Crowdin writes its project's name, here the pack id without the version.
            ("vicarious-traumatisation", Some(&id), None),
            // xgettext's template, as Loco writes it.
            ("PACKAGE VERSION", None, None),
            ("vicarious-traumatisation 1.1", Some(&id), None),
            ("VT content 1.1.4", None, None),
        ] {
            let texts = read_po(&po.replace(&ours, written)).unwrap();
            assert_eq!(texts.header_project, written);
            assert_eq!(texts.pack_id.as_ref(), pack_id, "{written}");
            assert_eq!(texts.source_version.as_ref(), version, "{written}");
            assert_eq!(texts.units.len(), 1, "{written}");
        }
        let without = po.replace(&format!("\"Project-Id-Version: {ours}\\n\"\n"), "");
        assert_ne!(without, po);
        let texts = read_po(&without).unwrap();
        assert_eq!((texts.header_project.as_str(), texts.pack_id), ("", None));
        assert_eq!(
            texts.units[0].target.as_deref(),
            Some("Pobl sy'n cefnogi eraill")
        );
    }

    /// gettext's `pt_BR` is read as `pt-BR`; a Language that is no tag is kept as written,
    /// for the caller to say so or to be told the language otherwise.
    #[test]
    fn the_header_language_is_read_as_gettext_writes_it() {
        let po = write_po(crate::bundled(), &"cy".parse().unwrap(), &[]);
        let read =
            |tag: &str| read_po(&po.replace("Language: cy", &format!("Language: {tag}"))).unwrap();
        let texts = read("pt_BR");
        assert_eq!(
            (
                texts.language.unwrap().as_str(),
                texts.header_language.as_str()
            ),
            ("pt-BR", "pt_BR")
        );
        // gettext's script modifier: Serbian in Latin script is not Serbian (Cyrillic).
        let texts = read("sr@latin");
        assert_eq!(texts.language.unwrap().as_str(), "sr-Latn");
        let texts = read("not a tag");
        assert_eq!(
            (texts.language, texts.header_language.as_str()),
            (None, "not a tag")
        );
    }

    /// What the parser would read otherwise than it is written is refused, naming the
    /// line: each case here was read by it as something else, without a word.
    #[test]
    fn files_the_parser_would_misread_are_refused() {
        let good = write_po(crate::bundled(), &"cy".parse().unwrap(), &[]);
        let next = good.lines().count() + 2;
        let message = |before: &str, ctxt: &str| {
            format!("{good}\n{before}msgctxt \"{ctxt}\"\nmsgid \"x\"\nmsgstr \"y\"\n")
        };
        for (broken, line, says) in [
            // A carriage return kept at the end of a string: the parser kept a quote too.
            (
                format!("{good}\nmsgctxt \"/title\"\r\r\n"),
                next,
                "a carriage return that does not end a line",
            ),
            // Strings the parser reads otherwise: two on a line, a quote or an escape it
            // keeps, and a line longer than its buffer, which it cuts or panics on.
            (
                message("", "/title").replace("msgstr \"y\"", "msgstr \"Traw\" \"ma\""),
                next + 2,
                "text after a closing quote",
            ),
            (
                message("", "/title").replace("msgstr \"y\"", "msgstr \"Trawma \"dirprwyol\"\""),
                next + 2,
                "text after a closing quote",
            ),
            (
                message("", "/title").replace("msgstr \"y\"", "msgstr \"Trawma\\\""),
                next + 2,
                "a string with no closing quote",
            ),
            (
                message("", "/title").replace("msgstr \"y\"", "msgstr \"Trawma\\x41\""),
                next + 2,
                "an escape other than",
            ),
            (
                message("", "/title").replace(
                    "msgstr \"y\"",
                    &format!("msgstr \"{}\"", "a".repeat(65_528)),
                ),
                next + 2,
                "a line of 65537 bytes, longer than the 32768",
            ),
            (format!("\u{feff}{good}"), 1, "byte-order mark"),
            // Flags the parser does not see as flags, or joins into one.
            (message("#,fuzzy\n", "/title"), next, "write flags as"),
            (
                message("#, c-format\n#, fuzzy\n", "/title"),
                next + 1,
                "a second line of flags",
            ),
            // Strings the parser joins: two msgctxt of one message, or two messages.
            (
                message("msgctxt \"/summary\"\n", "/0"),
                next + 1,
                "msgctxt follows msgctxt",
            ),
            (
                format!(
                    "{}msgctxt \"/title\"\nmsgid \"x\"\nmsgstr \"y\"\n",
                    message("", "/summary/0")
                ),
                next + 3,
                "right after a msgstr",
            ),
            // Plural forms, which the reader would leave out.
            (
                format!("{good}\nmsgid \"a\"\nmsgid_plural \"b\"\nmsgstr[0] \"c\"\n"),
                next + 1,
                "plural forms",
            ),
        ] {
            let Err(ImportError::Syntax(message)) = read_po(&broken) else {
                panic!("{broken:?} should be refused");
            };
            assert!(message.starts_with(&format!("line {line}: ")), "{message}");
            assert!(message.contains(says), "{message}");
        }
        assert_eq!(
            read_po(&message("#, fuzzy, c-format\n", "/title"))
                .unwrap()
                .fuzzy,
            ["/title"]
        );
        let crlf = message("", "/title").replace('\n', "\r\n");
        assert_eq!(
            read_po(&crlf).unwrap().units[0].target.as_deref(),
            Some("y")
        );
        // A long line is quoted in part.
        let long = format!("{good}\n{}", "x".repeat(1000));
        let Err(ImportError::Syntax(said)) = read_po(&long) else {
            panic!("a stray line should be refused");
        };
        assert!(
            said.ends_with(&format!("\"{}\"…", "x".repeat(QUOTED_CHARS))),
            "{said}"
        );
    }

    #[test]
    fn a_line_of_the_most_bytes_a_line_may_have_is_read_and_a_longer_one_refused() {
        let good = write_po(crate::bundled(), &"cy".parse().unwrap(), &[]);
        let with_line = |bytes: usize| {
            let msgstr = format!("msgstr \"{}\"", "a".repeat(bytes - "msgstr \"\"".len()));
            assert_eq!(msgstr.len(), bytes);
            read_po(&format!(
                "{good}\nmsgctxt \"/title\"\nmsgid \"x\"\n{msgstr}\n"
            ))
        };
        let texts = with_line(MAX_PO_LINE_BYTES).unwrap();
        assert_eq!(texts.units[0].target.as_deref().map(str::len), Some(32_759));
        let Err(ImportError::Syntax(said)) = with_line(MAX_PO_LINE_BYTES + 1) else {
            panic!("a line of 32769 bytes should be refused");
        };
        assert_eq!(
            said,
            format!(
                "line {}: a line of 32769 bytes, longer than the 32768 a line may have",
                good.lines().count() + 4
            )
        );
    }

    /// gettext's msgmerge keeps an obsolete message that was fuzzy as its flags and `#~`
    /// lines: the flags end with the empty line, and are no message.
    #[test]
    fn obsolete_fuzzy_messages_are_no_messages() {
        let good = write_po(crate::bundled(), &"cy".parse().unwrap(), &[]);
        let obsolete = "#, fuzzy\n#~ msgctxt \"/gone\"\n#~ msgid \"Old\"\n#~ msgstr \"Hen\"\n";
        let po = format!("{good}\n{obsolete}\n{obsolete}");
        let texts = read_po(&po).unwrap();
        assert!(
            texts.units.is_empty() && texts.fuzzy.is_empty(),
            "{texts:?}"
        );
        let no_context = format!("{good}\nmsgid \"Vicarious traumatisation\"\nmsgstr \"X\"\n");
        let Err(ImportError::Syntax(said)) = read_po(&no_context) else {
            panic!("a message with no msgctxt should be refused");
        };
        assert!(said.contains("has no msgctxt"), "{said}");
    }

    /// The parser keeps one message per `msgctxt` and `msgid`, the last: a text given twice
    /// is refused, whatever its `msgid`, and however its `msgctxt` is split into strings.
    #[test]
    fn a_msgctxt_given_twice_is_refused_with_both_lines() {
        let source = crate::bundled();
        let mut units = crate::translation_units(source, None, None);
        units.retain(|unit| unit.path == "/title");
        units[0].target = Some("Trawma".into());
        let po = write_po(source, &"cy".parse().unwrap(), &units);
        let header_lines = po.lines().count();
        for (again, line) in [
            (
                "msgctxt \"/title\"\nmsgid \"Vicarious traumatisation\"\nmsgstr \"Arall\"\n",
                1,
            ),
            ("msgctxt \"/title\"\nmsgid \"Other\"\nmsgstr \"Arall\"\n", 1),
            (
                "msgctxt \"\"\n\"/ti\"\n\"tle\"\nmsgid \"Other\"\nmsgstr \"Arall\"\n",
                1,
            ),
        ] {
            let twice = format!("{po}\n{again}");
            let Err(ImportError::Syntax(message)) = read_po(&twice) else {
                panic!("{twice:?} should be refused");
            };
            let first = po.lines().position(|l| l == "msgctxt \"/title\"").unwrap() + 1;
            assert_eq!(
                message,
                format!(
                    "line {}: this msgctxt was given on line {first} too; give each text once",
                    header_lines + 1 + line
                )
            );
        }
        let other = format!("{po}\nmsgctxt \"/summary/0\"\nmsgid \"x\"\nmsgstr \"y\"\n");
        assert_eq!(read_po(&other).unwrap().units.len(), 2);
    }

    proptest! {
        #[test]
        fn no_file_panics(lines in proptest::collection::vec(
            prop_oneof![
                Just(String::new()),
                Just("msgid \"\"".to_owned()),
                Just("msgstr \"Project-Id-Version: vicarious-traumatisation 1.0.0\\n\"".to_owned()),
                Just("msgctxt \"/title\"".to_owned()),
                Just("#, fuzzy".to_owned()),
                Just("#".to_owned()),
                "[\"#a-z\\[\\] é0-9]{0,8}",
                "(msgid|msgstr|msgctxt|msgstr\\[[0-9]\\]) \"[a-zé\\\\\"]{0,4}\"?",
                "(msgid|msgstr) \"[a-z\\\\\"x0-9\r]{0,6}\"",
                (65_530usize..65_540).prop_map(|n| format!("msgstr \"{}\"", "a".repeat(n - 9))),
            ],
            0..12,
        )) {
            let _ = read_po(&lines.join("\n"));
        }
    }
}
