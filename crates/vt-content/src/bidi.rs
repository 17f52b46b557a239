//! The directional formatting characters of a text (Unicode's bidirectional algorithm,
//! UAX #9): a text may use them, but only in pairs nested like brackets, so that none
//! changes how anything outside the text is shown.
//!
//! One left open runs on past the text's end: a page that shows a contact's name with a
//! RIGHT-TO-LEFT OVERRIDE (U+202E) left open would show the rest of its line reversed, the
//! phone number too. A closing mark with no pair is no safer: filled into a label, or
//! shown inside an isolate of a page's own, it closes what the label or the page opened.
//! Pairs nested like brackets stay closed wherever the text goes: filled into a label, cut
//! into lines by a text page (each line ends what it opened), isolated by a host page.
//! The `ar-XB` pseudo-locale writes such pairs.

/// What a directional formatting character does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// LRE, RLE, LRO, RLO (U+202A, U+202B, U+202D, U+202E): opens an embedding or an
    /// override, which PDF closes.
    OpenEmbedding,
    /// PDF (U+202C).
    CloseEmbedding,
    /// LRI, RLI, FSI (U+2066 to U+2068): opens an isolate, which PDI closes.
    OpenIsolate,
    /// PDI (U+2069).
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

/// Whether `c` changes how the line it is in is shown, so that text for a person to read
/// on one line (a file name, a path in a pack) writes it escaped: a control character or
/// a line or paragraph separator breaks the line, and a change of direction (an
/// embedding, override or isolate, or the marks LRM, RLM and ALM) reorders it.
pub(crate) fn disturbs_a_line(c: char) -> bool {
    c.is_control()
        || crate::structure::LINE_SEPARATORS.contains(&c)
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
        || is_direction_mark(c)
}

/// Whether `c` is a directional formatting character that opens or closes an embedding,
/// an override or an isolate.
pub(crate) fn is_direction_mark(c: char) -> bool {
    mark(c).is_some()
}

/// The mark that closes `c`: PDF for an embedding or an override, PDI for an isolate.
fn closer(c: char) -> char {
    if mark(c) == Some(Mark::OpenIsolate) {
        '\u{2069}'
    } else {
        '\u{202C}'
    }
}

/// The lines a text was cut into, each made whole: a line ends by closing the changes of
/// direction still open at its end, and the next line opens them again. A terminal lays
/// out each line alone, so a pair cut in two would otherwise leave the first line's part
/// open (running on over what follows on that line) and the second line's part outside
/// its change of direction.
#[cfg(feature = "render")]
pub(crate) fn closed_lines<S: AsRef<str>>(lines: impl IntoIterator<Item = S>) -> Vec<String> {
    // The marks still open, the last one opened last.
    let mut open: Vec<char> = Vec::new();
    lines
        .into_iter()
        .map(|line| {
            let line = line.as_ref();
            let mut whole: String = open.iter().collect();
            whole.push_str(line);
            for c in line.chars() {
                match mark(c) {
                    Some(Mark::OpenEmbedding | Mark::OpenIsolate) => open.push(c),
                    Some(Mark::CloseEmbedding | Mark::CloseIsolate) => {
                        open.pop();
                    }
                    None => {}
                }
            }
            whole.extend(open.iter().rev().map(|&c| closer(c)));
            whole
        })
        .collect()
}

/// A directional formatting character of a text that has no pair in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unpaired {
    /// It opens an embedding, an override or an isolate that the text does not close.
    Open(char),
    /// It closes what is not the last one still open: nothing at all, an isolate for a
    /// PDF, or an embedding or override for a PDI.
    Close(char),
}

impl Unpaired {
    /// What is wrong, and what to do, for the person who edits the text.
    pub(crate) fn message(self) -> String {
        match self {
            Unpaired::Open(c) => format!(
                "this text opens a change of direction (U+{:04X}) that it does not close, so it would run on past the text; close it within the text with U+{:04X}",
                u32::from(c),
                u32::from(closer(c))
            ),
            Unpaired::Close(c) => format!(
                "this text has U+{:04X}, which does not close the last change of direction still open in the text; each U+202C closes the last U+202A, U+202B, U+202D or U+202E, each U+2069 the last U+2066, U+2067 or U+2068, like brackets",
                u32::from(c)
            ),
        }
    }
}

/// The first directional formatting character of `text` without its pair: a closing
/// mark that does not close the last one still open, or else the first one left open.
pub(crate) fn first_unpaired(text: &str) -> Option<Unpaired> {
    // The characters still open, the last one opened last.
    let mut open: Vec<char> = Vec::new();
    // Every one of these characters is written 0xE2 0x80 or 0xE2 0x81 and a third byte, so
    // only the characters that start with a 0xE2 lead byte (three bytes long) are read.
    for at in memchr::memchr_iter(0xE2, text.as_bytes()) {
        let Some(c) = text.get(at..at + 3).and_then(|c| c.chars().next()) else {
            continue;
        };
        let Some(kind) = mark(c) else { continue };
        let closes = match kind {
            Mark::OpenEmbedding | Mark::OpenIsolate => {
                open.push(c);
                continue;
            }
            Mark::CloseEmbedding => Mark::OpenEmbedding,
            Mark::CloseIsolate => Mark::OpenIsolate,
        };
        match open.last() {
            Some(&last) if mark(last) == Some(closes) => {
                open.pop();
            }
            _ => return Some(Unpaired::Close(c)),
        }
    }
    open.first().map(|&c| Unpaired::Open(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_disturbed_by_its_breaks_and_changes_of_direction_only() {
        let disturbing = [
            '\n', '\u{1B}', '\u{85}', '\u{2028}', '\u{2029}', '\u{200E}', '\u{200F}', '\u{061C}',
            '\u{202E}', '\u{2069}',
        ];
        for c in disturbing {
            assert!(disturbs_a_line(c), "{c:?}");
        }
        for c in ['a', ' ', '"', '\\', 'é', '\u{200B}', '\u{0301}'] {
            assert!(!disturbs_a_line(c), "{c:?}");
        }
    }

    proptest::proptest! {
        /// Reading only the characters with a 0xE2 lead byte pairs the marks as reading
        /// every character does.
        #[test]
        fn the_lead_byte_search_reads_what_a_char_by_char_reading_reads(
            text in "[a é’…\u{202A}-\u{202E}\u{2066}-\u{2069}]{0,16}"
        ) {
            let mut open: Vec<char> = Vec::new();
            let mut expected = None;
            for c in text.chars() {
                let isolate = |c: char| ('\u{2066}'..='\u{2068}').contains(&c);
                match c {
                    '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' | '\u{2066}'..='\u{2068}' => {
                        open.push(c);
                    }
                    '\u{202C}' | '\u{2069}' => {
                        if open.last().is_some_and(|&last| isolate(last) == (c == '\u{2069}')) {
                            open.pop();
                        } else {
                            expected = Some(Unpaired::Close(c));
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let expected = expected.or(open.first().map(|&c| Unpaired::Open(c)));
            proptest::prop_assert_eq!(first_unpaired(&text), expected);
        }
    }

    /// A pair cut across lines is closed at the end of the first and opened again at the
    /// start of the next, nested pairs in their order; the lines' own text is unchanged.
    #[cfg(feature = "render")]
    #[test]
    fn each_line_closes_what_it_leaves_open_and_the_next_opens_it_again() {
        let lines = closed_lines([
            "Call the \u{2067}Samaritans \u{202E}free",
            "of charge\u{202C} listening\u{2069} any",
            "time.",
        ]);
        assert_eq!(
            lines,
            [
                "Call the \u{2067}Samaritans \u{202E}free\u{202C}\u{2069}",
                "\u{2067}\u{202E}of charge\u{202C} listening\u{2069} any",
                "time.",
            ]
        );
        assert!(lines.iter().all(|line| first_unpaired(line).is_none()));
        let plain = closed_lines(["no marks", "here"]);
        assert_eq!(plain, ["no marks", "here"]);
    }

    #[test]
    fn pairs_nested_like_brackets_and_plain_text_are_paired() {
        for text in [
            "Samaritans",
            "Ffoniwch 116 123",
            "\u{202E}Samaritans\u{202C} 116 123",
            "\u{2067}سامريتنز\u{2069}: 116 123",
            "\u{2068}a \u{202E}b\u{202C}\u{2069} 116 123",
            "\u{202B}\u{202D}a\u{202C}\u{202C}",
        ] {
            assert_eq!(first_unpaired(text), None, "{text:?}");
        }
    }

    #[test]
    fn the_first_mark_without_its_pair_is_named() {
        let cases = [
            ("Samaritans \u{202E}116 123", Unpaired::Open('\u{202E}')),
            ("\u{202A}a \u{202E}b\u{202C}", Unpaired::Open('\u{202A}')),
            ("\u{2066}a", Unpaired::Open('\u{2066}')),
            // A closing mark with nothing open: filled into a label, or inside a page's
            // own isolate, it would close what they opened.
            ("\u{2069}SHOUT", Unpaired::Close('\u{2069}')),
            ("a\u{202C}", Unpaired::Close('\u{202C}')),
            // A PDF cannot close an embedding from outside an isolate opened after it.
            ("\u{202B}a\u{2068}b\u{202C}", Unpaired::Close('\u{202C}')),
            // A PDI must not close an override opened inside its isolate: a text page that
            // cuts the line between them would leave the override open on the next line.
            (
                "\u{2068}Samaritans \u{202E}x\u{2069}",
                Unpaired::Close('\u{2069}'),
            ),
        ];
        for (text, unpaired) in cases {
            assert_eq!(first_unpaired(text), Some(unpaired), "{text:?}");
        }
    }

    #[test]
    fn messages_name_the_mark_and_its_pair() {
        let open = |opened: &str| {
            format!(
                "this text opens a change of direction (U+{opened}) that it does not close, so it would run on past the text; close it within the text with U+"
            )
        };
        assert_eq!(Unpaired::Open('\u{2067}').message(), open("2067") + "2069");
        assert_eq!(Unpaired::Open('\u{202E}').message(), open("202E") + "202C");
        assert_eq!(
            Unpaired::Close('\u{2069}').message(),
            "this text has U+2069, which does not close the last change of direction still open in the text; each U+202C closes the last U+202A, U+202B, U+202D or U+202E, each U+2069 the last U+2066, U+2067 or U+2068, like brackets"
        );
    }
}
