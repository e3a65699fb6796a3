"""Writing out: everything a block prints (Python's and C libraries' alike) to a log file, one-line
errors, files replaced whole, and a full disk said in words."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, TextIO


class LogStream:
    """sys.stdout or sys.stderr while they write to a log: what a full disk will not take (ENOSPC)
    is dropped, so that a log that cannot be written never stops the work that writes it."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, text: str) -> int:
        with _dropped_when_full():
            return self.stream.write(text)
        return len(text)

    def flush(self) -> None:
        with _dropped_when_full():
            self.stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


@contextlib.contextmanager
def _dropped_when_full() -> Iterator[None]:
    try:
        yield
    except OSError as error:
        if not no_space_left(error):
            raise


@contextlib.contextmanager
def redirected_output(path: str | Path) -> Iterator[None]:
    """Append file descriptors 1 and 2, and Python's sys.stdout and sys.stderr, to ``path`` while
    the block runs. On a full disk, what does not fit is dropped (see LogStream); what Python
    could not write is never left to reach the terminal afterwards."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    streams = sys.stdout, sys.stderr
    with open(path, "ab", buffering=0) as log:
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        # Streams of their own, line by line: the caller's keep nothing unwritten to spill out later.
        ours = [LogStream(open(fd, "w", buffering=1, encoding=getattr(stream, "encoding", None) or "utf-8",
                               errors="backslashreplace", closefd=False)) for fd, stream in zip((1, 2), streams)]
        sys.stdout, sys.stderr = ours
        try:
            yield
        finally:
            for stream in ours:
                with contextlib.suppress(OSError):  # closed, and whatever a full disk kept from it dropped
                    stream.stream.close()
            sys.stdout, sys.stderr = streams
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


@contextlib.contextmanager
def replaced_atomically(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` for the block to write; renamed into place when the block
    succeeds, removed when it fails (a full disk): a reader, or another process writing the same
    file, never sees half of it, and a failed write leaves the old file as it was."""
    path = Path(path)
    staging = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        yield staging
        os.replace(staging, path)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def write_text_atomically(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (see :func:`replaced_atomically`)."""
    with replaced_atomically(path) as staging:
        staging.write_text(text)


def no_space_left(error: BaseException) -> bool:
    """Whether a full disk (ENOSPC) is behind ``error``: it or an error that led to it, or an error
    whose message says so (a C++ library's error carries no errno)."""
    return any((isinstance(link, OSError) and link.errno == errno.ENOSPC)
               or os.strerror(errno.ENOSPC).lower() in str(link).lower() for link in error_chain(error))


def no_space_message(folder: str | Path, elsewhere: str) -> str:
    """A full disk in words: the folder, and the fix (``elsewhere``: how to write somewhere else)."""
    return f"no space left on device in {folder}: free some space or {elsewhere}"


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
