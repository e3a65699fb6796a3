"""What the job's memory watch costs the host while a worker is timed: the CPU time of one poll
(every POLL_S, beside the timed calls), looking for the worker's descendants at every poll against
once per TREE_RESCAN_S, on this host as it is and with extra idle processes (a busy cluster node).

    python benchmarks/memory_watch.py [--extra 0 500] [--polls 100]

The watched process stands for a worker: a Python process with one child (its build); the idle
processes are not its descendants. CPU time is
counted by the process itself (``time.process_time``), so another process's load changes it
little; the load is printed beside the figures anyway.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import time
from unittest import mock

import psutil

from harness import load_average

from mlagility.engine import runner


def poll_ms(worker: int, polls: int, every_poll: bool) -> float:
    """Mean CPU milliseconds of a poll (ScriptProcesses.rss) over ``polls`` polls, spaced as the
    watch spaces them; ``every_poll``: look for the descendants at every poll, as before."""
    watched = runner.ScriptProcesses(worker)
    costs = []
    with mock.patch.object(runner, "TREE_RESCAN_S", 0.0 if every_poll else runner.TREE_RESCAN_S):
        for _ in range(polls):
            started = time.process_time()
            watched.rss()
            costs.append(time.process_time() - started)
            time.sleep(runner.POLL_S)
    # The mean, not the median: the scans are the cost, one poll in TREE_RESCAN_S / POLL_S.
    return 1e3 * statistics.fmean(costs)


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--extra", type=int, nargs="+", default=[0, 500], help="idle processes to add to the host")
    cli.add_argument("--polls", type=int, default=100)
    args = cli.parse_args()
    worker = subprocess.Popen([sys.executable, "-c", "import subprocess, time; subprocess.Popen(['sleep', '600']); "
                               "time.sleep(600)"], start_new_session=True)
    print(f"the memory watch's poll, CPU ms (mean of {args.polls}); {load_average()}")
    try:
        for extra in args.extra:
            idle = [subprocess.Popen(["sleep", "600"]) for _ in range(extra)]
            try:
                time.sleep(0.5)
                processes = len(psutil.pids())
                before = poll_ms(worker.pid, args.polls, every_poll=True)
                after = poll_ms(worker.pid, args.polls, every_poll=False)
                share = after / (runner.POLL_S * 1e3)
                print(f"  {processes:5d} processes on the host: every poll {before:7.3f} ms, once per "
                      f"{runner.TREE_RESCAN_S:g} s {after:7.3f} ms: {before / after:5.1f}x less; "
                      f"{share:.2%} of a core at one poll per {runner.POLL_S:g} s")
            finally:
                for process in idle:
                    process.kill()
                for process in idle:
                    process.wait()
    finally:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait()
    print(load_average())


if __name__ == "__main__":
    main()
