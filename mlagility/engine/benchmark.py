"""Benchmark one invocation: reference outputs and FLOPs in eager torch, the build, then each
runtime prepared, checked against the reference and measured. Every outcome is a record."""

from __future__ import annotations

import contextlib
import dataclasses
import math
import re
import time
import traceback
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Optional

import numpy as np
import torch

from mlagility import host as hostlock
from mlagility import memory, records, runtimes
from mlagility.builder import cache as builds
from mlagility.builder.settings import STAGES, BuildSettings
from mlagility.common.output import one_line
from mlagility.choices import Quantize, StopAfter
from mlagility.energy import EnergyMeter, NoEnergy, energy_meter
from mlagility.engine.task import ScriptTask
from mlagility.invocation import Invocation, Phase
from mlagility.measure import Timed, TimingFailed, measure_together, timing_stage
from mlagility.measurement import MeasureSettings, Measurement
from mlagility.records import Record
from mlagility.runtimes.base import (CompileFailed, Runtime, RuntimeFailure, Session, flatten_outputs, logits_position,
                                     register_cache_outputs)

if TYPE_CHECKING:
    from torch.utils.flop_counter import FlopCounterMode


def is_out_of_memory(error: BaseException) -> bool:
    return isinstance(error, MemoryError) or "out of memory" in str(error).lower()


def prepare_status(error: Exception) -> str:
    """The record status of a runtime that could not be prepared: compile_error when it could not
    compile the model, else session_error (a SessionFailed, or an error the runtime did not foresee)."""
    return records.COMPILE_ERROR if isinstance(error, CompileFailed) else records.SESSION_ERROR


def compare(outputs: list[np.ndarray], reference: list[np.ndarray]) -> tuple[float, float]:
    """(max absolute error, max error relative to the reference's largest finite magnitude) over
    all outputs. An output missing or of another shape counts as an infinite error; a NaN on
    either side makes the error NaN (it never passes); equal infinities differ by nothing."""
    if len(outputs) != len(reference):
        return float("inf"), float("inf")
    abs_errors, rel_errors = [0.0], [0.0]
    for got, want in zip(outputs, reference):
        if got.shape != want.shape:
            return float("inf"), float("inf")
        if want.size == 0:
            continue
        with np.errstate(invalid="ignore"):
            error = float(np.max(np.where(got == want, 0.0, np.abs(got - want))))
        finite = np.abs(want[np.isfinite(want)])
        scale = float(finite.max()) if finite.size else 0.0
        abs_errors.append(error)
        rel_errors.append(error / scale if scale > 0 else error)
    # np.max, unlike max(), keeps a NaN
    return float(np.max(abs_errors)), float(np.max(rel_errors))


def invocation_record(task: ScriptTask, invocation: Invocation) -> Record:
    """The task's base record filled in with what discovery learnt about the invocation."""
    return dataclasses.replace(
        task.worker_record(),
        variable=invocation.variable,
        model_class=invocation.model_class,
        built_at=invocation.built_at,
        params=invocation.params,
        model_hash=invocation.model_hash,
        invocation_hash=invocation.invocation_hash,
        input_shapes=invocation.input_shapes,
        input_dtypes=invocation.input_dtypes,
        call_count=invocation.call_count,
        depth=invocation.depth,
        phase=invocation.phase,
        context_length=invocation.context_length,
        new_tokens=invocation.new_tokens,
    )


def runtimes_for(task: ScriptTask, invocation: Invocation) -> list[str]:
    """The task's runtimes that measure this invocation: all of them, but a generate call only on
    those that run the torch model (an ONNX graph holds one step, not generate's loop)."""
    if not invocation.generates:
        return list(task.runtimes)
    return [name for name in task.runtimes if not runtimes.get(name).needs_onnx]


def makes_records(task: ScriptTask, invocation: Invocation) -> bool:
    """Whether benchmarking the invocation makes any record: a generate call has no build to stop
    after, and is measured only on the runtimes that run torch models."""
    if not invocation.generates or task.stop_after is StopAfter.analyze:
        return True
    return not task.stops_after_building and bool(runtimes_for(task, invocation))


# Extra eager calls made when the first two differ: how far a nondeterministic model strays from
# itself is estimated from several draws, not from one pair that may happen to agree.
NONDETERMINISM_DRAWS = 4
# A runtime's error on a nondeterministic model may be this many times the largest eager-vs-eager
# error before it is a fail_accuracy: it is one more draw of the same spread.
NONDETERMINISM_MARGIN = 2.0
# Eager torch straying from itself by more than this (relative to its outputs' largest magnitude)
# computes nothing repeatable: the tolerance widened to it would pass any output of that size,
# so outputs are not checked and no runtime passes (a model that samples strays by less: 0.75).
MAX_EAGER_REL_ERROR = 1.0


@dataclass
class Reference:
    """What each runtime's outputs are checked against: eager torch's outputs on the invocation's
    inputs, the FLOPs of that call, and how far further eager calls on the same inputs stray from
    it (above zero: a nondeterministic model). ``failure`` says why there are no outputs when the
    eager call failed; an ONNX file has neither outputs nor failure."""

    outputs: Optional[list[np.ndarray]] = None
    flops: Optional[float] = None
    eager_rel_error: Optional[float] = None
    failure: str = ""
    seconds: Optional[float] = None  # what the eager calls and the FLOP count took
    logits_at: Optional[int] = None  # which output is a classifier's or language model's logits

    @property
    def nondeterministic(self) -> Optional[bool]:
        """Whether eager differs from itself on the same inputs; None when there was no eager call."""
        return None if self.eager_rel_error is None else self.eager_rel_error > 0

    def tolerance(self, dtype_tolerance: float) -> float:
        """The relative error a runtime may show: the dtype's tolerance, widened for a
        nondeterministic model to what eager itself strays by."""
        return max(dtype_tolerance, NONDETERMINISM_MARGIN * (self.eager_rel_error or 0.0))

    def why_unchecked(self) -> str:
        """Why a runtime's outputs cannot be checked against this reference ("" when they can):
        there are none, they hold NaN, or eager strays from itself by more than MAX_EAGER_REL_ERROR."""
        if self.outputs is None:
            return self.failure or "no torch model to compare with"
        if any(np.isnan(output).any() for output in self.outputs):
            return "eager torch's outputs hold NaN"
        if not self.eager_rel_error <= MAX_EAGER_REL_ERROR:  # NaN and inf included
            return (f"eager torch differs from itself by up to {self.eager_rel_error:.3g} (relative) on the same "
                    f"inputs, above {MAX_EAGER_REL_ERROR:g}: no tolerance would check anything")
        return ""


def eager_outputs(invocation: Invocation, raw: bool = False) -> Any:
    """One eager call on a fresh copy of the invocation's inputs, its outputs flattened. Under no_grad, not
    inference_mode: under inference_mode, FlopCounterMode fails on a weight-normed conv
    ("'ParametrizedConv1d' object has no attribute 'weight'", wav2vec2) and on DeBERTa-v2's
    relative attention ("'NoneType' object has no attribute 'next_functions'"); both run under
    no_grad (checked with transformers 5.24 and torch 2.14). ``raw``: the outputs as the model
    returned them."""
    with torch.no_grad():
        outputs = invocation.fresh().call()
    return outputs if raw else flatten_outputs(outputs)


def flop_counter() -> FlopCounterMode:
    """torch's FLOP counter, imported only to count: it imports triton (0.1 s), and a count read
    from the cache needs none of it."""
    from torch.utils.flop_counter import FlopCounterMode

    return FlopCounterMode(display=False)


def reference_outputs(invocation: Invocation, cache_dir: str) -> Reference:
    """Eager torch outputs on the invocation's inputs and the FLOPs of that call (counted on the
    first run of an invocation, read from the cache after); a second call tells whether the model
    is deterministic, and for one that is not, further calls measure how far eager strays."""
    invocation.model.eval()
    flops = builds.read_flops(cache_dir, invocation)
    counter = flop_counter() if flops is None else contextlib.nullcontext()
    with counter:
        returned = eager_outputs(invocation, raw=True)
    outputs, logits_at = flatten_outputs(returned), logits_position(returned)
    del returned
    if flops is None:
        flops = float(counter.get_total_flops())
        builds.write_flops(cache_dir, invocation, flops)
    eager_rel_error = compare(eager_outputs(invocation), outputs)[1]
    if eager_rel_error > 0:
        draws = [compare(eager_outputs(invocation), outputs)[1] for _ in range(NONDETERMINISM_DRAWS - 1)]
        eager_rel_error = max(eager_rel_error, *draws)
    return Reference(outputs, flops, eager_rel_error, logits_at=logits_at)


def failed_fusions(settings: BuildSettings, earlier: list[Variant]) -> Optional[builds.Build]:
    """For a fused variant, the build of an earlier fused variant of the invocation whose fusions
    failed, reused as this one's: the fusions run on the shared export, so this variant's would
    fail the same way (Faster R-CNN's take minutes to). None when there is none."""
    if not settings.fusions:
        return None
    failed = next((v for v in earlier if v.settings.fusions and v.build.status == records.FUSIONS_ERROR), None)
    if failed is None:
        return None
    return dataclasses.replace(failed.build, cached=True,
                               reason=f"{failed.build.reason} (in the {failed.settings.variant} build; not run again)")


def with_build(record: Record, settings: BuildSettings, build: builds.Build) -> Record:
    """The record with the build's name, variant, dtype and cold-start costs."""
    stages = build.state.get("stages", {})
    fusions = stages.get("fusions", {})
    fused = ", ".join(f"{op} {count}" for op, count in fusions.get("fused", {}).items())
    return dataclasses.replace(
        record,
        build_name=build.name,
        build_dtype=settings.dtype,
        build_variant=settings.variant,
        build_cached=build.cached,
        **{name: value for stage in STAGES for name, value in build.memory(stage).fields(stage).items()},
        export_s=build.seconds("export"),
        fusions_s=build.seconds("fusions"),
        fused_operators=f"{fused or 'none'} ({fusions['model_type']} fusions)" if "model_type" in fusions else "",
        quantize_s=build.seconds("quantize"),
        optimize_s=build.seconds("optimize"),
        fp16_s=build.seconds("fp16"),
        build_s=build.total_seconds,
        onnx_opset=build.state.get("onnx_opset"),
        exporter=stages.get("export", {}).get("exporter", ""),
    )


@dataclass
class Prepared:
    """A runtime's session ready to be timed, and its record so far (accuracy already checked).
    ``restores_inputs``: its first call changed its inputs, so they are restored before each call."""

    name: str
    session: Session
    record: Record
    restores_inputs: bool = False


class StageFailed(Exception):
    """A runtime's preparation or first call failed: ``stage`` says which, the cause is chained."""

    def __init__(self, stage: str):
        super().__init__(stage)
        self.stage = stage


@dataclass
class FirstCall:
    """A prepared session after its first call: that call's outputs, whether it changed its
    inputs (restored since), and what loading and calling it cost in time and memory."""

    session: Session
    outputs: list[np.ndarray]
    restores_inputs: bool
    load_s: float
    first_call_ms: float
    load_memory: memory.PhaseMemory
    first_call_memory: memory.PhaseMemory


def first_call(runtime: Runtime, invocation: Invocation, model_path: Optional[str]) -> FirstCall:
    """Prepare ``runtime``'s session and make its first call; a failure raises StageFailed (the
    session closed), chained to the runtime's error."""
    stage, session = "prepare", None
    try:
        with memory.phase() as load_memory:
            start = time.perf_counter()
            session = runtime.prepare(invocation, model_path)
            load_s = time.perf_counter() - start
        stage = "first call"
        with session.active():
            with memory.phase() as first_call_memory:
                start = time.perf_counter()
                result = session.run()
                if session.sync:
                    session.sync()
                first_call_ms = 1e3 * (time.perf_counter() - start)
            outputs = session.outputs(result)  # checked: the model is not called again for them
            restores_inputs = session.inputs_changed()
            if restores_inputs:
                session.restore_inputs()
    except Exception as error:
        if session is not None:
            session.close()
        raise StageFailed(stage) from error
    return FirstCall(session, outputs, restores_inputs, load_s, first_call_ms, load_memory, first_call_memory)


def failed_stage_record(record: Record, failure: StageFailed) -> Record:
    """The record of a runtime whose preparation or first call failed."""
    error = failure.__cause__
    if is_out_of_memory(error):
        status = records.OUT_OF_MEMORY
    else:
        status = prepare_status(error) if failure.stage == "prepare" else records.RUNTIME_ERROR
    # The library's own error names the problem; the runtime's wrapper only sorts it.
    error = error.__cause__ if isinstance(error, RuntimeFailure) and error.__cause__ else error
    return dataclasses.replace(record, status=status, reason=f"{failure.stage} failed: {one_line(error)}")


@dataclass(frozen=True)
class AccuracyBar:
    """What a build's outputs must keep of eager torch's (config.AccuracyConfig): a float build, a
    max relative error within ``tolerance``; a quantized one, a cosine similarity of at least
    ``min_cosine`` and, where an output is logits, a top-1 agreement of at least ``min_top1``."""

    tolerance: float
    min_cosine: Optional[float] = None
    min_top1: Optional[float] = None


def accuracy_bar(task: ScriptTask, variant: Optional[Variant]) -> AccuracyBar:
    """The bar of a runtime's outputs: its build variant's (float32's for a torch runtime)."""
    accuracy, settings = task.config.accuracy, variant.settings if variant else None
    if settings is None or settings.quantize is Quantize.none:
        return AccuracyBar(accuracy.for_dtype(settings.dtype if settings else "float32"))
    return AccuracyBar(accuracy.float32, accuracy.min_cosine[str(settings.quantize)], accuracy.min_top1_agreement)


def cosine_similarity(outputs: list[np.ndarray], reference: list[np.ndarray]) -> float:
    """The cosine of the angle between the outputs and the reference's, all flattened into one
    vector each (1: the same direction); NaN when they do not match in number or shape, or hold
    NaN or infinities."""
    if len(outputs) != len(reference) or any(o.shape != r.shape for o, r in zip(outputs, reference)):
        return math.nan
    got = np.concatenate([o.ravel() for o in outputs]) if outputs else np.zeros(0)
    want = np.concatenate([r.ravel() for r in reference]) if reference else np.zeros(0)
    if not (np.isfinite(got).all() and np.isfinite(want).all()):
        return math.nan
    norms = float(np.linalg.norm(got) * np.linalg.norm(want))
    if norms == 0:
        return 1.0 if not got.any() and not want.any() else 0.0
    return float(np.dot(got, want) / norms)


def top1_agreement(outputs: list[np.ndarray], reference: list[np.ndarray], logits_at: Optional[int]) -> Optional[float]:
    """The share of positions (rows of the logits' last axis) whose largest logit is where eager's
    is; None without logits."""
    if logits_at is None or logits_at >= min(len(outputs), len(reference)):
        return None
    got, want = outputs[logits_at], reference[logits_at]
    if got.shape != want.shape or want.ndim < 2 or want.shape[-1] < 2:
        return None
    return float(np.mean(got.argmax(axis=-1) == want.argmax(axis=-1)))


def checked_record(record: Record, reference: Reference, outputs: list[np.ndarray], bar: AccuracyBar) -> Record:
    """The record with its accuracy verdict against the reference: ok or fail_accuracy, the errors,
    cosine similarity, top-1 agreement and tolerance, and what the verdict has to say in its reason."""
    unchecked = reference.why_unchecked()
    if unchecked:
        # Measured all the same; unchecked, it passes only when there is no reference to have.
        return dataclasses.replace(record, status=records.OK if reference.outputs is None else records.FAIL_ACCURACY,
                                   reason=f"outputs not checked: {unchecked}")
    max_abs_error, max_rel_error = compare(outputs, reference.outputs)
    checked = dataclasses.replace(record, max_abs_error=max_abs_error, max_rel_error=max_rel_error,
                                  cosine_similarity=cosine_similarity(outputs, reference.outputs),
                                  top1_agreement=top1_agreement(outputs, reference.outputs, reference.logits_at))
    if bar.min_cosine is None:
        tolerance = reference.tolerance(bar.tolerance)
        checked = dataclasses.replace(checked, tolerance=tolerance,
                                      status=records.OK if max_rel_error <= tolerance else records.FAIL_ACCURACY)
        notes = [accuracy_failure(checked)] if checked.status == records.FAIL_ACCURACY else []
    else:
        notes = lossy_failures(checked, bar)
        checked = dataclasses.replace(checked, status=records.FAIL_ACCURACY if notes else records.OK)
    if reference.nondeterministic:
        notes.append(f"nondeterministic model: two eager calls differ by up to {reference.eager_rel_error:.3g} "
                     f"(relative), and the tolerance is {NONDETERMINISM_MARGIN:g}x that")
    return dataclasses.replace(checked, reason="; ".join(notes))


def preparation_notes(invocation: Invocation, restores_inputs: bool) -> list[str]:
    """What a measured record says of its inputs: not frozen at the call, or restored between calls."""
    notes = []
    if invocation.unfrozen:
        notes.append(f"inputs not frozen at the call ({invocation.unfrozen}): a call that changes them changes "
                     "them for every later call")
    if restores_inputs:
        notes.append("the model changes its inputs: inputs restored before each call, outside the timed window")
    return notes


def prepare_runtime(task: ScriptTask, invocation: Invocation, name: str, variant: Optional[Variant],
                    reference: Reference, record: Record) -> Prepared | Record:
    """Prepare one runtime (on one build ``variant`` when it runs ONNX), make its first call and
    check its outputs against the reference (a runtime is measured unchecked when there is none); a
    failure is returned as the runtime's record."""
    spec = runtimes.get(name)
    record = dataclasses.replace(record, runtime=name)
    build = variant.build if variant else None
    if invocation.model is None and not spec.needs_onnx:
        return dataclasses.replace(record, status=records.SESSION_ERROR,
                                   reason=f"{name} runs torch models; an ONNX file runs on ort or trt")
    if spec.needs_onnx:
        record = with_build(record, variant.settings, build)
        if not build.ok:
            return dataclasses.replace(record, status=build.status, reason=build.reason,
                                       log_path=str(build.folder / build.log_path))
    else:
        record, build = dataclasses.replace(record, build_dtype="float32"), None
    runtime = spec.load()(task.runtimes[name], task.device)
    try:
        called = first_call(runtime, invocation, None if build is None else str(build.model_path))
    except StageFailed as failure:
        traceback.print_exception(failure.__cause__)
        return failed_stage_record(record, failure)
    record = dataclasses.replace(record, load_s=called.load_s, first_call_ms=called.first_call_ms,
                                 **called.load_memory.fields("load"), **called.first_call_memory.fields("first_call"),
                                 threads=called.session.threads,
                                 transfers_included=called.session.transfers_included)
    record = checked_record(record, reference, called.outputs, accuracy_bar(task, variant))
    # What a good build has to say (a stage it left out) first, then the verdict's notes.
    notes = [build.reason if build else "", record.reason, *preparation_notes(invocation, called.restores_inputs)]
    record = dataclasses.replace(record, reason="; ".join(filter(None, notes)))
    return Prepared(target_name(task, name, variant), called.session, record, called.restores_inputs)


@dataclass(frozen=True)
class Variant:
    """One build variant of an invocation: what it does, and the build it gave."""

    settings: BuildSettings
    build: builds.Build


def target_name(task: ScriptTask, runtime: str, variant: Optional[Variant]) -> str:
    """What a prepared runtime is called while timed and in the log: the runtime, with its build
    variant when the task builds several (``ort[int8_dynamic]``)."""
    return f"{runtime}[{variant.settings.variant}]" if variant and len(task.builds) > 1 else runtime


def lossy_failures(record: Record, bar: AccuracyBar) -> list[str]:
    """Why a quantized build's record fails its bar: each figure below it, said; none when it passes."""
    failures = []
    if not record.cosine_similarity >= bar.min_cosine:  # NaN fails
        failures.append(f"cosine similarity {record.cosine_similarity:.4g} to eager torch's outputs below the "
                        f"{record.build_variant} bar {bar.min_cosine:g} (accuracy.min_cosine)")
    if record.top1_agreement is not None and record.top1_agreement < bar.min_top1:
        failures.append(f"top-1 agreement {record.top1_agreement:.1%} with eager torch below the bar "
                        f"{bar.min_top1:.0%} (accuracy.min_top1_agreement)")
    return failures


def accuracy_failure(record: Record) -> str:
    """Why a checked record is a fail_accuracy, in its reason."""
    if record.phase == Phase.GENERATE:
        return "the generated tokens differ from those eager torch generated on the same inputs"
    if math.isnan(record.max_rel_error):
        return "max relative error NaN: the outputs hold NaN where eager torch's hold numbers"
    if math.isinf(record.max_rel_error):
        return "max relative error inf: an output is missing, of another shape, or infinite where eager torch's is not"
    return (f"max relative error {record.max_rel_error:.3g} above the {record.build_dtype} "
            f"tolerance {record.tolerance:g}")


# A generate call runs the model once per new token: one of them warms it up as the single calls
# a step is warmed up with (measure.warmup_min_calls, or fewer once settled) do, in less time.
GENERATE_WARMUP_CALLS = 1


def measure_settings(task: ScriptTask, prepared: list[Prepared]) -> MeasureSettings:
    """The task's measure settings, with a generate call's warm-up cut to GENERATE_WARMUP_CALLS."""
    if prepared and prepared[0].record.phase == Phase.GENERATE:
        return dataclasses.replace(task.config.measure,
                                   warmup_min_calls=min(task.config.measure.warmup_min_calls, GENERATE_WARMUP_CALLS))
    return task.config.measure


# Told each measurement's latencies, before its record is made: (measurement id, the measurement).
OnSamples = Callable[[str, Measurement], None]


def measure_prepared(task: ScriptTask, prepared: list[Prepared], begin: Optional[Callable[[str], None]] = None,
                     meter: Optional[hostlock.CpuMeter] = None,
                     quiet_since: Optional[hostlock.CpuReading] = None,
                     on_samples: Optional[OnSamples] = None,
                     energy: Optional[EnergyMeter | NoEnergy] = None) -> Iterator[Record]:
    """Time the prepared runtimes together (interleaved rounds) in a window that owns the host,
    and finish their records; a runtime whose call fails while timed gets a runtime_error and
    the others are timed again without it. ``begin`` hears the timing loop's stages between its
    windows (a wait for a quiet host, a retry); ``quiet_since``, a reading of ``meter`` taken before
    the runtimes were prepared, spares the first wait for a quiet host its sleep; ``on_samples`` is
    told each measurement's latencies; ``energy``: the device's energy counter (energy.py), made
    once per invocation, or why there is none."""
    pair_id = uuid.uuid4().hex[:12] if len(prepared) > 1 else ""
    batch_size = task.parameters.get("batch_size", 1)
    settings = measure_settings(task, prepared)
    pending = {p.name: p for p in prepared}
    while pending:
        targets = {name: Timed(p.session.timed_call(), p.session.sync, batch_size,
                               p.session.restored_call if p.restores_inputs else None, p.session.parts)
                   for name, p in pending.items()}
        try:
            with contextlib.ExitStack() as active:
                for p in pending.values():
                    active.enter_context(p.session.active())
                # A second timing (without a runtime that failed) checks for a quiet host afresh.
                since, quiet_since = quiet_since, None
                with hostlock.tool_lock(task.cache_dir).timing() as wait:
                    measurements = measure_together(targets, settings, meter, begin, since, energy)
        except TimingFailed as failure:
            failed = pending.pop(failure.target)
            error = failure.__cause__
            traceback.print_exception(error)
            status = records.OUT_OF_MEMORY if is_out_of_memory(error) else records.RUNTIME_ERROR
            yield dataclasses.replace(failed.record, status=status, reason=f"timing failed: {one_line(error)}")
            continue
        # Every runtime is timed by now: a profile, asked for, comes after the timed window and
        # before the sessions close, each record sent once it has its profile.
        for name, p in pending.items():
            measurement = measurements[name].of(p.record.invocation_hash, name, task.device, p.session.threads)
            print(measurement)  # the script's log
            measurement_id = uuid.uuid4().hex
            if on_samples is not None:
                on_samples(measurement_id, measurement)
            record = measured_record(p, measurement, wait.seconds, pair_id if len(pending) > 1 else "")
            record = dataclasses.replace(record, measurement_id=measurement_id)
            yield profiled_record(task, p, record) if settings.profile else record
        return


def measured_record(prepared: Prepared, measurement: Measurement, wait_s: float, pair_id: str) -> Record:
    """The prepared runtime's record with its measurement; an unstable or contended one says why."""
    record = dataclasses.replace(prepared.record, measure_wait_s=wait_s, pair_id=pair_id,
                                 peak_gpu_mb=prepared.session.peak_device_memory_mb(),
                                 gpu_used_mb=prepared.session.device_memory_used_mb(), **measurement.summary())
    seconds = record.median_ms / 1e3
    return dataclasses.replace(
        record,
        gflops_per_s=record.flops / seconds / 1e9 if record.flops else None,
        tokens_per_s=record.new_tokens / seconds if record.new_tokens else None,
        e2e_ms=record.median_ms if record.phase == Phase.GENERATE else None,
        reason="; ".join(filter(None, [record.reason, *measurement.instability])))


# The operators a record's profile_top names.
PROFILE_TOP = 10


def trace_path(task: ScriptTask, record: Record) -> Path:
    """Where a record's profile trace goes: ``<job folder>/profiles/<script stem>-<variable>-
    <invocation hash>-<runtime>.json``."""
    name = f"{task.script_stem}-{record.variable}-{record.invocation_hash}-{record.runtime}"
    return Path(task.provenance.job_dir).resolve() / "profiles" / (re.sub(r"[^\w.-]", "_", name) + ".json")


def top_operators(seconds: list[tuple[str, float]], top: int = PROFILE_TOP) -> str:
    """The first ``top`` operators (most self time first) with their share of every operator's
    self time: ``Gemm 61.0%; Relu 12.5%``."""
    total = sum(spent for _, spent in seconds)
    return "; ".join(f"{op} {spent / total:.1%}" for op, spent in seconds[:top])


def profiled_record(task: ScriptTask, prepared: Prepared, record: Record) -> Record:
    """The measured record with its profile: measure.profile_calls calls of the prepared session
    under its runtime's profiler, made once every runtime of the invocation was timed. A profile
    that fails says why in profile_top; the measurement stays as it was either way."""
    calls = task.config.measure.profile_calls
    path = trace_path(task, record)
    try:
        with hostlock.tool_lock(task.cache_dir).working(), prepared.session.active():
            seconds = prepared.session.profile(calls, path, prepared.restores_inputs)
        if not seconds:
            raise RuntimeError("the profiler saw no operator take any time")
    except Exception as error:
        traceback.print_exception(error)
        return dataclasses.replace(record, profile_top=f"profile failed: {one_line(error)}", profile_calls=calls)
    top = top_operators(seconds)
    print(f"{prepared.name} profile, {calls} calls: {top} ({path})")  # the script's log
    return dataclasses.replace(record, profile_top=top, profile_path=str(path), profile_calls=calls)


def benchmark_invocation(task: ScriptTask, invocation: Invocation, begin: Callable[[str], None],
                         on_samples: Optional[OnSamples] = None) -> Iterator[Record]:
    """Every record of one invocation: one per runtime, or one for the stop point. ``begin`` is
    told each stage as it starts ("encoder: exporting"), ``on_samples`` each measurement's latencies.

    Each step of CPU work holds the host shared; the runtimes are timed together, holding it
    exclusively; every session is closed before the next invocation, whatever happened."""

    def begin_for_model(stage: str) -> None:
        begin(f"{invocation.variable}: {stage}")

    record = invocation_record(task, invocation)
    # Other processes' CPU time from here on: the quiet host the timing needs is read over this
    # invocation's own work (its reference, build and preparation), not slept for.
    meter = hostlock.CpuMeter()
    quiet_since = meter.read()
    if task.stop_after is StopAfter.analyze:
        yield dataclasses.replace(record, status=records.ANALYZED)
        return
    host = hostlock.tool_lock(task.cache_dir)
    begin_for_model("reference")
    reference = Reference()
    if invocation.model is not None:
        # A model returning a transformers cache: its tensors are outputs, to eager and exporter alike.
        register_cache_outputs(invocation.model)
        try:
            with host.working(), memory.phase() as reference_memory:
                started = time.perf_counter()
                reference = reference_outputs(invocation, task.cache_dir)
                reference.seconds = time.perf_counter() - started
            record = dataclasses.replace(record, **reference_memory.fields("reference"))
        except Exception as error:  # each runtime still gets its record, measured unchecked or failed
            traceback.print_exc()
            reference = Reference(failure=f"eager reference call failed: {one_line(error)}")
    record = dataclasses.replace(record, flops=reference.flops, eager_rel_error=reference.eager_rel_error,
                                 nondeterministic=reference.nondeterministic, reference_s=reference.seconds)

    wanted = runtimes_for(task, invocation)
    if not makes_records(task, invocation):
        return
    variants: list[Variant] = []
    exports: dict[str, builds.Build] = {}  # the one export the variants share
    if (task.stops_after_building or invocation.model is None
            or any(runtimes.get(name).needs_onnx for name in wanted)):
        for settings in task.builds:
            failed = failed_fusions(settings, variants)
            if failed is not None:  # the same fusions on the same export: they would fail the same way
                variants.append(Variant(settings, failed))
                continue
            with host.working():
                variants.append(Variant(settings, builds.get_build(
                    invocation, settings, task.cache_dir, task.script_stem, task.labels, task.config.rebuild,
                    task.stop_after, begin_for_model, exports, task.config.build.stage_timeout)))
    if task.stops_after_building:
        done = records.EXPORTED if task.stop_after is StopAfter.export else records.BUILT
        for variant in variants:
            build = variant.build
            yield dataclasses.replace(with_build(record, variant.settings, build), status=done if build.ok else build.status,
                                      reason="; ".join(filter(None, [build.reason, reference.failure])))
        return

    with contextlib.ExitStack() as sessions:
        prepared: list[Prepared] = []
        for name in wanted:
            for variant in variants if runtimes.get(name).needs_onnx else [None]:
                begin_for_model(f"preparing {target_name(task, name, variant)}")
                with host.working():
                    outcome = prepare_runtime(task, invocation, name, variant, reference, record)
                if isinstance(outcome, Record):
                    yield outcome
                else:
                    sessions.callback(outcome.session.close)
                    prepared.append(outcome)
        if prepared:
            begin_for_model(timing_stage(p.name for p in prepared))
        yield from measure_prepared(task, prepared, begin_for_model, meter, quiet_since, on_samples,
                                    energy_meter(task.device) if prepared else None)
    if task.config.lean_cache:
        for build in [*exports.values(), *(variant.build for variant in variants)]:
            builds.drop_artifacts(build.folder)
