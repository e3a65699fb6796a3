"""What a job shows while it runs, and what its log keeps.

The console prints the run header, a table per script (fitted to its width: fitted_table) and the
summary. Between them a progress line shows the time elapsed, the scripts done of the total, how
long the rest should take (the finished scripts' mean duration), the script running and the stage
its worker has reached (the worker says so through its pipe: see engine/messages.py; waits for a quiet
host and retries are stages too): a live rich line on a terminal, a plain line per stage anywhere
else. The live line's
clock moves once a second, except while a timed window owns the host. The job's log (Hydra's
``<job>.log``) gets each stage with how long it took; the console shows only the log's warnings,
above the live line.
"""

from __future__ import annotations

import datetime
import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Optional

from rich import box
from rich.console import Console
from rich.logging import RichHandler
from rich.measure import Measurement
from rich.progress import Progress, TaskID, TextColumn
from rich.table import Column as TableColumn
from rich.table import Table
from rich.text import Text

from mlagility.paths import locks_dir
from mlagility.host import HostLock

log = logging.getLogger(__name__)
# The live line redraws itself this often (seconds) between stages, so that its clock moves.
TICK_S = 1.0
# A stage that only changes its figures ("waiting for a quiet host: 64% busy, 12 s of 30") is
# one stage: a plain line for it at most this often (seconds).
PLAIN_REPEAT_S = 10.0

# Wide enough for the per-script tables when stdout is a file or a pipe.
console = Console(highlight=False, width=None if os.isatty(1) else 180)


def console_log_handler() -> logging.Handler:
    """The job logging's console handler (see conf/hydra/job_logging/mlagility.yaml): it prints
    through the job's console, so its lines go above the live progress line, not through it."""
    return RichHandler(console=console, show_time=False, show_path=False, markup=False)


def stage_kind(stage: str) -> str:
    """What a stage is, whatever its figures say: updates of one kind are one stage."""
    return re.sub(r"\d+", "#", stage)


def clock(seconds: float) -> str:
    """Seconds as ``0:01:05``."""
    return str(datetime.timedelta(seconds=int(max(seconds, 0))))


class JobProgress:
    """Scripts done of ``total`` and how long the rest should take, the script running, its
    stage and the time elapsed; ``live``: a rich progress line that redraws itself, else a plain
    line for each stage.

    The live line is redrawn when a stage begins and once a second between stages, each redraw
    holding the host lock of ``cache_dir`` shared, as any work of the tool does: never while a
    timed window owns the host."""

    def __init__(self, total: int, live: bool, cache_dir: Optional[str | Path] = None):
        self.total, self.done = total, 0
        self.script, self.stage = "", ""
        self.started = self.script_started = self.stage_started = time.monotonic()
        self.script_seconds: list[float] = []  # of the scripts run to the end (not skipped)
        self._plain_shown = 0.0
        self._progress: Optional[Progress] = None
        self._task: Optional[TaskID] = None
        self._ticker: Optional[threading.Thread] = None
        self._stopped = threading.Event()
        self._drawing = threading.Lock()
        self._host = HostLock(locks_dir(cache_dir)) if live and cache_dir is not None else None
        if live:
            self._progress = Progress(
                # One line, written by _show, cut at its end on a narrow terminal: the clock and
                # the count first, so that they always show.
                TextColumn("{task.description}", markup=False, table_column=TableColumn(no_wrap=True, overflow="ellipsis")),
                console=console, transient=True,
                # Redrawn by this class only: rich's redraw thread would be CPU work beside the
                # timed window that the host lock keeps everything else out of.
                auto_refresh=False,
            )

    def __enter__(self) -> JobProgress:
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task("", total=self.total)
            if self._host is not None:
                self._ticker = threading.Thread(target=self._tick, name="mlagility-progress", daemon=True)
                self._ticker.start()
        return self

    def __exit__(self, kind: Optional[type], error: Optional[BaseException], trace: Optional[TracebackType]) -> None:
        self._end_stage()
        self._stopped.set()
        if self._progress is not None:
            with self._drawing:
                self._progress.stop()

    def skip(self, script: str, why: str) -> None:
        """Count a script the job does not run (resume found it finished)."""
        log.info("%s: skipped (%s)", script, why)
        self.done += 1
        self._show()

    def start_script(self, script: str) -> None:
        """A worker is starting on ``script``."""
        self.script, self.script_started = script, time.monotonic()
        self.begin("starting worker")

    def begin(self, stage: str) -> None:
        """The current script's worker has begun ``stage`` (it ended the one before); a stage
        of the same kind as the current one updates it (see :func:`stage_kind`)."""
        now = time.monotonic()
        update = bool(self.stage) and stage_kind(stage) == stage_kind(self.stage)
        if not update:
            self._end_stage()
            self.stage_started = now
            log.debug("%s: %s", self.script, stage)
        self.stage = stage
        self._show()
        if self._progress is None and (not update or now - self._plain_shown >= PLAIN_REPEAT_S):
            self._plain_shown = now
            console.print(f"[{self.done}/{self.total} done, {clock(now - self.started)}{self._eta()}] "
                          f"{self.script}: {stage}", markup=False, soft_wrap=True)

    def finish_script(self, records: int) -> None:
        """The current script's worker has ended, with ``records`` records."""
        self._end_stage()
        seconds = time.monotonic() - self.script_started
        log.info("%s: done in %.2f s, %d record(s)", self.script, seconds, records)
        self.script_seconds.append(seconds)
        self.done += 1
        self.script = ""
        self._show()

    def remaining_s(self) -> Optional[float]:
        """How long the scripts not yet finished should take, at the finished ones' mean
        duration (less what the running one has had); None before any script has finished."""
        if not self.script_seconds:
            return None
        mean = sum(self.script_seconds) / len(self.script_seconds)
        left = (self.total - self.done) * mean
        if self.script:
            left -= min(time.monotonic() - self.script_started, mean)
        return left

    def _eta(self) -> str:
        """``, 0:01:20 left`` once a script has finished, until the last one has."""
        left = self.remaining_s()
        return "" if left is None or self.done >= self.total else f", {clock(left)} left"

    def _end_stage(self) -> None:
        if self.stage:
            log.info("%s: %s took %.2f s", self.script, self.stage, time.monotonic() - self.stage_started)
        self.stage = ""

    def _show(self) -> None:
        if self._progress is not None and self._task is not None:
            with self._drawing:
                if not self._stopped.is_set():
                    # The script without its corpus (the run's header names it): a wait's stage
                    # then fits 80 columns.
                    self._progress.update(self._task, completed=self.done, refresh=True, description=(
                        f"{clock(time.monotonic() - self.started)} {self.done}/{self.total} scripts{self._eta()} "
                        f"{self.script.rsplit('/', 1)[-1]} {self.stage}"))

    def _tick(self) -> None:
        """Redraw the live line once a second, each time as work under the host lock."""
        assert self._host is not None
        while not self._stopped.wait(TICK_S):
            with self._host.working():
                self._show()


@dataclass
class Column:
    """A column of a console table: its header and cells, its rank (0 is left out last), and
    whether its cells may wrap (at spaces, never inside a word) to fit."""

    header: str
    cells: list[Text]
    rank: int
    wrap: bool = False


def fitted_table(title: str, columns: list[Column], out: Console, keep: int) -> tuple[Table, list[str]]:
    """A table of ``columns`` (in their order) as wide as ``out`` at most, and the headers it
    left out: columns go from the last rank on until the rest fit without breaking a word
    (the ``keep`` first ranks stay whatever the width); then the wrapping columns give up
    width, the widest first, down to their longest word."""
    options = out.options

    def width_of(text: Text, wrap: bool) -> tuple[int, int]:
        measured = Measurement.get(out, options, text)
        return (measured.minimum if wrap else measured.maximum), measured.maximum

    def table_of(chosen: list[Column], widths: Optional[list[int]] = None) -> Table:
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
                      collapse_padding=True)
        for index, column in enumerate(chosen):
            table.add_column(column.header, no_wrap=not column.wrap, overflow="fold",
                             width=widths[index] if widths else None)
        for row in zip(*(column.cells for column in chosen)):
            table.add_row(*row)
        return table

    def overhead(chosen: list[Column]) -> int:  # separators and padding
        return Measurement.get(out, options, table_of(chosen, [0] * len(chosen))).maximum

    # A header is never wrapped; a cell may be, between words, where its column allows.
    ranges = {column.header: [width_of(Text(column.header), False), *(width_of(cell, column.wrap) for cell in column.cells)]
              for column in columns}
    least = {header: max(low for low, _ in cells) for header, cells in ranges.items()}
    most = {header: max(high for _, high in cells) for header, cells in ranges.items()}
    chosen = list(columns)
    for column in sorted(columns, key=lambda c: c.rank, reverse=True):
        if column.rank < keep or sum(least[c.header] for c in chosen) + overhead(chosen) <= options.max_width:
            break
        chosen.remove(column)
    budget = options.max_width - overhead(chosen)
    if sum(least[c.header] for c in chosen) > budget:  # too narrow even for the first ranks: rich folds
        return table_of(chosen), [c.header for c in columns if c not in chosen]
    widths = [most[c.header] for c in chosen]
    while sum(widths) > budget:
        widest = max((i for i, c in enumerate(chosen) if widths[i] > least[c.header]), key=lambda i: widths[i])
        widths[widest] -= 1
    return table_of(chosen, widths), [c.header for c in columns if c not in chosen]
