//! JSON text read into a [`Value`], with every key that an object repeats.
//!
//! `serde_json` keeps the last value of a repeated key and drops the others unseen (RFC
//! 8259 leaves what a repeated key means to each reader). A pack's editor who writes
//! `"title"` twice would lose one title without a word, so the full check reads the text
//! here, in the same single pass, and reports each repeat.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::JsonPointer;

/// The value of `text`, and the path of each key that an object of it repeats, in the
/// order of the text. Of a repeated key, the value is the last, as `serde_json` reads it.
pub(crate) fn read(text: &str) -> Result<(Value, Vec<JsonPointer>), serde_json::Error> {
    let mut repeated = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = Node {
        at: At::Root,
        repeated: &mut repeated,
    }
    .deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok((value, repeated.into_iter().flatten().collect()))
}

/// Where a value is, as a chain of tokens on the stack: a pointer is made only for a
/// repeated key.
#[derive(Clone, Copy)]
enum At<'a> {
    Root,
    Field(&'a At<'a>, &'a str),
    Item(&'a At<'a>, usize),
}

impl At<'_> {
    fn pointer(self) -> JsonPointer {
        match self {
            At::Root => JsonPointer::root(),
            At::Field(parent, name) => parent.pointer().child(name),
            At::Item(parent, index) => parent.pointer().child(index),
        }
    }
}

/// A value at `at`, read as `serde_json` reads a [`Value`], noting repeated keys: each
/// path in the order it was read, `None` once the value it was in is replaced (a path is
/// struck out where it stands, so that no other moves).
struct Node<'a> {
    at: At<'a>,
    repeated: &'a mut Vec<Option<JsonPointer>>,
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Value, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = items.next_element_seed(Node {
            at: At::Item(&self.at, list.len()),
            repeated: &mut *self.repeated,
        })? {
            list.push(item);
        }
        Ok(Value::Array(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut fields: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        // Where the paths of the keys repeated inside each field's value are, for the
        // fields whose value has any.
        let mut inside: HashMap<String, Range<usize>> = HashMap::new();
        while let Some(name) = fields.next_key::<String>()? {
            let at = At::Field(&self.at, &name);
            let before = self.repeated.len();
            let value = fields.next_value_seed(Node {
                at,
                repeated: &mut *self.repeated,
            })?;
            let read = before..self.repeated.len();
            if object.contains_key(&name) {
                // The keys repeated inside the value this one replaces went with it: their
                // paths name nothing in the value read. Each is struck out once, so that
                // a pack of many repeats is read in time linear in its size.
                if let Some(replaced) = inside.remove(&name) {
                    self.repeated[replaced].fill(None);
                }
                self.repeated.push(Some(at.pointer()));
            }
            if !read.is_empty() {
                inside.insert(name.clone(), read);
            }
            object.insert(name, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_a_value_as_serde_json_does() {
        let text = r#"{"a": [1, -2, 3.5, "x", true, null, {}], "b": {"c": "d"}, "é": "\u00e9"}"#;
        let (value, repeated) = read(text).expect("JSON");
        assert_eq!(value, serde_json::from_str::<Value>(text).expect("JSON"));
        assert_eq!(value["a"][2], json!(3.5));
        assert!(repeated.is_empty());
    }

    /// A repeat inside a value that a repeated key replaces is not reported: its path
    /// would name nothing, or something else, in the value read.
    #[test]
    fn repeats_inside_a_replaced_value_go_with_it() {
        let text = r#"{"a": [{"x": 1}, {"x": 1, "x": 2}], "ab": {"y": 1, "y": 2},
            "a": [{"z": 1, "z": 2}]}"#;
        let (value, repeated) = read(text).expect("JSON");
        let paths: Vec<&str> = repeated.iter().map(JsonPointer::as_str).collect();
        assert_eq!(paths, ["/ab/y", "/a/0/z", "/a"]);
        assert_eq!(value["a"][0]["z"], 2);
        // A key given three times is two repeats, both at the key itself.
        let (_, repeated) = read(r#"{"a": 1, "a": 2, "a": 3}"#).expect("JSON");
        assert_eq!(repeated, ["/a", "/a"]);
        // Of a key given three times, the repeats inside its first two values go, though
        // the second has none; those inside its last value stay.
        let text = r#"{"a": {"b": {"c": 1, "c": 2}}, "a": 1, "a": {"d": 1, "d": 2}}"#;
        let (_, repeated) = read(text).expect("JSON");
        assert_eq!(repeated, ["/a", "/a/d", "/a"]);
    }

    #[test]
    fn finds_every_repeated_key_where_it_is_repeated() {
        let text = r#"{"title": "First", "signs": [{"id": "a"}, {"id": "b", "id": "c"}],
            "title": "Second", "x~/y": 1, "x~/y": 2}"#;
        let (value, repeated) = read(text).expect("JSON");
        let paths: Vec<&str> = repeated.iter().map(JsonPointer::as_str).collect();
        assert_eq!(paths, ["/signs/1/id", "/title", "/x~0~1y"]);
        assert_eq!(value["title"], "Second");
        assert_eq!(value["signs"][1]["id"], "c");
    }

    #[test]
    fn refuses_what_serde_json_refuses() {
        for text in ["", "{", "{\"a\": 1} x", "[1,]", "{\"a\" 1}"] {
            let ours = read(text)
                .map(|(value, _)| value)
                .map_err(|e| e.to_string());
            let theirs = serde_json::from_str::<Value>(text).map_err(|e| e.to_string());
            assert_eq!(ours, theirs, "{text:?}");
        }
    }
}
