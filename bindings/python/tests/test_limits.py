"""Limits: vt_content.load on files that are not ordinary packs.

A pack of 1 MiB nested 100,000 deep, files that never end (/dev/zero, /dev/urandom, a
FIFO fed endlessly), FIFOs, a directory, files that cannot be read and file names that
are not UTF-8. Each gives its documented exception (ValidationError or JsonSyntaxError
with its code, or OSError as open() raises it), and nothing hangs: every load runs on a
thread that the test waits for at most TIMEOUT seconds.

The tests run as root in CI, where chmod 000 stops no read: the unreadable cases are
/proc/self/mem (its first page is never mapped: EIO) and a dangling symbolic link.

Known limit that does not hold (the core loader's): a FIFO with no writer blocks open()
until a writer comes; test_a_fifo_without_a_writer_blocks_until_one_comes pins it and
releases the load itself.
"""

from __future__ import annotations

import errno
import os
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Union

import pytest
import vt_content

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are Unix's")

TIMEOUT = 20.0
MAX_PACK_BYTES = 1024 * 1024

Outcome = Union[vt_content.ContentPack, BaseException]


def in_thread(load: Callable[[], vt_content.ContentPack]) -> tuple[threading.Thread, list[Outcome]]:
    """Starts `load` on a daemon thread; its outcome lands in the list."""
    outcome: list[Outcome] = []

    def run() -> None:
        try:
            outcome.append(load())
        except BaseException as error:  # noqa: BLE001 - the test inspects it
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def load(path: str | os.PathLike[str]) -> Outcome:
    """vt_content.load(path), failing the test if it takes longer than TIMEOUT."""
    thread, outcome = in_thread(lambda: vt_content.load(path))
    thread.join(TIMEOUT)
    assert not thread.is_alive(), f"loading {path!r} took longer than {TIMEOUT} s"
    return outcome[0]


def codes(outcome: Outcome) -> tuple[str, list[str]]:
    """The exception's class name and its violations' codes."""
    assert isinstance(outcome, vt_content.ValidationError), repr(outcome)
    return type(outcome).__name__, [violation.code for violation in outcome.violations]


def nested(extra: int = 0) -> bytes:
    """`[` 100,000 times, `]` 100,000 times, then spaces up to 1 MiB and `extra` more."""
    text = b"[" * 100_000 + b"]" * 100_000
    return text + b" " * (MAX_PACK_BYTES + extra - len(text))


def test_a_pack_of_1_mib_nested_100_000_deep_is_a_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / "nested.json"
    path.write_bytes(nested())
    assert codes(load(path)) == ("JsonSyntaxError", ["json-syntax"])
    with pytest.raises(vt_content.JsonSyntaxError) as raised:
        vt_content.loads(nested())
    assert raised.value.line == 1


def test_one_byte_over_1_mib_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "over.json"
    path.write_bytes(nested(1))
    assert codes(load(path)) == ("ValidationError", ["pack-too-large"])


@pytest.mark.parametrize("endless", ["/dev/zero", "/dev/urandom"])
def test_files_that_never_end_are_too_large(endless: str) -> None:
    assert codes(load(endless)) == ("ValidationError", ["pack-too-large"])


def test_a_fifo_fed_endlessly_is_too_large(tmp_path: Path) -> None:
    fifo = tmp_path / "endless"
    os.mkfifo(fifo)
    stopped: list[BaseException] = []

    def feed() -> None:
        try:
            with open(fifo, "wb") as file:
                while True:
                    file.write(b" " * 65536)
        except BrokenPipeError as error:  # the loader closed its end
            stopped.append(error)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    assert codes(load(fifo)) == ("ValidationError", ["pack-too-large"])
    writer.join(TIMEOUT)
    assert not writer.is_alive() and stopped


def test_a_fifo_with_a_writer_loads_what_it_writes(tmp_path: Path) -> None:
    fifo = tmp_path / "pack"
    os.mkfifo(fifo)
    writer = threading.Thread(
        target=lambda: fifo.write_text(vt_content.bundled().to_json(), encoding="utf-8"),
        daemon=True,
    )
    writer.start()
    assert load(fifo) == vt_content.bundled()
    writer.join(TIMEOUT)


def test_a_fifo_without_a_writer_blocks_until_one_comes(tmp_path: Path) -> None:
    """Known limit: the core opens the FIFO blocking, so with no writer it waits for one.

    This pins the behaviour, then opens the FIFO for writing and closes it to release the
    load, which reads empty input.
    """
    fifo = tmp_path / "silent"
    os.mkfifo(fifo)
    thread, outcome = in_thread(lambda: vt_content.load(fifo))
    thread.join(0.5)
    blocked = thread.is_alive()
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            break
        except OSError as error:
            assert error.errno == errno.ENXIO and time.monotonic() < deadline, error
            time.sleep(0.01)
    thread.join(TIMEOUT)
    assert not thread.is_alive()
    assert codes(outcome[0]) == ("JsonSyntaxError", ["json-truncated"])
    assert blocked, "the loader no longer blocks: update this test and the docs"


def test_a_directory_is_an_os_error(tmp_path: Path) -> None:
    outcome = load(tmp_path)
    assert isinstance(outcome, IsADirectoryError), repr(outcome)
    assert outcome.errno == errno.EISDIR
    assert outcome.filename == tmp_path


def test_files_that_cannot_be_read_are_os_errors(tmp_path: Path) -> None:
    memory = load("/proc/self/mem")
    assert isinstance(memory, OSError) and memory.errno == errno.EIO, repr(memory)
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nothing-here")
    missing = load(dangling)
    assert isinstance(missing, FileNotFoundError), repr(missing)


def test_a_file_without_read_permission_is_refused_except_to_root(tmp_path: Path) -> None:
    path = tmp_path / "pack.json"
    path.write_text(vt_content.bundled().to_json(), encoding="utf-8")
    path.chmod(0)
    outcome = load(path)
    if os.geteuid() == 0:
        # Root reads any file: chmod 000 is no test of an unreadable file there.
        assert outcome == vt_content.bundled()
    else:
        assert isinstance(outcome, PermissionError), repr(outcome)


def test_file_names_that_are_not_utf8_work(tmp_path: Path) -> None:
    # A name that is not UTF-8 reaches Python as a str with surrogate escapes.
    name = os.fsdecode(b"pack-\xff\xfe-\xe9.json")
    path = tmp_path / name
    path.write_text(vt_content.bundled().to_json(), encoding="utf-8")
    assert load(path) == vt_content.bundled()
    assert load(str(path)) == vt_content.bundled()
    missing = load(tmp_path / os.fsdecode(b"missing-\xff.json"))
    assert isinstance(missing, FileNotFoundError), repr(missing)
