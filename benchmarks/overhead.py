"""Overhead: the tool's whole-process wall time on each selftest script, cold cache and warm,
against the floor of `python script.py` plus the time of the timed iterations themselves.
Target: warm runs within 1.3x of that floor.

    python benchmarks/overhead.py [--runtime ort] [--repeats 3] [--before TREE]

Each script: one cold run, then --repeats warm runs and bare runs interleaved; their medians are
compared, so one noisy second on a shared machine does not decide the ratio. With ``--before
TREE`` (another source tree of the tool, e.g. a git worktree of an earlier commit), each warm run
of this tree is paired with one of that tree (after, before, after, before, ...), and the script's
line adds the medians of both, the ratio of their wall times (the cost of what changed between
them; target for issue 30: at most 1.05) and the ratio of the median latencies their records
report (what changed inside the timed window).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import MODELS, REPO, imported_from, load_average, run_tool


def script_wall(script: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(script)], cwd=REPO, check=True, capture_output=True)
    return time.perf_counter() - start


def spread(values: list[float]) -> str:
    """A median with its range: ``4.21 (4.05-4.60)``."""
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--runtime", default="ort")
    cli.add_argument("--repeats", type=int, default=3)
    cli.add_argument("--before", type=Path, help="another source tree of the tool, its warm runs paired with this one's")
    args = cli.parse_args()
    trees = {"after": REPO, **({"before": args.before.resolve()} if args.before else {})}
    for name, tree in trees.items():
        found = imported_from(tree)
        if found != tree:
            sys.exit(f"{name}: python run in {tree} imports mlagility from {found}")
    work = Path(tempfile.mkdtemp(prefix="overhead-"))
    print(f"overhead: wall seconds per selftest script, runtime={args.runtime}; {load_average()}")
    print(f"{'script':16} {'script s':>9} {'timed s':>8} {'floor s':>8} {'cold s':>8} {'warm s':>8} "
          f"{'cold/floor':>10} {'warm/floor':>10}")
    ratios, latency_ratios = [], []
    for script in sorted((MODELS / "selftest").glob("*.py")):
        overrides = ["corpus=selftest", f"corpus.include=[{script.name}]", f"runtime={args.runtime}"]
        cold = {}
        for name, tree in trees.items():
            cold[name], _ = run_tool(*overrides, out=work / f"{name}-{script.stem}-cold",
                                     cache=work / f"cache-{name}-{script.stem}", tree=tree)
        warm_runs = {name: [] for name in trees}
        medians = {name: [] for name in trees}
        alone_runs, timed_runs = [], []
        for repeat in range(args.repeats):
            for name, tree in trees.items():  # after, then before: paired
                warm, records = run_tool(*overrides, out=work / f"{name}-{script.stem}-warm{repeat}",
                                         cache=work / f"cache-{name}-{script.stem}", tree=tree)
                warm_runs[name].append(warm)
                medians[name].append(statistics.median(r["median_ms"] for r in records))
                if name == "after":
                    timed_runs.append(sum(r["measure_end"] - r["measure_start"] for r in records))
            alone_runs.append(script_wall(script))
        alone, timed, warm = (statistics.median(v) for v in (alone_runs, timed_runs, warm_runs["after"]))
        floor = alone + timed
        print(f"{script.name:16} {alone:9.2f} {timed:8.2f} {floor:8.2f} {cold['after']:8.2f} {warm:8.2f} "
              f"{cold['after'] / floor:10.2f} {warm / floor:10.2f}")
        if args.before:
            pairs = [a / b for a, b in zip(warm_runs["after"], warm_runs["before"])]
            latency = [a / b for a, b in zip(medians["after"], medians["before"])]
            ratios += pairs
            latency_ratios += latency
            print(f"  warm s: after {spread(warm_runs['after'])}, before {spread(warm_runs['before'])}; "
                  f"after/before per pair {spread(pairs)}; median latency after/before {spread(latency)}")
    if args.before:
        print(f"all scripts: warm wall after/before {spread(ratios)} over {len(ratios)} pairs; "
              f"median latency after/before {spread(latency_ratios)}; {load_average()}")


if __name__ == "__main__":
    main()
