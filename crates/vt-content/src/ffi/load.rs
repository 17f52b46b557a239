//! The bundled pack, loading a pack of your own, and the JSON Schema of a pack.

use std::sync::Arc;

use crate::ffi::{ContentError, ContentPack};
use crate::{Loaded, Warning};

/// A pack that loaded, with what its editor should know about it.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct LoadedPack {
    /// The pack.
    pub pack: Arc<ContentPack>,
    /// What its editor should know: fields of a newer minor schema version that were left
    /// out (`ignored-field`), then no labels of its own (`default-labels`), no urgent help
    /// (`no-urgent-help`), labels without their placeholders (`label-placeholders`),
    /// support routes named again (`repeated-route`), a locale of unknown direction
    /// (`unknown-direction`) and a draft (`unreviewed-draft`).
    pub warnings: Vec<Warning>,
}

impl From<Loaded> for LoadedPack {
    fn from(loaded: Loaded) -> Self {
        LoadedPack {
            pack: Arc::new(loaded.pack.into()),
            warnings: loaded.warnings,
        }
    }
}

/// The bundled en-GB pack, which ships with the library.
#[uniffi::export]
pub fn bundled_pack() -> Arc<ContentPack> {
    Arc::new(ContentPack::bundled())
}

/// Loads a pack from JSON text, checking every rule of the pack format.
///
/// Throws `Syntax` for text that is not JSON, `UnsupportedSchemaVersion` for a pack of
/// another major schema version, and `Validation`, with every violation, for a pack that
/// breaks the rules.
#[uniffi::export]
pub fn load_pack_from_json(text: &str) -> Result<LoadedPack, ContentError> {
    Ok(crate::ContentPack::from_json(text)?.into())
}

/// Loads a pack from bytes that should be UTF-8 JSON text, as read from a file or the
/// network; see `loadPackFromJson`. Bytes that are not UTF-8, or that start with a
/// byte-order mark, throw `Syntax`.
#[uniffi::export]
pub fn load_pack_from_bytes(bytes: Vec<u8>) -> Result<LoadedPack, ContentError> {
    Ok(crate::ContentPack::from_slice(&bytes)?.into())
}

/// Loads a pack from the file at `path`; see `loadPackFromJson`. A file that cannot be
/// read throws `Io`, whose summary names it.
#[uniffi::export]
pub fn load_pack_from_file(path: &str) -> Result<LoadedPack, ContentError> {
    Ok(crate::ContentPack::from_path(path)?.into())
}

/// The JSON Schema (draft 2020-12) of a content pack, as pretty-printed JSON text.
#[uniffi::export]
pub fn json_schema() -> String {
    format!("{:#}", crate::json_schema())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_text_loads_as_the_bundled_pack() {
        let loaded = load_pack_from_bytes(crate::BUNDLED_JSON.as_bytes().to_vec()).unwrap();
        assert_eq!(loaded.pack, bundled_pack());
        let codes: Vec<_> = loaded.warnings.iter().map(|w| w.code.as_str()).collect();
        assert_eq!(codes, ["unreviewed-draft"]);
        assert_eq!(load_pack_from_json(crate::BUNDLED_JSON).unwrap(), loaded);
    }

    /// Bytes are read as they are: bytes that are not UTF-8 are a syntax error, not a pack
    /// with replacement characters.
    #[test]
    fn bytes_that_are_not_utf8_are_a_syntax_error() {
        let mut broken = crate::BUNDLED_JSON.as_bytes().to_vec();
        let at = broken.windows(9).position(|w| w == b"Vicarious").unwrap();
        broken.insert(at + 9, 0xFF);
        let error = load_pack_from_bytes(broken).unwrap_err();
        assert!(
            matches!(
                error,
                ContentError::Syntax {
                    code: crate::ViolationCode::InvalidUtf8,
                    ..
                }
            ),
            "{error:?}"
        );
    }

    #[test]
    fn a_file_that_cannot_be_read_is_named() {
        let Err(ContentError::Io { summary, reason }) = load_pack_from_file("/nowhere/cy.json")
        else {
            panic!("a missing file was read")
        };
        assert!(
            summary.starts_with("/nowhere/cy.json: the pack could not be read: "),
            "{summary}"
        );
        assert!(
            !reason.contains("cy.json"),
            "the reason is the system's: {reason}"
        );
    }

    #[test]
    fn the_schema_text_is_the_core_schema() {
        let schema: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
        assert_eq!(&schema, crate::json_schema());
    }
}
