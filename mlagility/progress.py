"""What a job shows while it runs, and what its log keeps.

The console prints the run header, a table per script and the summary. Between them a progress
line shows the scripts done of the total, the script running, the stage its worker has reached
(the worker says so through its pipe: see runner.STAGE) and the time elapsed: a live rich line on
a terminal, a plain line per stage anywhere else. The job's log (Hydra's ``<job>.log``) gets each
stage with how long it took; the console shows only the log's warnings, above the live line.
"""

from __future__ import annotations

import datetime
import logging
import os
import time
from types import TracebackType
from typing import Optional

from rich.console import Console
from rich.logging import RichHandler
from rich.progress import Progress, TaskID, TextColumn, TimeElapsedColumn

log = logging.getLogger(__name__)

# Wide enough for the per-script tables when stdout is a file or a pipe.
console = Console(highlight=False, width=None if os.isatty(1) else 180)


def console_log_handler() -> logging.Handler:
    """The job logging's console handler (see conf/hydra/job_logging/mlagility.yaml): it prints
    through the job's console, so its lines go above the live progress line, not through it."""
    return RichHandler(console=console, show_time=False, show_path=False, markup=False)


class JobProgress:
    """Scripts done of ``total``, the script running, its stage and the time elapsed; ``live``: a
    rich progress line that redraws itself, else a plain line for each stage."""

    def __init__(self, total: int, live: bool):
        self.total, self.done = total, 0
        self.script, self.stage = "", ""
        self.started = self.script_started = self.stage_started = time.monotonic()
        self._progress: Optional[Progress] = None
        self._task: Optional[TaskID] = None
        if live:
            self._progress = Progress(
                TextColumn("{task.completed}/{task.total} scripts"),
                TextColumn("[bold]{task.fields[script]}"), TextColumn("{task.fields[stage]}"),
                TimeElapsedColumn(), console=console, transient=True,
                # Redrawn on each stage change only: a redraw thread would be CPU work beside
                # the timed window that the host lock keeps everything else out of.
                auto_refresh=False,
            )

    def __enter__(self) -> JobProgress:
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task("", total=self.total, script="", stage="")
        return self

    def __exit__(self, kind: Optional[type], error: Optional[BaseException], trace: Optional[TracebackType]) -> None:
        self._end_stage()
        if self._progress is not None:
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
        """The current script's worker has begun ``stage`` (it ended the one before)."""
        self._end_stage()
        self.stage, self.stage_started = stage, time.monotonic()
        log.debug("%s: %s", self.script, stage)
        self._show()
        if self._progress is None:
            elapsed = datetime.timedelta(seconds=int(time.monotonic() - self.started))
            console.print(f"[{self.done}/{self.total} done, {elapsed}] {self.script}: {stage}", markup=False,
                          soft_wrap=True)

    def finish_script(self, records: int) -> None:
        """The current script's worker has ended, with ``records`` records."""
        self._end_stage()
        log.info("%s: done in %.2f s, %d record(s)", self.script, time.monotonic() - self.script_started, records)
        self.done += 1
        self.script = ""
        self._show()

    def _end_stage(self) -> None:
        if self.stage:
            log.info("%s: %s took %.2f s", self.script, self.stage, time.monotonic() - self.stage_started)
        self.stage = ""

    def _show(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, completed=self.done, script=self.script, stage=self.stage, refresh=True)
