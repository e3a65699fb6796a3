"""The timing loop every runtime shares; it returns Measurements (measurement.py).

Each call is timed on its own (``perf_counter`` around the call, plus a device sync where the
runtime needs one), so the statistics are over per-call latencies. Memory is the kernel's
high-water mark over each round (memory.py), reset before it and read after it: nothing is added
inside a timed window.

Timing stops when the median is known well enough: once the minimum count and duration are
reached, as soon as the median's 95% confidence interval is within ``precision`` of it. A quiet
machine and a steady model stop early; a noisy one keeps going, up to ``max_duration_s``, or
until the precision is out of reach: the interval, narrowing as 1/sqrt(calls), would reach it only
long after ``max_duration_s``, judged from the interval itself or, from fewer calls, from the
calls' spread (the host's noise floor is above it; the measurement says so).

The loop knows no runtime: it gets calls (each with an optional sync) and a meter that says how
busy other processes keep the host. It waits for a quiet host before timing, records the busy
share over every window, retries a contended measurement, and times several calls in
interleaved rounds so that drift on the host hits each of them alike. Whoever wants to show
what it is doing passes a plain callable that is told each stage (a wait, a retry), always
between windows, never inside one. Where the host has an energy counter (energy.py), the caller
passes it, and each round reads it just before and just after its timed calls, outside the clock.
"""

from __future__ import annotations

import dataclasses
import math
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence

from mlagility import memory
from mlagility.energy import EnergyMeter, NoEnergy
from mlagility.host import MIN_SPAN_S, CpuMeter, CpuReading, reference_workload_ms
from mlagility.measurement import MeasureSettings, Measurement, median_confidence, sorted_median

# Between checks of the median's precision the sample count grows by this factor, so that
# sorting the samples costs O(n log n) overall, however long a noisy measurement runs.
PRECISION_CHECK_GROWTH = 1.1
Tiers = tuple[tuple[int, float], ...]  # (from this many calls on, this many times max_duration_s)
# The precision is out of reach when, narrowing as 1/sqrt(calls) from what it is, the median's
# interval would reach it only after ``factor`` times max_duration_s, judged from ``calls`` calls
# on: a far miss from few calls, a near one from more (the interval of few calls is itself rough).
# Simulated on independent and drifting noise (benchmarks/out_of_reach.py), adding the first tier
# stopped no trial that the second alone left stable, and halved a noisy 110 ms model's calls (51
# to 26); from 20 calls at 5x or 6x, and from 10 calls, some stable trials were stopped.
OUT_OF_REACH = ((20, 8.0), (50, 3.0))
# The same judgement made from the calls' spread (spread_needs_calls), which is steadier than the
# interval of few calls, whose order statistics are then the extremes: it is made from the first
# check on. Simulated on the same draws, it stopped 6 of the 2,452 trials that the interval's rule
# alone left stable, and a noisy 110 ms model (sigma 0.08 to 0.1) took 12 to 19 calls, not 26 to 41.
SPREAD_OUT_OF_REACH = ((10, 4.0), (20, 3.0))
# The median of n calls has a 95% interval of about +-Z_MEDIAN * sigma / sqrt(n), sigma being the
# spread of the calls' logarithms (1.96 x 1.2533, the median's standard error in sigmas).
Z_MEDIAN = 1.96 * math.sqrt(math.pi / 2)
# 1.4826 x the median absolute deviation estimates sigma for normal noise, unmoved by a few outliers.
MAD_TO_SIGMA = 1.4826
# Warm-up may end before warmup_min_calls once this many calls in a row agree within
# warmup_settled: after the first call (outside the loop), onnxruntime and eager torch are steady
# by their second, and a slow model's ten warm-up calls were seconds of nothing learnt.
WARMUP_SETTLED_CALLS = 3
# While waiting for a quiet host, say how long it has waited at most this often (seconds).
QUIET_REPORT_S = 1.0


def out_of_reach(calls: int, needs_s: float, max_duration_s: float, tiers: Tiers = OUT_OF_REACH) -> bool:
    """Whether ``calls`` calls whose interval would need ``needs_s`` seconds of calls to reach the
    precision say it is out of reach (``tiers``: OUT_OF_REACH's (calls, factor) pairs)."""
    return any(calls >= least and needs_s > factor * max_duration_s for least, factor in tiers)


def spread_needs_calls(ordered_s: Sequence[float], precision: float) -> float:
    """How many calls the median's 95% interval would need to come within ``precision`` of it,
    read from the spread of the calls so far (``ordered_s``, sorted): sigma from their logarithms'
    median absolute deviation (MAD_TO_SIGMA), the interval +-Z_MEDIAN * sigma / sqrt(calls)."""
    logs = [math.log(max(seconds, 1e-12)) for seconds in ordered_s]  # sorted, as the calls are
    centre = sorted_median(logs)
    sigma = MAD_TO_SIGMA * sorted_median(sorted(abs(value - centre) for value in logs))
    return (Z_MEDIAN * sigma / precision) ** 2


def precision_out_of_reach(ordered_s: Sequence[float], ci: float, settings: MeasureSettings,
                           interval_tiers: Tiers = OUT_OF_REACH,
                           spread_tiers: Tiers = SPREAD_OUT_OF_REACH) -> Optional[float]:
    """The seconds of calls that the median's precision would need, when the calls so far
    (``ordered_s``, sorted; ``ci``: their median's interval) say it is out of reach: their interval
    (``interval_tiers``) or their spread (``spread_tiers``). None while it may be reached."""
    calls, spent_s = len(ordered_s), math.fsum(ordered_s)
    needs_s = spent_s * (ci / settings.precision) ** 2  # narrowing as 1/sqrt(calls) from the interval
    if out_of_reach(calls, needs_s, settings.max_duration_s, interval_tiers):
        return needs_s
    if not any(calls >= least for least, _ in spread_tiers):
        return None
    needs_s = spent_s / calls * spread_needs_calls(ordered_s, settings.precision)
    return needs_s if out_of_reach(calls, needs_s, settings.max_duration_s, spread_tiers) else None


class TimingFailed(Exception):
    """A target's call raised while it was timed (the cause is the call's own error)."""

    def __init__(self, target: str):
        super().__init__(f"{target} failed while timed")
        self.target = target


@dataclass(frozen=True)
class Timed:
    """One thing to time: the call, the sync that finishes it on an asynchronous device, and
    how many inputs one call processes. A call that changes its own inputs (a cache it appends
    to) comes with ``restored``: it gives the call again on inputs restored to their first state,
    and runs before every call, outside the timed window. A call made of parts (generate: its first
    token, then each one after) comes with ``parts``, read after each timed call, outside the
    window: each part's seconds in the call just made."""

    call: Callable[[], Any]
    sync: Optional[Callable[[], None]] = None
    batch_size: int = 1
    restored: Optional[Callable[[], Callable[[], Any]]] = None
    parts: Optional[Callable[[], Mapping[str, float]]] = None


# Told each stage the loop begins between windows ("waiting for a quiet host: ...").
OnStage = Callable[[str], None]


def timing_stage(names: Iterable[str]) -> str:
    """The stage of timing the targets ``names`` together: ``timing ort+torch-eager``."""
    return f"timing {'+'.join(names)}"


def measure_together(
    targets: Mapping[str, Timed], settings: MeasureSettings, meter: Optional[CpuMeter] = None,
    on_stage: Optional[OnStage] = None, quiet_since: Optional[CpuReading] = None,
    energy: Optional[EnergyMeter | NoEnergy] = None,
) -> dict[str, Measurement]:
    """Time each target, in ``settings.rounds`` interleaved rounds when there are several
    (A B A B A B), each round warmed up afresh; on a quiet host, and again while contended.

    Each target's measurement pools its rounds' samples and keeps each round's median, the
    pairs a speedup's interval is computed from. ``on_stage`` is told, between windows, that the
    loop waits for a quiet host or retries, and then that it times again (:func:`timing_stage`).
    ``quiet_since``: a reading of ``meter`` taken before the caller prepared the targets, which the
    first wait for a quiet host reads over (:func:`wait_for_quiet`). ``energy``: the host's energy
    counter for the device (energy.py), read just before and after each round's timed calls, outside
    the clock; or why there is none, which each measurement carries.
    """
    meter = meter or CpuMeter()
    rounds = max(settings.rounds, 1) if len(targets) > 1 else 1
    interrupted = False  # whether a wait or a retry was told since the timing was announced

    def tell(stage: str) -> None:
        nonlocal interrupted
        interrupted = True
        if on_stage is not None:
            on_stage(stage)

    attempt = 0
    while True:
        attempt += 1
        quiet_wait_s = wait_for_quiet(meter, settings, tell, since=quiet_since if attempt == 1 else None)
        if interrupted:
            if on_stage is not None:
                on_stage(timing_stage(targets))
            interrupted = False
        windows = {name: _Window(energy=energy) for name in targets}
        # The machine's speed, probed before, between and after the rounds, outside every window.
        speed_ms = [reference_workload_ms()]
        for round_ in range(rounds):
            for name, target in targets.items():
                try:
                    windows[name].time_round(target, settings, rounds, first=round_ == 0, meter=meter)
                except Exception as error:
                    raise TimingFailed(name) from error
            speed_ms.append(reference_workload_ms())
        measurements = {
            name: window.measurement(targets[name], settings, quiet_wait_s, attempt, speed_ms)
            for name, window in windows.items()
        }
        if attempt > settings.retries or not any(m.contended for m in measurements.values()):
            return measurements
        busiest = max(m.host_busy for m in measurements.values())
        tell(f"retrying: contended {busiest:.0%}, attempt {attempt + 1} of {settings.retries + 1}")


def warmed_up(calls_s: list[float], elapsed_s: float, settings: MeasureSettings) -> bool:
    """Whether the warm-up calls so far (their seconds, in order, over ``elapsed_s``) are enough:
    warmup_min_s has passed, and warmup_min_calls were made or the last WARMUP_SETTLED_CALLS agree
    within warmup_settled (a model past its first calls' allocations and caches); or warmup_max_s."""
    if elapsed_s >= settings.warmup_max_s:
        return True
    if elapsed_s < settings.warmup_min_s:
        return False
    if len(calls_s) >= settings.warmup_min_calls:
        return True
    last = calls_s[-WARMUP_SETTLED_CALLS:]
    return (settings.warmup_settled > 0 and len(last) == WARMUP_SETTLED_CALLS
            and max(last) <= min(last) * (1 + settings.warmup_settled))


def wait_for_quiet(meter: CpuMeter, settings: MeasureSettings, on_stage: Optional[OnStage] = None,
                   since: Optional[CpuReading] = None) -> float:
    """Wait up to quiet_wait_s for other processes to leave the host idle enough
    (max_host_busy); returns the seconds waited. While the host stays busy, ``on_stage`` hears
    how busy and for how long, about once a second. A host that stays busy is timed anyway,
    and the measurement says it was contended.

    ``since``: a reading taken before this process's own work (preparing what it times), whose
    CPU time is not the others': the first check spans from it. A span the counters cannot
    resolve yet (shorter than MIN_SPAN_S) is not slept out when a contended window will be timed
    again (``retries``): the window's own reading judges the host. Without ``since``, and for every
    later look, the check sleeps the counters' shortest span."""
    if settings.quiet_wait_s <= 0:
        return 0.0
    if since is not None and settings.retries > 0 and time.monotonic() - since.wall < MIN_SPAN_S:
        # A span too short for the counters (a small model prepared from the cache in
        # milliseconds) would be slept out: the timed window's own reading judges the host
        # instead, and a window found contended is timed again after a full wait.
        return 0.0
    started = time.monotonic()
    next_report = started
    while True:
        busy = meter.busy_share(since or meter.read())  # over at least the shortest span the counters resolve
        since = None
        now = time.monotonic()
        waited = now - started
        if busy <= settings.max_host_busy or waited >= settings.quiet_wait_s:
            return waited
        if on_stage is not None and now >= next_report:
            on_stage(f"waiting for a quiet host: {busy:.0%} busy, {waited:.0f} s of {settings.quiet_wait_s:g}")
            next_report = now + QUIET_REPORT_S


@dataclass
class _Window:
    """What one target's rounds have gathered so far."""

    samples: list[float] = field(default_factory=list)
    parts: dict[str, list[float]] = field(default_factory=dict)  # each part's seconds, call by call
    round_medians: list[float] = field(default_factory=list)
    round_calls: list[int] = field(default_factory=list)  # how many of the samples each round timed
    warmup_calls: int = 0
    busy_seconds: float = 0.0  # host busy share x window length, summed over the rounds
    seconds: float = 0.0
    spent_seconds: float = 0.0  # warm-ups and timed calls, every round
    memory_used: memory.PhaseMemory = field(default_factory=memory.PhaseMemory)  # every round's warm-ups and calls
    start: Optional[float] = None
    end: float = 0.0
    out_of_reach: Optional[tuple[float, float]] = None  # (the interval, the seconds it would need)
    energy: Optional[EnergyMeter | NoEnergy] = None
    energy_j: float = 0.0  # the energy counter's joules over the timed calls, summed over the rounds
    energy_failed: str = ""  # why the counter stopped giving a figure, if it did

    def time_round(self, target: Timed, settings: MeasureSettings, rounds: int, first: bool,
                   meter: CpuMeter) -> None:
        """Warm up (in full the first time, for warmup_min_s after another target ran), then
        time one round: a 1/rounds share of the count and the durations."""
        with memory.phase() as used:
            self._time_round(target, settings, rounds, first, meter)
        self.memory_used = self.memory_used.add(used)

    def _time_round(self, target: Timed, settings: MeasureSettings, rounds: int, first: bool,
                    meter: CpuMeter) -> None:
        call, sync, restored, clock = target.call, target.sync, target.restored, time.perf_counter
        round_started = clock()
        reading = meter.read()

        warmup = settings if first else dataclasses.replace(settings, warmup_min_calls=1,
                                                             warmup_max_s=settings.warmup_max_s / rounds)
        warmup_s: list[float] = []
        started = clock()
        while not warmed_up(warmup_s, clock() - started, warmup):
            if restored:
                call = restored()
            before = clock()
            call()
            if sync:
                sync()
            warmup_s.append(clock() - before)
        self.warmup_calls += len(warmup_s)

        min_iterations = math.ceil(settings.min_iterations / rounds)
        min_duration_s, max_duration_s = settings.min_duration_s / rounds, settings.max_duration_s / rounds
        pooled = len(self.samples)
        next_precision_check = pooled + min_iterations
        joules = self.read_energy()  # before the clock starts: the read costs the window nothing
        start_wall, started = time.time(), clock()
        while True:
            if restored:
                call = restored()
            before = clock()
            call()
            if sync:
                sync()
            after = clock()
            self.samples.append(after - before)
            if target.parts:
                for part, seconds in target.parts().items():
                    self.parts.setdefault(part, []).append(seconds)
            elapsed = after - started
            if elapsed >= max_duration_s:
                break
            if len(self.samples) >= next_precision_check and elapsed >= min_duration_s:
                if settings.precision <= 0:
                    break
                ordered = sorted(self.samples)
                ci = median_confidence(ordered)
                if ci <= settings.precision:
                    break
                needs_s = precision_out_of_reach(ordered, ci, settings) if settings.stop_out_of_reach else None
                if needs_s is not None:
                    self.out_of_reach = (ci, needs_s)
                    break
                next_precision_check = max(len(self.samples) + 1, int(len(self.samples) * PRECISION_CHECK_GROWTH))
        if joules is not None:
            joules_after = self.read_energy()
            self.energy_j += joules_after - joules if joules_after is not None else 0.0
        end_wall = time.time()
        # The host's share over the window, or over the counters' shortest span ending with it
        # when the window was shorter: the sampling is extended, never the timed window.
        window = meter.read()
        length = window.wall - reading.wall
        self.busy_seconds += meter.busy_share(reading, window) * length
        self.seconds += length
        self.round_medians.append(sorted_median(sorted(self.samples[pooled:])))
        self.round_calls.append(len(self.samples) - pooled)
        self.start = start_wall if self.start is None else self.start
        self.end = end_wall
        self.spent_seconds += clock() - round_started

    def read_energy(self) -> Optional[float]:
        """The energy counter's joules now; None without one, or once it has failed (a counter
        that fails is this measurement's energy note, never the runtime's failure)."""
        if not isinstance(self.energy, EnergyMeter) or self.energy_failed:
            return None
        try:
            return self.energy.read()
        except Exception as error:
            self.energy_failed = f"the {self.energy.source} counter failed while timed ({error}): no energy figure"
            return None

    def energy_fields(self) -> dict[str, Any]:
        """The Measurement's energy fields: the joules over the timed calls and what they cover,
        or no joules and why."""
        if isinstance(self.energy, NoEnergy):
            return {"energy_note": self.energy.note}
        if self.energy is None:
            return {}
        if self.energy_failed:
            return {"energy_note": self.energy_failed}
        return {"energy_j": self.energy_j, "energy_source": self.energy.source, "energy_note": self.energy.covers}

    def measurement(self, target: Timed, settings: MeasureSettings, quiet_wait_s: float, attempts: int,
                    host_speed_ms: list[float]) -> Measurement:
        """The rounds pooled into one Measurement; ``host_speed_ms``: the reference workload's time
        before, between and after them."""
        return Measurement(
            samples_s=tuple(self.samples),
            parts_s={part: tuple(seconds) for part, seconds in self.parts.items()},
            warmup_calls=self.warmup_calls,
            batch_size=target.batch_size,
            memory_mb=self.memory_used.fields("timed"),
            start=self.start or 0.0,
            end=self.end,
            settings=settings,
            round_medians_s=tuple(self.round_medians),
            round_calls=tuple(self.round_calls),
            host_busy=self.busy_seconds / self.seconds if self.seconds > 0 else 0.0,
            quiet_wait_s=quiet_wait_s,
            attempts=attempts,
            out_of_reach=self.out_of_reach,
            host_speed_ms=tuple(host_speed_ms),
            spent_s=self.spent_seconds,
            **self.energy_fields(),
        )
