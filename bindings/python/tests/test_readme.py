"""The Python examples of the READMEs (the repository's and the package's) and of the
package's docstring run as written."""

from __future__ import annotations

import contextlib
import doctest
import io
import re

import vt_content
from repo import REPO

READMES = [REPO / "README.md", REPO / "bindings" / "python" / "README.md"]


def test_the_readme_examples_run() -> None:
    blocks = [
        (readme, block)
        for readme in READMES
        for block in re.findall(r"```python\n(.*?)```", readme.read_text("utf-8"), re.DOTALL)
    ]
    assert blocks
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        for readme, block in blocks:
            exec(compile(block, str(readme), "exec"), {})
    printed = output.getvalue()
    assert "withdrawing - Pulling away from others" in printed
    assert "GuidanceKind.SEEK_SUPPORT" in printed
    assert "/signs/5/id invalid-id" in printed


def test_the_examples_of_the_package_docstring_run() -> None:
    # help(vt_content) shows these examples with their output: each gives what it shows.
    result = doctest.testmod(vt_content)
    assert (result.failed, result.attempted) == (0, 6)
