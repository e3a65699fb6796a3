"""Corpus health check: does discovery succeed for every script, at default and at small sizes?

    python -m mlagility.analysis.health                      # every corpus, both sizes
    python -m mlagility.analysis.health transformers --sizes small

Each (corpus, size) is one analyze-only job (``build.stop_after=analyze``) through the same
engine as any run; the check prints one line per corpus and size (scripts, models discovered,
failures) as each finishes, then all of them and each failure with its reason. Records go to
``--out`` for a closer look; a check run again into the same ``--out`` resumes where the last
one stopped.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from mlagility import config, records
from mlagility.job import run_job

CORPORA = ["selftest", "transformers", "torchvision", "torch_hub", "diffusers", "graph_convolutions",
           "popular_on_huggingface"]
SIZES = {
    "default": [],
    "small": ["batch_size=1", "max_seq_length=16", "height=64", "width=64", "max_audio_seq_length=16000"],
}


def check(corpus: str, size: str, out: Path, timeout: float) -> list[records.Record]:
    """Analyze every script of ``corpus`` at ``size`` (skipping those an earlier check of the
    same ``out`` finished); returns all the records in its results file."""
    cfg = config.compose([f"corpus={corpus}", "build.stop_after=analyze", f"timeout={timeout}", "resume=true",
                          *SIZES[size]])
    job_dir = out / f"{corpus}-{size}"
    run_job(cfg, job_dir)
    return list(records.read(job_dir / records.RESULTS_FILE))


def summary_line(corpus: str, size: str, found: list[records.Record]) -> str:
    scripts = {r.script for r in found}
    failed = [r for r in found if not r.succeeded]
    statuses = Counter(r.status for r in failed)
    models = sum(1 for r in found if r.status == records.ANALYZED)
    detail = ", ".join(f"{n} {s}" for s, n in statuses.items()) or "none"
    return f"{corpus:24} {size:8} {len(scripts):4} scripts {models:5} models discovered   failures: {detail}"


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(prog="python -m mlagility.analysis.health", description=__doc__.split("\n\n")[0])
    # Checked below, not with choices=: argparse checks an empty "*" positional against them too.
    cli.add_argument("corpora", nargs="*", metavar="CORPUS", help=f"default: every corpus ({', '.join(CORPORA)})")
    cli.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    cli.add_argument("--out", type=Path, default=Path("outputs/health"))
    cli.add_argument("--timeout", type=float, default=900.0, help="seconds per script")
    args = cli.parse_args(argv)
    unknown = sorted(set(args.corpora) - set(CORPORA))
    if unknown:
        cli.error(f"unknown corpus {', '.join(unknown)}; choose from {', '.join(CORPORA)}")
    lines, failures = [], []
    for corpus in args.corpora or CORPORA:
        for size in args.sizes:
            found = check(corpus, size, args.out, args.timeout)
            lines.append(summary_line(corpus, size, found))
            print(f"\nhealth: {lines[-1]}", flush=True)
            failures += [(corpus, size, r) for r in found if not r.succeeded]
    print("\ncorpus health")
    print("\n".join(lines))
    for corpus, size, record in failures:
        print(f"  {corpus}/{record.script} [{size}] {record.status}: {record.reason}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
