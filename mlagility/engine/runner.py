"""Run one script per worker process, with a timeout and a memory limit.

Workers are forked from a forkserver that has already imported torch, onnxruntime and the
worker code, so each script starts in milliseconds instead of re-importing them, and a script
that crashes, hangs or eats the machine takes only its own process down.
"""

from __future__ import annotations

import atexit
import dataclasses
import multiprocessing
import os
import signal
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Optional

import psutil

from mlagility import records
from mlagility.engine.task import ScriptTask
from mlagility.records import Record

POLL_S = 0.1
# What a worker sends through its pipe, as (kind, payload): a record (its dict), a notice that the
# script called a model (the record dict to write for it should the worker die before its own),
# or the stage it has just begun (a short text for the progress line and the job's log).
RECORD, DISCOVERED, STAGE = "record", "discovered", "stage"
# Imported once by the forkserver, inherited by every worker.
PRELOAD = ["mlagility.engine.worker"]

_context: Optional[multiprocessing.context.BaseContext] = None


@dataclass(frozen=True)
class _Forkserver:
    """What the running forkserver imported and which environment it started with."""

    preload: frozenset[str]
    env: frozenset[tuple[str, str]]


_running: Optional[_Forkserver] = None


def context() -> multiprocessing.context.BaseContext:
    """The forkserver context."""
    global _context
    if _context is None:
        if multiprocessing.get_start_method(allow_none=True) not in (None, *multiprocessing.get_all_start_methods()):
            # e.g. "loky" inside a joblib worker: the forkserver would be told to use a start
            # method that a fresh interpreter does not know.
            multiprocessing.set_start_method("forkserver", force=True)
        _context = multiprocessing.get_context("forkserver")
    return _context


def start_workers(preload: Iterable[str] = (), env: Optional[Mapping[str, Any]] = None) -> None:
    """Start the forkserver now, so that its imports (the worker's, plus ``preload``: a corpus's
    heavy libraries) overlap with whatever the caller does next. It starts with ``env`` set,
    because libraries read some variables once, at import (huggingface_hub: HF_HUB_OFFLINE).

    A running forkserver that lacks some of ``preload`` or started with another ``env`` is
    replaced (keeping what it preloaded): importing a library once there beats importing it in
    every worker. Modules that fail to import are skipped."""
    global _running
    from multiprocessing import forkserver

    wanted = _Forkserver(frozenset(preload), frozenset((k, str(v)) for k, v in (env or {}).items()))
    if _running is not None:
        if wanted.preload <= _running.preload and wanted.env <= _running.env:
            return
        stop_workers()
        wanted = _Forkserver(wanted.preload | _running.preload, wanted.env)
    else:
        # Else a process that fails early (a bad override) would keep the caller's pipes open
        # until the forkserver has finished importing torch.
        atexit.register(stop_workers)
    context().set_forkserver_preload(PRELOAD + sorted(wanted.preload))
    saved = dict(os.environ)
    os.environ.update(dict(wanted.env))
    try:
        forkserver.ensure_running()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    _running = wanted


def stop_workers() -> None:
    """Stop the forkserver now, even in the middle of its imports (between jobs: no worker runs)."""
    from multiprocessing import forkserver

    server = forkserver._forkserver  # no public way to stop or restart the forkserver
    if server._forkserver_pid is not None:
        try:
            os.kill(server._forkserver_pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    server._stop()


def _tree_rss(process: psutil.Process) -> int:
    """Resident memory of a process and its children (torch.compile spawns some)."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass
    return total


def _kill_tree(pid: int) -> None:
    try:
        parent = psutil.Process(pid)
        members = [*parent.children(recursive=True), parent]
    except psutil.Error:
        return
    for member in members:
        try:
            member.kill()
        except psutil.Error:
            pass


def run_script(
    task: ScriptTask,
    timeout_s: float,
    memory_limit_bytes: int,
    on_record: Callable[[Record], None],
    on_stage: Optional[Callable[[str], None]] = None,
) -> list[Record]:
    """Run ``task`` in a worker; ``on_record`` sees each record as it arrives, ``on_stage`` each
    stage the worker begins ("running script", "encoder: exporting", ...). A worker that
    times out, exceeds the memory limit, dies, or exits before it sent a record for everything its
    script called adds a record saying so: one for each model it discovered and had sent no record
    for (a script that dies hard after calling its model), or a script-level one when there is none."""
    start_workers()  # a no-op once the job has started them
    ctx = context()
    receiver, sender = ctx.Pipe(duplex=False)
    worker = ctx.Process(target=_entry, args=(task, sender), name=f"mlagility:{task.script_stem}")
    worker.start()
    sender.close()
    received: list[Record] = []
    discovered: dict[str, Record] = {}  # by invocation hash

    def take(record: Record) -> None:
        received.append(record)
        on_record(record)

    started = time.monotonic()
    failure: Optional[tuple[str, str]] = None
    process = psutil.Process(worker.pid)
    while True:
        try:
            if receiver.poll(POLL_S):
                kind, payload = receiver.recv()
                if kind == STAGE:
                    if on_stage is not None:
                        on_stage(payload)
                    continue
                record = Record.from_dict(payload)
                if kind == DISCOVERED:
                    discovered[record.invocation_hash] = record
                else:
                    take(record)
                continue
        except (EOFError, OSError):
            break  # the worker closed its end: finished or died
        if time.monotonic() - started > timeout_s:
            failure = (records.TIMEOUT, f"the script did not finish within timeout={timeout_s:g} s; raise timeout= to allow more")
            break
        try:
            rss = _tree_rss(process)
        except psutil.Error:
            rss = 0
        if rss > memory_limit_bytes:
            failure = (records.OUT_OF_MEMORY, f"the worker used {rss / 2**30:.1f} GiB, above memory_limit_gb={memory_limit_bytes / 2**30:.1f}")
            break
    if failure is not None:
        _kill_tree(worker.pid)
    worker.join()
    receiver.close()
    recorded = {record.invocation_hash for record in received}
    unrecorded = [record for hash_, record in discovered.items() if hash_ not in recorded]
    failure = failure or _exit_failure(worker.exitcode, bool(unrecorded), bool(received))
    if failure is not None:
        status, reason = failure
        for record in unrecorded:
            take(dataclasses.replace(record, status=status, timestamp=time.time(),
                                     reason=f"{reason}; the script had called this model, which got no record"))
        if not unrecorded:
            record = task.base_record()
            record.status, record.reason = failure
            take(record)
    return received


def _exit_failure(exitcode: Optional[int], unrecorded: bool, received: bool) -> Optional[tuple[str, str]]:
    """The failure a worker's exit code tells, or None: a signal, a non-zero code, or code 0 before
    the worker sent a record for everything its script called (``unrecorded``), or any record."""
    if exitcode is None or (exitcode == 0 and received and not unrecorded):
        return None
    if exitcode < 0:
        name = signal.Signals(-exitcode).name
        hint = " (out of memory? the kernel's OOM killer sends SIGKILL)" if -exitcode == signal.SIGKILL else ""
        return (records.KILLED, f"the worker died of {name}{hint}")
    if exitcode > 0:
        return (records.SCRIPT_ERROR, f"the worker exited with code {exitcode}")
    if unrecorded:
        return (records.SCRIPT_ERROR, "the worker exited with code 0 before the tool measured the models its script "
                                      "called: the script ended its own process (os._exit?)")
    return (records.SCRIPT_ERROR, "the worker exited with code 0 and sent no record, not even no_model_found: "
                                  "the script ended its own process (os._exit?) before it finished")


def _entry(task: ScriptTask, sender) -> None:
    from mlagility.engine.worker import work

    work(task, sender)
