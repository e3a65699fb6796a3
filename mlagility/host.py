"""The host a measurement runs on: who may use its cores, and how busy everything else keeps them.

Two things keep a timed window honest on a shared machine:

- ``HostLock``: the tool's own jobs on one host (every launcher, every process sharing the cache
  folder) hold it *shared* for each step of CPU work (running a script, building, the eager
  reference) and *exclusively* to time. A timing waits for running steps to finish; new steps
  wait until the timing is done. The OS's ``flock`` holds it, so a killed holder never blocks
  the host.
- ``CpuMeter``: what the tool cannot lock out (another user's process, a CPU hog) it measures,
  as the share of the host's CPU time that other processes used during a window.

And what no counter shows, a machine that itself runs slower (a virtual machine's host busy with
other tenants, a lower clock), :func:`reference_workload_ms` times: a fixed matmul, before and
after each window.
"""

from __future__ import annotations

import contextlib
import fcntl
import math
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

import psutil

from mlagility.paths import locks_dir


class HostLock:
    """Shared holds for work, one exclusive hold for timing, across processes of one host.

    ``flock`` alone would let a stream of shared holders starve a timing, so both kinds pass a
    gate first: a timing holds the gate exclusively while it waits, which stops new work at the
    gate until the timing has the host. Holds nest within a process (a step inside a step is
    part of it); a timing inside a step is a programming error.
    """

    def __init__(self, folder: str | Path):
        folder = Path(folder).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        name = socket.gethostname()
        self.path = folder / f"host-{name}.lock"
        self._gate_path = folder / f"host-{name}.gate"
        self._host: Optional[int] = None
        self._gate: Optional[int] = None
        self._depth = 0
        self._pid = os.getpid()

    def _open(self) -> None:
        if self._pid != os.getpid():  # a forked child must not share its parent's lock
            self._host = self._gate = None
            self._depth, self._pid = 0, os.getpid()
        if self._host is None:
            self._host = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            self._gate = os.open(self._gate_path, os.O_RDWR | os.O_CREAT, 0o666)

    @contextlib.contextmanager
    def working(self) -> Iterator[None]:
        """Hold the host shared for one step of CPU work; waits while a timing runs."""
        self._open()
        if self._depth == 0:
            fcntl.flock(self._gate, fcntl.LOCK_SH)
            try:
                fcntl.flock(self._host, fcntl.LOCK_SH)
            finally:
                fcntl.flock(self._gate, fcntl.LOCK_UN)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                fcntl.flock(self._host, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def timing(self) -> Iterator["Wait"]:
        """Hold the host exclusively; yields how long it took to get it."""
        self._open()
        if self._depth:
            raise RuntimeError("a timing cannot run inside a step of work: the step holds the host shared")
        wait = Wait()
        started = time.perf_counter()
        fcntl.flock(self._gate, fcntl.LOCK_EX)
        try:
            fcntl.flock(self._host, fcntl.LOCK_EX)
        finally:
            fcntl.flock(self._gate, fcntl.LOCK_UN)
        wait.seconds = time.perf_counter() - started
        try:
            yield wait
        finally:
            fcntl.flock(self._host, fcntl.LOCK_UN)


@dataclass
class Wait:
    """How long a hold waited to be granted."""

    seconds: float = 0.0


_locks: dict[Path, HostLock] = {}


def tool_lock(cache_dir: str | Path) -> HostLock:
    """This process's hold on the host lock of the tool's jobs that share ``cache_dir``."""
    folder = locks_dir(cache_dir)
    if folder not in _locks:
        _locks[folder] = HostLock(folder)
    return _locks[folder]


@dataclass(frozen=True)
class CpuReading:
    """CPU seconds the whole host and this process had used at one moment."""

    wall: float
    host_busy_s: float
    own_s: float


# The kernel counts CPU time in ticks of 10 ms (USER_HZ=100): a span of a few ms reads as no
# time at all, or as a whole tick. Over at least this long one tick is at most 5% of one core.
MIN_SPAN_S = 0.2


# The reference workload: a float64 matmul of a fixed square this size (about half a
# millisecond), timed this many times; the fastest is the host's speed at that moment (the others
# met an interrupt or a descheduling, which the busy share measures, not the speed).
REFERENCE_SIZE = 128
REFERENCE_REPEATS = 10


def reference_workload_ms() -> float:
    """The host's speed now: the fastest of REFERENCE_REPEATS matmuls of the same
    REFERENCE_SIZE-square float64 matrix, in ms. On one thread (numpy's einsum loop, not BLAS): a
    matmul on several threads waits for its slowest one, and on a busy host that one was
    descheduled (seen 15x to 25x slower), which is the busy share's business, not the speed's."""
    import numpy

    matrix = numpy.linspace(0.0, 1.0, REFERENCE_SIZE**2).reshape(REFERENCE_SIZE, REFERENCE_SIZE)
    fastest = math.inf
    for _ in range(REFERENCE_REPEATS):
        start = time.perf_counter()
        numpy.einsum("ij,jk->ik", matrix, matrix)
        fastest = min(fastest, time.perf_counter() - start)
    return 1e3 * fastest


class CpuMeter:
    """How busy other processes keep the host: their CPU time over the host's, between readings.

    The host's busy time comes from the kernel (``/proc/stat`` through psutil); this process's
    own (every thread of it, and every child it has waited for) is taken out, so a runtime that
    keeps all cores busy, or a build's stages in a child process, are not counted against it. 0 is
    an idle host, 1 every core taken by others. The counters tick every 10 ms, so a span shorter
    than MIN_SPAN_S is read over MIN_SPAN_S (:meth:`busy_share`).
    """

    def __init__(self) -> None:
        self._process = psutil.Process()
        self._cpus = psutil.cpu_count() or 1
        self._readings: list[CpuReading] = []  # every reading so far, oldest first

    def read(self) -> CpuReading:
        """The counters now (kept: a later span too short to resolve reaches back to them)."""
        host = psutil.cpu_times()
        busy = sum(host) - host.idle - getattr(host, "iowait", 0.0) - getattr(host, "guest", 0.0) \
            - getattr(host, "guest_nice", 0.0)
        own = self._process.cpu_times()
        # The children this process has waited for are its own work too (a build's stages).
        reading = CpuReading(time.monotonic(), busy, own.user + own.system + own.children_user + own.children_system)
        self._readings.append(reading)
        return reading

    def earlier_reading(self, until_wall: float) -> Optional[CpuReading]:
        """This meter's latest reading at least MIN_SPAN_S before ``until_wall`` (monotonic), or None."""
        return next((r for r in reversed(self._readings) if until_wall - r.wall >= MIN_SPAN_S), None)

    def busy_share(self, since: CpuReading, until: Optional[CpuReading] = None) -> float:
        """The share of the host's CPU time that other processes used between two readings, over
        at least MIN_SPAN_S so that the ticks can show what they did. Until now (``until`` not
        given), the rest of a shorter span is slept out: a look at the host waits forward. A
        finished span (a timed window) shorter than that starts at this meter's latest reading at
        least MIN_SPAN_S before its end instead, and sleeps only where there is none."""
        finished = until is not None
        until = until or self.read()
        if until.wall - since.wall < MIN_SPAN_S:
            earlier = self.earlier_reading(until.wall) if finished else None
            if earlier is not None:
                since = earlier
            else:
                time.sleep(max(since.wall + MIN_SPAN_S - time.monotonic(), 0.0))
                until = self.read()
        capacity = (until.wall - since.wall) * self._cpus
        if capacity <= 0:
            return 0.0
        others = (until.host_busy_s - since.host_busy_s) - (until.own_s - since.own_s)
        return min(max(others / capacity, 0.0), 1.0)


__all__ = ["CpuMeter", "CpuReading", "HostLock", "MIN_SPAN_S", "Wait", "tool_lock"]
