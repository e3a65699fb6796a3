"""Append-only JSON-lines files (results, progress): every append starts on a fresh line and is
on disk when it returns; reading skips, with a warning, a line torn by a killed writer."""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import Any, Iterator


def append_line(path: str | Path, value: Any) -> None:
    """Append ``value`` as one JSON line, flushed to disk. When a killed writer left the file
    without its final newline, a newline comes first, so the torn line stays alone."""
    line = json.dumps(value, default=str) + "\n"
    with open(path, "a+b") as file:
        if file.tell() > 0:
            file.seek(-1, os.SEEK_END)
            if file.read(1) != b"\n":
                line = "\n" + line
        file.write(line.encode("utf-8"))
        file.flush()
        os.fsync(file.fileno())


def read_lines(path: str | Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of ``path``, line by line; a line that is not one (torn by a killed
    writer) is skipped with a warning that names the file and line."""
    with open(path, encoding="utf-8", errors="replace") as file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError:
                value = None
            if not isinstance(value, dict):
                warnings.warn(f"{path}:{number}: skipped a torn line (a writer was killed mid-line?)", stacklevel=2)
                continue
            yield value
