//! The exported interface, as Kotlin and Swift see it: every field of the pack format
//! is there, and no exported function takes a value that Kotlin or Swift could build
//! malformed.
//!
//! A record, an enum with fields or a custom type (an id, a version, a date, a code) is
//! checked when uniffi reads it into Rust, and one built by hand in Kotlin or Swift can
//! fail that check: uniffi would then throw its internal error in Kotlin, and crash a
//! Swift app. So every argument of every exported function, method and trait must be
//! something that always reads: text, bytes, a number, or an enum without fields (Kotlin
//! and Swift can only write one of its cases, which uniffi reads as its index); and only
//! objects have methods. Not even an
//! object, which only the library makes: Kotlin's `close()` frees the Rust object while
//! Kotlin still holds it, and uniffi lowers an object argument (`uniffiCloneHandle`)
//! without checking that it is still open, so Rust would read freed memory. A method's
//! receiver is checked (a closed pack throws `IllegalStateException`); an argument is not.
//!
//! The interface is read from the library that cargo built for this test, the way
//! uniffi-bindgen reads it to generate the bindings.

use std::collections::{BTreeMap, BTreeSet};
use std::env::consts::{DLL_PREFIX, DLL_SUFFIX};

use serde_json::Value;
use uniffi_meta::{
    FnParamMetadata, Metadata, MethodMetadata, ObjectImpl, Type, UniffiTraitMetadata,
};

/// An exported function, method or trait method.
struct Callable {
    /// `function`, or `Type.method`.
    name: String,
    /// The type it is a method of.
    receiver: Option<String>,
    /// Its arguments.
    inputs: Vec<FnParamMetadata>,
}

impl From<MethodMetadata> for Callable {
    fn from(method: MethodMetadata) -> Self {
        Callable {
            name: format!("{}.{}", method.self_name, method.name),
            receiver: Some(method.self_name),
            inputs: method.inputs,
        }
    }
}

/// The exported interface of the library that cargo built next to this test.
fn exported_interface() -> Vec<Metadata> {
    let test = std::env::current_exe().expect("the test's own path");
    let library = test.with_file_name(format!("{DLL_PREFIX}vt_content_uniffi{DLL_SUFFIX}"));
    let bytes = std::fs::read(&library)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", library.display()));
    uniffi_bindgen::macro_metadata::extract_from_bytes(&bytes).expect("the library's interface")
}

/// Every function, constructor, method and trait method of the interface.
fn callables(interface: &[Metadata]) -> Vec<Callable> {
    let mut callables = Vec::new();
    for item in interface {
        match item.clone() {
            Metadata::Func(function) => callables.push(Callable {
                name: function.name,
                receiver: None,
                inputs: function.inputs,
            }),
            Metadata::Constructor(constructor) => callables.push(Callable {
                name: format!("{}.{}", constructor.self_name, constructor.name),
                receiver: Some(constructor.self_name),
                inputs: constructor.inputs,
            }),
            Metadata::Method(method) => callables.push(method.into()),
            Metadata::TraitMethod(method) => callables.push(Callable {
                name: format!("{}.{}", method.trait_name, method.name),
                receiver: Some(method.trait_name),
                inputs: method.inputs,
            }),
            Metadata::UniffiTrait(UniffiTraitMetadata::Eq { eq, ne }) => {
                callables.extend([eq.into(), ne.into()]);
            }
            Metadata::UniffiTrait(
                UniffiTraitMetadata::Debug { fmt }
                | UniffiTraitMetadata::Display { fmt }
                | UniffiTraitMetadata::Hash { hash: fmt }
                | UniffiTraitMetadata::Ord { cmp: fmt },
            ) => callables.push(fmt.into()),
            _ => {}
        }
    }
    callables
}

/// Whether every value of `ty` that Kotlin or Swift can hold reads into Rust: text,
/// bytes, numbers and enums whose variants have no fields, and lists and options of them.
/// Not an object, which Kotlin may have closed (freed) before passing it.
fn always_reads(ty: &Type, interface: &[Metadata]) -> bool {
    let fieldless = |name: &str| {
        interface.iter().any(|item| {
            matches!(item, Metadata::Enum(e) if e.name == name
                && e.variants.iter().all(|variant| variant.fields.is_empty()))
        })
    };
    ty.iter_types().all(|ty| match ty {
        Type::Enum { name, .. } => fieldless(name),
        Type::Object { .. }
        | Type::Record { .. }
        | Type::Custom { .. }
        | Type::CallbackInterface { .. } => false,
        _ => true,
    })
}

#[test]
fn every_argument_always_reads_and_only_objects_have_methods() {
    let interface = exported_interface();
    let objects: BTreeSet<String> = interface
        .iter()
        .filter_map(|item| match item {
            Metadata::Object(object) if object.imp == ObjectImpl::Struct => {
                Some(object.name.clone())
            }
            _ => None,
        })
        .collect();
    // `Page` (and `pack.page()`) come with the feature `render`, on by default.
    let mut expected_objects = BTreeSet::from(["Catalog", "ContentPack"].map(str::to_owned));
    if cfg!(feature = "render") {
        expected_objects.insert("Page".to_owned());
    }
    assert_eq!(objects, expected_objects);

    let callables = callables(&interface);
    let names: BTreeSet<&str> = callables.iter().map(|c| c.name.as_str()).collect();
    for expected in [
        "bundled_pack",
        "load_pack_from_json",
        "load_pack_from_bytes",
        "load_pack_from_file",
        "json_schema",
        "ContentPack.signs",
        "ContentPack.guidance",
        "ContentPack.sign",
        "ContentPack.pseudo",
    ] {
        assert!(
            names.contains(expected),
            "{expected} is not exported: {names:?}"
        );
    }
    // No trait of an object is exported: its `toString()` (`Debug`) or `equals` (`Eq`)
    // would call into Rust, and throw or read freed memory after `close()`.
    let traits: Vec<_> = names
        .iter()
        .filter(|name| name.contains(".uniffi_trait_"))
        .collect();
    assert!(traits.is_empty(), "{traits:?}");
    for rendering in [
        "ContentPack.page",
        "ContentPack.guidance_page",
        "Page.to_html",
    ] {
        assert_eq!(
            names.contains(rendering),
            cfg!(feature = "render"),
            "{rendering} is exported exactly when the feature render is on"
        );
    }

    let mut refused = Vec::new();
    for callable in &callables {
        if let Some(receiver) = &callable.receiver
            && !objects.contains(receiver)
        {
            refused.push(format!(
                "{}: a method of {receiver}, not of an object",
                callable.name
            ));
        }
        for input in &callable.inputs {
            if !always_reads(&input.ty, &interface) {
                refused.push(format!("{}({}: {:?})", callable.name, input.name, input.ty));
            }
        }
    }
    assert_eq!(
        refused,
        Vec::<String>::new(),
        "arguments Kotlin or Swift could build malformed"
    );
    assert!(
        !interface
            .iter()
            .any(|item| matches!(item, Metadata::CallbackInterface(_))),
        "a callback interface sends values built in Kotlin or Swift"
    );
}

/// The names of the fields of each object in the JSON Schema of a pack: the pack itself
/// (`ContentPack`) and every type in `$defs`, as the Rust types name them.
fn schema_fields() -> BTreeMap<String, BTreeSet<String>> {
    let schema = vt_content::json_schema();
    let fields = |object: &Value| -> BTreeSet<String> {
        object["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, _)| match name.as_str() {
                "$schema" => "schema_link".to_owned(),
                other => other.to_owned(),
            })
            .collect()
    };
    let mut types = BTreeMap::from([("ContentPack".to_owned(), fields(schema))]);
    for (name, definition) in schema["$defs"].as_object().into_iter().flatten() {
        if definition.get("properties").is_some() {
            types.insert(name.clone(), fields(definition));
        }
    }
    types
}

#[test]
fn every_field_of_the_pack_format_reaches_kotlin_and_swift() {
    let interface = exported_interface();
    let mut exported: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in &interface {
        match item {
            Metadata::Record(record) => {
                let fields = record.fields.iter().map(|field| field.name.clone());
                exported
                    .entry(record.name.clone())
                    .or_default()
                    .extend(fields);
            }
            Metadata::Method(method) if method.self_name == "ContentPack" => {
                exported
                    .entry("ContentPack".to_owned())
                    .or_default()
                    .insert(method.name.clone());
            }
            _ => {}
        }
    }
    let mut missing = Vec::new();
    for (type_name, fields) in schema_fields() {
        let found = exported.get(&type_name).cloned().unwrap_or_default();
        missing.extend(
            fields
                .difference(&found)
                .map(|field| format!("{type_name}.{field}")),
        );
    }
    assert_eq!(
        missing,
        Vec::<String>::new(),
        "fields of the pack format that Kotlin and Swift cannot read"
    );
}
