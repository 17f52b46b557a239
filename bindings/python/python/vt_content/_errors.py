"""The exceptions of vt_content, all rooted at ContentError."""

from __future__ import annotations

from typing import Any

from vt_content._native import CatalogViolation, Violation


class ContentError(Exception):
    """The base of every error vt_content raises about content.

    Every error pickles and copies with all its fields (``violations``, ``id``, ...), so
    that it crosses a process boundary whole, as from a ``ProcessPoolExecutor``'s worker.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # An exception pickles as its class and args by default, and is rebuilt by calling
        # the class with them: these take more than the message their args hold.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[ContentError], args: tuple[Any, ...], fields: dict[str, Any]) -> ContentError:
    """An error as ``ContentError.__reduce__`` gives it: how a pickled error is loaded."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(fields)
    return error


class ValidationError(ContentError, ValueError):
    """A pack was refused: ``violations`` lists every violation found, in order.

    Its subclasses JsonSyntaxError and UnsupportedSchemaVersionError are the refusals
    made before the pack's rules are checked; catch ValidationError for all three. It is
    a ValueError too, as ``json.JSONDecodeError`` is.
    """

    violations: tuple[Violation, ...]
    """Every violation, each with ``code``, ``path`` (a JSON Pointer) and ``message``."""

    def __init__(self, message: str, violations: tuple[Violation, ...]) -> None:
        super().__init__(message)
        self.violations = violations


class JsonSyntaxError(ValidationError):
    """The input is not well-formed JSON text: one violation, at the path ``""``."""

    code: str
    """``json-syntax``, ``json-truncated``, ``invalid-utf8`` or ``byte-order-mark``."""
    line: int
    """The line of the error, counted from 1."""
    column: int
    """The column of the error in characters, counted from 1, as ``json.JSONDecodeError.colno``."""

    def __init__(
        self,
        message: str,
        violations: tuple[Violation, ...],
        code: str,
        line: int,
        column: int,
    ) -> None:
        super().__init__(message, violations)
        self.code = code
        self.line = line
        self.column = column


class UnsupportedSchemaVersionError(ValidationError):
    """The pack is written for another major schema version: one violation, at
    ``/schema_version``."""

    found: str
    """The schema version the pack declares, such as ``"2.0"``."""
    supported: str
    """The schema version this library reads, such as ``"1.1"``."""

    def __init__(
        self,
        message: str,
        violations: tuple[Violation, ...],
        found: str,
        supported: str,
    ) -> None:
        super().__init__(message, violations)
        self.found = found
        self.supported = supported


class UnknownIdError(ContentError, KeyError):
    """An id names no item of the pack. It is a KeyError too."""

    id: str
    """The id as it was given."""

    def __init__(self, message: str, id: str) -> None:
        super().__init__(message)
        self.id = id

    def __str__(self) -> str:
        # KeyError shows the repr of its argument; this shows the message as it is (and,
        # as KeyError(), nothing for none: a pickle may be made by hand).
        return str(self.args[0]) if self.args else ""


class VersionError(ContentError, ValueError):
    """A new version is not the bump its changes need (``Diff.check()``), such as 1.1.1
    for a pack that removes a sign, or a version that goes back. It is a ValueError too."""

    code: str
    """``version-decreased`` or ``version-bump-too-small``."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


class CatalogError(ContentError, ValueError):
    """A catalog could not be made from a directory: every pack file that did not load,
    and every rule of a catalog that its packs break, all at once. It is a ValueError too.

    Its str() is a line of counts, then a line for each of the first 20 problems (a file
    with its count of violations and the first, or a catalog violation), then
    ``and N more``: ``files`` and ``violations`` hold every one."""

    files: dict[str, tuple[Violation, ...]]
    """Each pack file that did not load, with its violations; none for a file that could
    not be read (a directory or a broken link named *.json), whose reason is in str(error)
    when it is one of the first 20 problems."""
    violations: tuple[CatalogViolation, ...]
    """Each rule of a catalog broken, with its file, such as two packs of one locale."""
    kinds: dict[str, str]
    """The kind of error of each file in ``files``: ``syntax``, ``unsupported-schema-version``,
    ``validation`` or ``io`` (a file that could not be read, with no violations)."""
    positions: dict[str, tuple[int, int]]
    """The line and column (counted from 1, the column in characters) of each file in
    ``files`` whose error is ``syntax``, as ``JsonSyntaxError`` gives them for one pack."""

    def __init__(
        self,
        message: str,
        files: dict[str, tuple[Violation, ...]],
        violations: tuple[CatalogViolation, ...],
        kinds: dict[str, str],
        positions: dict[str, tuple[int, int]],
    ) -> None:
        super().__init__(message)
        self.files = files
        self.violations = violations
        self.kinds = kinds
        self.positions = positions
