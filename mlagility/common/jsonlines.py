"""Append-only JSON-lines files (results, progress): every append starts on a fresh line, is
written whole or not at all (a full disk leaves the file as it was) and is on disk when it
returns; reading skips, with a warning, a line torn by a killed writer."""

from __future__ import annotations

import errno
import json
import os
import warnings
from pathlib import Path
from typing import Any, Iterator


def append_line(path: str | Path, value: Any) -> None:
    """Append ``value`` as one JSON line, flushed to disk. When a killed writer left the file
    without its final newline, a newline comes first, so the torn line stays alone. The line goes
    out in one write; when that fails (a full disk: OSError ENOSPC), the file is cut back to its
    old length (one left empty is removed), so no torn line is left behind, and the error is raised."""
    line = (json.dumps(value, default=str) + "\n").encode("utf-8")
    descriptor = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        size = os.fstat(descriptor).st_size
        if size > 0 and os.pread(descriptor, 1, size - 1) != b"\n":
            line = b"\n" + line
        try:
            if os.write(descriptor, line) != len(line):  # the disk filled up during the write
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
            os.fsync(descriptor)
        except BaseException:
            if size > 0:
                os.ftruncate(descriptor, size)
            else:
                os.unlink(path)
            raise
    finally:
        os.close(descriptor)


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
