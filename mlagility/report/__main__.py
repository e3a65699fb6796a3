"""``python -m mlagility.report PATH ...`` (or ``mlagility-report``): merge records into a report."""

from __future__ import annotations

import argparse
import sys

from mlagility.report import write_report


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    cli = argparse.ArgumentParser(
        prog="mlagility-report",
        description="Merge the records of run folders, multirun sweep folders and build caches "
                    "into report.csv, comparison.csv and report.html.",
    )
    cli.add_argument("paths", nargs="+", help="run folders, sweep folders, caches or results.jsonl files")
    cli.add_argument("-o", "--out", default=".", help="folder to write the report into (default: here)")
    cli.add_argument("--baseline", default="torch-eager", help="runtime that speedups are measured against")
    args = cli.parse_args(argv)
    try:
        files = write_report(args.paths, args.out, args.baseline)
    except FileNotFoundError as error:
        cli.error(str(error))
    print(f"{files.records} record(s), {files.failed} failed, {files.superseded} superseded by newer runs")
    print(f"wrote {files.csv}, {files.comparison} and {files.html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
