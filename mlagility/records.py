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
SESSION_ERROR, COMPILE_ERROR, RUNTIME_ERROR = "session_error", "compile_error", "runtime_error"

SUCCESS_STATUSES = frozenset({OK, ANALYZED, EXPORTED, BUILT})
SCRIPT_STATUSES = frozenset({SCRIPT_ERROR, TIMEOUT, KILLED, OUT_OF_MEMORY, NO_MODEL_FOUND})


@dataclass
class Record:
    """One row of results. Fields left None did not apply or were not reached."""

    # What ran.
    script: str = ""
    corpus: str = ""
    model_name: str = ""
    variable: str = ""
    model_class: str = ""
    built_at: str = ""
    params: Optional[int] = None
    model_hash: str = ""
    invocation_hash: str = ""
    build_name: str = ""
    input_shapes: str = ""
    input_dtypes: str = ""
    call_count: Optional[int] = None
    # Invocations of the script past max_invocations: counted, not measured (0: none).
    invocations_skipped: Optional[int] = None
    depth: int = 0
    labels: dict[str, list[str]] = field(default_factory=dict)
    device: str = ""
    runtime: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)
    build_dtype: str = ""

    # How it went.
    status: str = ""
    reason: str = ""
    log_path: str = ""

    # Steady-state latency (milliseconds) and throughput (inputs per second at the median
    # latency: batch size / median_ms, batch-aware).
    mean_ms: Optional[float] = None
    median_ms: Optional[float] = None
    p90_ms: Optional[float] = None
    p99_ms: Optional[float] = None
    min_ms: Optional[float] = None
    max_ms: Optional[float] = None
    std_ms: Optional[float] = None
    cv: Optional[float] = None
    median_ci: Optional[float] = None  # the median's 95% confidence half-width, relative
    iterations: Optional[int] = None
    warmup_calls: Optional[int] = None
    throughput: Optional[float] = None
    # A language model's step (README "Language models"): prefill (the prompt, no cache), decode
    # (new tokens on a cache of context_length tokens) or generate (the script's generate call,
    # end to end); the tokens it attends over (the prompt's, or the cache's for decode); the tokens
    # one call adds, batch included; and those per second at the median latency.
    phase: str = ""
    context_length: Optional[int] = None
    new_tokens: Optional[int] = None
    tokens_per_s: Optional[float] = None
    # A generate call timed end to end (phase generate): the medians of its time to first token,
    # of its time per output token after the first, and of the whole call (= median_ms), with
    # their medians' 95% confidence half-widths (relative).
    ttft_ms: Optional[float] = None
    ttft_ci: Optional[float] = None
    tpot_ms: Optional[float] = None
    tpot_ci: Optional[float] = None
    e2e_ms: Optional[float] = None
    stable: Optional[bool] = None  # min_iterations calls, median within precision, not contended
    # The host while this was timed: the share of its CPU time other processes used (0-1),
    # whether that was above measure.max_host_busy, how long timing waited for a quiet host,
    # and how many times it was timed (a contended measurement is retried).
    host_busy: Optional[float] = None
    contended: Optional[bool] = None
    quiet_wait_s: Optional[float] = None
    measure_attempts: Optional[int] = None
    # Runtimes of one invocation timed together in interleaved rounds share a pair_id; each
    # round's median pairs with the same round of the others (a speedup's interval).
    pair_id: str = ""
    round_medians_ms: list[float] = field(default_factory=list)
    peak_rss_mb: Optional[float] = None
    peak_gpu_mb: Optional[float] = None
    transfers_included: Optional[bool] = None

    # Cold-start costs (seconds, except first call).
    export_s: Optional[float] = None
    optimize_s: Optional[float] = None
    fp16_s: Optional[float] = None
    build_s: Optional[float] = None
    build_cached: Optional[bool] = None
    exporter: str = ""
    onnx_opset: Optional[int] = None
    prepare_s: Optional[float] = None
    first_call_ms: Optional[float] = None

    # Work and correctness.
    flops: Optional[float] = None
    gflops_per_s: Optional[float] = None
    max_abs_error: Optional[float] = None
    max_rel_error: Optional[float] = None
    tolerance: Optional[float] = None
    # Two eager calls on the same inputs gave different outputs (the model samples, e.g.
    # torch.multinomial); eager_rel_error is how far eager strays from itself (relative), the
    # yardstick each runtime's error is held to (tolerance is widened to it).
    nondeterministic: Optional[bool] = None
    eager_rel_error: Optional[float] = None

    # Environment and bookkeeping.
    host: str = ""
    cpu: str = ""
    physical_cores: Optional[int] = None
    threads: Optional[int] = None
    torch_version: str = ""
    onnxruntime_version: str = ""
    mlagility_version: str = ""
    python_version: str = ""
    gpu_name: str = ""
    gpu_driver: str = ""
    cuda_version: str = ""
    launcher: str = ""
    # One id per `python -m mlagility` invocation (a run, or a whole sweep) and that run's folder
    # (the sweep folder for a sweep): a merged report tells runs apart by them.
    run_id: str = ""
    run_dir: str = ""
    job_dir: str = ""
    # The Slurm job (``<array job>_<task>`` for an array task) that ran this record; "" elsewhere.
    slurm_job_id: str = ""
    measure_start: Optional[float] = None
    measure_end: Optional[float] = None
    measure_wait_s: Optional[float] = None
    timestamp: Optional[float] = None

    @property
    def succeeded(self) -> bool:
        """True for a measured, accurate record or a requested stop point."""
        return self.status in SUCCESS_STATUSES

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready values."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> "Record":
        """Rebuild a record, ignoring keys that a newer or older version wrote."""
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in values.items() if key in known})


COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Record))


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
