//! `{name}` placeholders in texts: the labels that pages fill in have them
//! (`text_message`, `opening_times`), and pseudo-localisation keeps them as they are.

/// A piece of a text: words, or a `{placeholder}` with its braces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    /// Words, to show (or to transform).
    Words(&'a str),
    /// A placeholder such as `{number}`, braces included.
    Placeholder(&'a str),
}

/// The name of a placeholder written with its braces: `number` for `{number}`.
fn name(braced: &str) -> &str {
    &braced[1..braced.len() - 1]
}

/// Splits a text into words and placeholders. A `{` with no `}` after it is words.
pub(crate) fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        pieces.push(Piece::Words(&rest[..start]));
        pieces.push(Piece::Placeholder(&rest[start..=start + len]));
        rest = &rest[start + len + 1..];
    }
    pieces.push(Piece::Words(rest));
    pieces
}

/// The names of a text's placeholders, in order: `number` for `{number}`.
pub(crate) fn names(text: &str) -> impl Iterator<Item = &str> {
    pieces(text).into_iter().filter_map(|piece| match piece {
        Piece::Placeholder(braced) => Some(name(braced)),
        Piece::Words(_) => None,
    })
}

/// `template` with each placeholder that `values` names replaced by its value, in one
/// pass: a value that holds a placeholder itself is written as it is. Other placeholders
/// stay as they are.
#[cfg(feature = "render")]
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    for piece in pieces(template) {
        match piece {
            Piece::Words(words) => out.push_str(words),
            Piece::Placeholder(braced) => {
                let value = values.iter().find(|(key, _)| *key == name(braced));
                out.push_str(value.map_or(braced, |(_, value)| value));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_splits_into_words_and_placeholders() {
        assert_eq!(
            pieces("Text {keyword} to {number}"),
            [
                Piece::Words("Text "),
                Piece::Placeholder("{keyword}"),
                Piece::Words(" to "),
                Piece::Placeholder("{number}"),
                Piece::Words(""),
            ]
        );
        assert_eq!(pieces("a { b"), [Piece::Words("a { b")]);
        assert_eq!(
            names("{opens}–{closes} {}").collect::<Vec<_>>(),
            ["opens", "closes", ""]
        );
    }

    #[cfg(feature = "render")]
    #[test]
    fn filling_in_reads_each_placeholder_once() {
        let values = [("keyword", "SHOUT {number}"), ("number", "85258")];
        assert_eq!(
            fill("Text {keyword} to {number}, {other}", &values),
            "Text SHOUT {number} to 85258, {other}"
        );
    }
}
