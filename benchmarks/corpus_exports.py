"""A corpus slice's exports: six timm scripts at 64x64 on ort, exported with a fresh cache (cold)
and run again on that cache (warm), this tree against an older one, in turn each round.

    python benchmarks/corpus_exports.py --before TREE [--rounds 3] [--full]

The export was the largest share of the seeded timm sample on ort and torch-eager (49% of 71 min):
each script's worker paid the dynamo exporter's first-use cost (its imports and torchlib's ONNX
functions) before its own export. The runs stop after the export (``build.stop_after=export``)
unless ``--full``, so that the timed calls' noise stays out of the figure. It prints each run's
wall time and the export stage summed over its records, the ratios round by round, and the load.
``TREE``: a source tree of this tool (``git worktree add /tmp/before <commit>``). Run it alone.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from harness import REPO, load_average, run_tool

SCRIPTS = ["resnet50.py", "efficientnet_b0.py", "mobilenetv3_large_100.py", "convnext_tiny.py", "regnety_016.py",
           "densenet121.py"]
# corpus=timm, not its folder: the corpus's config has the workers' forkserver import timm once.
SLICE = ["corpus=timm", f"corpus.include=[{','.join(SCRIPTS)}]",
         "runtime=ort", "height=64", "width=64"]


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--before", type=Path, required=True, help="a source tree of this tool to pair against")
    cli.add_argument("--rounds", type=int, default=3)
    cli.add_argument("--full", action="store_true", help="measure the builds too, not only export them")
    args = cli.parse_args()
    overrides = SLICE if args.full else [*SLICE, "build.stop_after=export"]
    trees = {"after": REPO, "before": args.before.resolve()}
    work = Path(tempfile.mkdtemp(prefix="corpus-exports-"))
    print(f"{len(SCRIPTS)} timm scripts at 64x64 on ort{'' if args.full else ', stopped after the export'}; "
          f"{load_average()}")
    walls: dict[str, list[float]] = {}
    exports: dict[str, list[float]] = {}  # the cold runs' export stage (a warm record repeats its build's)
    for round_ in range(args.rounds):
        # In turn: after first on even rounds, before first on odd ones.
        for name in (["after", "before"] if round_ % 2 == 0 else ["before", "after"]):
            cache = work / f"{name}-cache-{round_}"
            for state in ("cold", "warm"):
                wall, made = run_tool(*overrides, out=work / f"{name}-{state}-{round_}", cache=cache, tree=trees[name])
                assert len(made) == len(SCRIPTS) and all(r["build_cached"] == (state == "warm") for r in made)
                walls.setdefault(f"{state}, {name}", []).append(wall)
                exports.setdefault(f"{state}, {name}", []).append(sum(r["export_s"] or 0.0 for r in made))
        print(f"round {round_}: " + "; ".join(f"{key} {walls[key][-1]:.1f} s" for key in sorted(walls))
              + "; export stage " + ", ".join(f"{name} {exports[f'cold, {name}'][-1]:.1f} s" for name in trees))
    print(load_average())
    for key in sorted(walls):
        exported = f"; export stage {statistics.median(exports[key]):5.1f} s" if key.startswith("cold") else ""
        print(f"  {key:12} wall median {statistics.median(walls[key]):5.1f} s (min {min(walls[key]):.1f}, "
              f"max {max(walls[key]):.1f}){exported}")
    for state in ("cold", "warm"):
        ratios = [a / b for a, b in zip(walls[f"{state}, after"], walls[f"{state}, before"])]
        print(f"{state}: after / before wall {statistics.median(ratios):.3f} "
              f"(per round {', '.join(f'{x:.3f}' for x in ratios)})")
    ratios = [a / b for a, b in zip(exports["cold, after"], exports["cold, before"])]
    print(f"cold: after / before export stage {statistics.median(ratios):.3f} "
          f"(per round {', '.join(f'{x:.3f}' for x in ratios)})")


if __name__ == "__main__":
    main()
