"""``python -m mlagility.report PATH ...`` (or ``mlagility-report``): merge records into a report;
``--compare BASELINE CANDIDATE``: compare two runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mlagility.common.output import no_space_left, no_space_message
from mlagility.report import write_comparison, write_report
from mlagility.runtimes import BASELINE


def beside(candidate: str) -> Path:
    """Where a comparison goes without --out: into the candidate's folder (the folder of a
    results.jsonl file named as the candidate), beside its own report."""
    path = Path(candidate)
    return path.parent if path.is_file() else path


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    cli = argparse.ArgumentParser(
        prog="mlagility-report",
        description="Merge the records of run folders, multirun sweep folders and build caches "
                    "into report.csv, report.parquet, comparison.csv and report.html; or, with --compare, "
                    "compare a candidate run with a baseline run into compare.csv and compare.html.",
    )
    cli.add_argument("paths", nargs="*", help="run folders, sweep folders, caches or results.jsonl files")
    cli.add_argument("-o", "--out", help="folder to write into (default: here; with --compare, the candidate's folder)")
    cli.add_argument("--baseline", default=BASELINE, help="runtime that speedups are measured against")
    cli.add_argument("--compare", nargs=2, metavar=("BASELINE", "CANDIDATE"),
                     help="compare two runs (each a run folder, sweep folder or cache): the candidate's "
                          "medians over the baseline's, with a 95%% interval and a verdict")
    cli.add_argument("--min-change", type=float, default=None,
                     help="with --compare: the smallest change (a fraction, default 0.05) called faster or slower")
    cli.add_argument("--normalize", action="store_true",
                     help="with --compare: divide each median by its run's reference workload (host_speed_ms), "
                          "so that runs on a machine whose speed changed are compared, not left out")
    args = cli.parse_args(argv)
    if bool(args.paths) == bool(args.compare):
        cli.error("give either PATHS to report on, or --compare BASELINE CANDIDATE")
    try:
        if args.compare:
            compared = write_comparison(*args.compare, args.out or beside(args.compare[1]), args.min_change,
                                        args.normalize)
            print(", ".join(f"{count} {verdict}" for verdict, count in compared.verdicts.items()))
            print(f"wrote {compared.csv} and {compared.html}")
            return 0
        files = write_report(args.paths, args.out or ".", args.baseline)
    except FileNotFoundError as error:
        cli.error(str(error))
    except OSError as error:
        if not no_space_left(error):
            raise
        cli.error(no_space_message(args.out or ".", "write the report elsewhere (--out DIR)"))
    print(files.counts())
    print(f"wrote {files.csv}, {files.parquet}, {files.comparison} and {files.html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
