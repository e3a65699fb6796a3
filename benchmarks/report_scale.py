"""How the report grows with the records: ``python -m mlagility.report DIR`` over synthetic sweeps
cloned from a real run's records, wall seconds and peak memory, for growing sizes; with
``--before TREE`` the same from another source tree, in turn (before, after) at each size.

    python benchmarks/report_scale.py --records 10000 100000 [--before TREE] [--rounds 1]

The seed records are a real run's (``--seed-run``, else a quick selftest run on ort and
torch-eager made here). Each clone is one of them with its own ``batch_size`` and script name,
so every clone is a point of its own; they are written 250 to a job folder, as a sweep writes
them. It prints, per size and tree, the wall time and the peak resident memory of the report
process, and the exponent of the growth between sizes (1: linear). Run it alone.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import REPO, run_tool

PER_JOB = 250


def seed_records(seed_run: Path | None, scratch: Path) -> list[dict]:
    """The records to clone: a given run's, or a quick selftest run's made here."""
    if seed_run is None:
        seed_run = scratch / "seed-run"
        run_tool("corpus=selftest", "runtime=[ort,torch-eager]", "+experiment=quick", out=seed_run,
                 cache=scratch / "cache")
    return [json.loads(line) for path in sorted(seed_run.rglob("results.jsonl")) for line in path.read_text().splitlines()]


def write_sweep(seeds: list[dict], count: int, folder: Path) -> None:
    """``count`` clones of ``seeds`` as a sweep of job folders of PER_JOB records each."""
    clones = (dict(seed, script=f"clone_{n // len(seeds)}.py", parameters={**seed["parameters"], "batch_size": 1 + n % 7})
              for n, seed in ((n, seeds[n % len(seeds)]) for n in range(count)))
    job, lines = 0, []
    for clone in clones:
        lines.append(json.dumps(clone))
        if len(lines) == PER_JOB:
            (folder / str(job)).mkdir(parents=True)
            (folder / str(job) / "results.jsonl").write_text("\n".join(lines) + "\n")
            job, lines = job + 1, []
    if lines:
        (folder / str(job)).mkdir(parents=True)
        (folder / str(job) / "results.jsonl").write_text("\n".join(lines) + "\n")


# Runs the report as `python -m mlagility.report` does, then prints its own peak resident memory.
MEASURED_REPORT = """
import resource, runpy, sys
sys.argv = ["mlagility.report", *sys.argv[1:]]
try:
    runpy.run_module("mlagility.report", run_name="__main__")
except SystemExit as end:
    code = end.code
else:
    code = 0
print(f"peak kB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr)
sys.exit(code)
"""


def report_once(tree: Path, sweep: Path, out: Path) -> tuple[float, float]:
    """(wall seconds, peak MB) of one report over ``sweep`` from ``tree``."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURED_REPORT, str(sweep), "--out", str(out)],
                          env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"the report from {tree} failed:\n{done.stdout[-1500:]}\n{done.stderr[-1500:]}")
    peak_kb = next(int(line.split()[-1]) for line in done.stderr.splitlines() if line.startswith("peak kB"))
    return wall, peak_kb / 1024


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--records", type=int, nargs="+", default=[10_000, 100_000])
    cli.add_argument("--before", type=Path, help="another source tree of this tool, reported in turn")
    cli.add_argument("--seed-run", type=Path, help="a run folder (or sweep) whose records are cloned")
    args = cli.parse_args()
    trees = {"after": REPO, **({"before": args.before.resolve()} if args.before else {})}
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cpus")
    walls: dict[str, list[tuple[int, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as scratch:
        seeds = seed_records(args.seed_run, Path(scratch))
        for count in args.records:
            sweep = Path(scratch) / f"sweep-{count}"
            write_sweep(seeds, count, sweep)
            for name, tree in sorted(trees.items()):  # after, then before
                wall, peak = report_once(tree, sweep, Path(scratch) / f"out-{name}-{count}")
                walls[name].append((count, wall))
                print(f"{name:6} {count:>9,} records: {wall:7.1f} s, peak {peak:6.0f} MB", flush=True)
    for name, points in walls.items():
        growth = [f"{math.log(w2 / w1) / math.log(n2 / n1):.2f}" for (n1, w1), (n2, w2) in zip(points, points[1:])]
        print(f"{name}: growth exponent between sizes {', '.join(growth) or '-'}")
    print(f"load average at end:   {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
