//! Texts to translate as a gettext PO file, which translators' tools read and write
//! (Poedit, Weblate, Lokalise, Crowdin and gettext's own), through the `polib` crate.
//!
//! Each text is one message: its JSON Pointer in the source pack is the `msgctxt`, the
//! source's text the `msgid`, and the translation the `msgstr` (empty when there is none
//! yet). The header names the pack and the version of it that the texts come from
//! (`Project-Id-Version: vicarious-traumatisation 1.1.0`) and the language they are
//! translated into (`Language: cy`).

use std::collections::HashMap;
use std::io::BufWriter;
use std::path::Path;

use polib::catalog::Catalog;
use polib::message::Message;
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
    /// The pack the texts come from, from the header's `Project-Id-Version`.
    pub pack_id: Id,
    /// The version of the source pack the texts come from.
    pub source_version: ContentVersion,
    /// The language the texts are translated into, from the header's `Language`, if set.
    pub language: Option<Locale>,
    /// Every message that is translated and not marked fuzzy, in the file's order.
    pub units: Vec<TranslationUnit>,
    /// The paths of messages marked fuzzy, left out: a translator's tool marks a text
    /// fuzzy when it is a guess that a person has not confirmed.
    pub fuzzy: Vec<JsonPointer>,
}

/// The texts of `source` to translate into `language`, as a PO file, with the texts of
/// the units that have one as translations.
///
/// ```
/// let source = vt_content::bundled();
/// let units = vt_content::translation_units(source, None);
/// let po = vt_content::po::write_po(source, &"cy".parse().unwrap(), &units);
/// assert!(po.contains(r#""Project-Id-Version: vicarious-traumatisation 1.1.0\n""#));
/// assert!(po.contains("msgctxt \"/title\"\nmsgid \"Vicarious traumatisation\"\nmsgstr \"\"\n"));
/// ```
pub fn write_po(source: &ContentPack, language: &Locale, units: &[TranslationUnit]) -> String {
    let mut metadata = CatalogMetadata::new();
    metadata.project_id_version = format!("{} {}", source.id, source.version);
    metadata.language = language.to_string();
    metadata.mime_version = "1.0".to_owned();
    metadata.content_type = "text/plain; charset=UTF-8".to_owned();
    metadata.content_transfer_encoding = "8bit".to_owned();
    let mut catalog = Catalog::new(metadata);
    for unit in units {
        catalog.append_or_update(
            Message::build_singular()
                .with_msgctxt(unit.path.to_string())
                .with_msgid(unit.source.clone())
                .with_msgstr(unit.target.clone().unwrap_or_default())
                .done(),
        );
    }
    let mut out = BufWriter::new(Vec::new());
    polib::po_file::write(&catalog, &mut out).expect("writing to memory does not fail");
    let bytes = out.into_inner().expect("writing to memory does not fail");
    String::from_utf8(bytes).expect("the texts are UTF-8")
}

/// Reads the translated texts of a PO file written by [`write_po`] and filled in by a
/// translator. A syntax error names its line; nothing in the file panics.
///
/// ```
/// let source = vt_content::bundled();
/// let mut units = vt_content::translation_units(source, None);
/// units[0].target = Some("Trawma dirprwyol".into());
/// let po = vt_content::po::write_po(source, &"cy".parse().unwrap(), &units);
/// let texts = vt_content::po::read_po(&po)?;
/// assert_eq!(texts.source_version, source.version);
/// assert_eq!(texts.language.unwrap(), "cy");
/// assert_eq!(texts.units.len(), 1);
/// assert_eq!(texts.units[0].target.as_deref(), Some("Trawma dirprwyol"));
/// # Ok::<(), vt_content::ImportError>(())
/// ```
pub fn read_po(text: &str) -> Result<TranslatedTexts, ImportError> {
    check_lines(text)?;
    let catalog = polib::po_file::parse_from_reader(text.as_bytes())
        .map_err(|error| ImportError::Syntax(error.to_string()))?;
    let header = &catalog.metadata.project_id_version;
    let (pack_id, source_version) = header
        .split_once(' ')
        .and_then(|(id, version)| Some((id.parse().ok()?, version.parse().ok()?)))
        .ok_or_else(|| {
            ImportError::Syntax(format!(
                "the header's Project-Id-Version is {header:?}, not a pack id and a version, \
                 such as \"vicarious-traumatisation 1.1.0\""
            ))
        })?;
    let language = match catalog.metadata.language.as_str() {
        "" => None,
        tag => Some(tag.parse().map_err(|error| {
            ImportError::Syntax(format!("the header's Language {tag:?}: {error}"))
        })?),
    };
    let mut units = Vec::new();
    let mut fuzzy = Vec::new();
    for message in catalog.messages() {
        let context = message.msgctxt().unwrap_or_default();
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
        language,
        units,
        fuzzy,
    })
}

/// Reads the translated texts of a PO file, as [`read_po`] does: at most
/// [`MAX_PO_BYTES`] of UTF-8 text. A FIFO (named pipe) with no writer reads as empty, as
/// [`ContentPack::from_path`] reads one.
///
/// ```no_run
/// let texts = vt_content::po::read_po_file("cy.po")?;
/// println!("{} texts translated", texts.units.len());
/// # Ok::<(), vt_content::ImportError>(())
/// ```
pub fn read_po_file(path: impl AsRef<Path>) -> Result<TranslatedTexts, ImportError> {
    let reader = file::open_without_waiting(path.as_ref())?;
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

/// The keywords a line of a message may start with, each followed by a quoted string.
const KEYWORDS: &[&str] = &["msgctxt ", "msgid ", "msgid_plural ", "msgstr ", "msgstr["];

/// Refuses what the PO parser would not read safely: every line is empty, a comment, a
/// keyword and a quoted string, or a quoted string continuing the field before it. And
/// refuses a `msgctxt` given twice, which the parser would read as one message, the last.
fn check_lines(text: &str) -> Result<(), ImportError> {
    // A bare `#` or a quoted string continues the field before it: there must be one.
    let mut in_field = false;
    // Each msgctxt as written, with its line; and the one being read, which a quoted
    // string may continue.
    let mut contexts: HashMap<String, usize> = HashMap::new();
    let mut context: Option<(String, usize)> = None;
    let mut given = |context: Option<(String, usize)>| match context {
        Some((text, line)) => match contexts.insert(text, line) {
            Some(first) => Err(ImportError::Syntax(format!(
                "line {line}: this msgctxt was given on line {first} too; give each text once"
            ))),
            None => Ok(()),
        },
        None => Ok(()),
    };
    for (number, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let quoted = |rest: &str| rest.len() >= 2 && rest.starts_with('"') && rest.ends_with('"');
        let ok = if line.is_empty() {
            true
        } else if line == "#" {
            in_field
        } else if line.starts_with('#') {
            in_field |= ["# ", "#. ", "#: ", "#, "]
                .iter()
                .any(|p| line.starts_with(p));
            true
        } else if let Some(keyword) = KEYWORDS.iter().find(|k| line.starts_with(**k)) {
            in_field = true;
            let rest = &line[keyword.len()..];
            let rest = match *keyword {
                "msgstr[" => rest
                    .split_once("] ")
                    .filter(|(n, _)| n.len() == 1 && n.bytes().all(|b| b.is_ascii_digit()))
                    .map_or("", |(_, rest)| rest),
                _ => rest,
            };
            quoted(rest)
        } else {
            in_field && quoted(line)
        };
        if !ok {
            return Err(ImportError::Syntax(format!(
                "line {}: expected a comment, a keyword (msgctxt, msgid, msgstr) and a quoted \
                 string, or a quoted string: {line:?}",
                number + 1
            )));
        }
        let unquoted = |quoted: &str| quoted[1..quoted.len() - 1].to_owned();
        if let Some(rest) = line.strip_prefix("msgctxt ") {
            given(context.replace((unquoted(rest), number + 1)))?;
        } else if KEYWORDS.iter().any(|k| line.starts_with(*k)) {
            given(context.take())?;
        } else if let Some((text, _)) = context.as_mut().filter(|_| line.starts_with('"')) {
            text.push_str(&unquoted(line));
        }
    }
    given(context)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_po_file_round_trips_every_text() {
        let source = crate::bundled();
        let mut units = crate::translation_units(source, None);
        for unit in &mut units {
            unit.target = Some(format!("«{}» \"quoted\"\nand a line", unit.source));
        }
        let po = write_po(source, &"cy".parse().unwrap(), &units);
        let texts = read_po(&po).unwrap();
        assert_eq!(texts.pack_id, source.id);
        assert_eq!(texts.units, units);
        assert!(texts.fuzzy.is_empty());
    }

    #[test]
    fn fuzzy_and_empty_messages_are_left_out() {
        let source = crate::bundled();
        let mut units = crate::translation_units(source, None);
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
        let no_version = good.replace("vicarious-traumatisation 1.1.0", "draft");
        assert!(
            matches!(read_po(&no_version), Err(ImportError::Syntax(m)) if m.contains("Project-Id-Version"))
        );
    }

    /// The parser keeps one message per `msgctxt` and `msgid`, the last: a text given twice
    /// is refused, whatever its `msgid`, and however its `msgctxt` is split into strings.
    #[test]
    fn a_msgctxt_given_twice_is_refused_with_both_lines() {
        let source = crate::bundled();
        let mut units = crate::translation_units(source, None);
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

    /// A pack with as many short texts as its lists may hold (60,000), translated, gives a
    /// PO file within [`MAX_PO_BYTES`] that reads back, at under 100 bytes a message
    /// besides its texts, as the limit's reasoning counts.
    #[test]
    fn the_po_file_of_a_pack_of_many_short_texts_is_within_the_limit() {
        let mut pack: serde_json::Value = serde_json::from_str(crate::BUNDLED_JSON).unwrap();
        let lists: [(&str, &[&str]); 4] = [
            ("signs", &["description"]),
            ("self_care_actions", &["how"]),
            ("practices", &["purpose", "how", "examples"]),
            ("support", &["description"]),
        ];
        for (list, fields) in lists {
            let items = pack[list].as_array_mut().unwrap();
            let template = items[0].clone();
            while items.len() < crate::MAX_LIST_ITEMS {
                let mut item = template.clone();
                item["id"] = format!("{list}-{}", items.len()).replace('_', "-").into();
                items.push(item);
            }
            for item in items {
                for field in fields {
                    item[*field] = vec!["ab"; crate::MAX_LIST_ITEMS].into();
                }
            }
        }
        let source = crate::ContentPack::from_json(&pack.to_string())
            .unwrap()
            .pack;
        let mut units = crate::translation_units(&source, None);
        assert!(units.len() > 60_000, "{} texts", units.len());
        for unit in &mut units {
            unit.target = Some(unit.source.clone());
        }
        let po = write_po(&source, &"cy".parse().unwrap(), &units);
        assert!(po.len() < MAX_PO_BYTES, "{} bytes", po.len());
        let texts: usize = units.iter().map(|unit| 2 * unit.source.len()).sum();
        assert!((po.len() - texts) / units.len() < 100, "{} bytes", po.len());
        assert_eq!(read_po(&po).unwrap().units, units);
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
            ],
            0..12,
        )) {
            let _ = read_po(&lines.join("\n"));
        }
    }
}
