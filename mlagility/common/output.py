"""Writing out: everything a block prints (Python's and C libraries' alike) to a log file, one-line
errors, and files replaced whole."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional


@contextlib.contextmanager
def redirected_output(path: str | Path) -> Iterator[None]:
    """Append file descriptors 1 and 2 to ``path`` while the block runs."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with open(path, "ab", buffering=0) as log:
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def one_line(error: BaseException, limit: int = 300) -> str:
    """``Type: first line of the message`` without terminal colours: a reason for a record."""
    lines = _ANSI.sub("", str(error)).strip().splitlines()
    return f"{type(error).__name__}: {lines[0] if lines else ''}"[:limit]


def error_chain(error: BaseException) -> list[BaseException]:
    """The error and those that led to it, outermost first, as Python's traceback shows them:
    each one's explicit cause (``raise ... from``), else the error it was raised while handling."""
    chain: list[BaseException] = []
    link: Optional[BaseException] = error
    while link is not None and link not in chain:
        chain.append(link)
        link = link.__cause__ if link.__cause__ is not None else None if link.__suppress_context__ else link.__context__
    return chain


def write_text_atomically(path: str | Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it into place: a reader, or
    another process writing the same file, never sees half of it."""
    path = Path(path)
    staging = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    staging.write_text(text)
    os.replace(staging, path)


def remove_if_holding_only(folder: str | Path, names: Iterable[str]) -> None:
    """Remove ``folder`` when it holds nothing but ``names`` (what Hydra writes into a run or sweep
    folder before the run starts), then its parents while they are empty, up to the current folder:
    a run rejected before any work leaves no empty ``outputs/<date>/<time>/`` behind."""
    folder = Path(folder).resolve()
    if not folder.is_dir() or not {entry.name for entry in folder.iterdir()} <= set(names):
        return
    shutil.rmtree(folder)
    here = Path.cwd().resolve()
    for parent in folder.parents:
        if parent == here or here not in parent.parents or any(parent.iterdir()):
            break
        parent.rmdir()
