"""Corpus health: does every script's discovery succeed, and does every model it finds build,
run and match eager torch on each runtime?

    python -m mlagility.cli.health                      # discovery: every corpus, both sizes
    python -m mlagility.cli.health transformers --sizes small
    python -m mlagility.cli.health --pass-rate          # build and measure: every corpus, small sizes
    python -m mlagility.cli.health --pass-rate torchvision --runtimes ort torch-eager
    python -m mlagility.cli.health --pass-rate --runtimes ort --quantize int8_dynamic --fusions

Each corpus (and size) is one job through the same engine as any run. The discovery check stops
after analysis (``build.stop_after=analyze``) and prints one line per corpus and size: scripts,
models discovered, failures. The pass-rate check builds every model at small sizes and times it
briefly on each runtime (``measure.precision=0``, about a second per runtime: it asks whether a
model runs and matches eager, not how fast), and prints one line per corpus and runtime:
scripts, invocations, ok, fail_accuracy and each other failure status with its count; a script
that fails on its own at the small sizes is run again at its default sizes. Both then
list every failure with its reason. With ``--quantize`` and ``--fusions`` the pass-rate check
builds those variants too, beside the float32 build, and gives each a line (``ort[int8_dynamic]``),
in a folder of its own; they change only what the ONNX runtimes run, so pair them with
``--runtimes ort``. Records go to ``--out``; a check run again into the same
``--out`` resumes where the last one stopped. The pass-rate check builds into its own cache
(``--out``/cache) and drops each ONNX file once measured (``lean_cache``), so a corpus of large
models does not fill the disk; a build stage past ``--stage-timeout`` fails that build alone.
``--sample N --seed S`` checks N scripts of each corpus drawn at random with seed S (the same
seed draws the same scripts, so a sampled check resumes too) and prints the ones drawn.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from mlagility import config, records
from mlagility.choices import Quantize
from mlagility.corpus import select_scripts
from mlagility.engine.job import run_job

CORPORA = ["selftest", "transformers", "torchvision", "torch_hub", "timm", "diffusers", "graph_convolutions",
           "popular_on_huggingface", "llm"]
SIZES = {
    "default": [],
    "small": ["batch_size=1", "max_seq_length=16", "height=64", "width=64", "max_audio_seq_length=16000",
              "max_new_tokens=4"],
}
PASS_RATE_RUNTIMES = ["ort", "torch-eager", "torch-compiled"]
# Seconds a build stage may take in a pass-rate check: it asks whether a model builds, and a
# detector's fusions that run for over ten minutes answer no as well at this limit.
STAGE_TIMEOUT_S = 300.0
# Enough calls to see a model run on a runtime; too few to be a figure.
BRIEF_TIMING = [
    "measure.precision=0", "measure.warmup_min_calls=1", "measure.warmup_min_s=0", "measure.min_iterations=3",
    "measure.min_duration_s=0.2", "measure.max_duration_s=1", "measure.quiet_wait_s=0", "measure.retries=0",
    "measure.rounds=1",
]


def check(corpus: str, overrides: list[str], job_dir: Path, timeout: float) -> list[records.Record]:
    """Run every script of ``corpus`` with ``overrides`` into ``job_dir``, skipping those an earlier
    check of the same folder finished and retrying those it was stopped in; returns all the
    records in its results file."""
    cfg = config.compose([f"corpus={corpus}", f"timeout={timeout}", "resume=true", "retry_interrupted=true",
                          *overrides])
    run_job(cfg, job_dir)
    return list(records.read(job_dir / records.RESULTS_FILE))


def pass_rate_check(corpus: str, size: str, runtimes: list[str], selection: list[str], out: Path,
                    timeout: float, variants: tuple[str, ...] = (), stage_timeout: float = STAGE_TIMEOUT_S
                    ) -> list[tuple[str, records.Record]]:
    """Build and briefly time every selected script of ``corpus`` at ``size`` on each runtime;
    returns (the size it ran at, record) pairs. A script that fails on its own at the small sizes
    (inception's pooling needs more than 64 px, maxvit multiples of 224) is run again at its default sizes, and those
    records stand for it: the check asks whether the model runs, not whether any size suits it.
    ``variants``: build.* overrides (``build.quantize=[none,int8_dynamic]``) whose build variants
    are checked beside the float32 build, in a folder of their own. A build stage running past
    ``stage_timeout`` seconds fails that build alone."""

    def run(at: str, chosen: list[str]) -> list[records.Record]:
        overrides = [f"runtime=[{','.join(runtimes)}]", *variants, f"build.stage_timeout={stage_timeout}", *chosen,
                     *SIZES[at], *BRIEF_TIMING,
                     "lean_cache=true", f"cache_dir={(out / 'cache').resolve()}"]
        folder = f"{corpus}-{at}-pass-rate" + ("-variants" if variants else "")
        return check(corpus, overrides, out / folder, timeout)

    found = run(size, selection)
    unrunnable = sorted({r.script for r in found if not r.runtime and r.status == records.SCRIPT_ERROR})
    if size == "default" or not unrunnable:
        return [(size, r) for r in found]
    print(f"\n{corpus}: {len(unrunnable)} script(s) failed at the {size} sizes, run again at their default sizes: "
          f"{', '.join(unrunnable)}", flush=True)
    again = run("default", [f"corpus.include=[{','.join(unrunnable)}]"])
    return [(size, r) for r in found if r.script not in unrunnable] + [("default", r) for r in again]


def summary_line(corpus: str, size: str, found: list[records.Record]) -> str:
    """One line of the discovery check: scripts, models discovered, failures by status."""
    scripts = {r.script for r in found}
    failed = [r for r in found if not r.succeeded]
    statuses = Counter(r.status for r in failed)
    models = sum(1 for r in found if r.status == records.ANALYZED)
    detail = ", ".join(f"{n} {s}" for s, n in statuses.items()) or "none"
    return f"{corpus:24} {size:8} {len(scripts):4} scripts {models:5} models discovered   failures: {detail}"


@dataclass
class PassRate:
    """How the invocations of one corpus fared on one runtime."""

    corpus: str
    runtime: str
    scripts: int
    statuses: Counter

    @property
    def invocations(self) -> int:
        return sum(self.statuses.values())

    @property
    def ok(self) -> int:
        return self.statuses[records.OK]

    @property
    def share_ok(self) -> float:
        return self.ok / self.invocations if self.invocations else 0.0

    def failures(self) -> str:
        """Every status but ok and fail_accuracy, with its count, most frequent first."""
        others = [(s, n) for s, n in self.statuses.most_common() if s not in (records.OK, records.FAIL_ACCURACY)]
        return ", ".join(f"{n} {s}" for s, n in others) or "none"


def pass_rates(corpus: str, runtimes: list[str], found: list[records.Record]) -> list[PassRate]:
    """Per runtime (and build variant: ``ort[int8_dynamic]``), the status of each invocation. A
    script-level failure (a script that failed before any model was found, or a timeout) has no
    runtime: it counts once on every runtime that has no record of that script (a script that
    crashed after calling a model has both)."""
    scripts = len({r.script for r in found})
    rates = []
    for runtime in dict.fromkeys([*runtimes, *(r.runtime_variant for r in found if r.runtime)]):
        mine = [r for r in found if r.runtime and r.runtime_variant == runtime]
        measured = {r.script for r in mine}
        mine += [r for r in found if not r.runtime and r.script not in measured]
        rates.append(PassRate(corpus, runtime, scripts, Counter(r.status for r in mine)))
    return rates


def pass_rate_table(rates: list[PassRate]) -> str:
    """The pass-rate lines as a Markdown table (it reads as plain text too)."""
    lines = ["| corpus | runtime | scripts | invocations | ok | ok % | fail_accuracy | other failures |",
             "|---|---|---:|---:|---:|---:|---:|---|"]
    for rate in rates:
        lines.append(f"| {rate.corpus} | {rate.runtime} | {rate.scripts} | {rate.invocations} | {rate.ok} | "
                     f"{100 * rate.share_ok:.1f} | {rate.statuses[records.FAIL_ACCURACY]} | {rate.failures()} |")
    return "\n".join(lines)


def totals(rates: list[PassRate]) -> list[PassRate]:
    """One line per runtime (and build variant) over every corpus."""
    return [PassRate("all", runtime, sum(r.scripts for r in rates if r.runtime == runtime),
                     sum((r.statuses for r in rates if r.runtime == runtime), Counter()))
            for runtime in dict.fromkeys(r.runtime for r in rates)]


def time_spent(found: list[records.Record]) -> dict[str, float]:
    """Where a check's time went, in seconds per stage, summed from its records with each cost
    counted once: a script's run once per script (job), the eager reference once per invocation,
    a build stage once per build that was made (not taken from the cache; the export once per
    invocation, as its variants share it), and a runtime's
    preparation, first call, timing and waits once per record. torch-compiled's preparation is
    its compilation."""
    scripts = {(r.job_dir, r.script): r.script_s or 0.0 for r in found}
    references = {(r.job_dir, r.script, r.invocation_hash): r.reference_s or 0.0 for r in found}
    made = {r.build_name: r for r in found if r.build_name and r.build_cached is False}.values()
    exports = {(r.job_dir, r.script, r.invocation_hash, r.exporter): r.export_s or 0.0 for r in made}
    measured = [r for r in found if r.runtime]
    compiled = [r for r in measured if r.runtime == "torch-compiled"]
    others = [r for r in measured if r.runtime != "torch-compiled"]
    return {
        "script runs": sum(scripts.values()),
        "eager reference": sum(references.values()),
        "export": sum(exports.values()),
        "fusions": sum(r.fusions_s or 0.0 for r in made),
        "quantize": sum(r.quantize_s or 0.0 for r in made),
        "optimize": sum(r.optimize_s or 0.0 for r in made),
        "fp16": sum(r.fp16_s or 0.0 for r in made),
        "compile (torch-compiled)": sum(r.load_s or 0.0 for r in compiled),
        "session creation": sum(r.load_s or 0.0 for r in others),
        "first calls": sum((r.first_call_ms or 0.0) / 1e3 for r in measured),
        "timing": sum(r.timing_s or 0.0 for r in measured),
        "waiting for a quiet host": sum(r.quiet_wait_s or 0.0 for r in measured),
        "waiting for the host lock": sum(r.measure_wait_s or 0.0 for r in measured),
    }


def duration(seconds: float) -> str:
    """``1 h 02 min``, ``4 min 05 s`` or ``12.3 s``."""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min {secs:02d} s" if minutes else f"{seconds:.1f} s"


def time_spent_table(spent: dict[str, float], wall_s: float) -> str:
    """The stages, largest first, with their share: where the next speed-up should aim; and the
    check's own wall time, whose rest is the workers' start, imports and the tool's bookkeeping
    (a resumed check's records include work done before it, which its wall time does not)."""
    total = sum(spent.values())
    rest = (f"the rest, {duration(wall_s - total)}, is worker start-up, imports and bookkeeping" if wall_s >= total
            else "resumed: its records hold work done before it")
    lines = [f"time spent, summed from the records (each cost once): {duration(total)}; this check ran "
             f"{duration(wall_s)} ({rest})"]
    for stage, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        lines.append(f"  {stage:26} {duration(seconds):>12} {seconds / total if total else 0.0:4.0%}")
    return "\n".join(lines)


def selects_any(corpus: str, selection: list[str]) -> bool:
    """Whether the corpus, with the ``selection`` overrides, selects any script (as a job would)."""
    return bool(select_scripts(config.compose([f"corpus={corpus}", *selection]).corpus))


def sample_scripts(corpus: str, selection: list[str], size: int, seed: int) -> list[str]:
    """``size`` file names of the scripts ``corpus`` selects with ``selection``, drawn at random
    with ``seed`` and sorted (all of them when it has no more). A larger ``size`` with the same
    seed draws the same scripts and more: a check grown from 20 to 50 resumes its 20."""
    names = sorted(script.name for script in select_scripts(config.compose([f"corpus={corpus}", *selection]).corpus))
    random.Random(seed).shuffle(names)
    return sorted(names[:size])


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(prog="python -m mlagility.cli.health", description=__doc__.split("\n\n")[0])
    # Checked below, not with choices=: argparse checks an empty "*" positional against them too.
    cli.add_argument("corpora", nargs="*", metavar="CORPUS", help=f"default: every corpus ({', '.join(CORPORA)})")
    cli.add_argument("--pass-rate", action="store_true",
                     help="build and measure every model on each runtime, at small sizes, instead of discovery only")
    cli.add_argument("--runtimes", nargs="+", default=PASS_RATE_RUNTIMES, choices=PASS_RATE_RUNTIMES,
                     help="with --pass-rate (default: all three)")
    cli.add_argument("--sizes", nargs="+", choices=list(SIZES),
                     help="default: both for discovery, small for --pass-rate")
    cli.add_argument("--include", nargs="+", metavar="PATTERN",
                     help="only the scripts of the chosen corpora whose file names match (glob patterns)")
    cli.add_argument("--out", type=Path, default=Path("outputs/health"))
    cli.add_argument("--timeout", type=float, default=900.0, help="seconds per script")
    cli.add_argument("--stage-timeout", type=float, default=STAGE_TIMEOUT_S,
                     help="with --pass-rate: seconds a build stage after the export may take before that build fails")
    cli.add_argument("--sample", type=int, metavar="N",
                     help="check N scripts of each corpus, drawn at random (after --include)")
    cli.add_argument("--seed", type=int, default=0, help="with --sample: the draw's seed")
    cli.add_argument("--quantize", nargs="+", default=[], choices=[str(q) for q in Quantize if q is not Quantize.none],
                     help="with --pass-rate: check these quantized builds too, beside the float32 one (on ort)")
    cli.add_argument("--fusions", action="store_true",
                     help="with --pass-rate: check the fused builds too, beside the unfused ones (on ort)")
    args = cli.parse_args(argv)
    if args.sample is not None and args.sample < 1:
        cli.error(f"--sample {args.sample}: give the number of scripts to draw from each corpus, 1 or more")
    if args.stage_timeout <= 0:
        cli.error(f"--stage-timeout {args.stage_timeout:g}: give a positive number of seconds")
    started = time.monotonic()
    unknown = sorted(set(args.corpora) - set(CORPORA))
    if unknown:
        cli.error(f"unknown corpus {', '.join(unknown)}; choose from {', '.join(CORPORA)}")
    sizes = args.sizes or (["small"] if args.pass_rate else list(SIZES))
    selection = [f"corpus.include=[{','.join(args.include)}]"] if args.include else []
    corpora = [c for c in args.corpora or CORPORA if not args.include or selects_any(c, selection)]
    if not corpora:
        cli.error(f"no script of {', '.join(args.corpora or CORPORA)} matches --include {' '.join(args.include)}")
    variants = tuple(([f"build.quantize=[none,{','.join(args.quantize)}]"] if args.quantize else [])
                     + (["build.fusions=[false,true]"] if args.fusions else []))
    lines, rates, failures, resized, measured = [], [], [], set(), []
    for corpus in corpora:
        chosen = selection
        if args.sample:
            drawn = sample_scripts(corpus, selection, args.sample, args.seed)
            chosen = [f"corpus.include=[{','.join(drawn)}]"]
            print(f"{corpus}: {len(drawn)} script(s) drawn with seed {args.seed}: {', '.join(drawn)}", flush=True)
        for size in sizes:
            if args.pass_rate:
                found = pass_rate_check(corpus, size, args.runtimes, chosen, args.out, args.timeout, variants,
                                        args.stage_timeout)
                corpus_rates = pass_rates(corpus, args.runtimes, [record for _, record in found])
                rates += corpus_rates
                measured += [record for _, record in found]
                resized |= {f"{corpus}/{r.script}" for ran_at, r in found if ran_at != size}
                print(f"\npass rate:\n{pass_rate_table(corpus_rates)}", flush=True)
            else:
                found = [(size, r) for r in check(corpus, ["build.stop_after=analyze", *chosen, *SIZES[size]],
                                                   args.out / f"{corpus}-{size}", args.timeout)]
                lines.append(summary_line(corpus, size, [record for _, record in found]))
                print(f"\nhealth: {lines[-1]}", flush=True)
            failures += [(corpus, ran_at, r) for ran_at, r in found if not r.succeeded]
    if args.pass_rate:
        print(f"\npass rate at sizes {', '.join(sizes)}\n{pass_rate_table(rates + totals(rates))}")
        if resized:
            print(f"run at their default sizes, as they fail at the small ones: {', '.join(sorted(resized))}")
        print(f"\n{time_spent_table(time_spent(measured), time.monotonic() - started)}")
    else:
        print("\ncorpus health")
        print("\n".join(lines))
    for corpus, size, record in failures:
        runtime = f" {record.runtime}" if record.runtime else ""
        print(f"  {corpus}/{record.script} {record.variable}{runtime} [{size}] {record.status}: {record.reason}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
