"""Fidelity: the tool's reported median latency against a bare loop on the same model.

For each model, A/B interleaved over --rounds rounds: the tool (a whole `python -m mlagility`
run, warm cache) reports a median; a bare loop in this process times the same ONNX file with
the same session options (ort) or the same module under torch.inference_mode() (torch-eager).
Prints the ratio tool/bare per model and runtime. Target: 1.00 +- 0.03.

    python benchmarks/fidelity.py [--rounds 5] [--models linear resnet18 bert]
"""

from __future__ import annotations

import argparse
import functools
import statistics
import tempfile
from pathlib import Path

from harness import MODELS, discover, load_average, run_tool, timed_loop

SCRIPTS = {
    "linear": (MODELS / "selftest" / "linear.py", {}),
    "resnet18": (MODELS / "torch_hub" / "resnet18.py", {}),
    "bert": (MODELS / "transformers" / "bert.py", {"max_seq_length": 128}),
}


def bare_ort(build_folder: Path, invocation, threads: int, iterations: int) -> float:
    import onnxruntime

    from mlagility.build.cache import read_state
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


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--rounds", type=int, default=5)
    cli.add_argument("--models", nargs="+", default=list(SCRIPTS), choices=list(SCRIPTS))
    args = cli.parse_args()
    work = Path(tempfile.mkdtemp(prefix="fidelity-"))
    print(f"fidelity: tool median / bare-loop median, {args.rounds} interleaved rounds; {load_average()}")
    print(f"{'model':10} {'runtime':12} {'tool ms':>10} {'bare ms':>10} {'ratio':>7}  per-round ratios")
    for name in args.models:
        script, parameters = SCRIPTS[name]
        overrides = [f"corpus.folder={script.parent}", f"corpus.include=[{script.name}]", "runtime=[ort,torch-eager]",
                     *(f"{k}={v}" for k, v in parameters.items())]
        run_tool(*overrides, out=work / f"{name}-warmup", cache=work / "cache")  # builds once
        [invocation] = discover(script, **parameters)
        tool = {"ort": [], "torch-eager": []}
        bare = {"ort": [], "torch-eager": []}
        for round_ in range(args.rounds):
            _, records = run_tool(*overrides, out=work / f"{name}-{round_}", cache=work / "cache")
            for record in records:
                tool[record["runtime"]].append(record["median_ms"])
                iterations = record["iterations"]
                if record["runtime"] == "ort":
                    folder = work / "cache" / "builds" / record["build_name"]
                    bare["ort"].append(1e3 * bare_ort(folder, invocation, record["threads"], iterations))
                else:
                    bare["torch-eager"].append(1e3 * bare_torch(invocation, iterations))
        for runtime in ("ort", "torch-eager"):
            ratios = [t / b for t, b in zip(tool[runtime], bare[runtime])]
            t, b = statistics.median(tool[runtime]), statistics.median(bare[runtime])
            print(f"{name:10} {runtime:12} {t:10.4f} {b:10.4f} {t / b:7.3f}  {' '.join(f'{r:.3f}' for r in ratios)}")


if __name__ == "__main__":
    main()
