"""Fidelity: the tool's reported median latency against a bare loop on the same model, and
against itself when it shares the host.

bare: for each model, A/B interleaved over --rounds rounds: the tool (a whole `python -m
mlagility` run, warm cache) reports a median; a bare loop in this process times the same ONNX
file with the same session options (ort) or the same module under torch.inference_mode()
(torch-eager). Prints the ratio tool/bare per model and runtime. Target: 1.00 +- 0.03.

shared: for each model, every round, the quiet single-runtime figure (one job per runtime), then
the same model timed
  - paired: on runtime=[ort,torch-eager] in one job (interleaved rounds),
  - joblib: in a joblib sweep with 2 workers, beside a second job (the same model at batch 2,
    rebuilt from scratch: script, export and eager reference running while the first one times),
  - hog: beside an external busy-loop process on one core.
Prints the median over the rounds of each median over the same round's quiet figure, and each
round's ratio, starred when the record was flagged contended. Target: within 1.00 +- 0.05, or
flagged contended.

    python benchmarks/fidelity.py [--rounds 3] [--models linear resnet18 bert] [--modes bare shared]
"""

from __future__ import annotations

import argparse
import functools
import statistics
import tempfile
from pathlib import Path

from harness import MODELS, BusyLoop, discover, load_average, run_sweep, run_tool, timed_loop

SCRIPTS = {
    "linear": (MODELS / "selftest" / "linear.py", {}),
    "resnet18": (MODELS / "torch_hub" / "resnet18.py", {}),
    "bert": (MODELS / "transformers" / "bert.py", {"max_seq_length": 128}),
}


def bare_ort(build_folder: Path, invocation, threads: int, iterations: int) -> float:
    import onnxruntime

    from mlagility.builder.cache import read_state
    from mlagility.runtimes.ort import feeds

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    model = build_folder / read_state(build_folder)["model"]
    session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    feed = feeds(session, invocation)
    return timed_loop(functools.partial(session.run, None, feed), iterations)


def bare_torch(invocation, iterations: int) -> float:
    import torch

    model = invocation.model.eval()
    with torch.inference_mode():
        return timed_loop(functools.partial(model, *invocation.args, **invocation.kwargs), iterations)


RUNTIMES = ("ort", "torch-eager")


def compare_with_bare_loops(models: list[str], rounds: int, work: Path) -> None:
    """The tool's median against a bare loop's, A/B interleaved."""
    print(f"fidelity (bare): tool median / bare-loop median, {rounds} interleaved rounds; {load_average()}")
    print(f"{'model':10} {'runtime':12} {'tool ms':>10} {'bare ms':>10} {'ratio':>7}  per-round ratios")
    for name in models:
        script, parameters = SCRIPTS[name]
        overrides = [f"corpus.folder={script.parent}", f"corpus.include=[{script.name}]", "runtime=[ort,torch-eager]",
                     *(f"{k}={v}" for k, v in parameters.items())]
        run_tool(*overrides, out=work / f"{name}-warmup", cache=work / "cache")  # builds once
        [invocation] = discover(script, **parameters)
        tool = {runtime: [] for runtime in RUNTIMES}
        bare = {runtime: [] for runtime in RUNTIMES}
        for round_ in range(rounds):
            _, records = run_tool(*overrides, out=work / f"{name}-{round_}", cache=work / "cache")
            for record in records:
                tool[record["runtime"]].append(record["median_ms"])
                iterations = record["iterations"]
                if record["runtime"] == "ort":
                    folder = work / "cache" / "builds" / record["build_name"]
                    bare["ort"].append(1e3 * bare_ort(folder, invocation, record["threads"], iterations))
                else:
                    bare["torch-eager"].append(1e3 * bare_torch(invocation, iterations))
        for runtime in RUNTIMES:
            ratios = [t / b for t, b in zip(tool[runtime], bare[runtime])]
            t, b = statistics.median(tool[runtime]), statistics.median(bare[runtime])
            print(f"{name:10} {runtime:12} {t:10.4f} {b:10.4f} {t / b:7.3f}  {' '.join(f'{r:.3f}' for r in ratios)}")


def compare_shared_hosts(models: list[str], rounds: int, work: Path) -> None:
    """The tool's median when it shares the host (its own parallel jobs, a second runtime, a
    busy loop) over its quiet single-runtime median of the same round: this VM drifts between
    states from one run to the next (BERT-base on torch-eager at 139 or 171 ms, quiet), and a
    round's quiet run sees the same state as the runs beside it."""
    modes = ("paired", "joblib", "hog")
    print(f"fidelity (shared host): median / the same round's quiet single-runtime median, {rounds} rounds; "
          f"{load_average()}")
    print(f"{'model':10} {'runtime':12} {'quiet ms':>10} " + " ".join(f"{m:>8}" for m in modes)
          + "  per-round ratios (* contended)")
    for name in models:
        script, parameters = SCRIPTS[name]
        base = [f"corpus.folder={script.parent}", f"corpus.include=[{script.name}]",
                *(f"{k}={v}" for k, v in parameters.items())]
        cache = work / "shared-cache"
        run_tool(*base, "runtime=[ort,torch-eager]", out=work / f"{name}-shared-warmup", cache=cache)
        quiet = {runtime: [] for runtime in RUNTIMES}
        ratios = {(mode, runtime): [] for mode in modes for runtime in RUNTIMES}
        for round_ in range(rounds):
            for runtime in RUNTIMES:
                [record] = run_tool(*base, f"runtime={runtime}", out=work / f"{name}-quiet-{runtime}-{round_}",
                                    cache=cache)[1]
                quiet[runtime].append(record["median_ms"])
            _, paired = run_tool(*base, "runtime=[ort,torch-eager]", out=work / f"{name}-paired-{round_}", cache=cache)
            _, sweep = run_sweep(*[o for o in base if not o.startswith("batch_size=")], "runtime=[ort,torch-eager]",
                                 "batch_size=1,2", "rebuild=always", "hydra/launcher=joblib",
                                 "hydra.launcher.n_jobs=2", out=work / f"{name}-joblib-{round_}", cache=cache)
            with BusyLoop():
                _, hogged = run_tool(*base, "runtime=[ort,torch-eager]", out=work / f"{name}-hog-{round_}", cache=cache)
            for mode, found in (("paired", paired), ("joblib", [r for r in sweep if r["parameters"]["batch_size"] == 1]),
                                ("hog", hogged)):
                for record in found:
                    runtime = record["runtime"]
                    ratios[mode, runtime].append((record["median_ms"] / quiet[runtime][-1], record["contended"]))
        for runtime in RUNTIMES:
            medians = [statistics.median(r for r, _ in ratios[mode, runtime]) for mode in modes]
            rounds_text = " | ".join(
                " ".join(f"{r:.3f}{'*' if contended else ''}" for r, contended in ratios[mode, runtime]) for mode in modes)
            print(f"{name:10} {runtime:12} {statistics.median(quiet[runtime]):10.4f} "
                  + " ".join(f"{m:8.3f}" for m in medians) + f"  {rounds_text}")


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--rounds", type=int, default=3)
    cli.add_argument("--models", nargs="+", default=list(SCRIPTS), choices=list(SCRIPTS))
    cli.add_argument("--modes", nargs="+", default=["bare", "shared"], choices=["bare", "shared"])
    args = cli.parse_args()
    work = Path(tempfile.mkdtemp(prefix="fidelity-"))
    if "bare" in args.modes:
        compare_with_bare_loops(args.models, args.rounds, work)
    if "shared" in args.modes:
        compare_shared_hosts(args.models, args.rounds, work)


if __name__ == "__main__":
    main()
