"""The timing loop every runtime shares, and the Measurement it returns.

Each call is timed on its own (``perf_counter`` around the call, plus a device sync where the
runtime needs one), so the statistics are over per-call latencies. Memory is sampled between
calls, never inside a timed window.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Any, Callable, Optional

import psutil

# Sample resident memory at most this often (seconds) between timed calls.
RSS_SAMPLE_PERIOD_S = 0.05


@dataclass
class MeasureSettings:
    """When to stop warming up and when to stop timing: the `measure` config group's schema.

    Warm-up runs until both warmup_min_calls and warmup_min_s are reached, or warmup_max_s;
    timing until both min_iterations and min_duration_s, or max_duration_s. A measurement
    whose coefficient of variation is above cv_threshold is flagged unstable.
    """

    warmup_min_calls: int = 10
    warmup_min_s: float = 1.0
    warmup_max_s: float = 60.0
    min_iterations: int = 100
    min_duration_s: float = 1.0
    max_duration_s: float = 30.0
    cv_threshold: float = 0.10


@dataclass(frozen=True)
class Measurement:
    """Per-call latencies of one timed run, with their statistics (seconds inside, ms out)."""

    samples_s: tuple[float, ...]
    warmup_calls: int
    batch_size: int
    cv_threshold: float
    peak_rss_bytes: int
    start: float
    end: float

    @property
    def mean_ms(self) -> float:
        return 1e3 * statistics.fmean(self.samples_s)

    @property
    def median_ms(self) -> float:
        return 1e3 * statistics.median(self.samples_s)

    def percentile_ms(self, q: float) -> float:
        """The q-th percentile (0-100), by linear interpolation between samples."""
        ordered = sorted(self.samples_s)
        position = (len(ordered) - 1) * q / 100
        low = int(position)
        high = min(low + 1, len(ordered) - 1)
        return 1e3 * (ordered[low] + (ordered[high] - ordered[low]) * (position - low))

    @property
    def std_ms(self) -> float:
        return 1e3 * statistics.pstdev(self.samples_s)

    @property
    def cv(self) -> float:
        """Coefficient of variation: std / mean."""
        mean = statistics.fmean(self.samples_s)
        return statistics.pstdev(self.samples_s) / mean if mean > 0 else 0.0

    @property
    def throughput(self) -> float:
        """Inputs per second: batch size over mean latency."""
        return self.batch_size / statistics.fmean(self.samples_s)

    @property
    def stable(self) -> bool:
        return self.cv <= self.cv_threshold

    def summary(self) -> dict[str, Any]:
        """The statistics as record fields."""
        return {
            "mean_ms": self.mean_ms,
            "median_ms": self.median_ms,
            "p90_ms": self.percentile_ms(90),
            "p99_ms": self.percentile_ms(99),
            "min_ms": 1e3 * min(self.samples_s),
            "max_ms": 1e3 * max(self.samples_s),
            "std_ms": self.std_ms,
            "cv": self.cv,
            "iterations": len(self.samples_s),
            "warmup_calls": self.warmup_calls,
            "throughput": self.throughput,
            "stable": self.stable,
            "peak_rss_mb": self.peak_rss_bytes / 2**20,
            "measure_start": self.start,
            "measure_end": self.end,
        }

    def __str__(self) -> str:
        return (
            f"median {self.median_ms:.3f} ms, mean {self.mean_ms:.3f} ms, p90 {self.percentile_ms(90):.3f} ms, "
            f"CV {100 * self.cv:.1f}% over {len(self.samples_s)} calls, {self.throughput:.1f} inputs/s"
        )


def measure(
    call: Callable[[], Any],
    settings: MeasureSettings,
    batch_size: int = 1,
    sync: Optional[Callable[[], None]] = None,
) -> Measurement:
    """Warm ``call`` up, then time it call by call until the settings say stop.

    ``sync`` (e.g. ``torch.cuda.synchronize``) runs after each call inside the timed window so
    that asynchronous devices are timed to completion.
    """
    process = psutil.Process()
    peak_rss = process.memory_info().rss
    clock = time.perf_counter

    warmup_calls, started = 0, clock()
    while True:
        elapsed = clock() - started
        done = warmup_calls >= settings.warmup_min_calls and elapsed >= settings.warmup_min_s
        if done or elapsed >= settings.warmup_max_s:
            break
        call()
        if sync:
            sync()
        warmup_calls += 1

    samples: list[float] = []
    next_rss_sample = clock()
    start_wall, started = time.time(), clock()
    while True:
        before = clock()
        call()
        if sync:
            sync()
        after = clock()
        samples.append(after - before)
        elapsed = after - started
        if after >= next_rss_sample:
            peak_rss = max(peak_rss, process.memory_info().rss)
            next_rss_sample = clock() + RSS_SAMPLE_PERIOD_S
        enough = len(samples) >= settings.min_iterations and elapsed >= settings.min_duration_s
        if enough or elapsed >= settings.max_duration_s:
            break
    end_wall = time.time()
    peak_rss = max(peak_rss, process.memory_info().rss)
    return Measurement(
        samples_s=tuple(samples),
        warmup_calls=warmup_calls,
        batch_size=batch_size,
        cv_threshold=settings.cv_threshold,
        peak_rss_bytes=peak_rss,
        start=start_wall,
        end=end_wall,
    )
