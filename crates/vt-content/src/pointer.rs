//! RFC 6901 JSON Pointers: where in a pack a violation or a warning is.

use std::fmt::{self, Write};

use serde::{Serialize, Serializer};
use serde_json::Value;

/// A JSON Pointer (RFC 6901) into a pack, such as `/signs/1/id`.
///
/// The whole pack is the empty pointer `""`. Member names are escaped as the RFC says:
/// `~` as `~0` and `/` as `~1`. A pointer serializes as its text, and compares equal to
/// a string with the same text.
///
/// ```
/// use vt_content::JsonPointer;
///
/// let path = JsonPointer::root().child("signs").child(1).child("id");
/// assert_eq!(path, "/signs/1/id");
/// assert_eq!(JsonPointer::root(), "");
/// assert_eq!(JsonPointer::root().child("a/b~c").as_str(), "/a~1b~0c");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JsonPointer(jsonptr::PointerBuf);

impl JsonPointer {
    /// The pointer to the whole pack, `""`.
    pub fn root() -> JsonPointer {
        JsonPointer(jsonptr::PointerBuf::new())
    }

    /// Parses the text of a pointer, such as `/signs/1/id`; `None` when it is not one
    /// (it must be empty or start with `/`, and `~` must be followed by `0` or `1`).
    ///
    /// ```
    /// use vt_content::JsonPointer;
    ///
    /// assert_eq!(JsonPointer::parse("/signs/0").unwrap(), "/signs/0");
    /// assert!(JsonPointer::parse("signs").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<JsonPointer> {
        jsonptr::PointerBuf::parse(text).ok().map(JsonPointer)
    }

    /// The pointer to the member `token` (a field name or a list index) of this value.
    pub fn child(&self, token: impl fmt::Display) -> JsonPointer {
        let mut pointer = self.0.clone();
        pointer.push_back(token.to_string());
        JsonPointer(pointer)
    }

    /// The text of the pointer, as RFC 6901 writes it: `""` for the whole pack.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The tokens of the pointer, decoded: field names and list indexes, in order.
    pub(crate) fn tokens(&self) -> impl Iterator<Item = String> + '_ {
        self.0.tokens().map(|token| token.decoded().into_owned())
    }

    /// Whether this is the pointer to the whole pack.
    pub fn is_root(&self) -> bool {
        self.0.is_root()
    }

    /// The value this pointer names in `document`, if there is one.
    ///
    /// ```
    /// use vt_content::JsonPointer;
    ///
    /// let document = serde_json::json!({"signs": [{"id": "withdrawing"}]});
    /// let path = JsonPointer::parse("/signs/0/id").unwrap();
    /// assert_eq!(path.resolve(&document), Some(&serde_json::json!("withdrawing")));
    /// assert_eq!(JsonPointer::root().child("nothing").resolve(&document), None);
    /// ```
    pub fn resolve<'v>(&self, document: &'v Value) -> Option<&'v Value> {
        self.0.resolve(document).ok()
    }

    /// Removes the value this pointer names from `document`, if there is one.
    pub(crate) fn delete(&self, document: &mut Value) {
        self.0.delete(document);
    }

    /// The paths for a person to read, comma-separated: the first `at_most` of them, then
    /// how many more there are.
    ///
    /// ```
    /// use vt_content::JsonPointer;
    ///
    /// let paths = ["/title", "/summary/0", "/summary/1"].map(|p| JsonPointer::parse(p).unwrap());
    /// assert_eq!(JsonPointer::list(&paths, 5), "/title, /summary/0, /summary/1");
    /// assert_eq!(JsonPointer::list(&paths, 1), "/title and 2 more");
    /// ```
    pub fn list(paths: &[JsonPointer], at_most: usize) -> String {
        let shown = paths.iter().take(at_most).map(JsonPointer::to_string);
        crate::report::first_and_more(shown, paths.len())
    }
}

/// The pointer's text on one line: a control character, a line or paragraph separator or
/// a change of direction in a member name is written escaped (`\n`, `\u{1b}`, `\u{202e}`),
/// as [`shown_path`](crate::shown_path) writes a file name, so that a key of a pack cannot
/// break a report's one line per finding, write what looks like another, or reverse the
/// rest of the line. [`JsonPointer::as_str`] gives the text as it is.
///
/// ```
/// let path = vt_content::JsonPointer::root().child("a\nfile.json: error");
/// assert_eq!(path.to_string(), "/a\\nfile.json: error");
/// let path = vt_content::JsonPointer::root().child("\u{202e}eltit");
/// assert_eq!(path.to_string(), "/\\u{202e}eltit");
/// ```
impl fmt::Display for JsonPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.as_str().chars() {
            if crate::bidi::disturbs_a_line(c) {
                write!(f, "{}", c.escape_debug())?;
            } else {
                f.write_char(c)?;
            }
        }
        Ok(())
    }
}

impl Serialize for JsonPointer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl PartialEq<str> for JsonPointer {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for JsonPointer {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl From<JsonPointer> for String {
    fn from(pointer: JsonPointer) -> String {
        pointer.as_str().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::JsonPointer;

    #[test]
    fn escapes_tilde_and_slash() {
        let root = JsonPointer::root();
        assert_eq!(root.child("signs"), "/signs");
        assert_eq!(root.child("signs").child(0), "/signs/0");
        assert_eq!(root.child("a/b~c"), "/a~1b~0c");
    }

    #[test]
    fn parses_what_it_writes() {
        let pointer = JsonPointer::root().child("a/b~c").child(3);
        assert_eq!(JsonPointer::parse(pointer.as_str()), Some(pointer));
        assert_eq!(JsonPointer::parse(""), Some(JsonPointer::root()));
        assert_eq!(JsonPointer::parse("/bad~2escape"), None);
    }

    #[test]
    fn serializes_as_its_text() {
        let pointer = JsonPointer::root().child("review").child("next_review_due");
        assert_eq!(
            serde_json::to_value(&pointer).unwrap(),
            "/review/next_review_due"
        );
        assert_eq!(serde_json::to_value(JsonPointer::root()).unwrap(), "");
    }
}
