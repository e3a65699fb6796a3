"""The timing loop every runtime shares, and the Measurement it returns.

Each call is timed on its own (``perf_counter`` around the call, plus a device sync where the
runtime needs one), so the statistics are over per-call latencies. Memory is sampled between
calls, never inside a timed window.

Timing stops when the median is known well enough: once the minimum count and duration are
reached, as soon as the median's 95% confidence interval is within ``precision`` of it. A quiet
machine and a steady model stop early; a noisy one keeps going, up to ``max_duration_s``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence

import psutil

if TYPE_CHECKING:
    import numpy

# Sample resident memory at most this often (seconds) between timed calls.
RSS_SAMPLE_PERIOD_S = 0.05


@dataclass
class MeasureSettings:
    """When to stop warming up and when to stop timing: the `measure` config group's schema.

    Warm-up runs until both warmup_min_calls and warmup_min_s are reached, or warmup_max_s.
    Timing runs until min_iterations and min_duration_s are reached and the median's 95%
    confidence interval is within +-precision of it (relative; 0 skips that check), or until
    max_duration_s. A measurement whose coefficient of variation is above cv_threshold is
    flagged unstable.
    """

    warmup_min_calls: int = 10
    warmup_min_s: float = 0.1
    warmup_max_s: float = 60.0
    min_iterations: int = 10
    min_duration_s: float = 1.0
    max_duration_s: float = 10.0
    precision: float = 0.01
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

    @cached_property
    def _seconds(self) -> "numpy.ndarray":
        """The samples, sorted, as an array: statistics over a fast model's hundreds of
        thousands of calls take milliseconds in numpy, half a second in ``statistics``."""
        import numpy

        return numpy.sort(numpy.asarray(self.samples_s, dtype=numpy.float64))

    @property
    def mean_ms(self) -> float:
        return 1e3 * float(self._seconds.mean())

    @property
    def median_ms(self) -> float:
        return 1e3 * sorted_median(self._seconds)

    def percentile_ms(self, q: float) -> float:
        """The q-th percentile (0-100), by linear interpolation between samples."""
        import numpy

        return 1e3 * float(numpy.percentile(self._seconds, q))

    @property
    def median_ci(self) -> float:
        """Half-width of the median's 95% confidence interval, relative to the median."""
        return median_confidence(self._seconds)

    @property
    def std_ms(self) -> float:
        """Population standard deviation."""
        return 1e3 * float(self._seconds.std())

    @property
    def cv(self) -> float:
        """Coefficient of variation: std / mean."""
        mean = float(self._seconds.mean())
        return float(self._seconds.std()) / mean if mean > 0 else 0.0

    @property
    def throughput(self) -> float:
        """Inputs per second: batch size over mean latency."""
        return self.batch_size / float(self._seconds.mean())

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
            "min_ms": 1e3 * float(self._seconds[0]),
            "max_ms": 1e3 * float(self._seconds[-1]),
            "std_ms": self.std_ms,
            "cv": self.cv,
            "median_ci": self.median_ci,
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


def sorted_median(ordered: Sequence[float]) -> float:
    """The median of already sorted samples."""
    middle = len(ordered) // 2
    return float(ordered[middle]) if len(ordered) % 2 else (float(ordered[middle - 1]) + float(ordered[middle])) / 2


def median_confidence(ordered: Sequence[float], z: float = 1.96) -> float:
    """Half-width of the distribution-free confidence interval of the median of ``ordered``
    (sorted samples), relative to the median: the order statistics n/2 -+ z*sqrt(n)/2 bound it."""
    n = len(ordered)
    if n < 2:
        return math.inf
    spread = z * math.sqrt(n) / 2
    low = max(math.floor(n / 2 - spread), 1)
    high = min(math.ceil(n / 2 + spread), n)
    median = sorted_median(ordered)
    return (float(ordered[high - 1]) - float(ordered[low - 1])) / (2 * median) if median > 0 else math.inf


# Between checks of the median's precision the sample count grows by this factor, so that
# sorting the samples costs O(n log n) overall, however long a noisy measurement runs.
PRECISION_CHECK_GROWTH = 1.1


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
    next_precision_check = settings.min_iterations
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
        if elapsed >= settings.max_duration_s:
            break
        if len(samples) >= next_precision_check and elapsed >= settings.min_duration_s:
            if settings.precision <= 0 or median_confidence(sorted(samples)) <= settings.precision:
                break
            next_precision_check = max(len(samples) + 1, int(len(samples) * PRECISION_CHECK_GROWTH))
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
