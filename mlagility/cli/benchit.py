"""``benchit``: the seed tool's command lines, as a thin front over the same engine.

Every ``benchit benchmark`` is translated into config overrides and run by ``mlagility.engine.job``,
the function behind ``python -m mlagility``; its records go to ``<cache>/runs/benchit/``, so
``benchit report`` and ``python -m mlagility.report`` read the same files.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import sys
from pathlib import Path
from typing import NoReturn, Optional

from mlagility.choices import Rebuild, StopAfter
from mlagility.common.exiting import before_exit
from mlagility.common.version import VERSION
from mlagility.paths import default_cache_dir

COMMANDS = ("benchmark", "report", "cache", "models", "version")
DEVICES = {"x86": "cpu", "cpu": "cpu", "nvidia": "nvidia", "cuda": "nvidia"}
BENCHIT_RUN_FOLDER = Path("runs") / "benchit"


def quote(value: str) -> str:
    """A string as a Hydra override value, quoted so spaces and = survive."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def usage_error(message: str) -> NoReturn:
    """Stop on a command line that cannot run, before any work: the message says what to fix, and
    the exit code is 2, as for argparse's own usage errors."""
    print(f"benchit: {message}", file=sys.stderr)
    raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, one subparser per command."""
    cli = argparse.ArgumentParser(
        prog="benchit",
        description="Benchmark the models in PyTorch scripts or ONNX files (the mlagility engine). "
                    "`benchit SCRIPT ...` is short for `benchit benchmark SCRIPT ...`.",
    )
    commands = cli.add_subparsers(dest="command", metavar="{benchmark,report,cache,models,version}")

    bench = commands.add_parser("benchmark", help="benchmark the models that scripts call, or ONNX files")
    bench.add_argument("targets", nargs="*", metavar="TARGET",
                       help="scripts or .onnx files in --search-dir; script.py::HASH picks one model")
    bench.add_argument("--all", action="store_true", help="every script in --search-dir")
    bench.add_argument("--search-dir", default=".", help="folder holding the targets (default: here)")
    bench.add_argument("--cache-dir", default=None, help="build cache and records (default: $MLAGILITY_CACHE_DIR "
                                                          "or ~/.cache/mlagility)")
    bench.add_argument("--labels", nargs="+", default=[], metavar="KEY::VALUES",
                       help="only scripts with these labels, e.g. test_group::daily")
    bench.add_argument("--device", default="x86", choices=sorted(DEVICES), help="x86 (cpu) or nvidia")
    bench.add_argument("--runtime", "--runtimes", dest="runtimes", nargs="+", default=None, metavar="RUNTIME",
                       help="ort, torch-eager, torch-compiled, trt (default: ort)")
    bench.add_argument("--script-args", default="", help='arguments for every script, e.g. "--batch_size 8"')
    bench.add_argument("--max-depth", type=int, default=0, help="also benchmark sub-modules to this depth")
    stops = bench.add_mutually_exclusive_group()
    stops.add_argument("--analyze-only", action="store_true", help="discover models, build and measure nothing")
    stops.add_argument("--export-only", action="store_true", help="stop after the ONNX export")
    stops.add_argument("--build-only", action="store_true", help="stop after the build (export, optimize, fp16)")
    bench.add_argument("--rebuild", choices=list(Rebuild), default=Rebuild.if_needed,
                       help="when to rebuild a cached build")
    bench.add_argument("--lean-cache", action="store_true", help="drop ONNX files once measured")
    bench.add_argument("--onnx-opset", type=int, default=None, help="ONNX opset to export to")
    bench.add_argument("--resume", action="store_true",
                       help="skip scripts already attempted with this cache, even one that crashed the run")
    bench.add_argument("--timeout", type=float, default=None, help="seconds one script may take")
    bench.add_argument("--fp16", action="store_true", help="convert builds to fp16")

    report = commands.add_parser("report", help="write report.csv, comparison.csv and report.html here")
    report.add_argument("--cache-dir", nargs="+", default=None, help="caches to read (default: the default cache)")
    report.add_argument("--out", default=".", help="folder to write into (default: here)")

    cache = commands.add_parser("cache", help="look into and tidy the build cache")
    cache_dir_help = "the cache (default: the default cache)"
    cache.add_argument("--cache-dir", default=None, help=cache_dir_help)
    # --cache-dir after the action too (`cache list --cache-dir X`), as the seed's CLI took it;
    # there it is set only when given, so that one given before the action stays.
    after_action = argparse.ArgumentParser(add_help=False)
    after_action.add_argument("--cache-dir", default=argparse.SUPPRESS, help=cache_dir_help)
    actions = cache.add_subparsers(dest="action", metavar="{list,stats,delete,clean,location}", required=True)
    actions.add_parser("list", parents=[after_action], help="every build, with its status and size")
    stats = actions.add_parser("stats", parents=[after_action], help="a build's stages, timings, opset, ops and files")
    stats.add_argument("build")
    for name, text in (("delete", "remove builds entirely"), ("clean", "drop builds' ONNX files, keep logs and stats")):
        action = actions.add_parser(name, parents=[after_action], help=text)
        action.add_argument("build", nargs="?")
        action.add_argument("--all", action="store_true")
    actions.add_parser("location", parents=[after_action], help="print the cache folder")

    models = commands.add_parser("models", help="where the corpora live")
    models.add_argument("what", choices=["location"])
    models.add_argument("--quiet", action="store_true", help="print only the path")

    commands.add_parser("version", help="print the version")
    return cli


def implicit_benchmark(argv: list[str]) -> list[str]:
    """``benchit bert.py ...`` means ``benchit benchmark bert.py ...``. A first word that is
    neither a command nor a target is taken for a misspelt command."""
    if not argv or argv[0] in COMMANDS or argv[0].startswith("-"):
        return argv
    first = argv[0]
    if first.endswith((".py", ".onnx")) or "::" in first:
        return ["benchmark", *argv]
    guess = difflib.get_close_matches(first, COMMANDS, n=1)
    hint = f"; did you mean '{guess[0]}'?" if guess else f"; commands: {', '.join(COMMANDS)}"
    usage_error(f"unknown command '{first}'{hint}")


def benchmark_overrides(args: argparse.Namespace) -> list[str]:
    """The Hydra overrides that say what ``benchit benchmark`` was asked."""
    search_dir = Path(args.search_dir).expanduser().resolve()
    if not search_dir.is_dir():
        usage_error(f"--search-dir {args.search_dir} is not a folder")
    files, hashes = checked_targets(args, search_dir)
    runtimes = checked_runtimes(args.runtimes or ["ort"])
    cache_dir = Path(args.cache_dir or default_cache_dir()).expanduser().resolve()
    overrides = [
        f"corpus.folder={quote(str(search_dir))}",
        f"corpus.name={quote(search_dir.name)}",
        f"corpus.include=[{','.join(quote(f) for f in files)}]" if files else "corpus.include=['*.py']",
        f"device={DEVICES[args.device]}",
        f"runtime=[{','.join(runtimes)}]",
        f"cache_dir={quote(str(cache_dir))}",
        f"max_depth={args.max_depth}",
        f"rebuild={args.rebuild}",
        f"lean_cache={str(args.lean_cache).lower()}",
        f"resume={str(args.resume).lower()}",
        # The seed's resume never retries a script that crashed the run.
        "retry_interrupted=false",
    ]
    stop = (StopAfter.analyze if args.analyze_only else StopAfter.export if args.export_only
            else StopAfter.build if args.build_only else None)
    optional = {
        "script_args": quote(args.script_args) if args.script_args else None,
        "only_hashes": f"[{','.join(hashes)}]" if hashes else None,
        "corpus.labels": labels_override(args.labels) if args.labels else None,
        "build.stop_after": stop,
        "build.onnx_opset": args.onnx_opset,
        "timeout": args.timeout,
        "build.fp16": "true" if args.fp16 else None,
    }
    return overrides + [f"{key}={value}" for key, value in optional.items() if value]


def checked_targets(args: argparse.Namespace, search_dir: Path) -> tuple[list[str], list[str]]:
    """The script (or ONNX) files named on the command line, and the hashes named after ``::``;
    a target that is not in ``search_dir`` stops the command."""
    if not args.targets and not args.all:
        usage_error("name scripts to benchmark, or pass --all for every script in --search-dir")
    files, hashes = [], []
    for target in args.targets:
        name, _, wanted_hash = target.partition("::")
        if not (search_dir / name).is_file():
            usage_error(f"{name} is not in {search_dir}; set --search-dir to its folder")
        files.append(name)
        if wanted_hash:
            hashes.append(wanted_hash)
    return files, hashes


def checked_runtimes(asked: list[str]) -> list[str]:
    """The runtimes asked for; an unknown one stops the command with the valid names."""
    from mlagility.runtimes import names as runtime_names

    unknown = [r for r in asked if r not in runtime_names()]
    if unknown:
        usage_error(f"unknown runtime {', '.join(map(repr, unknown))}; runtimes: {', '.join(runtime_names())}")
    return asked


def labels_override(labels: list[str]) -> str:
    """``--labels key::value ...`` as the value of ``corpus.labels``; a malformed label stops the command."""
    from mlagility.common.labels import parse_filter

    try:
        wanted = parse_filter(labels)
    except ValueError as error:
        usage_error(f"--labels {' '.join(labels)}: {error}, e.g. --labels test_group::daily")
    return "{" + ",".join(f"{k}:[{','.join(map(quote, v))}]" for k, v in wanted.items()) + "}"


def benchmark(args: argparse.Namespace) -> int:
    """Run the engine on what ``args`` selects; exit 1 when anything failed, 2 on a bad config."""
    from mlagility import config
    from mlagility.engine import runner
    from mlagility.engine.job import run_job

    overrides = benchmark_overrides(args)
    runner.start_default_workers()  # its imports run while the config is composed
    try:
        cfg = config.compose(overrides)
        summary = run_job(cfg, Path(cfg.cache_dir) / BENCHIT_RUN_FOLDER, launcher="benchit")
    except config.ConfigError as error:  # compose() turns Hydra's errors into ConfigErrors too
        print(f"benchit: {error}", file=sys.stderr)
        return 2
    return 0 if summary.ok else 1


def report(args: argparse.Namespace) -> int:
    """Merge the records in the caches into report files in --out (here by default)."""
    from mlagility.common.output import no_space_left, no_space_message
    from mlagility.report import write_report

    caches = [Path(c).expanduser() for c in (args.cache_dir or [default_cache_dir()])]
    try:
        files = write_report(caches, args.out)
    except FileNotFoundError as error:
        print(f"benchit: {error}; run `benchit benchmark ... --cache-dir DIR` first", file=sys.stderr)
        return 2
    except OSError as error:
        if not no_space_left(error):
            raise
        print(f"benchit: {no_space_message(args.out, 'write the report elsewhere (--out DIR)')}", file=sys.stderr)
        return 2
    print(files.counts())
    print(f"wrote {files.csv}, {files.comparison} and {files.html}")
    return 0


def cache_command(args: argparse.Namespace) -> int:
    """list, stats, delete, clean, location."""
    import json

    from mlagility.builder.cache import drop_artifacts, read_state
    from mlagility.paths import builds_dir
    from mlagility.common.labels import load_from_cache

    cache_dir = Path(args.cache_dir or default_cache_dir()).expanduser()
    root = builds_dir(cache_dir)
    names = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")) if root.is_dir() else []
    if args.action == "location":
        print(cache_dir)
        return 0
    if args.action == "list":
        if not names:
            print(f"no builds in {cache_dir}")
        for name in names:
            state = read_state(root / name) or {}
            size = sum(p.stat().st_size for p in (root / name).iterdir())
            print(f"{name}\t{state.get('status', 'incomplete')}\t{size / 2**20:.1f} MiB")
        return 0
    if args.action == "stats":
        state = read_state(root / args.build)
        if state is None and args.build in names:
            print(f"benchit: build {args.build!r} has no readable state.json (half-written or damaged); "
                  f"`benchit cache delete {args.build}` removes it, and the next benchmark builds it again", file=sys.stderr)
            return 2
        if state is None:
            return _no_such_build(args.build, names)
        state["labels"] = load_from_cache(cache_dir, args.build) if (root / args.build / "labels.json").exists() else {}
        print(json.dumps(state, indent=1, default=str))
        return 0
    if args.all == bool(args.build):
        print(f"benchit: cache {args.action} takes a build name or --all", file=sys.stderr)
        return 2
    chosen = names if args.all else [args.build]
    if not args.all and args.build not in names:
        return _no_such_build(args.build, names)
    for name in chosen:
        if args.action == "delete":
            shutil.rmtree(root / name)
        else:
            drop_artifacts(root / name)
        print(f"{args.action}d {name}" if args.action == "delete" else f"cleaned {name}")
    return 0


def _no_such_build(name: str, names: list[str]) -> int:
    guess = difflib.get_close_matches(name, names, n=1)
    print(f"benchit: no build {name!r} in the cache" + (f"; did you mean {guess[0]!r}?" if guess else
                                                       "; `benchit cache list` shows them"), file=sys.stderr)
    return 2


def main(argv: Optional[list[str]] = None) -> int:
    """The ``benchit`` console script: run the command line ``argv``, the process's own by default
    (after which the process ends); its exit code."""
    try:
        return command(argv)
    finally:
        if argv is None:
            before_exit()


def command(argv: Optional[list[str]] = None) -> int:
    """Run the command line ``argv`` (the process's own by default); its exit code."""
    argv = implicit_benchmark(list(sys.argv[1:] if argv is None else argv))
    cli = build_parser()
    args = cli.parse_args(argv)
    if args.command is None:
        cli.print_help()
        return 2
    if args.command == "version":
        print(VERSION)
        return 0
    if args.command == "models":
        from mlagility.corpus import MODELS_DIR

        print(MODELS_DIR if args.quiet else f"The mlagility corpora are in {MODELS_DIR}")
        return 0
    if args.command == "cache":
        return cache_command(args)
    if args.command == "report":
        return report(args)
    return benchmark(args)


if __name__ == "__main__":
    sys.exit(main())
