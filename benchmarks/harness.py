"""What the benchmarks of the tool share: running the tool as a user does, and bare timing
loops to hold its numbers against."""

from __future__ import annotations

import json
import os
import runpy
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MODELS = REPO / "models"
sys.path.insert(0, str(REPO))

from mlagility.measure import warmed_up  # noqa: E402
from mlagility.measurement import MeasureSettings  # noqa: E402

# The tool's default methodology, which the bare loops copy.
DEFAULTS = MeasureSettings()


def imported_from(tree: Path) -> Path:
    """The folder ``python -m mlagility`` run in ``tree`` imports mlagility from (it must be the
    tree's own: an installed copy would time another version)."""
    done = subprocess.run([sys.executable, "-c", "import mlagility; print(mlagility.__file__)"], cwd=tree,
                          capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(tree)})
    return Path(done.stdout.strip()).parent.parent


def run_tool(*overrides: str, out: Path, cache: Path, tree: Path = REPO, failures_ok: bool = False) -> tuple[float, list[dict]]:
    """``python -m mlagility OVERRIDES`` as a new process, from the source ``tree`` (this one by
    default): (wall seconds, records). ``failures_ok``: a run whose records include failures
    (exit code 1) is a result too."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "mlagility", f"cache_dir={cache}", f"hydra.run.dir={out}", *overrides],
        cwd=tree, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(tree)},
    )
    wall = time.perf_counter() - start
    if done.returncode not in ((0, 1) if failures_ok else (0,)):
        raise RuntimeError(f"the tool failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    records = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    return wall, records


def run_sweep(*overrides: str, out: Path, cache: Path) -> tuple[float, list[dict]]:
    """``python -m mlagility -m OVERRIDES`` as a new process: (wall seconds, every job's records)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "mlagility", "-m", f"cache_dir={cache}", f"hydra.sweep.dir={out}", *overrides],
        cwd=REPO, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"the sweep failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    records = [json.loads(line) for path in sorted(out.rglob("results.jsonl")) for line in path.read_text().splitlines()]
    return wall, records


class BusyLoop:
    """A plain busy-loop process (one core's worth of someone else's work) while the block runs."""

    def __enter__(self) -> "BusyLoop":
        self.process = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        return self

    def __exit__(self, *exc) -> None:
        self.process.kill()
        self.process.wait()


def discover(script: Path, **parameters):
    """The invocations a script makes (model and inputs), in this process."""
    from mlagility import parser
    from mlagility.analysis.discovery import Discovery
    from mlagility.engine.worker import seed_everything

    seed_everything()
    path = str(script.resolve())
    with parser.injected(parameters), Discovery(path) as discovery:
        runpy.run_path(path, run_name="__main__")
    return discovery.invocations


def timed_loop(call, iterations: int) -> float:
    """Median seconds per call of a bare loop: warm up as the tool does, then time each of
    ``iterations`` calls (as many as the tool's record says it timed). Pass the library's own
    call with its inputs bound (functools.partial), not a lambda: a hand-written loop has no
    extra Python frame either."""
    started, warmup_s = time.perf_counter(), []
    while not warmed_up(warmup_s, time.perf_counter() - started, DEFAULTS):
        before = time.perf_counter()
        call()
        warmup_s.append(time.perf_counter() - before)
    samples = []
    for _ in range(iterations):
        before = time.perf_counter()
        call()
        samples.append(time.perf_counter() - before)
    return statistics.median(samples)


def spread(values: list[float]) -> float:
    """(max - min) / median."""
    return (max(values) - min(values)) / statistics.median(values)


def load_average() -> str:
    """The machine's 1-minute load, printed beside every figure: the noise is part of the result."""
    return f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cpus"
