"""Cold vs warm: BERT-base (seq 128) on ort, a fresh cache against the same run again, and the
cold run against the floor of its stages and, given its venv, against mlagility 3.3.1.

    python benchmarks/cold_warm.py [--rounds 3] [--seed-venv VENV] [--before TREE]

Each round runs a cold run (a fresh cache), then a warm one on that cache; with ``--seed-venv`` (a
venv with mlagility 3.3.1 and transformers, Python 3.10) the seed's benchit runs the same model,
cold, with ``--runtimes torch-eager`` (its onnxruntime runs inside Docker, which this machine
lacks), and so does this tool, for the like-for-like ratio. The floor of a cold run is the sum of
what it cannot skip, read from its own record: the script (model construction included), the eager
reference, export, optimize, and ten timed calls (10 x median). The record's script time starts
with torch already imported (the workers import it while the run's config is composed), so a second
floor takes the script as ``python bert.py``, a process of its own, as startup.py's floor does for
linear.py. With ``--before`` (a source tree of this tool: ``git worktree add /tmp/before <commit>``),
each round also runs that tree's cold run, on a fresh cache of its own, before or after this tree's
in turn, and prints the ratio round by round. Targets: warm <= 0.3x cold; cold <= 1.2x its floor. It prints where the cold run's time went (the record's columns), with the load
average beside the figures. Run it alone.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import MODELS, load_average, run_tool

BERT = [f"corpus.folder={MODELS / 'transformers'}", "corpus.include=[bert.py]", "max_seq_length=128"]
# The seed's bert.py: the same model from the same config, its inputs made in the script.
SEED_BERT = '''import torch
from transformers import BertConfig, BertModel

torch.manual_seed(0)
config = BertConfig()
model = BertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (1, 128)),
    "attention_mask": torch.ones(1, 128, dtype=torch.long),
}
model(**inputs)
'''


def floor_s(record: dict) -> float:
    """What a cold run cannot skip: script, eager reference, export, optimize, ten timed calls."""
    return (record["script_s"] + record["reference_s"] + (record["export_s"] or 0.0) + (record["optimize_s"] or 0.0)
            + 10 * record["median_ms"] / 1e3)


def script_alone_s() -> float:
    """Wall seconds of ``python bert.py`` on its own: the interpreter, its imports, the model."""
    start = time.perf_counter()
    subprocess.run([sys.executable, str(MODELS / "transformers" / "bert.py")], check=True, capture_output=True)
    return time.perf_counter() - start


def before_cold(tree: Path, work: Path, round_: int) -> float:
    """Wall seconds of the cold run from an older source ``tree``, on a fresh cache of its own."""
    wall, _ = run_tool(*BERT, "runtime=ort", out=work / f"before-{round_}", cache=work / f"bcache-{round_}", tree=tree)
    return wall


def seed_cold(seed_venv: Path, work: Path) -> float:
    """Wall seconds of the seed's benchit on BERT-base, torch-eager, a fresh cache."""
    script = work / "seed" / "bert.py"
    script.parent.mkdir(exist_ok=True)
    script.write_text(SEED_BERT)
    cache = Path(tempfile.mkdtemp(prefix="seedcache-", dir=work))
    start = time.perf_counter()
    done = subprocess.run([str(seed_venv / "bin" / "benchit"), "benchmark", str(script), "--runtimes", "torch-eager",
                           "--cache-dir", str(cache)], capture_output=True, text=True, cwd=work)
    seconds = time.perf_counter() - start
    if done.returncode != 0 or "Successfully benchmarked" not in done.stdout:
        raise RuntimeError(f"the seed's run failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return seconds


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--rounds", type=int, default=1)
    cli.add_argument("--seed-venv", type=Path, help="a venv with mlagility 3.3.1 and transformers to pair against")
    cli.add_argument("--before", type=Path, help="a source tree of this tool whose cold run is paired too")
    args = cli.parse_args()
    work = Path(tempfile.mkdtemp(prefix="coldwarm-"))
    print(f"cold vs warm, BERT-base seq 128; {load_average()}")
    walls: dict[str, list[float]] = {}
    floors: list[float] = []
    whole_floors: list[float] = []  # with the script as a process of its own
    for round_ in range(args.rounds):
        cache = work / f"cache-{round_}"
        if args.before is not None and round_ % 2 == 0:
            walls.setdefault("cold, ort, before", []).append(before_cold(args.before.resolve(), work, round_))
        cold, [cold_record] = run_tool(*BERT, "runtime=ort", out=work / f"cold-{round_}", cache=cache)
        if args.before is not None and round_ % 2 == 1:
            walls.setdefault("cold, ort, before", []).append(before_cold(args.before.resolve(), work, round_))
        warm, [warm_record] = run_tool(*BERT, "runtime=ort", out=work / f"warm-{round_}", cache=cache)
        assert warm_record["build_cached"] and not cold_record["build_cached"]
        walls.setdefault("cold, ort", []).append(cold)
        walls.setdefault("warm, ort", []).append(warm)
        floors.append(floor_s(cold_record))
        script_s = script_alone_s()
        whole_floors.append(floors[-1] - cold_record["script_s"] + script_s)
        r = cold_record
        print(f"round {round_}: cold {cold:.1f} s = floor {floors[-1]:.1f} s (script {r['script_s']:.1f}, reference "
              f"{r['reference_s']:.1f}, export {r['export_s']:.1f}, optimize {r['optimize_s']:.1f}, 10 calls "
              f"{10 * r['median_ms'] / 1e3:.1f}) + the rest (session {r['load_s']:.2f}, {r['warmup_calls']} warm-up "
              f"and {r['iterations']} timed calls in {r['timing_s']:.1f} s, quiet wait {r['quiet_wait_s']:.2f}); "
              f"warm {warm:.1f} s; median {r['median_ms']:.1f} ms {'stable' if r['stable'] else r['reason'].split(': at ')[0]}; "
              f"python bert.py {script_s:.1f} s")
        if args.seed_venv is not None:
            eager, _ = run_tool(*BERT, "runtime=torch-eager", out=work / f"eager-{round_}", cache=work / f"ecache-{round_}")
            walls.setdefault("cold, torch-eager", []).append(eager)
            walls.setdefault("mlagility 3.3.1 cold, torch-eager", []).append(seed_cold(args.seed_venv, work))
    print(load_average())
    for name, values in walls.items():
        print(f"  {name:34} median {statistics.median(values):6.1f} s  (min {min(values):.1f}, max {max(values):.1f})")
    cold_floor = [c / f for c, f in zip(walls["cold, ort"], floors)]
    print(f"cold/floor {statistics.median(cold_floor):.2f} (per round {', '.join(f'{x:.2f}' for x in cold_floor)}); "
          f"warm/cold {statistics.median(w / c for w, c in zip(walls['warm, ort'], walls['cold, ort'])):.2f}")
    whole = [c / f for c, f in zip(walls["cold, ort"], whole_floors)]
    print(f"cold/floor, the script as python bert.py {statistics.median(whole):.2f} "
          f"(per round {', '.join(f'{x:.2f}' for x in whole)})")
    if args.before is not None:
        ratios = [ours / before for ours, before in zip(walls["cold, ort"], walls["cold, ort, before"])]
        print(f"cold, ort / before: {statistics.median(ratios):.3f} (per round {', '.join(f'{x:.3f}' for x in ratios)})")
    if args.seed_venv is not None:
        seed = walls["mlagility 3.3.1 cold, torch-eager"]
        for name in ("cold, ort", "cold, torch-eager"):
            ratios = [ours / theirs for ours, theirs in zip(walls[name], seed)]
            print(f"{name} / mlagility 3.3.1 cold torch-eager: {statistics.median(ratios):.2f} "
                  f"(per round {', '.join(f'{x:.2f}' for x in ratios)})")


if __name__ == "__main__":
    main()
