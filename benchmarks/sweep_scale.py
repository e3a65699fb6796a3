"""How long a sweep takes to start: the seconds from the command to Hydra's "Launching N jobs",
and the sweeping process's peak memory by then, for sweeps of growing size.

    python benchmarks/sweep_scale.py --jobs 80 400 4000 [--rounds 3]

Each sweep is ``python -m mlagility -m corpus.folder=DIR batch_size=1,2,4,8
build.stop_after=analyze`` over DIR holding jobs/4 copies of selftest/linear.py: jobs/4 scripts at
4 grid points. The sweep is stopped once its launcher has started (the jobs themselves are not
what is measured). It prints each size's median seconds with the spread, seconds per 1,000 jobs
(flat when the growth is linear) and the peak resident memory (VmHWM), with the load average.
With ``--complete JOBS``, it also runs such a sweep of JOBS jobs to its end with the basic
launcher, from this tree and (``--before TREE``) another in turn, ``--rounds`` times, and prints
the seconds per job: past the plan, what a job costs the launcher (composing its config) and
itself. Run it alone.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LINEAR = REPO / "models" / "selftest" / "linear.py"
LAUNCHING = "Launching"
BATCH_SIZES = [1, 2, 4, 8]  # the grid: each script is one job per batch size


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def time_to_launch(jobs: int, scratch: Path) -> tuple[float, float]:
    """(seconds until the launcher starts, peak MB by then) of a sweep of ``jobs`` jobs."""
    folder = scripts(jobs, scratch)
    sweep = Path(tempfile.mkdtemp(prefix="sweep-", dir=scratch))
    command = [sys.executable, "-m", "mlagility", "-m", f"corpus.folder={folder}", "corpus.name=copies",
               f"batch_size={','.join(map(str, BATCH_SIZES))}",
               "build.stop_after=analyze", f"hydra.sweep.dir={sweep}", f"cache_dir={scratch / 'cache'}"]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=scratch, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "HF_HUB_OFFLINE": "1"}, start_new_session=True)
    assert process.stdout is not None
    seen = []
    for line in process.stdout:
        seen.append(line)
        if LAUNCHING in line:
            seconds = time.perf_counter() - start
            peak = peak_rss_mb(process.pid)
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            shutil.rmtree(sweep, ignore_errors=True)
            return seconds, peak
    process.wait()
    raise RuntimeError(f"the sweep ended before launching (exit {process.returncode}):\n{''.join(seen[-30:])}")


def scripts(jobs: int, scratch: Path) -> Path:
    """A folder of jobs/4 copies of selftest/linear.py (made once)."""
    folder = scratch / f"scripts-{jobs}"
    if not folder.exists():
        folder.mkdir()
        for number in range(jobs // len(BATCH_SIZES)):
            shutil.copyfile(LINEAR, folder / f"linear_{number:06d}.py")
    return folder


def time_to_finish(jobs: int, tree: Path, scratch: Path) -> float:
    """Seconds for a whole sweep of ``jobs`` jobs (stopped after analysis) with this tool from
    ``tree``, run outside it (``python -m`` puts the working folder first on sys.path)."""
    sweep = Path(tempfile.mkdtemp(prefix="sweep-", dir=scratch))
    command = [sys.executable, "-m", "mlagility", "-m", f"corpus.folder={scripts(jobs, scratch)}", "corpus.name=copies",
               f"batch_size={','.join(map(str, BATCH_SIZES))}", "build.stop_after=analyze",
               f"hydra.sweep.dir={sweep}", f"cache_dir={scratch / 'cache'}"]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=scratch, capture_output=True, text=True,
                          env={**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(tree)})
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"the sweep from {tree} failed:\n{done.stdout[-1500:]}\n{done.stderr[-1500:]}")
    shutil.rmtree(sweep, ignore_errors=True)
    return seconds


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--jobs", type=int, nargs="*", default=[80, 400, 4000])
    cli.add_argument("--rounds", type=int, default=3)
    cli.add_argument("--complete", type=int, help="also run a sweep of this many jobs to its end")
    cli.add_argument("--before", type=Path, help="with --complete: another source tree, in turn")
    args = cli.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cpus")
    with tempfile.TemporaryDirectory() as scratch:
        if args.complete:
            trees = {"after": REPO, **({"before": args.before.resolve()} if args.before else {})}
            finished: dict[str, list[float]] = {name: [] for name in trees}
            for _ in range(args.rounds):
                for name, tree in trees.items():  # in turn: after, before, after, before ...
                    finished[name].append(time_to_finish(args.complete, tree, Path(scratch)))
                    print(f"{name:6} {args.complete} jobs to the end: {finished[name][-1]:6.1f} s, "
                          f"load {os.getloadavg()[0]:.2f}", flush=True)
            for name, seconds in finished.items():
                middle = statistics.median(seconds)
                print(f"{name:6}: median {middle:.1f} s (min {min(seconds):.1f}, max {max(seconds):.1f}), "
                      f"{middle / args.complete:.2f} s per job")
        for jobs in args.jobs:
            results = [time_to_launch(jobs, Path(scratch)) for _ in range(args.rounds)]
            seconds = [s for s, _ in results]
            middle = statistics.median(seconds)
            print(f"{jobs:>8,} jobs: to '{LAUNCHING}' {middle:7.1f} s (min {min(seconds):.1f}, max {max(seconds):.1f}), "
                  f"{1000 * middle / jobs:6.2f} s per 1,000 jobs, peak {max(p for _, p in results):.0f} MB", flush=True)
    print(f"load average at end:   {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
