"""What a shorter timed window costs: the same models measured with ``measure.min_duration_s`` at
two values, run after run, in interleaved rounds (one run at each value per round).

    python benchmarks/min_duration.py --values 1.0 0.2 --rounds 5

For each model and runtime it prints, per value, the median of the runs' medians, their spread
across runs ((max - min) / median: what a user rerunning the same command sees), and the runs'
median wall time. min_duration_s only bounds models fast enough to reach min_iterations (10) and
the precision sooner; slower ones are timed as long as the precision needs at any value. Run it
alone: anything beside it shows up as spread.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from collections import defaultdict
from pathlib import Path

from harness import run_tool

# (script, overrides): a 5 us model, a 20 us one, and a ~2 ms convolution network.
MODELS = [
    ("selftest/linear.py", ["corpus=selftest", "corpus.include=[linear.py]", "runtime=[ort,torch-eager]"]),
    ("selftest/twolayer.py", ["corpus=selftest", "corpus.include=[twolayer.py]", "runtime=[ort,torch-eager]"]),
    ("torch_hub/resnet18.py 64x64", ["corpus=torch_hub", "corpus.include=[resnet18.py]", "height=64", "width=64",
                                     "runtime=[ort,torch-eager]"]),
]


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--values", type=float, nargs=2, default=[1.0, 0.2], help="the two min_duration_s to compare")
    cli.add_argument("--rounds", type=int, default=5)
    args = cli.parse_args()
    medians: dict[tuple[str, str, float], list[float]] = defaultdict(list)
    walls: dict[tuple[str, float], list[float]] = defaultdict(list)
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as scratch:
        cache = Path(scratch) / "cache"
        for name, overrides in MODELS:  # builds the cache: every timed run below is warm
            run_tool(*overrides, "build.stop_after=build", out=Path(scratch) / "build", cache=cache)
        for round_ in range(args.rounds):
            for name, overrides in MODELS:
                for value in args.values:
                    out = Path(scratch) / f"run-{round_}-{Path(name.split()[0]).stem}-{value}"
                    wall, records = run_tool(*overrides, f"measure.min_duration_s={value}", out=out, cache=cache)
                    walls[name, value].append(wall)
                    for record in records:
                        medians[name, record["runtime"], value].append(record["median_ms"])
    print(f"load average at end:   {os.getloadavg()[0]:.2f}")
    print(f"{'model':28} {'runtime':12} " + "  ".join(
        f"{'min_duration_s=' + format(v, 'g'):>34}" for v in args.values))
    print(f"{'':28} {'':12} " + "  ".join(f"{'median ms':>12} {'spread':>8} {'wall s':>12}" for _ in args.values))
    for name, runtime in sorted({(n, r) for n, r, _ in medians}):
        cells = []
        for value in args.values:
            values = medians[name, runtime, value]
            middle = statistics.median(values)
            cells.append(f"{middle:12.5f} {(max(values) - min(values)) / middle:7.1%} "
                         f"{statistics.median(walls[name, value]):12.2f}")
        print(f"{name:28} {runtime:12} " + "  ".join(cells))


if __name__ == "__main__":
    main()
