//! Pseudo-locales: a pack whose every text is visibly transformed, to test front ends.
//!
//! A front end shown a pseudo-localised pack should show no plain English anywhere: a word
//! left in plain English was written into the front end, not taken from the pack. The
//! texts are also longer (room for longer languages) and, for `ar-XB`, right to left.

use crate::placeholder::{Piece, pieces};
use crate::texts::{load_translated, pack_value, visit_texts_mut};
use crate::{ContentPack, LoadError, Loaded, Translation};

/// A pseudo-locale, as Android and Chromium name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[non_exhaustive]
pub enum PseudoLocale {
    /// `en-XA`: every letter accented (`Śîĝñš`), each text at least 35% longer with accented
    /// filler words, and bracketed (`[…]`) so that cut-off text shows.
    EnXa,
    /// `ar-XB`: right to left. As Android does, each word is written between a
    /// RIGHT-TO-LEFT OVERRIDE (U+202E) and a POP DIRECTIONAL FORMATTING (U+202C), so that
    /// it shows mirrored, and each text starts with a RIGHT-TO-LEFT MARK (U+200F) and is
    /// bracketed (`[…]`); the letters are kept, so that the text stays readable reversed.
    ArXb,
}

impl PseudoLocale {
    /// The BCP 47 tag: `en-XA` or `ar-XB`.
    pub fn tag(self) -> &'static str {
        match self {
            PseudoLocale::EnXa => "en-XA",
            PseudoLocale::ArXb => "ar-XB",
        }
    }

    /// The pseudo-locale of a tag, `en-XA` or `ar-XB` (in any case).
    pub fn from_tag(tag: &str) -> Option<PseudoLocale> {
        [PseudoLocale::EnXa, PseudoLocale::ArXb]
            .into_iter()
            .find(|locale| locale.tag().eq_ignore_ascii_case(tag))
    }

    /// One text, pseudo-localised. A `{placeholder}` is kept as it is.
    pub fn text(self, text: &str) -> String {
        match self {
            PseudoLocale::EnXa => en_xa(text),
            PseudoLocale::ArXb => ar_xb(text),
        }
    }
}

/// The pack in a pseudo-locale: every text transformed, its labels too (the en-GB ones
/// for a pack without labels), ids and typed values unchanged, the locale `en-XA` or
/// `ar-XB`, the current schema version, and a `translation` naming the pack it was made
/// from. The review is kept as it is: the pack is for testing front ends, not for readers.
///
/// The result is loaded with every check, as a pack from a file is, and comes with the
/// warnings of that load.
///
/// # Errors
///
/// [`LoadError::Invalid`] when a transformed text breaks a rule, each violation with the
/// JSON Pointer of its text: a long text can grow past
/// [`MAX_TEXT_CHARS`](crate::MAX_TEXT_CHARS), since `en-XA` makes each text at least 35%
/// longer and `ar-XB` adds two marks to each word. A pack near
/// [`MAX_PACK_BYTES`](crate::MAX_PACK_BYTES) can grow past it too (`pack-too-large`).
///
/// ```
/// use vt_content::PseudoLocale;
///
/// let pack = vt_content::pseudo(vt_content::bundled(), PseudoLocale::EnXa)?.pack;
/// assert_eq!(pack.locale, "en-XA");
/// assert_eq!(pack.signs[0].id, vt_content::bundled().signs[0].id);
/// assert!(pack.title.starts_with('[') && pack.title.ends_with(']'));
/// # Ok::<(), vt_content::LoadError>(())
/// ```
pub fn pseudo(pack: &ContentPack, locale: PseudoLocale) -> Result<Loaded, LoadError> {
    let mut value = pack_value(pack);
    visit_texts_mut(&mut value, &mut |_, text| *text = locale.text(text));
    let translation = Translation::new(pack.locale.clone(), pack.version.clone());
    load_translated(value, locale.tag(), translation)
}

fn accent(c: char) -> char {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "áƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTED.chars().nth(i))
        .unwrap_or(c)
}

/// Accented filler, added until a text is at least 35% longer.
const FILLER: &[&str] = &[
    "öñé",
    "ţŵö",
    "ţĥŕéé",
    "ƒöûŕ",
    "ƒîṽé",
    "šîẋ",
    "šéṽéñ",
    "éîĝĥţ",
    "ñîñé",
    "ţéñ",
];

fn en_xa(text: &str) -> String {
    let mut out = String::from("[");
    for piece in pieces(text) {
        match piece {
            Piece::Words(words) => out.extend(words.chars().map(accent)),
            Piece::Placeholder(kept) => out.push_str(kept),
        }
    }
    let length = text.chars().count();
    let target = length + (length * 35).div_ceil(100);
    let mut words = FILLER.iter().cycle();
    while out.chars().count() < target + 1 {
        out.push(' ');
        out.push_str(words.next().expect("a cycle never ends"));
    }
    out.push(']');
    out
}

fn ar_xb(text: &str) -> String {
    let mut out = String::from("\u{200F}[");
    for piece in pieces(text) {
        let words = match piece {
            Piece::Words(words) => words,
            Piece::Placeholder(kept) => {
                out.push_str(kept);
                continue;
            }
        };
        let mut word = String::new();
        for c in words.chars() {
            // A change of direction of the text's own stays outside the word's override,
            // so that its pairs stay nested like brackets.
            if c.is_whitespace() || crate::bidi::is_direction_mark(c) {
                flush(&mut out, &mut word);
                out.push(c);
            } else {
                word.push(c);
            }
        }
        flush(&mut out, &mut word);
    }
    out.push(']');
    out
}

fn flush(out: &mut String, word: &mut String) {
    if !word.is_empty() {
        out.push('\u{202E}');
        out.push_str(word);
        out.push('\u{202C}');
        word.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pseudo_pack_keeps_its_sources_schema_version_from_1_1() {
        let fixture = |case: &str| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/conformance/valid")
                .join(case)
                .join("pack.json");
            ContentPack::from_json(&std::fs::read_to_string(path).unwrap())
                .unwrap()
                .pack
        };
        // A 1.0 source gives 1.1, which brought the `translation` object; a catalog warns
        // of a translation whose schema version differs from its source's otherwise.
        for (case, version) in [
            ("bundled-1.0", "1.1"),
            ("closes-at-midnight", "1.1"),
            ("hours-past-midnight", "1.2"),
        ] {
            let source = fixture(case);
            let pseudo = pseudo(&source, PseudoLocale::EnXa).unwrap().pack;
            assert_eq!(pseudo.schema_version.to_string(), version, "{case}");
            let hours = |pack: &ContentPack| {
                let contacts = pack
                    .contact_lists()
                    .flat_map(|(_, contacts)| contacts.to_vec());
                contacts.map(|contact| contact.hours).collect::<Vec<_>>()
            };
            assert_eq!(hours(&pseudo), hours(&source), "{case}");
        }
    }

    #[test]
    fn a_pseudo_locale_is_found_by_its_tag_in_any_case() {
        assert_eq!(PseudoLocale::from_tag("en-XA"), Some(PseudoLocale::EnXa));
        assert_eq!(PseudoLocale::from_tag("AR-xb"), Some(PseudoLocale::ArXb));
        assert_eq!(PseudoLocale::from_tag("en-GB"), None);
    }

    #[test]
    fn placeholders_are_kept() {
        let text = PseudoLocale::EnXa.text("Text {keyword} to {number}");
        assert!(text.contains("{keyword}") && text.contains("{number}"));
        assert!(text.starts_with("[Ţéẋţ {keyword} ţö {number}"));
        let text = PseudoLocale::ArXb.text("Text {keyword}");
        assert!(text.contains("{keyword}"));
    }

    #[test]
    fn texts_grow_by_about_a_third() {
        let text = "Notice how you feel after a difficult conversation";
        let pseudo = PseudoLocale::EnXa.text(text);
        assert!(pseudo.chars().count() * 100 >= text.chars().count() * 135);
    }

    #[test]
    fn a_text_that_grows_past_the_limit_is_named_by_its_path() {
        let mut pack = crate::bundled().clone();
        pack.summary[1] = ["word"; 320].join(" ");
        let texts = |locale| match pseudo(&pack, locale) {
            Err(LoadError::Invalid(violations)) => violations
                .iter()
                .map(|v| (v.code.as_str(), v.path.to_string()))
                .collect::<Vec<_>>(),
            other => panic!("{locale:?}: {other:?}"),
        };
        assert_eq!(
            texts(PseudoLocale::EnXa),
            [("text-too-long", "/summary/1".to_owned())]
        );
        assert_eq!(
            texts(PseudoLocale::ArXb),
            [("text-too-long", "/summary/1".to_owned())]
        );
        pack.summary[1] = ["word"; 250].join(" ");
        assert!(pseudo(&pack, PseudoLocale::EnXa).is_ok());
    }

    #[test]
    fn a_texts_own_changes_of_direction_stay_paired() {
        let text = PseudoLocale::ArXb.text("Call \u{2067}Samaritans now\u{2069} free");
        assert_eq!(
            text,
            "\u{200F}[\u{202E}Call\u{202C} \u{2067}\u{202E}Samaritans\u{202C} \
             \u{202E}now\u{202C}\u{2069} \u{202E}free\u{202C}]"
        );
        assert_eq!(crate::bidi::first_unpaired(&text), None);
    }

    #[test]
    fn pseudo_packs_load_back() {
        for locale in [PseudoLocale::EnXa, PseudoLocale::ArXb] {
            let pack = pseudo(crate::bundled(), locale).expect("a valid pack").pack;
            let loaded = ContentPack::from_json(&pack.to_json()).expect("a valid pack");
            assert_eq!(loaded.pack, pack);
            assert_eq!(pack.locale, locale.tag());
            let source = crate::bundled();
            let phones = |p: &ContentPack| {
                p.urgent_help.as_ref().map(|h| {
                    h.contacts
                        .iter()
                        .map(|c| (c.id.clone(), c.phone.clone(), c.url.clone()))
                        .collect::<Vec<_>>()
                })
            };
            assert_eq!(phones(&pack), phones(source));
            assert_eq!(pack.review, source.review);
        }
    }
}
