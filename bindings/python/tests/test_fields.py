"""Every field of the pack format is an attribute of its Python class, and is declared in
the stubs: the fields come from the core's types, and this test holds the stubs to them."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import vt_content
import vt_content._native

STUBS = Path(vt_content.__file__).with_name("_native.pyi")

# The Python class of each object type of the JSON Schema, by the schema's name.
CLASSES: dict[str, type] = {
    "ContentPack": vt_content.ContentPack,
    "Attribution": vt_content.Attribution,
    "Review": vt_content.Review,
    "About": vt_content.About,
    "Burnout": vt_content.Burnout,
    "Advice": vt_content.Advice,
    "SignsRecognised": vt_content.SignsRecognised,
    "Sign": vt_content.Sign,
    "SelfCareAction": vt_content.SelfCareAction,
    "Practice": vt_content.Practice,
    "SupportRoute": vt_content.SupportRoute,
    "Labels": vt_content.Labels,
    "Translation": vt_content.Translation,
    "Licence": vt_content.Licence,
    "Reviewer": vt_content.Reviewer,
    "UrgentHelp": vt_content.UrgentHelp,
    "Contact": vt_content.Contact,
    "TextMessage": vt_content.TextMessage,
    "OpeningHours": vt_content.OpeningHours,
}


def schema_fields() -> dict[str, set[str]]:
    """The fields of every object type of the pack's JSON Schema, as Python names them."""
    schema = vt_content.schema()

    def fields(definition: dict[str, Any]) -> set[str]:
        return {"schema_link" if name == "$schema" else name for name in definition["properties"]}

    types = {"ContentPack": fields(schema)}
    for name, definition in schema["$defs"].items():
        if "properties" in definition:
            types[name] = fields(definition)
    return types


def stub_attributes() -> dict[str, set[str]]:
    """The names each class of the stubs declares, with those of its stub base classes."""
    tree = ast.parse(STUBS.read_text(encoding="utf-8"))
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}

    def names(node: ast.ClassDef) -> set[str]:
        own = {item.name for item in node.body if isinstance(item, ast.FunctionDef)}
        for base in node.bases:
            if isinstance(base, ast.Name) and base.id in classes:
                own |= names(classes[base.id])
        return own

    return {name: names(node) for name, node in classes.items()}


def test_every_schema_type_has_its_class() -> None:
    assert set(schema_fields()) == set(CLASSES)


def test_every_field_is_an_attribute_of_its_class() -> None:
    missing = [
        f"{name}.{field}"
        for name, fields in schema_fields().items()
        for field in sorted(fields)
        if not hasattr(CLASSES[name], field)
    ]
    assert missing == []


def test_every_field_is_declared_in_the_stubs() -> None:
    stubs = stub_attributes()
    missing = [
        f"{name}.{field}"
        for name, fields in schema_fields().items()
        for field in sorted(fields)
        if field not in stubs.get(CLASSES[name].__name__, set())
    ]
    assert missing == []
