"""Scaling: a 12-job selftest sweep (4 scripts x batch_size=1,2,4), cold cache, on the basic
launcher and on joblib with 2 workers (builds in parallel, measurements serialized by the
measurement lock), run side by side. Target: joblib >= 1.5x faster.

    python benchmarks/scaling.py [--rounds 1]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import REPO, load_average

SWEEP = ["-m", "corpus=selftest", "runtime=ort", "batch_size=1,2,4"]


def sweep_wall(work: Path, name: str, *launcher: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mlagility", *SWEEP, *launcher, f"cache_dir={work / name / 'cache'}",
                    f"hydra.sweep.dir={work / name / 'sweep'}"], cwd=REPO, check=True, capture_output=True,
                   env={**os.environ, "HF_HUB_OFFLINE": "1"})
    wall = time.perf_counter() - start
    jobs = [p for p in (work / name / "sweep").iterdir() if (p / "results.jsonl").exists()]
    assert len(jobs) == 12, f"{name}: {len(jobs)} jobs"
    return wall


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--rounds", type=int, default=1)
    args = cli.parse_args()
    work = Path(tempfile.mkdtemp(prefix="scaling-"))
    print(f"scaling: 12-job selftest sweep, cold cache; {load_average()}")
    for round_ in range(args.rounds):
        basic = sweep_wall(work, f"basic{round_}")
        joblib = sweep_wall(work, f"joblib{round_}", "hydra/launcher=joblib", "hydra.launcher.n_jobs=2")
        print(f"round {round_}: basic {basic:.1f} s, joblib x2 {joblib:.1f} s, speedup {basic / joblib:.2f}x")


if __name__ == "__main__":
    main()
