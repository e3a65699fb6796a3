"""Generation: the tool's figures for a language model that generates, against a bare loop on the
same model in this process.

For each model, A/B interleaved over --rounds rounds: the tool (a whole `python -m mlagility` run
on the `llm` corpus's script, warm cache, torch-eager) reports the decode step's tokens/s, the
generate call's time to first token (TTFT) and its end-to-end time; a bare loop here times the
same model on the same inputs: one decode step on a fresh copy of the same cache
(batch / median latency), `model.generate(..., max_new_tokens=1)` (TTFT), and the script's own
generate call, each with time.perf_counter around it under torch.inference_mode(). Prints the
ratio tool/bare per figure and each round's. Target: 1.00 +- 0.05.

    python benchmarks/generation.py [--rounds 3] [--models smollm2_135m qwen2_5_0_5b]
        [--prompt 128] [--new-tokens 32]
"""

from __future__ import annotations

import argparse
import functools
import statistics
import tempfile
import time
from pathlib import Path

from harness import DEFAULTS, MODELS, discover, load_average, run_tool, timed_loop

FIGURES = ("decode tokens/s", "ttft ms", "e2e ms")


def tool_figures(script: Path, prompt: int, new_tokens: int, work: Path, round_: int) -> dict[str, float]:
    """The tool's decode tokens/s, TTFT and end-to-end time for one run of the script."""
    _, records = run_tool(f"corpus.folder={script.parent}", f"corpus.include=[{script.name}]", "runtime=torch-eager",
                          f"max_seq_length={prompt}", f"max_new_tokens={new_tokens}", "measure.max_duration_s=30",
                          out=work / f"tool{round_}", cache=work / "cache")
    by_phase = {record["phase"]: record for record in records}
    bad = [f"{r['phase']}: {r['status']} {r['reason']}" for r in records if r["status"] != "ok"]
    if bad:
        raise RuntimeError("; ".join(bad))
    return {"decode tokens/s": by_phase["decode"]["tokens_per_s"], "ttft ms": by_phase["generate"]["ttft_ms"],
            "e2e ms": by_phase["generate"]["e2e_ms"], "iterations": by_phase["generate"]["iterations"]}


def bare_figures(invocations, iterations: int) -> dict[str, float]:
    """A bare loop's decode tokens/s, TTFT and end-to-end time, on the invocations the script made."""
    import torch

    from mlagility import device

    torch.set_num_threads(device.physical_cores())  # as the tool's torch runtimes do
    by_phase = {invocation.phase: invocation for invocation in invocations}
    decode, generate = by_phase["decode"], by_phase["generate"]
    model = generate.model.eval()
    with torch.inference_mode():
        samples = []
        for call in range(DEFAULTS.warmup_min_calls + DEFAULTS.min_iterations * 10):
            step = decode.fresh()  # the cache as the script passed it: each call appends to it
            before = time.perf_counter()
            model(*step.args, **step.kwargs)
            if call >= DEFAULTS.warmup_min_calls:
                samples.append(time.perf_counter() - before)
        decode_s = statistics.median(samples)
        first_token = {**generate.kwargs, "max_new_tokens": 1, "min_new_tokens": 1}
        ttft_s = timed_loop(functools.partial(model.generate, *generate.args, **first_token), iterations)
        e2e_s = timed_loop(functools.partial(model.generate, *generate.args, **generate.kwargs), iterations)
    return {"decode tokens/s": decode.new_tokens / decode_s, "ttft ms": 1e3 * ttft_s, "e2e ms": 1e3 * e2e_s}


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--rounds", type=int, default=3)
    arguments.add_argument("--models", nargs="+", default=["smollm2_135m", "qwen2_5_0_5b"])
    arguments.add_argument("--prompt", type=int, default=128)
    arguments.add_argument("--new-tokens", type=int, default=32)
    options = arguments.parse_args()
    work = Path(tempfile.mkdtemp(prefix="generation-"))
    print(f"generation, prompt {options.prompt}, {options.new_tokens} new tokens, torch-eager, batch 1; "
          f"{load_average()}")
    print(f"{'model':<14} {'figure':<16} {'tool':>9} {'bare':>9} {'ratio':>6}  per-round ratios")
    for name in options.models:
        script = MODELS / "llm" / f"{name}.py"
        invocations = discover(script, max_seq_length=options.prompt, max_new_tokens=options.new_tokens)
        ratios: dict[str, list[float]] = {figure: [] for figure in FIGURES}
        tools: dict[str, list[float]] = {figure: [] for figure in FIGURES}
        bares: dict[str, list[float]] = {figure: [] for figure in FIGURES}
        for round_ in range(options.rounds):
            tool = tool_figures(script, options.prompt, options.new_tokens, work, round_)
            bare = bare_figures(invocations, int(tool["iterations"]))
            for figure in FIGURES:
                tools[figure].append(tool[figure])
                bares[figure].append(bare[figure])
                ratios[figure].append(tool[figure] / bare[figure])
        for figure in FIGURES:
            per_round = " ".join(f"{ratio:.3f}" for ratio in ratios[figure])
            print(f"{name:<14} {figure:<16} {statistics.median(tools[figure]):9.2f} "
                  f"{statistics.median(bares[figure]):9.2f} {statistics.median(ratios[figure]):6.3f}  {per_round}")
        print(f"  ({load_average()})")


if __name__ == "__main__":
    main()
