"""Stability: three repeated tool runs of BERT-base (seq 128) on ort, warm cache; the spread of
their medians, (max - min) / median. Target: within 3%.

    python benchmarks/stability.py [--runs 3]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from harness import MODELS, load_average, run_tool, spread

BERT = [f"corpus.folder={MODELS / 'transformers'}", "corpus.include=[bert.py]", "runtime=ort", "max_seq_length=128"]


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--runs", type=int, default=3)
    args = cli.parse_args()
    work = Path(tempfile.mkdtemp(prefix="stability-"))
    run_tool(*BERT, out=work / "build", cache=work / "cache")
    print(f"stability, BERT-base seq 128 on ort, {args.runs} runs; {load_average()}")
    medians = []
    for run in range(args.runs):
        _, [record] = run_tool(*BERT, out=work / f"run{run}", cache=work / "cache")
        medians.append(record["median_ms"])
        print(f"run {run}: median {record['median_ms']:.2f} ms +- {100 * record['median_ci']:.1f}% (95% CI), "
              f"CV {100 * record['cv']:.1f}%, {record['iterations']} calls")
    print(f"spread of medians: {100 * spread(medians):.1f}%")


if __name__ == "__main__":
    main()
