"""Start-up cost of the tool: wall time of a run that does almost nothing else (one tiny script,
analysis only), for two source trees side by side, in interleaved rounds.

    git worktree add /tmp/before <commit>
    python benchmarks/startup.py --before /tmp/before --after . --rounds 7

Each round runs ``python -m mlagility corpus=selftest corpus.include=[linear.py]
build.stop_after=analyze`` once from each tree (``PYTHONPATH`` set to it), in turn. It prints
each tree's median wall seconds with the spread (min-max), and after/before as the ratio of the
medians and the median of the per-round ratios, with the load average beside them. Run it alone:
anything beside it shows up as start-up time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUN = ["corpus=selftest", "corpus.include=[linear.py]", "build.stop_after=analyze"]


def run_once(tree: Path, out: Path) -> float:
    """Wall seconds of one analysis-only run from ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1"}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mlagility", *RUN, f"hydra.run.dir={out}"],
                          cwd=out.parent, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"the run from {tree} failed:\n{done.stdout[-1500:]}\n{done.stderr[-1500:]}")
    return wall


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--before", type=Path, required=True, help="the source tree to compare against")
    cli.add_argument("--after", type=Path, default=Path(__file__).resolve().parent.parent)
    cli.add_argument("--rounds", type=int, default=7)
    args = cli.parse_args()
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    walls: dict[str, list[float]] = {name: [] for name in trees}
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as scratch:
        for name, tree in trees.items():  # one untimed run each: file caches, bytecode
            run_once(tree, Path(scratch) / f"warm-{name}")
        for round_ in range(args.rounds):
            for name, tree in trees.items():
                walls[name].append(run_once(tree, Path(scratch) / f"{name}-{round_}"))
    print(f"load average at end:   {os.getloadavg()[0]:.2f}")
    for name, values in walls.items():
        print(f"{name:7} median {statistics.median(values):.2f} s  (min {min(values):.2f}, max {max(values):.2f}, "
              f"{len(values)} runs; {trees[name]})")
    ratios = [after / before for before, after in zip(walls["before"], walls["after"])]
    print(f"after/before: {statistics.median(walls['after']) / statistics.median(walls['before']):.3f} "
          f"(medians); per-round ratios median {statistics.median(ratios):.3f}, "
          f"min {min(ratios):.3f}, max {max(ratios):.3f}")


if __name__ == "__main__":
    main()
