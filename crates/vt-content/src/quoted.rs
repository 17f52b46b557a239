//! Text from outside shown in a message: quoted with escapes, as `{:?}` writes a string, so
//! that a line break or a terminal escape cannot forge a log line, and cut after its first
//! 100 characters, so that a huge value cannot flood a log.

use std::fmt;

/// How many characters of a text a message shows at most.
const SHOWN_CHARS: usize = 100;

/// `text` as a message shows it: `"..."` with escapes; past 100 characters, its first
/// 100, then `…` and its whole length in bytes.
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(SHOWN_CHARS) {
            None => write!(f, "{:?}", self.0),
            Some((end, _)) => write!(f, "{:?}… ({} bytes)", &self.0[..end], self.0.len()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_quoted_with_escapes() {
        assert_eq!(Quoted("sad\nERROR").to_string(), r#""sad\nERROR""#);
        assert_eq!(
            Quoted(&"é".repeat(100)).to_string(),
            format!("\"{}\"", "é".repeat(100))
        );
    }

    #[test]
    fn a_long_text_is_cut_after_100_characters() {
        let text = format!("{}\u{1b}tail", "é".repeat(100));
        assert_eq!(
            Quoted(&text).to_string(),
            format!("\"{}\"… (205 bytes)", "é".repeat(100))
        );
    }
}
