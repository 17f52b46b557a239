//! The comparison itself: both packs as JSON values, walked together with the pack's
//! JSON Schema, which tells a text (a string with no format) from a typed value (a
//! string with a format or from a fixed set, a number, a boolean), and a list of items
//! (objects with an `id`) from a list of references (ids) or of paragraphs. Walking the
//! schema rather than the Rust types means a field added to the pack format is compared
//! without a line of code here.

use std::collections::HashSet;
use std::fmt;

use serde_json::{Map, Value};

use super::{Bump, Change, ChangeKind, Diff, DiffMode};
use crate::{ContentPack, JsonPointer, MAX_LIST_ITEMS, SchemaVersion};

/// The schema of a value the pack's schema does not describe.
static NO_SCHEMA: Value = Value::Null;

/// Fields whose schema gives no format, but which are typed values all the same: the
/// word to text to a service, and where an editor finds the schema.
const TYPED_FIELDS_WITHOUT_FORMAT: [&str; 2] = ["keyword", "$schema"];

/// Compares two packs.
pub(super) fn compare(old: &ContentPack, new: &ContentPack, mode: DiffMode) -> Diff {
    // Every field serializes to JSON (see `ContentPack::to_json`).
    let old_json = serde_json::to_value(old).expect("a pack always serializes");
    let new_json = serde_json::to_value(new).expect("a pack always serializes");
    let mut walker = Walker {
        mode,
        root: crate::json_schema(),
        fixed_bump: None,
        changes: Vec::new(),
        texts: Vec::new(),
    };
    if let (Some(old_json), Some(new_json)) = (old_json.as_object(), new_json.as_object()) {
        walker.pack(old_json, new_json);
    }
    let required_bump = walker.changes.iter().map(|change| change.bump).max();
    Diff {
        mode,
        old_version: old.version.clone(),
        new_version: new.version.clone(),
        changes: walker.changes,
        required_bump: required_bump.unwrap_or(Bump::None),
        changed_texts: walker.texts,
    }
}

/// Where a value is in each pack.
#[derive(Clone, Debug, Default)]
struct At {
    old: JsonPointer,
    new: JsonPointer,
}

impl At {
    /// The same member of the value in each pack.
    fn child(&self, token: impl fmt::Display + Copy) -> At {
        At {
            old: self.old.child(token),
            new: self.new.child(token),
        }
    }

    /// An item at index `old` in the old pack's list and `new` in the new pack's.
    fn items(&self, old: usize, new: usize) -> At {
        At {
            old: self.old.child(old),
            new: self.new.child(new),
        }
    }
}

/// How a value is compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// Fields, matched by name.
    Object,
    /// Items with ids, matched by id.
    Items,
    /// Ids of items elsewhere in the pack (`speak_to`), matched by id; their order is
    /// the advice.
    References,
    /// The paragraphs of a text, matched by wording.
    Paragraphs,
    /// Other lists, matched by position.
    List,
    /// A text a person reads.
    Text,
    /// A typed value: a string with a format or from a fixed set, a number, a boolean.
    Typed,
}

struct Walker {
    mode: DiffMode,
    /// The pack's JSON Schema, where `$ref`s point.
    root: &'static Value,
    /// The bump of every change in the part of the pack being walked, when that part
    /// has a rule of its own (`review`: patch).
    fixed_bump: Option<Bump>,
    changes: Vec<Change>,
    texts: Vec<JsonPointer>,
}

impl Walker {
    fn pack(&mut self, old: &Map<String, Value>, new: &Map<String, Value>) {
        let structure = self.mode == DiffMode::Structure;
        for key in keys(self.root, old, new) {
            let key = key.as_str();
            let schema = child_schema(self.root, key);
            let at = At::default().child(key);
            let (old_value, new_value) = (old.get(key), new.get(key));
            let fixed = match key {
                // The version is what the diff checks.
                "version" => continue,
                // A translation has its own locale, is reviewed on its own, and says
                // what it translates.
                "$schema" | "locale" | "review" | "translation" if structure => continue,
                "$schema" => Some(Bump::None),
                "review" => Some(Bump::Patch),
                // What a translation translates, such as the source version it caught up
                // with: its own content's changes have their own bumps.
                "translation" if old_value.is_some() && new_value.is_some() => Some(Bump::Patch),
                "id" | "locale" => Some(Bump::Major),
                "schema_version" => Some(schema_version_bump(old_value, new_value)),
                _ => None,
            };
            self.fixed_bump = fixed;
            self.field(old_value, new_value, schema, &at, key);
            self.fixed_bump = None;
        }
    }

    fn push(
        &mut self,
        kind: ChangeKind,
        (old_path, new_path): (Option<&JsonPointer>, Option<&JsonPointer>),
        bump: Bump,
        (old_value, new_value): (Option<String>, Option<String>),
    ) {
        let part_bump = old_path.or(new_path).and_then(bump_of_part);
        self.changes.push(Change {
            kind,
            old_path: old_path.cloned(),
            new_path: new_path.cloned(),
            bump: self.fixed_bump.or(part_bump).unwrap_or(bump),
            old_value,
            new_value,
        });
    }

    /// Follows `$ref`s to the schema itself.
    fn resolve(&self, mut schema: &'static Value) -> &'static Value {
        // The pack's schema has no cycle of bare references; the bound guards anyway.
        for _ in 0..8 {
            let Some(name) = schema
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|reference| reference.strip_prefix("#/$defs/"))
            else {
                break;
            };
            schema = self
                .root
                .get("$defs")
                .and_then(|defs| defs.get(name))
                .unwrap_or(&NO_SCHEMA);
        }
        schema
    }

    /// How to compare `value`, the field `field` (empty for a list item) with this
    /// schema.
    fn shape(&self, schema: &'static Value, value: &Value, field: &str) -> Shape {
        let schema = self.resolve(schema);
        match value {
            Value::Object(_) => Shape::Object,
            Value::Array(items) => {
                let item = self.resolve(schema.get("items").unwrap_or(&NO_SCHEMA));
                let has_id = |item: &Value| item.get("id").is_some_and(Value::is_string);
                let described_with_id = item
                    .get("properties")
                    .is_some_and(|properties| properties.get("id").is_some());
                if described_with_id || (item.is_null() && items.iter().all(has_id)) {
                    Shape::Items
                } else if !items.iter().all(Value::is_string) {
                    Shape::List
                } else if is_typed(item) {
                    Shape::References
                } else {
                    Shape::Paragraphs
                }
            }
            Value::String(_)
                if !is_typed(schema) && !TYPED_FIELDS_WITHOUT_FORMAT.contains(&field) =>
            {
                Shape::Text
            }
            _ => Shape::Typed,
        }
    }

    /// A field that either pack may lack.
    fn field(
        &mut self,
        old: Option<&Value>,
        new: Option<&Value>,
        schema: &'static Value,
        at: &At,
        field: &str,
    ) {
        match (old, new) {
            (Some(old), Some(new)) => self.value(old, new, schema, at, field),
            (Some(old), None) => {
                self.push(
                    ChangeKind::FieldRemoved,
                    (Some(&at.old), None),
                    Bump::Minor,
                    (brief(old), None),
                );
                self.items_in_removed(old, schema, &at.old, field);
            }
            (None, Some(new)) => {
                self.push(
                    ChangeKind::FieldAdded,
                    (None, Some(&at.new)),
                    Bump::Minor,
                    (None, brief(new)),
                );
                self.texts_in(new, schema, &at.new, field);
            }
            (None, None) => {}
        }
    }

    /// A value that both packs have.
    fn value(&mut self, old: &Value, new: &Value, schema: &'static Value, at: &At, field: &str) {
        if old == new {
            return;
        }
        let shape = self.shape(schema, old, field);
        if shape != self.shape(schema, new, field) {
            return self.typed(old, new, at);
        }
        let structure = self.mode == DiffMode::Structure;
        let items = self.resolve(schema).get("items").unwrap_or(&NO_SCHEMA);
        match (shape, old, new) {
            (Shape::Object, Value::Object(old), Value::Object(new)) => {
                let schema = self.resolve(schema);
                for key in keys(schema, old, new) {
                    let key = key.as_str();
                    let child = child_schema(schema, key);
                    self.field(old.get(key), new.get(key), child, &at.child(key), key);
                }
            }
            (Shape::Items, Value::Array(old), Value::Array(new)) => {
                self.items(old, new, items, at);
            }
            (Shape::References, Value::Array(old), Value::Array(new)) => {
                self.references(old, new, at);
            }
            (Shape::Paragraphs, Value::Array(old), Value::Array(new)) if !structure => {
                self.paragraphs(old, new, at);
            }
            (Shape::List, Value::Array(old), Value::Array(new)) => {
                self.list(old, new, items, at);
            }
            (Shape::Text, Value::String(old), Value::String(new)) if !structure => {
                self.push(
                    ChangeKind::TextChanged,
                    (Some(&at.old), Some(&at.new)),
                    Bump::Patch,
                    (Some(old.clone()), Some(new.clone())),
                );
                self.texts.push(at.new.clone());
            }
            (Shape::Typed, ..) => self.typed(old, new, at),
            _ => {}
        }
    }

    fn typed(&mut self, old: &Value, new: &Value, at: &At) {
        self.push(
            ChangeKind::ValueChanged,
            (Some(&at.old), Some(&at.new)),
            Bump::Minor,
            (brief(old), brief(new)),
        );
    }

    /// Items with ids: matched by id; moved when their order among the items of both
    /// packs changed.
    fn items(&mut self, old: &[Value], new: &[Value], schema: &'static Value, at: &At) {
        let id = |item: &Value| item.get("id").and_then(Value::as_str).map(str::to_owned);
        let (Some(old_ids), Some(new_ids)) = (
            old.iter().map(id).collect::<Option<Vec<_>>>(),
            new.iter().map(id).collect::<Option<Vec<_>>>(),
        ) else {
            return self.list(old, new, schema, at);
        };
        let moved = moved(&old_ids, &new_ids);
        for (index, id) in old_ids.iter().enumerate() {
            if !new_ids.contains(id) {
                self.removed_item(&old[index], schema, &at.old.child(index), id);
            }
        }
        for (new_index, id) in new_ids.iter().enumerate() {
            match old_ids.iter().position(|old_id| old_id == id) {
                None => {
                    let path = at.new.child(new_index);
                    self.push(
                        ChangeKind::ItemAdded,
                        (None, Some(&path)),
                        Bump::Minor,
                        (None, Some(id.clone())),
                    );
                    self.texts_in(&new[new_index], schema, &path, "");
                }
                Some(old_index) => {
                    let item = at.items(old_index, new_index);
                    if moved.contains(id) {
                        self.push(
                            ChangeKind::ItemMoved,
                            (Some(&item.old), Some(&item.new)),
                            Bump::Patch,
                            (Some(id.clone()), Some(id.clone())),
                        );
                    }
                    self.value(&old[old_index], &new[new_index], schema, &item, "");
                }
            }
        }
    }

    /// Ids of items elsewhere (`speak_to`): matched by id. The list is the advice, in
    /// order, so adding, removing or moving one changes what guidance says: minor. The
    /// item itself still resolves (or its removal is reported where it was).
    /// A route named again counts where it is first named, as guidance shows it
    /// (`repeated-route`).
    fn references(&mut self, old: &[Value], new: &[Value], at: &At) {
        let (old_places, old_ids) = first_named(old);
        let (new_places, new_ids) = first_named(new);
        let moved = moved(&old_ids, &new_ids);
        for (&index, id) in old_places.iter().zip(&old_ids) {
            if !new_ids.contains(id) {
                self.push(
                    ChangeKind::ItemRemoved,
                    (Some(&at.old.child(index)), None),
                    Bump::Minor,
                    (Some(id.clone()), None),
                );
            }
        }
        for (&new_index, id) in new_places.iter().zip(&new_ids) {
            match old_ids.iter().position(|old_id| old_id == id) {
                None => self.push(
                    ChangeKind::ItemAdded,
                    (None, Some(&at.new.child(new_index))),
                    Bump::Minor,
                    (None, Some(id.clone())),
                ),
                Some(old_index) if moved.contains(id) => {
                    let item = at.items(old_places[old_index], new_index);
                    self.push(
                        ChangeKind::ItemMoved,
                        (Some(&item.old), Some(&item.new)),
                        Bump::Minor,
                        (Some(id.clone()), Some(id.clone())),
                    );
                }
                Some(_) => {}
            }
        }
    }

    /// The paragraphs of a text, paired as [`pair_paragraphs`] pairs them: each pair but
    /// those worded alike is a change.
    fn paragraphs(&mut self, old: &[Value], new: &[Value], at: &At) {
        let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
        let old_texts: Vec<String> = old.iter().map(text).collect();
        let new_texts: Vec<String> = new.iter().map(text).collect();
        for (old_index, new_index) in pair_paragraphs(&old_texts, &new_texts) {
            let old_text = old_index.map(|i| &old_texts[i]);
            let new_text = new_index.map(|i| &new_texts[i]);
            if old_text.is_some() && old_text == new_text {
                continue;
            }
            let (old_text, new_text) = (old_text.cloned(), new_text.cloned());
            let old_path = old_index.map(|i| at.old.child(i));
            let new_path = new_index.map(|i| at.new.child(i));
            self.push(
                ChangeKind::TextChanged,
                (old_path.as_ref(), new_path.as_ref()),
                Bump::Patch,
                (old_text, new_text),
            );
            self.texts.extend(new_path);
        }
    }

    /// A list with no ids: matched by position.
    fn list(&mut self, old: &[Value], new: &[Value], schema: &'static Value, at: &At) {
        for index in 0..old.len().max(new.len()) {
            self.field(old.get(index), new.get(index), schema, &at.child(index), "");
        }
    }

    /// Reports each item with an id in a value that the new pack no longer has (a section
    /// such as `urgent_help`, or a route's `contacts`): its id no longer resolves, just as
    /// when the item alone is removed.
    fn items_in_removed(
        &mut self,
        value: &Value,
        schema: &'static Value,
        path: &JsonPointer,
        field: &str,
    ) {
        let schema = self.resolve(schema);
        match (self.shape(schema, value, field), value) {
            (Shape::Object, Value::Object(fields)) => {
                for (key, child) in fields {
                    let child_schema = child_schema(schema, key);
                    self.items_in_removed(child, child_schema, &path.child(key), key);
                }
            }
            (Shape::Items, Value::Array(items)) => {
                let item_schema = schema.get("items").unwrap_or(&NO_SCHEMA);
                for (index, item) in items.iter().enumerate() {
                    if let Some(id) = item.get("id").and_then(Value::as_str) {
                        self.removed_item(item, item_schema, &path.child(index), id);
                    }
                }
            }
            (Shape::List, Value::Array(items)) => {
                let item_schema = schema.get("items").unwrap_or(&NO_SCHEMA);
                for (index, item) in items.iter().enumerate() {
                    self.items_in_removed(item, item_schema, &path.child(index), "");
                }
            }
            _ => {}
        }
    }

    /// Reports an item with an id that the new pack no longer has, then each item with an
    /// id inside it (a support route's contacts): none of them resolves any more.
    fn removed_item(&mut self, item: &Value, schema: &'static Value, path: &JsonPointer, id: &str) {
        self.push(
            ChangeKind::ItemRemoved,
            (Some(path), None),
            Bump::Major,
            (Some(id.to_owned()), None),
        );
        self.items_in_removed(item, schema, path, "");
    }

    /// Lists every text in a value that is new, with its path.
    fn texts_in(&mut self, value: &Value, schema: &'static Value, path: &JsonPointer, field: &str) {
        if self.mode == DiffMode::Structure {
            return;
        }
        let schema = self.resolve(schema);
        match (self.shape(schema, value, field), value) {
            (Shape::Object, Value::Object(fields)) => {
                for (key, child) in fields {
                    let child_schema = child_schema(schema, key);
                    self.texts_in(child, child_schema, &path.child(key), key);
                }
            }
            (Shape::Items | Shape::List, Value::Array(items)) => {
                let item_schema = schema.get("items").unwrap_or(&NO_SCHEMA);
                for (index, item) in items.iter().enumerate() {
                    self.texts_in(item, item_schema, &path.child(index), "");
                }
            }
            (Shape::Paragraphs, Value::Array(items)) => {
                self.texts
                    .extend((0..items.len()).map(|index| path.child(index)));
            }
            (Shape::Text, _) => self.texts.push(path.clone()),
            _ => {}
        }
    }
}

/// The bump of any change under `path` when that part of a pack has a rule of its own:
/// the terms of reuse. A `LicenseRef-`'s text is its terms, so rewording it changes what a
/// publisher may do with the pack, as a typed value does: minor.
fn bump_of_part(path: &JsonPointer) -> Option<Bump> {
    let licence = "/attribution/licence";
    let rest = path.as_str().strip_prefix(licence)?;
    (rest.is_empty() || rest.starts_with('/')).then_some(Bump::Minor)
}

/// Whether a (resolved) schema describes a typed value rather than a text.
fn is_typed(schema: &Value) -> bool {
    ["format", "const", "enum", "oneOf"]
        .iter()
        .any(|keyword| schema.get(keyword).is_some())
}

/// The schema of the member `key` of an object with this (resolved) schema.
fn child_schema(schema: &'static Value, key: &str) -> &'static Value {
    schema
        .get("properties")
        .and_then(|properties| properties.get(key))
        .or_else(|| schema.get("additionalProperties").filter(|s| s.is_object()))
        .unwrap_or(&NO_SCHEMA)
}

/// The names of the fields of either object: in the order of the schema, then those
/// the schema does not name, in the order of each object.
fn keys(schema: &Value, old: &Map<String, Value>, new: &Map<String, Value>) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    let named = schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|properties| properties.keys());
    for key in named.chain(old.keys()).chain(new.keys()) {
        if (old.contains_key(key) || new.contains_key(key)) && !keys.contains(key) {
            keys.push(key.clone());
        }
    }
    keys
}

/// The ids in both lists whose order among the ids of both changed: all but the longest
/// run of them kept in order.
/// The ids of a list of references, each where it is first named, with its place in the
/// list.
fn first_named(list: &[Value]) -> (Vec<usize>, Vec<String>) {
    let mut seen = HashSet::new();
    list.iter()
        .map(|value| value.as_str().unwrap_or_default())
        .enumerate()
        .filter(|&(_, id)| seen.insert(id))
        .map(|(index, id)| (index, id.to_owned()))
        .unzip()
}

fn moved(old: &[String], new: &[String]) -> HashSet<String> {
    let old_common: Vec<&String> = old.iter().filter(|id| new.contains(id)).collect();
    let new_common: Vec<&String> = new.iter().filter(|id| old.contains(id)).collect();
    let kept: HashSet<&String> = common_subsequence(&old_common, &new_common)
        .into_iter()
        .map(|(index, _)| old_common[index])
        .collect();
    old_common
        .into_iter()
        .filter(|id| !kept.contains(id))
        .cloned()
        .collect()
}

/// The paragraphs of two versions of a text, paired, in order: those worded alike are
/// matched (a longest common subsequence); between two matches, the paragraphs left are
/// paired one for one as rewordings, and those over are added (`(None, Some(new))`) or
/// removed (`(Some(old), None)`).
pub(crate) fn pair_paragraphs<T: PartialEq>(
    old: &[T],
    new: &[T],
) -> Vec<(Option<usize>, Option<usize>)> {
    let mut matches = common_subsequence(old, new);
    matches.push((old.len(), new.len()));
    let mut pairs = Vec::new();
    let (mut old_start, mut new_start) = (0, 0);
    for (old_end, new_end) in matches {
        let (old_gap, new_gap) = (old_start..old_end, new_start..new_end);
        for step in 0..old_gap.len().max(new_gap.len()) {
            let old_index = Some(old_start + step).filter(|i| old_gap.contains(i));
            let new_index = Some(new_start + step).filter(|i| new_gap.contains(i));
            pairs.push((old_index, new_index));
        }
        if old_end < old.len() {
            pairs.push((Some(old_end), Some(new_end)));
        }
        (old_start, new_start) = (old_end + 1, new_end + 1);
    }
    pairs
}

/// The index pairs of a longest common subsequence of `a` and `b`, in order; of the
/// longest ones, one with the most pairs at the same index in both, so that swapping two
/// items moves those two and no other. A loaded pack's lists have at most
/// [`MAX_LIST_ITEMS`] items, so the quadratic table is small; a longer list (a pack built
/// in code) is matched at the same places only, in linear time and memory.
fn common_subsequence<T: PartialEq>(a: &[T], b: &[T]) -> Vec<(usize, usize)> {
    if a.len().max(b.len()) > MAX_LIST_ITEMS {
        return (0..a.len().min(b.len()))
            .filter(|&i| a[i] == b[i])
            .map(|i| (i, i))
            .collect();
    }
    // best[i][j]: (length, pairs at the same index) of the best common subsequence of
    // a[i..] and b[j..].
    let mut best = vec![vec![(0usize, 0usize); b.len() + 1]; a.len() + 1];
    let matched = |best: &Vec<Vec<(usize, usize)>>, i: usize, j: usize| {
        let (length, same) = best[i + 1][j + 1];
        (length + 1, same + usize::from(i == j))
    };
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            let skip = best[i + 1][j].max(best[i][j + 1]);
            best[i][j] = if a[i] == b[j] {
                skip.max(matched(&best, i, j))
            } else {
                skip
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut pairs = Vec::new();
    while i < a.len() && j < b.len() {
        if a[i] == b[j] && best[i][j] == matched(&best, i, j) {
            pairs.push((i, j));
            (i, j) = (i + 1, j + 1);
        } else if best[i][j] == best[i + 1][j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// A value as text, where it is one: a text or a typed value as written, paragraphs
/// joined by line breaks, an object of plain values as compact JSON.
fn brief(value: &Value) -> Option<String> {
    let plain = |value: &Value| !matches!(value, Value::Array(_) | Value::Object(_));
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Null => None,
        Value::Bool(_) | Value::Number(_) => Some(value.to_string()),
        Value::Array(items) => items
            .iter()
            .map(|item| item.as_str())
            .collect::<Option<Vec<_>>>()
            .map(|paragraphs| paragraphs.join("\n")),
        Value::Object(fields) if fields.values().all(plain) => Some(value.to_string()),
        Value::Object(_) => None,
    }
}

/// The bump a change of schema version needs: a new major version of the format breaks
/// every reader; a new minor one is read with warnings by older readers.
fn schema_version_bump(old: Option<&Value>, new: Option<&Value>) -> Bump {
    let major = |value: Option<&Value>| {
        value
            .and_then(Value::as_str)
            .and_then(|text| text.parse::<SchemaVersion>().ok())
            .map(|version| version.major)
    };
    if major(old) == major(new) {
        Bump::Minor
    } else {
        Bump::Major
    }
}

#[cfg(test)]
mod tests {
    use super::{common_subsequence, pair_paragraphs};
    use crate::MAX_LIST_ITEMS;

    #[test]
    fn paragraphs_worded_alike_pair_and_the_others_pair_one_for_one_in_between() {
        let pairs = pair_paragraphs(&["a", "b", "c"], &["a", "x", "y", "c", "z"]);
        assert_eq!(
            pairs,
            [
                (Some(0), Some(0)),
                (Some(1), Some(1)),
                (None, Some(2)),
                (Some(2), Some(3)),
                (None, Some(4)),
            ]
        );
        assert_eq!(
            pair_paragraphs(&["a", "b"], &["b"]),
            [(Some(0), None), (Some(1), Some(0))]
        );
        assert!(pair_paragraphs::<&str>(&[], &[]).is_empty());
    }

    #[test]
    fn a_common_subsequence_is_a_longest_one() {
        let pairs = common_subsequence(&["a", "b", "c", "d"], &["b", "x", "c", "a", "d"]);
        assert_eq!(pairs, [(1, 0), (2, 2), (3, 4)]);
        assert!(common_subsequence::<&str>(&[], &["a"]).is_empty());
        // Of the longest ones, the one with the most pairs at the same index.
        assert_eq!(common_subsequence(&["a", "b"], &["b", "b"]), [(1, 1)]);
        assert_eq!(common_subsequence(&["a", "a"], &["b", "a"]), [(1, 1)]);
        // Each item is in one pair at most, however often it is repeated.
        assert_eq!(common_subsequence(&["a"], &["a", "a"]), [(0, 0)]);
        assert_eq!(common_subsequence(&["a", "a"], &["a"]), [(0, 0)]);
    }

    #[test]
    fn lists_longer_than_a_loaded_packs_are_matched_at_the_same_places_only() {
        let list: Vec<usize> = (0..=MAX_LIST_ITEMS).collect();
        // As long as a loaded pack's list may be: a longest common subsequence.
        let longest = &list[..MAX_LIST_ITEMS];
        let shifted: Vec<(usize, usize)> = (1..MAX_LIST_ITEMS).map(|i| (i, i - 1)).collect();
        assert_eq!(common_subsequence(longest, &longest[1..]), shifted);
        // One item longer: the items at the same places that are alike.
        assert!(common_subsequence(&list, &list[1..]).is_empty());
        let mut reworded = list.clone();
        reworded[7] = 1000;
        let same: Vec<(usize, usize)> = (0..=MAX_LIST_ITEMS)
            .filter(|&i| i != 7)
            .map(|i| (i, i))
            .collect();
        assert_eq!(common_subsequence(&list, &reworded), same);
    }
}
