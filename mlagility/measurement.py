"""The Measurement: what one timed call's latencies were, with their statistics, how busy the
host was meanwhile, and what was measured (invocation, runtime, device, threads). A plain value:
made by the timing loop (measure.py), completed by the benchmark step, turned into record fields
by :meth:`Measurement.summary`. Beside it, the MeasureSettings that say when a measurement is
done and whether it is stable: the config reads them without importing the timing loop.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Optional, Sequence

if TYPE_CHECKING:
    import numpy


@dataclass
class MeasureSettings:
    """When to stop warming up and when to stop timing: the `measure` config group's schema.

    Warm-up runs until warmup_min_s has passed and either warmup_min_calls were made or the last
    three calls agree within warmup_settled (slowest/fastest - 1; 0 waits for warmup_min_calls),
    or until warmup_max_s.
    Timing runs until min_iterations and min_duration_s are reached and the median's 95%
    confidence interval is within +-precision of it (relative; 0 skips that check), or until
    max_duration_s. With stop_out_of_reach it also stops once the precision is out of reach: when
    the interval, narrowing as 1/sqrt(calls), would reach precision only after 8x max_duration_s,
    judged from 20 calls on, or 3x from 50 calls on (measure.OUT_OF_REACH), or when the calls'
    spread says it would take 4x from 10 calls on, or 3x from 20 (measure.SPREAD_OUT_OF_REACH): a
    host whose noise floor is above the precision. A measurement is stable when it has
    min_iterations calls, a median within precision and an uncontended host.

    Before timing, the loop waits up to quiet_wait_s for other processes to use at most
    max_host_busy of the host's CPU time; a measurement during which they used more is
    contended, and is timed again up to ``retries`` times. Two or more calls timed together
    take turns in ``rounds`` interleaved rounds, each a share of the durations above.

    With ``profile``, each runtime measured makes ``profile_calls`` more calls under its profiler
    (onnxruntime's session profiler, torch.profiler) once every runtime of the invocation has been
    timed, never inside the timed window: the record gets the top operators by self time and the
    trace's path. Off (the default), nothing is profiled and nothing is spent on it.
    """

    warmup_min_calls: int = 10
    warmup_min_s: float = 0.1
    warmup_settled: float = 0.1
    warmup_max_s: float = 60.0
    min_iterations: int = 10
    # As timeit's autorange and torch.utils.benchmark's blocked_autorange: long enough for the
    # clock and the median's interval; the precision, not this, keeps a noisy model timed longer.
    # (1 s until issue 27: for a 5 us model that was 200,000 calls and a third of a run's wall time,
    # and runs differed as much at 1 s as at 0.2 s: benchmarks/min_duration.py.)
    min_duration_s: float = 0.2
    max_duration_s: float = 10.0
    precision: float = 0.01
    stop_out_of_reach: bool = True
    max_host_busy: float = 0.1
    quiet_wait_s: float = 30.0
    retries: int = 1
    rounds: int = 3
    profile: bool = False
    profile_calls: int = 10

    def __post_init__(self) -> None:
        """Raise ValueError, naming the key and its range, for settings that cannot work."""
        if not 0 <= self.max_host_busy <= 1:
            raise ValueError(f"measure.max_host_busy={self.max_host_busy} must be a share of the host's CPU time, "
                             "from 0 to 1 (0.1: other processes may use a tenth)")
        for key in ("quiet_wait_s", "retries", "precision", "min_duration_s", "warmup_min_s", "warmup_settled"):
            if getattr(self, key) < 0:
                raise ValueError(f"measure.{key}={getattr(self, key)} must be 0 or more")
        for key in ("rounds", "min_iterations", "max_duration_s", "profile_calls"):
            if getattr(self, key) <= 0:
                raise ValueError(f"measure.{key}={getattr(self, key)} must be above 0")


@dataclass(frozen=True)
class Measurement:
    """Per-call latencies of one timed call, with their statistics (seconds inside, ms out), the
    state of the host while they were taken, and what was measured: the timing loop fills the
    first, the benchmark step adds the context (:meth:`of`)."""

    samples_s: tuple[float, ...]
    warmup_calls: int
    batch_size: int
    # What the timing did to memory, as record fields (memory.PhaseMemory's for the phase "timed").
    memory_mb: dict[str, Optional[float]]
    start: float
    end: float
    settings: MeasureSettings
    round_medians_s: tuple[float, ...] = ()
    # How many of samples_s each round timed, in order: the samples are the rounds' one after another.
    round_calls: tuple[int, ...] = ()
    # The seconds of each part of every timed call, when the call has parts (generate's ttft, tpot).
    parts_s: dict[str, tuple[float, ...]] = dataclasses.field(default_factory=dict)
    host_busy: float = 0.0
    quiet_wait_s: float = 0.0
    attempts: int = 1
    # When timing stopped with the precision out of reach: (the median's interval then, the
    # seconds the precision would have taken); None when it did not.
    out_of_reach: Optional[tuple[float, float]] = None
    # The reference workload's time (host.reference_workload_ms) before, between and after the rounds.
    host_speed_ms: tuple[float, ...] = ()
    # The seconds its warm-ups and timed calls took, every round.
    spent_s: float = 0.0
    # The host's energy counter over the timed calls of every round (warm-ups excluded), in joules,
    # and which counter (energy.py: rapl, nvml); None and "" without one. The note says what the
    # counter covers (the whole package or GPU, every process on it) or why there is no figure.
    energy_j: Optional[float] = None
    energy_source: str = ""
    energy_note: str = ""
    # What was measured: the invocation, the runtime, the device and the runtime's threads.
    invocation_hash: str = ""
    runtime: str = ""
    device: str = ""
    threads: Optional[int] = None

    def of(self, invocation_hash: str, runtime: str, device: str, threads: Optional[int]) -> "Measurement":
        """This measurement with the context it measured."""
        return dataclasses.replace(self, invocation_hash=invocation_hash, runtime=runtime, device=device,
                                   threads=threads)

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
        """Half-width of the median's 95% confidence interval, relative to the median (inf
        with fewer than two samples: nothing bounds it)."""
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
        """Inputs per second: batch size over the median latency (the figure every table and plot
        reports; the mean follows the slowest calls, and on a busy host it can be 90x the median)."""
        return self.batch_size / (self.median_ms / 1e3)

    @property
    def contended(self) -> bool:
        """Other processes used more of the host than max_host_busy while this was timed."""
        return self.host_busy > self.settings.max_host_busy

    @property
    def instability(self) -> list[str]:
        """Why the median cannot be trusted to the asked precision; empty when it can."""
        why = []
        if self.contended:
            why.append(f"contended: other processes kept the host {self.host_busy:.0%} busy "
                       f"(above max_host_busy={self.settings.max_host_busy:g})")
        n, wanted = len(self.samples_s), self.settings.min_iterations
        if n < wanted:
            why.append(f"unstable: {n} of min_iterations={wanted} calls within max_duration_s="
                       f"{self.settings.max_duration_s:g}")
        ci, precision = self.median_ci, self.settings.precision
        if precision <= 0:
            why.append("unstable: precision=0 times a fixed count, and no precision was asked of the median")
        elif ci > precision:
            spread = f"+-{ci:.1%}" if math.isfinite(ci) else "unbounded"
            why.append(f"unstable: the median's 95% interval is {spread}, wider than precision={precision:g}")
        if self.out_of_reach is not None and ci > precision > 0:
            reached, needs_s = self.out_of_reach
            why.append(f"stopped early, the precision out of reach: at +-{reached:.1%} the median's interval, "
                       f"narrowing as 1/sqrt(calls), would reach precision={precision:g} only after about "
                       f"{needs_s:.0f} s, past max_duration_s={self.settings.max_duration_s:g} (the host's noise floor)")
        return why

    @property
    def stable(self) -> bool:
        """Enough calls, a median as precise as asked, and a host nobody else was using."""
        return not self.instability

    def summary(self) -> dict[str, Any]:
        """The statistics as record fields."""
        ci = self.median_ci
        return {
            "mean_ms": self.mean_ms,
            "median_ms": self.median_ms,
            "p90_ms": self.percentile_ms(90),
            "p99_ms": self.percentile_ms(99),
            "min_ms": 1e3 * float(self._seconds[0]),
            "max_ms": 1e3 * float(self._seconds[-1]),
            "std_ms": self.std_ms,
            "cv": self.cv,
            "median_ci": ci if math.isfinite(ci) else None,
            "iterations": len(self.samples_s),
            "warmup_calls": self.warmup_calls,
            "throughput": self.throughput,
            "stable": self.stable,
            "host_busy": self.host_busy,
            "contended": self.contended,
            "quiet_wait_s": self.quiet_wait_s,
            "measure_attempts": self.attempts,
            "round_medians_ms": [1e3 * median for median in self.round_medians_s],
            **self.memory_mb,
            "measure_start": self.start,
            "measure_end": self.end,
            "timing_s": self.spent_s,
            # The fastest probe: a burst of other work beside one of them is not the machine's speed.
            "host_speed_ms": min(self.host_speed_ms) if self.host_speed_ms else None,
            "host_speed_change": self.host_speed_ms[-1] / self.host_speed_ms[0] - 1 if self.host_speed_ms else None,
            "energy_j_per_call": self.energy_j / len(self.samples_s) if self.energy_j is not None else None,
            "energy_source": self.energy_source,
            "energy_note": self.energy_note,
            **self.parts_summary(),
        }

    def parts_summary(self) -> dict[str, Any]:
        """Each part's median (``<part>_ms``) and its 95% interval half-width (``<part>_ci``)."""
        import numpy

        summary = {}
        for part, seconds in self.parts_s.items():
            ordered = numpy.sort(numpy.asarray(seconds, dtype=numpy.float64))
            ci = median_confidence(ordered)
            summary[f"{part}_ms"] = 1e3 * sorted_median(ordered)
            summary[f"{part}_ci"] = ci if math.isfinite(ci) else None
        return summary

    def __str__(self) -> str:
        context = (f"{self.runtime} on {self.device}, {self.threads} threads, invocation {self.invocation_hash}: "
                   if self.runtime else "")
        return (
            f"{context}median {milliseconds(self.median_ms)} ms, mean {milliseconds(self.mean_ms)} ms, "
            f"p90 {milliseconds(self.percentile_ms(90))} ms, "
            f"CV {100 * self.cv:.1f}% over {len(self.samples_s)} calls, {self.throughput:.1f} inputs/s, "
            f"host {self.host_busy:.0%} busy"
        )


def milliseconds(value: float) -> str:
    """A latency in ms, written plainly with at least three significant digits: 12.500, 0.265,
    0.00512 (a fixed three decimals showed a 5 us call as 0.005, beside a throughput of 79,512)."""
    if not math.isfinite(value) or value == 0:
        return f"{value:.3f}"
    decimals = max(3, 2 - math.floor(math.log10(abs(value))))
    return f"{value:.{decimals}f}"


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
