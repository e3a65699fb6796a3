"""Where a run's time goes: ``python -m mlagility OVERRIDES`` under py-spy, every process sampled
(the job, the forkserver's imports, each worker), summed per process and per frame of the tool.

    pip install -e ".[bench]"
    python benchmarks/where_time_goes.py corpus=torch_hub 'corpus.include=[resnet18.py,alexnet.py]' height=64 width=64

Prints seconds of samples, not wall time: processes overlap (the forkserver imports torch while
the job starts). Frames are inclusive: a frame's time contains its callees'.
"""

from __future__ import annotations

import collections
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import REPO, load_average

RATE_HZ = 100
# A frame of the tool, or the lines that name where its time went.
INTERESTING = re.compile(r"mlagility/|hydra/_internal/hydra\.py|forkserver\.py|<frozen runpy>")


def role(process: str) -> str:
    """A short name for a process from py-spy's ``process PID:"command"`` frame."""
    if "forkserver" in process:
        return "forkserver + workers"
    if "resource_tracker" in process:
        return "resource tracker"
    return "job (python -m mlagility)"


def main() -> None:
    overrides = sys.argv[1:]
    work = Path(tempfile.mkdtemp(prefix="profile-"))
    raw = work / "samples.txt"
    command = ["py-spy", "record", "--subprocesses", "--rate", str(RATE_HZ), "--format", "raw", "--output", str(raw),
               "--", sys.executable, "-m", "mlagility", f"hydra.run.dir={work / 'run'}", *overrides]
    print(f"profile of python -m mlagility {' '.join(overrides)}; {load_average()}")
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    per_role: collections.Counter[str] = collections.Counter()
    per_frame: collections.Counter[str] = collections.Counter()
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        # py-spy nests a child process's stacks under its parent's: the innermost process names it.
        processes = [f for f in frames if f.startswith("process ")]
        per_role[role(processes[-1])] += int(count)
        for frame in dict.fromkeys(f for f in frames if INTERESTING.search(f)):
            per_frame[frame] += int(count)

    print("\nseconds of samples per process")
    for name, count in per_role.most_common():
        print(f"{count / RATE_HZ:8.2f}  {name}")
    print("\nseconds of samples per frame (inclusive), the tool's frames")
    for frame, count in per_frame.most_common(30):
        print(f"{count / RATE_HZ:8.2f}  {frame[:140]}")
    print(f"\nraw samples: {raw}")


if __name__ == "__main__":
    main()
