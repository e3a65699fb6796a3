"""Memory per phase: how much resident memory a phase of the worker's work peaked at, and how
much it left behind, without adding work to what it measures.

The peak is the kernel's own high-water mark of this process (``VmHWM`` in /proc/self/status),
reset when a phase begins by writing 5 to /proc/self/clear_refs: exact (it sees a peak inside
one call, which sampling between calls misses) and free while the phase runs. It counts the
worker process only; the processes it starts (torch.compile's compile workers) are not in it.
On a system without clear_refs (not Linux) the peak is the larger of the resident memory at the
phase's start and end.

On an NVIDIA device, torch's allocator peaks (allocated and reserved) are reset and read the
same way, once torch has initialized CUDA (onnxruntime's allocations are not torch's: see the
record's ``gpu_used_mb``).
"""

from __future__ import annotations

import contextlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

import psutil

CLEAR_REFS = Path("/proc/self/clear_refs")
STATUS = Path("/proc/self/status")
MB = 2**20


def resident_bytes() -> int:
    """This process's resident memory now."""
    return psutil.Process().memory_info().rss


def reset_peak() -> bool:
    """Reset this process's high-water mark to its resident memory now; False where the kernel
    offers no reset (then :func:`peak_bytes` is the process's peak since it started)."""
    try:
        CLEAR_REFS.write_text("5")
    except OSError:
        return False
    return True


def peak_bytes() -> Optional[int]:
    """The kernel's high-water mark of this process's resident memory (None where it has none)."""
    try:
        found = re.search(r"^VmHWM:\s+(\d+) kB", STATUS.read_text(), re.MULTILINE)
    except OSError:
        return None
    return int(found.group(1)) * 1024 if found else None


def torch_cuda():
    """torch.cuda when this process has initialized CUDA (never importing torch or starting CUDA
    to ask)."""
    torch = sys.modules.get("torch")
    return torch.cuda if torch is not None and torch.cuda.is_initialized() else None


@dataclass
class PhaseMemory:
    """What one phase did to memory, in MB: the resident peak while it ran and the change from
    its start to its end; on an NVIDIA device, torch's allocator peaks (allocated, reserved)."""

    peak_mb: Optional[float] = None
    delta_mb: Optional[float] = None
    gpu_mb: Optional[float] = None
    gpu_reserved_mb: Optional[float] = None

    def fields(self, phase: str) -> dict[str, Optional[float]]:
        """The record fields of ``phase``: ``<phase>_peak_mb``, ``<phase>_delta_mb`` and, where the
        record has them, ``<phase>_gpu_mb`` and ``<phase>_gpu_reserved_mb``."""
        names = {f"{phase}_peak_mb": self.peak_mb, f"{phase}_delta_mb": self.delta_mb}
        if phase in GPU_PHASES:
            names.update({f"{phase}_gpu_mb": self.gpu_mb, f"{phase}_gpu_reserved_mb": self.gpu_reserved_mb})
        return names

    def add(self, later: "PhaseMemory") -> "PhaseMemory":
        """This phase and a later part of it (a measurement's next round): the higher peaks and
        the changes summed."""
        def higher(a: Optional[float], b: Optional[float]) -> Optional[float]:
            return b if a is None else a if b is None else max(a, b)

        delta = None if self.delta_mb is None and later.delta_mb is None else (self.delta_mb or 0) + (later.delta_mb or 0)
        return PhaseMemory(higher(self.peak_mb, later.peak_mb), delta, higher(self.gpu_mb, later.gpu_mb),
                           higher(self.gpu_reserved_mb, later.gpu_reserved_mb))


# The phases whose torch allocator peaks a record keeps (a build stage runs on the CPU).
GPU_PHASES = ("script", "reference", "load", "first_call", "timed")


@contextlib.contextmanager
def phase() -> Iterator[PhaseMemory]:
    """Measure the memory of the block it wraps: the PhaseMemory it yields is filled in when the
    block ends (also when it raises). Phases follow each other; they do not nest (each resets
    the high-water mark)."""
    measured = PhaseMemory()
    start = resident_bytes()
    resets = reset_peak()
    cuda = torch_cuda()
    if cuda is not None:
        cuda.reset_peak_memory_stats()
    try:
        yield measured
    finally:
        end = resident_bytes()
        peak = peak_bytes() if resets else None
        measured.peak_mb = max(peak or 0, start, end) / MB
        measured.delta_mb = (end - start) / MB
        cuda = cuda or torch_cuda()  # the phase may have been the one that started CUDA
        if cuda is not None:
            measured.gpu_mb = cuda.max_memory_allocated() / MB
            measured.gpu_reserved_mb = cuda.max_memory_reserved() / MB
