"""Run one script per worker process, with a timeout and a memory limit.

Workers are forked from a forkserver that has already imported torch, onnxruntime and the
worker code, so each script starts in milliseconds instead of re-importing them, and a script
that crashes, hangs or eats the machine takes only its own process down. Whatever a worker leaves
running when it ends (its script's children) is killed with it.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import dataclasses
import gc
import logging
import math
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Optional

import psutil

from mlagility import records
from mlagility.builder.file_stages import BUILD_PROCESS_NAME, MEMORY_STOP_SIGNAL
from mlagility.engine.messages import Message
from mlagility.engine.task import ScriptTask
from mlagility.records import Record

log = logging.getLogger(__name__)

POLL_S = 0.1
# A worker's descendants are found by reading every process of the host (psutil reads each one's
# parent): a millisecond on a quiet host, every poll, beside the timed calls, and far more on a
# node running hundreds of processes. They are looked for this often; each poll reads only the
# memory of those already found.
TREE_RESCAN_S = 1.0
# How long to wait for the killed processes of a script to end.
KILL_WAIT_S = 5.0
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
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


def start_default_workers() -> None:
    """Start the forkserver before any config is composed, with the worker's own imports (torch,
    onnxruntime: seconds) and the default environment, so that they run while Hydra composes.
    :func:`start_workers`, called with the composed config, keeps it when that config asks for
    nothing more (no corpus preload, the default env) and replaces it when it does."""
    from mlagility.config import DEFAULT_ENV

    start_workers(env=DEFAULT_ENV)


def stop_workers() -> None:
    """Stop the forkserver now, even in the middle of its imports (between jobs: no worker runs)."""
    from multiprocessing import forkserver

    # multiprocessing offers ensure_running() and set_forkserver_preload(), but no way to stop the
    # server (a new preload needs a new one): the module's ForkServer instance, its _forkserver_pid
    # and _stop() (what CPython's own tests stop it with) are private, checked against Python 3.11's
    # multiprocessing; tests/test_private_apis.py fails if a Python changes them.
    server = forkserver._forkserver  # no public way to stop or restart the forkserver
    if server._forkserver_pid is not None:
        try:
            os.kill(server._forkserver_pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    server._stop()


def _alive(process: psutil.Process) -> bool:
    """Whether ``process`` still runs (a zombie has ended: it only waits to be reaped)."""
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _wait_until_ended(processes: list[psutil.Process]) -> None:
    """Wait up to KILL_WAIT_S until ``processes`` have ended (a signal is not instant), without
    waiting for a reaper: an orphan's is not ours, and may never reap it."""
    deadline = time.monotonic() + KILL_WAIT_S
    while any(_alive(process) for process in processes) and time.monotonic() < deadline:
        time.sleep(0.01)


def _named(process: psutil.Process) -> str:
    """``pid N (command line)``, for the logs."""
    try:
        command = " ".join(process.cmdline()) or process.name()
    except psutil.Error:
        command = "?"
    return f"pid {process.pid} ({command[:200]})"


class ScriptProcesses:
    """A worker and every process its script (or a library it calls) started. The worker leads a
    process group of its own (see :func:`_entry`), which its children join unless they leave it;
    each child seen while the worker runs is remembered too, because once the worker ends the
    kernel re-parents it and no tree leads to it any more."""

    def __init__(self, pid: int):
        self.pid = pid
        self.seen: set[psutil.Process] = set()
        self._descendants: list[psutil.Process] = []
        self._scanned = -math.inf  # when the descendants were last looked for (time.monotonic)
        try:
            self.worker: Optional[psutil.Process] = psutil.Process(pid)
        except psutil.Error:  # it has already ended
            self.worker = None

    def _tree(self, fresh: bool = True) -> list[psutil.Process]:
        """The worker and its descendants, looked for now, or (``fresh=False``) as found within
        TREE_RESCAN_S; the descendants are remembered."""
        if self.worker is None:
            return []
        if fresh or time.monotonic() - self._scanned >= TREE_RESCAN_S:
            try:
                self._descendants = self.worker.children(recursive=True)
            except psutil.Error:
                return []
            self._scanned = time.monotonic()
            self.seen.update(self._descendants)
        return [self.worker, *self._descendants]

    def rss(self) -> int:
        """Resident memory of the worker and its descendants (torch.compile spawns some), those
        started in the last TREE_RESCAN_S aside."""
        total = 0
        for member in self._tree(fresh=False):
            try:
                total += member.memory_info().rss
            except psutil.Error:
                pass
        return total

    def builds(self) -> list[psutil.Process]:
        """The build processes among the worker's descendants (builder/file_stages.py names them)."""
        builds = []
        for process in self._tree()[1:]:
            try:
                if process.name() == BUILD_PROCESS_NAME and _alive(process):
                    builds.append(process)
            except psutil.Error:
                pass
        return builds

    def _group(self) -> list[psutil.Process]:
        """The processes in the worker's process group (the worker aside)."""
        members = []
        for process in psutil.process_iter():
            try:
                if process.pid != self.pid and os.getpgid(process.pid) == self.pid:
                    members.append(process)
            except (OSError, psutil.Error):
                pass
        return members

    def end(self) -> list[str]:
        """Kill the worker, if it still runs, and every process it leaves running; return those
        processes, named (:func:`_named`), for the logs."""
        self._tree()
        left = [process for process in {*self.seen, *self._group()} if _alive(process)]
        named = [_named(process) for process in sorted(left, key=lambda process: process.pid)]
        for process in [*left, *([self.worker] if self.worker is not None else [])]:
            try:
                process.kill()  # psutil checks the pid was not reused
            except psutil.Error:
                pass
        _wait_until_ended(left)
        return named


def run_script(
    task: ScriptTask,
    timeout_s: float,
    memory_limit_bytes: int,
    on_record: Callable[[Record], None],
    on_stage: Optional[Callable[[str], None]] = None,
    on_samples: Optional[Callable[[dict[str, Any]], None]] = None,
) -> list[Record]:
    """Run ``task`` in a worker; ``on_record`` sees each record as it arrives, ``on_stage`` each
    stage the worker begins ("running script", "encoder: exporting", ...), ``on_samples`` each
    measurement's latencies (a Message.SAMPLES payload). A worker that
    times out, exceeds the memory limit, dies, or exits before it sent a record for everything its
    script called adds a record saying so: one for each model it discovered and had sent no record
    for (a script that dies hard after calling its model), or a script-level one when there is none.

    However the worker ends (or this function, by an exception), the processes it leaves running
    are killed and named in the job's log and the script's."""
    start_workers()  # a no-op once the job has started them
    ctx = context()
    receiver, sender = ctx.Pipe(duplex=False)
    worker = ctx.Process(target=_entry, args=(task, sender), name=f"mlagility:{task.script_stem}")
    worker.start()
    sender.close()
    processes = ScriptProcesses(worker.pid)
    inbox = Inbox(on_record, on_stage, on_samples)
    try:
        failure = _watch(task, worker, receiver, processes, inbox.receive, timeout_s, memory_limit_bytes)
    finally:
        left_running = processes.end()
        worker.join()
        receiver.close()
        if left_running:
            _name_in_logs(task, left_running)
    unrecorded = inbox.unrecorded()
    failure = failure or _exit_failure(worker.exitcode, bool(unrecorded), bool(inbox.received))
    if failure is not None:
        for record in failure_records(task, unrecorded, *failure):
            inbox.take(record)
    return inbox.received


@dataclass
class Inbox:
    """What a worker has sent: each record (passed on to ``on_record`` as it arrives), each stage it
    began (to ``on_stage``), each measurement's latencies (to ``on_samples``), and the invocations
    it discovered, by invocation hash."""

    on_record: Callable[[Record], None]
    on_stage: Optional[Callable[[str], None]]
    on_samples: Optional[Callable[[dict[str, Any]], None]] = None
    received: list[Record] = field(default_factory=list)
    discovered: dict[str, Record] = field(default_factory=dict)

    def take(self, record: Record) -> None:
        self.received.append(record)
        self.on_record(record)

    def receive(self, kind: str, payload: Any) -> None:
        """One message from the worker's pipe."""
        if kind == Message.STAGE:
            if self.on_stage is not None:
                self.on_stage(payload)
        elif kind == Message.SAMPLES:
            if self.on_samples is not None:
                self.on_samples(payload)
        elif kind == Message.DISCOVERED:
            record = Record.from_dict(payload)
            self.discovered[record.invocation_hash] = record
        else:
            self.take(Record.from_dict(payload))

    def unrecorded(self) -> list[Record]:
        """The discovered invocations that got no record."""
        recorded = {record.invocation_hash for record in self.received}
        return [record for hash_, record in self.discovered.items() if hash_ not in recorded]


def failure_records(task: ScriptTask, unrecorded: list[Record], status: str, reason: str) -> list[Record]:
    """The records of a worker that failed: one per model it called and sent no record for, or
    one for the script when there is none."""
    if not unrecorded:
        return [dataclasses.replace(task.base_record(), status=status, reason=reason)]
    return [dataclasses.replace(record, status=status, timestamp=time.time(),
                                reason=f"{reason}; the script had called this model, which got no record")
            for record in unrecorded]


def _watch(task: ScriptTask, worker, receiver, processes: ScriptProcesses, receive: Callable[[str, Any], None],
           timeout_s: float, memory_limit_bytes: int) -> Optional[tuple[str, str]]:
    """Pass each message of the worker to ``receive`` until the worker has ended; return the
    failure that stopped it early (a timeout, too much memory), or None. Past the memory limit
    while a build process runs, that process is stopped instead: its build fails, and the worker
    goes on with the script."""
    deadline = time.monotonic() + timeout_s
    too_late = (records.TIMEOUT, f"the script did not finish within timeout={timeout_s:g} s; raise timeout= to allow more")
    while True:
        try:
            ready = multiprocessing.connection.wait([receiver, worker.sentinel], POLL_S)
            if receiver in ready:
                receive(*receiver.recv())
                continue
        except (EOFError, OSError):
            # The worker closed its end: it has finished, or is about to.
            worker.join(max(0.0, deadline - time.monotonic()))
            return too_late if worker.exitcode is None else None
        if worker.sentinel in ready:
            # The worker has ended, and sent everything (it came before the end): a child of its
            # script that inherited the pipe may keep it open, so this is the end, not EOF.
            return None
        if time.monotonic() > deadline:
            return too_late
        rss = processes.rss()
        if rss > memory_limit_bytes and (builds := processes.builds()):
            named = ", ".join(f"pid {build.pid}" for build in builds)
            _stop_builds(builds)
            _say_in_logs(task, f"stopped the build process {named}: with it the worker used {rss / 2**30:.1f} GiB, "
                               f"above memory_limit_gb={memory_limit_bytes / 2**30:.1f}; that build fails, and the "
                               "script goes on")
        elif rss > memory_limit_bytes:
            return (records.OUT_OF_MEMORY,
                    f"the worker used {rss / 2**30:.1f} GiB, above memory_limit_gb={memory_limit_bytes / 2**30:.1f}")


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


def _stop_builds(builds: list[psutil.Process]) -> None:
    """Stop build processes with MEMORY_STOP_SIGNAL (SIGKILL for one that outlives it), and wait
    until they have ended: their memory is free before the watch measures again."""
    for build in builds:
        with contextlib.suppress(psutil.Error):
            build.send_signal(MEMORY_STOP_SIGNAL)
    _wait_until_ended(builds)
    for build in builds:
        if _alive(build):
            with contextlib.suppress(psutil.Error):
                build.kill()


def _name_in_logs(task: ScriptTask, left_running: list[str]) -> None:
    """Say in the job's log and the script's which processes the worker left running, now killed."""
    _say_in_logs(task, f"killed {len(left_running)} process(es) its worker left running: " + ", ".join(left_running))


def _say_in_logs(task: ScriptTask, line: str) -> None:
    """Warn in the job's log and the script's, the line led by the script's name."""
    line = f"{os.path.basename(task.script)}: {line}"
    log.warning("%s", line)
    with open(task.log_path, "a") as script_log:
        script_log.write(f"mlagility: {line}\n")


def _let_go_of_the_forkserver() -> None:
    """Close this process's end of the forkserver's alive pipe. A forkserver hands it to each
    process it starts and ends only once every holder has closed it: held by a worker, the
    forkserver outlived a job process killed alone (kill PID), and so did the worker, tied to the
    forkserver's death, running its script on, orphaned. (Private: the ForkServer instance and
    its _forkserver_alive_fd, which tests/test_private_apis.py checks.)"""
    from multiprocessing import forkserver

    server = forkserver._forkserver
    if server._forkserver_alive_fd is not None:
        with contextlib.suppress(OSError):
            os.close(server._forkserver_alive_fd)
        server._forkserver_alive_fd = None


def _end_group(*_signal_args: Any) -> None:
    """Kill the caller's process group, the caller included."""
    os.killpg(0, signal.SIGKILL)


def _entry(task: ScriptTask, sender) -> None:
    # A process group of its own, which the script's children join: the parent ends them all
    # (ScriptProcesses.end). The pipe is not handed to programs the script runs.
    parent = os.getppid()
    os.setsid()
    os.set_inheritable(sender.fileno(), False)
    _let_go_of_the_forkserver()  # it ends with the job process, however that ends
    # Out of the job's process group, the worker would outlive a kill of that group (kill -9 -PGID):
    # it ends, with its group, when told to (SIGTERM) and when its parent, the forkserver, dies.
    signal.signal(signal.SIGTERM, _end_group)
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # it died before prctl
        _end_group()
    # What the forkserver imported (torch and onnxruntime: hundreds of thousands of objects) is
    # never garbage: frozen, it is left out of every collection in this worker (gc.collect() after
    # each runtime session took 0.1 s scanning it). O(1): the objects are not touched.
    gc.freeze()
    from mlagility.engine.worker import work

    work(task, sender)
