//! The directional formatting characters of a text (Unicode's bidirectional algorithm,
//! UAX #9): a text may use them, but must close within itself every embedding, override
//! and isolate it opens.
//!
//! One left open runs on past the text's end: a page that shows a contact's name with a
//! RIGHT-TO-LEFT OVERRIDE (U+202E) left open would show the rest of its line reversed, the
//! phone number too. Closed pairs are harmless, and the `ar-XB` pseudo-locale writes them.

/// What a directional formatting character does to the ones before it.
enum Mark {
    /// LRE, RLE, LRO, RLO (U+202A, U+202B, U+202D, U+202E): opens an embedding or an
    /// override.
    OpenEmbedding,
    /// PDF (U+202C): closes the last embedding or override, if no isolate opened since.
    CloseEmbedding,
    /// LRI, RLI, FSI (U+2066 to U+2068): opens an isolate.
    OpenIsolate,
    /// PDI (U+2069): closes the last isolate, and everything opened inside it.
    CloseIsolate,
}

fn mark(c: char) -> Option<Mark> {
    match c {
        '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => Some(Mark::OpenEmbedding),
        '\u{202C}' => Some(Mark::CloseEmbedding),
        '\u{2066}'..='\u{2068}' => Some(Mark::OpenIsolate),
        '\u{2069}' => Some(Mark::CloseIsolate),
        _ => None,
    }
}

/// Whether `c` is a directional formatting character that opens or closes an embedding,
/// an override or an isolate.
#[cfg(feature = "render")]
pub(crate) fn is_direction_mark(c: char) -> bool {
    mark(c).is_some()
}

/// The first directional formatting character of `text` that opens an embedding, an
/// override or an isolate that `text` does not close, as UAX #9 pairs them: a PDF closes
/// the last embedding or override opened since the last isolate still open, a PDI the last
/// isolate still open and all opened inside it; one that closes nothing does nothing.
pub(crate) fn first_left_open(text: &str) -> Option<char> {
    // Every one of these characters is written 0xE2 0x80 or 0xE2 0x81 and a third byte.
    if !text.as_bytes().contains(&0xE2) {
        return None;
    }
    // The characters still open, and whether each is an isolate.
    let mut open: Vec<(char, bool)> = Vec::new();
    for c in text.chars() {
        match mark(c) {
            Some(Mark::OpenEmbedding) => open.push((c, false)),
            Some(Mark::OpenIsolate) => open.push((c, true)),
            Some(Mark::CloseEmbedding) if open.last().is_some_and(|&(_, isolate)| !isolate) => {
                open.pop();
            }
            Some(Mark::CloseIsolate) => {
                if let Some(at) = open.iter().rposition(|&(_, isolate)| isolate) {
                    open.truncate(at);
                }
            }
            Some(Mark::CloseEmbedding) | None => {}
        }
    }
    open.first().map(|&(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_pairs_and_plain_text_leave_nothing_open() {
        for text in [
            "Samaritans",
            "Ffoniwch 116 123",
            "\u{202E}Samaritans\u{202C} 116 123",
            "\u{2067}سامريتنز\u{2069}: 116 123",
            // An isolate's PDI closes the override opened inside it.
            "\u{2068}a \u{202E}b\u{2069} 116 123",
            // Closers that close nothing do nothing.
            "\u{202C}\u{2069}a",
            "\u{202B}\u{202D}a\u{202C}\u{202C}",
        ] {
            assert_eq!(first_left_open(text), None, "{text:?}");
        }
    }

    #[test]
    fn the_first_opener_left_open_is_named() {
        let cases = [
            ("Samaritans \u{202E}116 123", '\u{202E}'),
            ("\u{202A}a \u{202E}b\u{202C}", '\u{202A}'),
            ("\u{2066}a", '\u{2066}'),
            // A PDF cannot close an embedding from outside the isolate opened after it.
            ("\u{202B}a\u{2068}b\u{202C}", '\u{202B}'),
            // A PDI before any isolate closes nothing.
            ("\u{2069}\u{2067}a", '\u{2067}'),
        ];
        for (text, open) in cases {
            assert_eq!(first_left_open(text), Some(open), "{text:?}");
        }
    }
}
