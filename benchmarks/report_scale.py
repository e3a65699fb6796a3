"""How the report grows with the records: ``python -m mlagility.report DIR`` over synthetic sweeps
cloned from a real run's records, and ``--compare`` of two such sweeps, wall seconds and peak
memory, for growing sizes; with ``--before TREE`` the same from another source tree, in turn
(after, before) at each size up to ``--before-max`` records.

    python benchmarks/report_scale.py --records 10000 100000 1000000 [--before TREE] [--before-max 100000]

The seed records are a real run's (``--seed-run``, else a quick selftest run on ort and
torch-eager made here). Each clone is one of them with its own ``batch_size`` and script name,
so every clone is a point of its own; they are written 250 to a job folder, as a sweep writes
them. The compared candidate is the same sweep run again: another run_id, every latency 2%
higher. It prints, per size and tree, the wall time and the peak resident memory of the report
process and of the comparison, and the exponent of the growth between sizes (1: linear). Run it
alone; a million records take 3 GB of disk per sweep.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
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


def write_sweep(seeds: list[dict], count: int, folder: Path, again: bool = False) -> None:
    """``count`` clones of ``seeds`` as a sweep of job folders of PER_JOB records each; ``again``:
    as a second run of the same sweep would write them (another run_id, latencies 2% higher)."""
    def slower(value):
        return value * 1.02 if isinstance(value, float) else value

    rerun = {"run_id": "candidate-run"} if again else {}
    clones = (dict(seed, script=f"clone_{n // len(seeds)}.py", parameters={**seed["parameters"], "batch_size": 1 + n % 7},
                   **rerun, **({name: slower(seed.get(name)) for name in ("median_ms", "mean_ms")} if again else {}))
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


def tree_of(tree: Path, scratch: Path) -> Path:
    """The source tree whose mlagility a report run from ``tree`` in ``scratch`` imports."""
    found = subprocess.run([sys.executable, "-c", "import mlagility; print(mlagility.__file__)"], cwd=scratch,
                           env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True, text=True, check=True)
    return Path(found.stdout.strip()).parent.parent


def report_once(tree: Path, arguments: list[str], scratch: Path) -> tuple[float, float]:
    """(wall seconds, peak MB) of one ``python -m mlagility.report ARGUMENTS`` from ``tree``. It
    runs in ``scratch``: ``python -c`` puts its working folder first on sys.path, so run from a
    checkout it would import that checkout, whatever PYTHONPATH says."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURED_REPORT, *arguments], cwd=scratch,
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
    cli.add_argument("--before-max", type=int, default=100_000,
                     help="the largest size the --before tree reports (it may take far longer)")
    cli.add_argument("--seed-run", type=Path, help="a run folder (or sweep) whose records are cloned")
    args = cli.parse_args()
    trees = {"after": REPO, **({"before": args.before.resolve()} if args.before else {})}
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cpus")
    walls: dict[tuple[str, str], list[tuple[int, float]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        seeds = seed_records(args.seed_run, Path(scratch))
        for count in args.records:
            sweep, rerun = Path(scratch) / f"sweep-{count}", Path(scratch) / f"rerun-{count}"
            write_sweep(seeds, count, sweep)
            write_sweep(seeds, count, rerun, again=True)
            for name, tree in trees.items():  # after, then before
                assert tree_of(tree, Path(scratch)) == tree, f"{tree}'s report imports another tree's code"
                if name == "before" and count > args.before_max:
                    continue
                out = Path(scratch) / f"out-{name}-{count}"
                for what, arguments in (("report", [str(sweep), "--out", str(out)]),
                                        ("compare", ["--compare", str(sweep), str(rerun), "--out", str(out)])):
                    wall, peak = report_once(tree, arguments, Path(scratch))
                    walls.setdefault((name, what), []).append((count, wall))
                    print(f"{name:6} {what:7} {count:>9,} records: {wall:7.1f} s, peak {peak:6.0f} MB, "
                          f"load {os.getloadavg()[0]:.2f}", flush=True)
            shutil.rmtree(sweep)
            shutil.rmtree(rerun)
    for (name, what), points in walls.items():
        growth = [f"{math.log(w2 / w1) / math.log(n2 / n1):.2f}" for (n1, w1), (n2, w2) in zip(points, points[1:])]
        print(f"{name} {what}: growth exponent between sizes {', '.join(growth) or '-'}")
    print(f"load average at end:   {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
