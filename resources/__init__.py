"""The program's data files (fonts, translations), shipped inside the package as ``app.resources``.

The folder stays at the top of the repository, as the project's layout fixes; ``pyproject.toml`` maps it
into the ``app`` package, so an editable install, ``pip install .`` and a wheel all find it here through
:mod:`importlib.resources`, never beside the source tree.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

_extracted = ExitStack()
atexit.register(_extracted.close)


def resource_path(*parts: str) -> Path:
    """A real file-system path to a resource (ReportLab and Qt open files by name).

    From an installed package the file is already on disk and its own path is returned; from a zipped
    package it is extracted once and kept until the program exits."""
    return _extracted.enter_context(as_file(files(__name__).joinpath(*parts)))
