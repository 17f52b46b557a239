"""Limits: vt_content.load on files that are not ordinary packs.

A pack of 1 MiB nested 100,000 deep, files that never end (/dev/zero, /dev/urandom, a
FIFO fed endlessly), FIFOs, a directory, files that cannot be read and file names that
are not UTF-8. Each gives its documented exception (ValidationError or JsonSyntaxError
with its code, or OSError as open() raises it), and nothing hangs: every load runs on a
thread that the test waits for at most TIMEOUT seconds.

The tests run as root in CI, where chmod 000 stops no read: there, the file without read
permission is loaded in a forked child that has become the user nobody.

A FIFO with no writer does not block: it is empty input (json-truncated).
"""

from __future__ import annotations

import errno
import os
import shutil
import sys
import tempfile
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
    """`[` 100,000 times, `]` 100,000 times, then `x` (which counts, where whitespace would
    not) up to 1 MiB and `extra` more."""
    text = b"[" * 100_000 + b"]" * 100_000
    return text + b"x" * (MAX_PACK_BYTES + extra - len(text))


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


def fifo_with_a_reader_held(path: Path) -> int:
    """Makes a FIFO and holds a read end open on it (never read), so that a writer opens
    it at once and what it writes stays in the pipe until the loader reads it."""
    os.mkfifo(path)
    return os.open(path, os.O_RDONLY | os.O_NONBLOCK)


def test_a_fifo_fed_endlessly_is_too_large(tmp_path: Path) -> None:
    fifo = tmp_path / "endless"
    holder = fifo_with_a_reader_held(fifo)
    file = open(fifo, "wb")  # noqa: SIM115 - the writer thread closes it
    stopped: list[BaseException] = []

    def feed() -> None:
        try:
            with file:
                while True:
                    file.write(b" " * 65536)
        except BrokenPipeError as error:  # every reader closed its end
            stopped.append(error)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    assert codes(load(fifo)) == ("ValidationError", ["pack-too-large"])
    os.close(holder)
    writer.join(TIMEOUT)
    assert not writer.is_alive() and stopped


def test_a_fifo_loads_what_its_writer_wrote(tmp_path: Path) -> None:
    fifo = tmp_path / "pack"
    holder = fifo_with_a_reader_held(fifo)
    fifo.write_text(vt_content.bundled().to_json(), encoding="utf-8")
    assert load(fifo) == vt_content.bundled()
    os.close(holder)


def test_a_fifo_without_a_writer_is_empty_input(tmp_path: Path) -> None:
    """The loader does not wait for a writer: a FIFO no one writes to is empty, at once."""
    fifo = tmp_path / "silent"
    os.mkfifo(fifo)
    assert codes(load(fifo)) == ("JsonSyntaxError", ["json-truncated"])


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


def test_a_file_without_read_permission_is_a_permission_error() -> None:
    # Root reads any file, so as root the load runs in a forked child that has become the
    # user nobody (uid 65534): nobody may enter the directory, but not read the file.
    directory = Path(tempfile.mkdtemp())
    try:
        directory.chmod(0o755)
        path = directory / "pack.json"
        path.write_text(vt_content.bundled().to_json(), encoding="utf-8")
        path.chmod(0)
        if os.geteuid() != 0:
            outcome = load(path)
            assert isinstance(outcome, PermissionError), repr(outcome)
            return
        read_end, write_end = os.pipe()
        child = os.fork()
        if child == 0:
            code = 1
            try:
                os.setgroups([])
                os.setresgid(65534, 65534, 65534)
                os.setresuid(65534, 65534, 65534)
                vt_content.load(path)
            except PermissionError as error:
                os.write(write_end, f"PermissionError {error.errno}".encode())
                code = 0
            except BaseException as error:
                os.write(write_end, repr(error).encode())
            finally:
                os._exit(code)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            said = pipe.read()
        _, status = os.waitpid(child, 0)
        assert said == f"PermissionError {errno.EACCES}", said
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        shutil.rmtree(directory)


def test_file_names_that_are_not_utf8_work(tmp_path: Path) -> None:
    # A name that is not UTF-8 reaches Python as a str with surrogate escapes.
    name = os.fsdecode(b"pack-\xff\xfe-\xe9.json")
    path = tmp_path / name
    path.write_text(vt_content.bundled().to_json(), encoding="utf-8")
    assert load(path) == vt_content.bundled()
    assert load(str(path)) == vt_content.bundled()
    missing = load(tmp_path / os.fsdecode(b"missing-\xff.json"))
    assert isinstance(missing, FileNotFoundError), repr(missing)
