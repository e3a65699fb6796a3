"""Start-up cost of the tool: the parts of a run's start, then the seed's favourite case (a warm
`benchit benchmark linear.py`) against its floor and, given its venv, against mlagility 3.3.1.

    python benchmarks/startup.py --rounds 7 [--seed-venv VENV] [--before TREE]

``--seed-venv``: a venv with mlagility 3.3.1 (Python 3.10) to pair against; ``--before``: a
source tree of this tool (``git worktree add /tmp/before <commit>``) whose benchit is paired too.

Parts: each is a fresh process doing one step of a run's start, timed whole (median and spread of
``--rounds``): the interpreter; the entry module's imports (what runs before the workers'
forkserver starts); Hydra's composition and validation of the config; the workers' imports
(torch, onnxruntime, the worker code: the forkserver's); `python linear.py` alone. The forkserver
imports while the parent composes, so a run's start is the longer of the two, not their sum.

Paired: each round runs, in turn, ``benchit benchmark linear.py`` (cache warm; onnxruntime, the
default runtime, then torch-eager), ``python linear.py``, and the seed's
``benchit benchmark linear.py --runtimes torch-eager`` (its onnxruntime runs inside Docker, which
this machine lacks). The floor of a run is `python linear.py` plus the timed work, the warm-up and
timed calls, read from the run's own record (``timing_s``). It prints each command's median wall
time with its spread, and the medians of the per-round ratios, with the load average beside them.
Run it alone: anything beside it shows up as start-up time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LINEAR = REPO / "models" / "selftest" / "linear.py"
# The seed's linear.py, as its README has it: the same model, no parse().
SEED_LINEAR = '''import torch

torch.manual_seed(0)


class LinearTestModel(torch.nn.Module):
    def __init__(self, input_features, output_features):
        super(LinearTestModel, self).__init__()
        self.fc = torch.nn.Linear(input_features, output_features)

    def forward(self, x):
        output = self.fc(x)
        return output


input_features = 10
output_features = 10

# Model and input configurations
model = LinearTestModel(input_features, output_features)
inputs = {"x": torch.rand(input_features)}

output = model(**inputs)
'''
PARTS = {
    "interpreter (python -c pass)": "pass",
    "entry module's imports (mlagility.__main__)": "import mlagility.__main__",
    "Hydra: import, compose, validate": (
        "from mlagility import config\n"
        "config.validate(config.compose(['corpus=selftest', 'corpus.include=[linear.py]']))"),
    "workers' imports (the forkserver's)": "import mlagility.engine.worker",
}


def wall(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    """Wall seconds of one run of ``command``; it must succeed."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout[-1500:]}\n{done.stderr[-1500:]}")
    return seconds


def spread(values: list[float]) -> str:
    """``median (min-max, n)``."""
    return f"{statistics.median(values):6.2f} s  ({min(values):.2f}-{max(values):.2f}, {len(values)} runs)"


def parts(rounds: int, env: dict[str, str]) -> None:
    """Each part of a run's start, in a fresh process, timed whole."""
    walls: dict[str, list[float]] = {name: [] for name in [*PARTS, "python linear.py"]}
    for _ in range(rounds):
        for name, code in PARTS.items():
            walls[name].append(wall([sys.executable, "-c", code], REPO, env))
        walls["python linear.py"].append(wall([sys.executable, str(LINEAR)], REPO, env))
    for name, values in walls.items():
        print(f"  {name:46} {spread(values)}")


def last_timing_s(cache: Path) -> float:
    """The warm-up and timed calls of benchit's last record (its results file in the cache)."""
    lines = (cache / "runs" / "benchit" / "results.jsonl").read_text().splitlines()
    return json.loads(lines[-1])["timing_s"]


def paired(rounds: int, env: dict[str, str], seed_venv: Path | None, before: Path | None, scratch: Path) -> None:
    """The commands in turn, ``rounds`` times, after one untimed run of each (a warm cache)."""
    cache = scratch / "cache"
    ours = {name: ["benchit", "benchmark", LINEAR.name, "--search-dir", str(LINEAR.parent), "--cache-dir", str(cache),
                   "--runtimes", runtime] for name, runtime in (("ours, ort", "ort"), ("ours, torch-eager", "torch-eager"))}
    if before is not None:  # its benchit, from its tree, on the same cache
        ours["before, ort"] = ["env", f"PYTHONPATH={before}", sys.executable, "-c",
                               "import sys; from mlagility.cli.benchit import main; sys.exit(main())",
                               *ours["ours, ort"][1:]]
    commands = {**ours, "python linear.py": [sys.executable, str(LINEAR)]}
    if seed_venv is not None:
        (scratch / "seed").mkdir()
        (scratch / "seed" / "linear.py").write_text(SEED_LINEAR)
        commands["mlagility 3.3.1, torch-eager"] = [
            str(seed_venv / "bin" / "benchit"), "benchmark", str(scratch / "seed" / "linear.py"),
            "--runtimes", "torch-eager", "--cache-dir", str(scratch / "seed-cache")]
    walls: dict[str, list[float]] = {name: [] for name in commands}
    floors: dict[str, list[float]] = {name: [] for name in ours}
    for name, command in commands.items():
        wall(command, scratch, env)
    for _ in range(rounds):
        for name, command in commands.items():
            walls[name].append(wall(command, scratch, env))
            if name in ours:
                floors[name].append(last_timing_s(cache))
    for name, values in walls.items():
        print(f"  {name:32} {spread(values)}")
    for name in ours:
        ratios = [a / (b + timed) for a, b, timed in zip(walls[name], walls["python linear.py"], floors[name])]
        print(f"  {name}: timed work {statistics.median(floors[name]):.2f} s; / (python linear.py + timed work): "
              f"median {statistics.median(ratios):.3f} (per round {min(ratios):.3f}-{max(ratios):.3f})")
        if seed_venv is not None:
            ratios = [a / c for a, c in zip(walls[name], walls["mlagility 3.3.1, torch-eager"])]
            print(f"  {name}: / mlagility 3.3.1: median {statistics.median(ratios):.3f} "
                  f"(per round {min(ratios):.3f}-{max(ratios):.3f})")


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--rounds", type=int, default=7)
    cli.add_argument("--seed-venv", type=Path, help="a venv with mlagility 3.3.1 (Python 3.10) to pair against")
    cli.add_argument("--before", type=Path, help="a source tree of this tool whose benchit is paired too")
    args = cli.parse_args()
    if shutil.which("benchit") is None:
        sys.exit("benchit is not on PATH: pip install -e . first")
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    print("parts of a run's start, each a fresh process:")
    parts(args.rounds, env)
    print(f"load average: {os.getloadavg()[0]:.2f}")
    print("paired, in turn each round:")
    with tempfile.TemporaryDirectory() as scratch:
        paired(args.rounds, env, args.seed_venv, args.before.resolve() if args.before else None, Path(scratch))
    print(f"load average at end:   {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
