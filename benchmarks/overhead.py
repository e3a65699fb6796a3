"""Overhead: the tool's whole-process wall time on each selftest script, cold cache and warm,
against the floor of `python script.py` plus the time of the timed iterations themselves.
Target: warm runs within 1.3x of that floor.

    python benchmarks/overhead.py [--runtime ort] [--repeats 3]

Each script: one cold run, then --repeats warm runs and bare runs interleaved; their medians are
compared, so one noisy second on a shared machine does not decide the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import MODELS, REPO, load_average, run_tool


def script_wall(script: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(script)], cwd=REPO, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--runtime", default="ort")
    cli.add_argument("--repeats", type=int, default=3)
    args = cli.parse_args()
    work = Path(tempfile.mkdtemp(prefix="overhead-"))
    print(f"overhead: wall seconds per selftest script, runtime={args.runtime}; {load_average()}")
    print(f"{'script':16} {'script s':>9} {'timed s':>8} {'floor s':>8} {'cold s':>8} {'warm s':>8} "
          f"{'cold/floor':>10} {'warm/floor':>10}")
    for script in sorted((MODELS / "selftest").glob("*.py")):
        overrides = ["corpus=selftest", f"corpus.include=[{script.name}]", f"runtime={args.runtime}"]
        cold, _ = run_tool(*overrides, out=work / f"{script.stem}-cold", cache=work / f"cache-{script.stem}")
        warm_runs, alone_runs, timed_runs = [], [], []
        for repeat in range(args.repeats):
            warm, records = run_tool(*overrides, out=work / f"{script.stem}-warm{repeat}",
                                     cache=work / f"cache-{script.stem}")
            warm_runs.append(warm)
            timed_runs.append(sum(r["measure_end"] - r["measure_start"] for r in records))
            alone_runs.append(script_wall(script))
        alone, timed, warm = (statistics.median(v) for v in (alone_runs, timed_runs, warm_runs))
        floor = alone + timed
        print(f"{script.name:16} {alone:9.2f} {timed:8.2f} {floor:8.2f} {cold:8.2f} {warm:8.2f} "
              f"{cold / floor:10.2f} {warm / floor:10.2f}")


if __name__ == "__main__":
    main()
