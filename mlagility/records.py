"""The record: one measured (or failed) invocation x runtime, and the results file that holds them.

A record is a flat value object so that ``report`` can read any number of result files with
pandas and nothing else. A failure is a record too: ``status`` says which stage failed and
``reason`` says why in one line.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

from mlagility.common.jsonlines import append_line, read_lines
from mlagility.common.output import write_text_atomically

RESULTS_FILE = "results.jsonl"

# Statuses. "ok" is a measured record whose outputs matched eager torch (or had none to check).
OK = "ok"
FAIL_ACCURACY = "fail_accuracy"
# Stop points (build.stop_after): the stage finished and nothing was measured, by request.
ANALYZED, EXPORTED, BUILT = "analyzed", "exported", "built"
# Script-level failures: no invocation to blame.
SCRIPT_ERROR, TIMEOUT, KILLED, OUT_OF_MEMORY, NO_MODEL_FOUND = (
    "script_error", "timeout", "killed", "out_of_memory", "no_model_found",
)
# Invocation-level failures, by stage.
EXPORT_ERROR, OPTIMIZE_ERROR, FP16_ERROR = "export_error", "optimize_error", "fp16_error"
FUSIONS_ERROR, QUANTIZE_ERROR = "fusions_error", "quantize_error"
SESSION_ERROR, COMPILE_ERROR, RUNTIME_ERROR = "session_error", "compile_error", "runtime_error"

SUCCESS_STATUSES = frozenset({OK, ANALYZED, EXPORTED, BUILT})
# Build variants that are the plain float build (none, for a torch runtime): a runtime's own name
# stands for them; every other variant is named beside it (ort[int8_dynamic]).
PLAIN_VARIANTS = ("", "fp32", "fp16")
SCRIPT_STATUSES = frozenset({SCRIPT_ERROR, TIMEOUT, KILLED, OUT_OF_MEMORY, NO_MODEL_FOUND})

# The families of a record's fields, in report.csv's order: each field's metadata names its
# family and says what it holds, with its unit (README.md's column table is made from them).
SEED, IDENTITY, PARAMETERS, LABELS, OUTCOME = "seed", "identity", "parameters", "labels", "outcome"
LATENCY, LANGUAGE_MODEL, COLD_START, MEMORY, ENERGY = "latency", "language model", "cold start", "memory", "energy"
WORK, ACCURACY, ENVIRONMENT, BOOKKEEPING = "work", "accuracy", "environment", "bookkeeping"
FAMILIES = (SEED, IDENTITY, PARAMETERS, LABELS, OUTCOME, LATENCY, LANGUAGE_MODEL, COLD_START, MEMORY, ENERGY, WORK,
            ACCURACY, ENVIRONMENT, BOOKKEEPING)


def column(family: str, holds: str) -> dict[str, str]:
    """A record field's metadata: its family and what its column holds (with the unit)."""
    assert family in FAMILIES, family
    return {"family": family, "holds": holds}


# What each kind of memory field holds (memory.PhaseMemory's figures).
MEMORY_KINDS = {
    "peak": "the worker's peak resident memory during {what}, MB",
    "delta": "the worker's resident memory at the end of {what} minus at its start, MB",
    # The build stages after the export run in a process of their own (builder/file_stages.py).
    "build_peak": "the build process's peak resident memory during {what}, MB",
    "build_delta": "the build process's resident memory at the end of {what} minus at its start, MB",
    "gpu": "nvidia, torch runtimes: the most GPU memory torch's allocator held during {what}, MB",
    "gpu_reserved": "nvidia, torch runtimes: the most GPU memory torch's allocator reserved during {what}, MB",
}


def memory_field(kind: str, what: str) -> Any:
    """A memory-per-phase field (``<phase>_<kind>_mb``): empty until measured."""
    return field(default=None, metadata=column(MEMORY, MEMORY_KINDS[kind].format(what=what)))


@dataclass
class Record:
    """One row of results. Fields left None did not apply or were not reached."""

    # What ran.
    script: str = field(default="", metadata=column(IDENTITY, "the script's file name"))
    corpus: str = field(default="", metadata=column(IDENTITY, "the corpus folder's name"))
    model_name: str = field(default="", metadata=column(SEED, "the script's `name` label, else its file name"))
    variable: str = field(default="", metadata=column(IDENTITY, "the name the script calls the model by"))
    model_class: str = field(default="", metadata=column(SEED, "the model's class, with its module"))
    built_at: str = field(default="", metadata=column(IDENTITY, "`file:line` where the model was built"))
    params: Optional[int] = field(default=None, metadata=column(SEED, "the model's parameter count"))
    model_hash: str = field(default="", metadata=column(BOOKKEEPING, "hash of the model's structure"))
    invocation_hash: str = field(default="", metadata=column(BOOKKEEPING,
        "hash of the model and its inputs' shapes and dtypes"))
    build_name: str = field(default="", metadata=column(BOOKKEEPING, "the build's folder in the cache"))
    input_shapes: str = field(default="", metadata=column(IDENTITY, "each input's name and shape"))
    input_dtypes: str = field(default="", metadata=column(IDENTITY, "each input's dtype"))
    call_count: Optional[int] = field(default=None, metadata=column(BOOKKEEPING,
        "how many times the script called the model with these inputs"))
    # Invocations of the script past max_invocations: counted, not measured (0: none).
    invocations_skipped: Optional[int] = field(default=None, metadata=column(BOOKKEEPING,
        "invocations of the script past `max_invocations`: counted, not measured (0: none)"))
    depth: int = field(default=0, metadata=column(BOOKKEEPING,
        "0 for a model the script calls, N for a sub-module N levels down (`max_depth`)"))
    labels: dict[str, list[str]] = field(default_factory=dict, metadata=column(LABELS,
        "one column per label key of the script's `# labels:` line (`labels.name`, `labels.author`, "
        "`labels.task`, `labels.license`, `labels.test_group`, then any other key); several values are joined"
        " with commas"))
    device: str = field(default="", metadata=column(IDENTITY, "`cpu`, `nvidia`"))
    runtime: str = field(default="", metadata=column(IDENTITY,
        "the runtime measured; empty for a script-level failure"))
    parameters: dict[str, Any] = field(default_factory=dict, metadata=column(PARAMETERS,
        "one column per parse() parameter (`parameters.batch_size`, `parameters.max_seq_length`, ...): the "
        "value the job handed the script"))
    build_dtype: str = field(default="", metadata=column(IDENTITY,
        "`float32` or `float16`, the precision the model was built and run in"))
    build_variant: str = field(default="", metadata=column(IDENTITY,
        "the build variant an ONNX runtime ran: `fp32`, `fp16`, `fused`, `int8_dynamic`, `int8_static`, "
        "`int4_weights`, or fusions and a quantization together (`fused+int8_static`); empty for a torch runtime"))

    # How it went.
    status: str = field(default="", metadata=column(OUTCOME,
        "`ok`, a stop point (`analyzed`, `exported`, `built`) or the stage that failed (`export_error`, "
        "`script_error`, `fail_accuracy`, ...)"))
    reason: str = field(default="", metadata=column(OUTCOME, "why it failed, in one line"))
    log_path: str = field(default="", metadata=column(BOOKKEEPING, "the script's log"))

    # Steady-state latency (milliseconds) and throughput (inputs per second at the median
    # latency: batch size / median_ms, batch-aware).
    mean_ms: Optional[float] = field(default=None, metadata=column(LATENCY, "mean latency of one call, ms"))
    median_ms: Optional[float] = field(default=None, metadata=column(LATENCY, "median latency, ms"))
    p90_ms: Optional[float] = field(default=None, metadata=column(LATENCY, "90th percentile latency, ms"))
    p99_ms: Optional[float] = field(default=None, metadata=column(LATENCY, "99th percentile latency, ms"))
    min_ms: Optional[float] = field(default=None, metadata=column(LATENCY, "fastest call, ms"))
    max_ms: Optional[float] = field(default=None, metadata=column(LATENCY, "slowest call, ms"))
    std_ms: Optional[float] = field(default=None, metadata=column(LATENCY, "standard deviation of the latency, ms"))
    cv: Optional[float] = field(default=None, metadata=column(LATENCY, "coefficient of variation (std / mean), frac"))
    # the median's 95% confidence half-width, relative
    median_ci: Optional[float] = field(default=None, metadata=column(LATENCY,
        "half-width of the median's 95% interval relative to the median, frac"))
    iterations: Optional[int] = field(default=None, metadata=column(LATENCY, "timed calls"))
    warmup_calls: Optional[int] = field(default=None, metadata=column(LATENCY, "untimed calls before them"))
    throughput: Optional[float] = field(default=None, metadata=column(LATENCY,
        "inputs per second at the median latency: `batch_size * 1000 / median_ms` (not the mean, which "
        "follows the slowest calls)"))
    # A language model's step (README "Language models"): prefill (the prompt, no cache), decode
    # (new tokens on a cache of context_length tokens) or generate (the script's generate call,
    # end to end); the tokens it attends over (the prompt's, or the cache's for decode); the tokens
    # one call adds, batch included; and those per second at the median latency.
    phase: str = field(default="", metadata=column(LANGUAGE_MODEL,
        "a language model's step: `prefill` (the prompt, no cache), `decode` (new tokens on a cache) or "
        "`generate` (the script's generate call, end to end); empty for other models (see [Language "
        "models](#language-models))"))
    context_length: Optional[int] = field(default=None, metadata=column(LANGUAGE_MODEL,
        "tokens the step attends over: the prompt's (prefill, generate) or the cache's (decode)"))
    new_tokens: Optional[int] = field(default=None, metadata=column(LANGUAGE_MODEL,
        "tokens one call adds, batch included: `batch x prompt` (prefill), `batch` (decode), `batch x "
        "generated` (generate)"))
    tokens_per_s: Optional[float] = field(default=None, metadata=column(LANGUAGE_MODEL,
        "`new_tokens * 1000 / median_ms`: prompt tokens/s (prefill), generated tokens/s (decode, and generate"
        " end to end)"))
    # A generate call timed end to end (phase generate): the medians of its time to first token,
    # of its time per output token after the first, and of the whole call (= median_ms), with
    # their medians' 95% confidence half-widths (relative).
    ttft_ms: Optional[float] = field(default=None, metadata=column(LANGUAGE_MODEL,
        "generate: median time to the first new token (the prefill and choosing it), ms"))
    ttft_ci: Optional[float] = field(default=None, metadata=column(LANGUAGE_MODEL,
        "half-width of `ttft_ms`'s 95% interval relative to it, frac"))
    tpot_ms: Optional[float] = field(default=None, metadata=column(LANGUAGE_MODEL,
        "generate: median time per output token after the first, ms"))
    tpot_ci: Optional[float] = field(default=None, metadata=column(LANGUAGE_MODEL,
        "half-width of `tpot_ms`'s 95% interval relative to it, frac"))
    e2e_ms: Optional[float] = field(default=None, metadata=column(LANGUAGE_MODEL,
        "generate: median time of the whole call (its `median_ms`), ms"))
    # min_iterations calls, median within precision, not contended
    stable: Optional[bool] = field(default=None, metadata=column(LATENCY,
        "enough calls, the median within `measure.precision`, not contended"))
    # The host while this was timed: the share of its CPU time other processes used (0-1),
    # whether that was above measure.max_host_busy, how long timing waited for a quiet host,
    # and how many times it was timed (a contended measurement is retried).
    host_busy: Optional[float] = field(default=None, metadata=column(LATENCY,
        "the share of the host's CPU time other processes used while this was timed, frac"))
    contended: Optional[bool] = field(default=None, metadata=column(LATENCY,
        "other processes used more than `measure.max_host_busy` of the host while this was timed"))
    quiet_wait_s: Optional[float] = field(default=None, metadata=column(LATENCY,
        "how long timing waited for a quiet host, s"))
    measure_attempts: Optional[int] = field(default=None, metadata=column(LATENCY,
        "how many times it was timed (a contended measurement is retried)"))
    # The machine's own speed, which no CPU counter shows: a fixed reference workload (a matmul)
    # timed before, between and after the rounds (the fastest probe), and how much slower (+) or
    # faster it was after them than before.
    host_speed_ms: Optional[float] = field(default=None, metadata=column(LATENCY,
        "a fixed reference workload's time around this measurement, the fastest of its probes before, between and "
        "after the rounds (the machine's speed), ms"))
    host_speed_change: Optional[float] = field(default=None, metadata=column(LATENCY,
        "the reference workload's relative change from before the rounds to after them (+0.2: 20% slower), frac"))
    # Runtimes of one invocation timed together in interleaved rounds share a pair_id; each
    # round's median pairs with the same round of the others (a speedup's interval).
    pair_id: str = field(default="", metadata=column(BOOKKEEPING,
        "shared by the runtimes of one invocation timed together in interleaved rounds"))
    round_medians_ms: list[float] = field(default_factory=list, metadata=column(BOOKKEEPING, "each round's median, ms"))
    measurement_id: str = field(default="", metadata=column(BOOKKEEPING,
        "the measurement's id: its timed calls' latencies are the rows with this id in the job's samples.parquet "
        "(`mlagility.report.samples`)"))
    # Memory per phase (memory.py): the worker's resident peak while the phase ran (the kernel's
    # high-water mark, reset as it began), the change from its start to its end, and on nvidia
    # torch's allocator peaks. A build stage's are from when the build was made.
    script_peak_mb: Optional[float] = memory_field("peak", "the script's run (imports, building the model, its calls)")
    script_delta_mb: Optional[float] = memory_field("delta", "the script's run")
    script_gpu_mb: Optional[float] = memory_field("gpu", "the script's run")
    script_gpu_reserved_mb: Optional[float] = memory_field("gpu_reserved", "the script's run")
    reference_peak_mb: Optional[float] = memory_field("peak", "eager torch's reference calls and FLOP count")
    reference_delta_mb: Optional[float] = memory_field("delta", "the reference calls")
    reference_gpu_mb: Optional[float] = memory_field("gpu", "the reference calls")
    reference_gpu_reserved_mb: Optional[float] = memory_field("gpu_reserved", "the reference calls")
    export_peak_mb: Optional[float] = memory_field("peak", "the ONNX export")
    export_delta_mb: Optional[float] = memory_field("delta", "the ONNX export")
    fusions_peak_mb: Optional[float] = memory_field("build_peak", "onnxruntime's transformer fusions")
    fusions_delta_mb: Optional[float] = memory_field("build_delta", "onnxruntime's transformer fusions")
    quantize_peak_mb: Optional[float] = memory_field("build_peak", "the quantization")
    quantize_delta_mb: Optional[float] = memory_field("build_delta", "the quantization")
    optimize_peak_mb: Optional[float] = memory_field("build_peak", "the ONNX optimization")
    optimize_delta_mb: Optional[float] = memory_field("build_delta", "the ONNX optimization")
    fp16_peak_mb: Optional[float] = memory_field("build_peak", "the float16 conversion")
    fp16_delta_mb: Optional[float] = memory_field("build_delta", "the float16 conversion")
    load_peak_mb: Optional[float] = memory_field("peak",
        "loading the runtime (`load_s`: session creation, or torch.compile's compilation)")
    load_delta_mb: Optional[float] = memory_field("delta", "loading the runtime")
    load_gpu_mb: Optional[float] = memory_field("gpu", "loading the runtime")
    load_gpu_reserved_mb: Optional[float] = memory_field("gpu_reserved", "loading the runtime")
    first_call_peak_mb: Optional[float] = memory_field("peak", "the first call")
    first_call_delta_mb: Optional[float] = memory_field("delta", "the first call")
    first_call_gpu_mb: Optional[float] = memory_field("gpu", "the first call")
    first_call_gpu_reserved_mb: Optional[float] = memory_field("gpu_reserved", "the first call")
    timed_peak_mb: Optional[float] = memory_field("peak",
        "the timing (this runtime's warm-ups and timed calls, every round)")
    timed_delta_mb: Optional[float] = memory_field("delta", "the timing, summed over its rounds")
    timed_gpu_mb: Optional[float] = memory_field("gpu", "the timing")
    timed_gpu_reserved_mb: Optional[float] = memory_field("gpu_reserved", "the timing")
    # Two GPU figures that do not compare, so two columns: torch's allocator peak (this process's
    # tensors), and NVML's device-wide use for onnxruntime, whose Python API reports no allocator figure.
    peak_gpu_mb: Optional[float] = field(default=None, metadata=column(MEMORY,
        "torch runtimes on nvidia: the most GPU memory torch's allocator held since the session was prepared "
        "(`torch.cuda.max_memory_allocated`: this process's tensors, the model's weights included), MB"))
    gpu_used_mb: Optional[float] = field(default=None, metadata=column(MEMORY,
        "ort and trt on nvidia: GPU memory in use on the whole device after timing (NVML: every process's, "
        "the CUDA context and onnxruntime's arena included; empty without nvidia-ml-py), MB"))
    transfers_included: Optional[bool] = field(default=None, metadata=column(MEMORY,
        "the latency includes host-device copies"))
    # The host's energy counter (energy.py) over this runtime's timed calls, read outside the clock:
    # the whole package or GPU, other processes included; where there is none, the note says why.
    energy_j_per_call: Optional[float] = field(default=None, metadata=column(ENERGY,
        "energy per timed call: the counter's joules over this runtime's timed rounds (its timed calls and the loop "
        "between them, warm-ups excluded) divided by its timed calls; the whole CPU package(s) or GPU, every process "
        "on it; empty where the host has no counter, J"))
    energy_source: str = field(default="", metadata=column(ENERGY,
        "the counter: `rapl` (the CPU packages, device=cpu), `nvml` (GPU 0's total energy, device=nvidia), or empty"))
    energy_note: str = field(default="", metadata=column(ENERGY,
        "what the energy figure covers (`RAPL package-0: the whole CPU package, every process on it, ...`) or, when "
        "it is empty, why (no RAPL on a virtual machine, a counter readable by root only, no pynvml)"))

    # Cold-start costs (seconds, except first call).
    export_s: Optional[float] = field(default=None, metadata=column(COLD_START, "export time, s"))
    fusions_s: Optional[float] = field(default=None, metadata=column(COLD_START,
        "onnxruntime's transformer fusions, s"))
    fused_operators: str = field(default="", metadata=column(COLD_START,
        "what the fusions made, with counts (`SkipLayerNormalization 4, BiasGelu 2`), and the model type they "
        "were run for"))
    quantize_s: Optional[float] = field(default=None, metadata=column(COLD_START, "the quantization, s"))
    optimize_s: Optional[float] = field(default=None, metadata=column(COLD_START, "ONNX optimization time, s"))
    fp16_s: Optional[float] = field(default=None, metadata=column(COLD_START, "float16 conversion time, s"))
    build_s: Optional[float] = field(default=None, metadata=column(COLD_START,
        "every build stage (export, fusions, quantization, optimization, conversion), s; the first stage after "
        "the export includes any wait for its build process's imports, which otherwise run beside the export"))
    build_cached: Optional[bool] = field(default=None, metadata=column(COLD_START, "the build came from the cache"))
    exporter: str = field(default="", metadata=column(COLD_START, "`dynamo` or `legacy`"))
    onnx_opset: Optional[int] = field(default=None, metadata=column(COLD_START, "the ONNX opset exported to"))
    load_s: Optional[float] = field(default=None, metadata=column(COLD_START,
        "from a built model to a runtime ready for its first call: onnxruntime's session creation from the file, "
        "torch.compile's compilation (on a first call), moving a torch model to its device, s"))
    first_call_ms: Optional[float] = field(default=None, metadata=column(COLD_START,
        "the first call after preparing, ms"))
    # What this number cost the tool, stage by stage (health --pass-rate sums them per stage).
    script_s: Optional[float] = field(default=None, metadata=column(COLD_START,
        "the script's own run under discovery (imports, model building, its calls), the same on each of its records, s"))
    reference_s: Optional[float] = field(default=None, metadata=column(COLD_START,
        "eager torch's reference calls and FLOP count for this invocation, s"))
    timing_s: Optional[float] = field(default=None, metadata=column(COLD_START,
        "this runtime's warm-ups and timed calls (its turns of the interleaved rounds), s"))

    # Work and correctness.
    flops: Optional[float] = field(default=None, metadata=column(WORK,
        "floating-point operations of one call (torch's FLOP counter)"))
    gflops_per_s: Optional[float] = field(default=None, metadata=column(WORK, "flops / median latency, in GFLOP/s"))
    # measure.profile=true: where the time of a call goes, from calls made under the runtime's
    # profiler once the invocation's runtimes were all timed (never inside the timed window).
    profile_top: str = field(default="", metadata=column(WORK,
        "`measure.profile=true`: the top 10 operators by self time over the profiled calls, each with its share of "
        "every operator's self time (`Gemm 61.0%; Relu 12.5%`), or `profile failed: <error>`; empty otherwise"))
    profile_path: str = field(default="", metadata=column(WORK,
        "the profiled calls' trace, Chrome trace JSON (`<job folder>/profiles/`; Perfetto or chrome://tracing opens it)"))
    profile_calls: Optional[int] = field(default=None, metadata=column(WORK,
        "calls made under the profiler, after timing (`measure.profile_calls`)"))
    max_abs_error: Optional[float] = field(default=None, metadata=column(ACCURACY,
        "largest absolute difference from eager torch's outputs"))
    max_rel_error: Optional[float] = field(default=None, metadata=column(ACCURACY,
        "largest relative difference from eager torch's outputs"))
    tolerance: Optional[float] = field(default=None, metadata=column(ACCURACY,
        "the largest `max_rel_error` accepted for the build dtype (empty for a quantized build, held to "
        "`min_cosine` and `min_top1_agreement` instead)"))
    cosine_similarity: Optional[float] = field(default=None, metadata=column(ACCURACY,
        "cosine similarity of the outputs (all of them, flattened together) to eager torch's: 1 is the same "
        "direction"))
    top1_agreement: Optional[float] = field(default=None, metadata=column(ACCURACY,
        "where an output is a classifier's or a language model's logits: the share of positions whose "
        "top-1 choice is eager torch's, frac"))
    # Two eager calls on the same inputs gave different outputs (the model samples, e.g.
    # torch.multinomial); eager_rel_error is how far eager strays from itself (relative), the
    # yardstick each runtime's error is held to (tolerance is widened to it).
    nondeterministic: Optional[bool] = field(default=None, metadata=column(ACCURACY,
        "two eager calls on the same inputs gave different outputs (the model samples, e.g. "
        "`torch.multinomial`)"))
    eager_rel_error: Optional[float] = field(default=None, metadata=column(ACCURACY,
        "how far eager torch strays from itself on a nondeterministic model; every runtime's tolerance is at "
        "least twice it; above 1 (or NaN, inf) the outputs are not checked and no runtime passes"))

    # Environment and bookkeeping.
    host: str = field(default="", metadata=column(ENVIRONMENT, "the host's name"))
    # Several Slurm nodes may share one host (`slurmd -N`, as on .ci/start_slurm's cluster).
    node: str = field(default="", metadata=column(ENVIRONMENT,
        "the node that ran it: Slurm's name for it (`SLURMD_NODENAME`) in a Slurm job, else the host's name"))
    cpu: str = field(default="", metadata=column(ENVIRONMENT, "the CPU model"))
    physical_cores: Optional[int] = field(default=None, metadata=column(ENVIRONMENT, "physical cores of the host"))
    threads: Optional[int] = field(default=None, metadata=column(ENVIRONMENT, "threads the runtime used"))
    torch_version: str = field(default="", metadata=column(ENVIRONMENT, "torch's version"))
    onnxruntime_version: str = field(default="", metadata=column(ENVIRONMENT, "onnxruntime's version"))
    mlagility_version: str = field(default="", metadata=column(ENVIRONMENT, "mlagility's version"))
    python_version: str = field(default="", metadata=column(ENVIRONMENT, "Python's version"))
    gpu_name: str = field(default="", metadata=column(ENVIRONMENT, "the GPU (device=nvidia)"))
    gpu_driver: str = field(default="", metadata=column(ENVIRONMENT, "its driver's version"))
    cuda_version: str = field(default="", metadata=column(ENVIRONMENT, "CUDA's version"))
    launcher: str = field(default="", metadata=column(ENVIRONMENT,
        "the Hydra launcher that ran the job (`api` for `mlagility.run`, `benchit`)"))
    # One id per `python -m mlagility` invocation (a run, or a whole sweep) and that run's folder
    # (the sweep folder for a sweep): a merged report tells runs apart by them.
    run_id: str = field(default="", metadata=column(BOOKKEEPING,
        "the run: one id per `python -m mlagility` command (a run, or a whole sweep)"))
    run_dir: str = field(default="", metadata=column(BOOKKEEPING, "the run's folder (the sweep folder for a sweep)"))
    job_dir: str = field(default="", metadata=column(BOOKKEEPING, "the job's folder (a sweep point's)"))
    # The Slurm job (``<array job>_<task>`` for an array task) that ran this record; "" elsewhere.
    slurm_job_id: str = field(default="", metadata=column(BOOKKEEPING,
        "the Slurm job that ran it (`<array job>_<task>` for an array task)"))
    measure_start: Optional[float] = field(default=None, metadata=column(BOOKKEEPING,
        "when timing started (Unix time, s)"))
    measure_end: Optional[float] = field(default=None, metadata=column(BOOKKEEPING, "when timing ended (Unix time, s)"))
    measure_wait_s: Optional[float] = field(default=None, metadata=column(BOOKKEEPING,
        "how long it waited for the host lock, s"))
    timestamp: Optional[float] = field(default=None, metadata=column(BOOKKEEPING,
        "when the record was made (Unix time, s)"))

    @property
    def runtime_variant(self) -> str:
        """The runtime, with its build variant when that is not the plain float build: ``ort``,
        ``ort[int8_dynamic]``."""
        return self.runtime if self.build_variant in PLAIN_VARIANTS else f"{self.runtime}[{self.build_variant}]"

    @property
    def succeeded(self) -> bool:
        """True for a measured, accurate record or a requested stop point."""
        return self.status in SUCCESS_STATUSES

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready values."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> "Record":
        """Rebuild a record, ignoring keys that a newer or older version wrote (a field an older
        version named otherwise is read under its name now)."""
        known = {f.name for f in dataclasses.fields(cls)}
        renamed = {FORMER_NAMES.get(key, key): value for key, value in values.items() if key not in known}
        return cls(**{key: value for key, value in {**renamed, **values}.items() if key in known})


COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Record))
# Fields an older version wrote under another name: {former name: name now}.
FORMER_NAMES = {"prepare_s": "load_s", "peak_rss_mb": "timed_peak_mb"}



def append(path: str | Path, record: Record) -> None:
    """Append one record as a JSON line, on disk when this returns, so a killed job loses nothing."""
    append_line(path, record.to_dict())


def read(path: str | Path) -> Iterator[Record]:
    """The records of one results file; a line torn by a killed writer is skipped with a warning."""
    for values in read_lines(path):
        yield Record.from_dict(values)


def drop(path: str | Path, unwanted: Callable[[Record], bool]) -> int:
    """Rewrite a results file without the records ``unwanted`` picks (atomically); returns how many."""
    path = Path(path)
    if not path.exists():
        return 0
    everything = list(read(path))
    kept = [record for record in everything if not unwanted(record)]
    dropped = len(everything) - len(kept)
    if dropped:
        write_text_atomically(path, "".join(json.dumps(r.to_dict(), default=str) + "\n" for r in kept))
    return dropped


def failures(records: Iterable[Record]) -> list[Record]:
    """The records that did not succeed."""
    return [record for record in records if not record.succeeded]
