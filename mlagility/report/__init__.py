"""Reports: merge the records of any runs and caches into report.csv (and report.parquet),
comparison.csv and report.html; compare two runs into compare.csv and compare.html; or
:func:`load` the merged records as a DataFrame.

Light to import (pandas and matplotlib load when a report is written), so that Hydra can load the
report callback without delaying the job's start: see callback.py.
"""

from __future__ import annotations

import importlib
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from mlagility.common.output import replaced_atomically, write_text_atomically
from mlagility.runtimes import BASELINE

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

# The modules that pull in pandas and matplotlib.
HEAVY_MODULES = ("mlagility.report.store", "mlagility.report.tables", "mlagility.report.html",
                 "mlagility.report.compare")

REPORT_CSV, REPORT_PARQUET, COMPARISON_CSV, REPORT_HTML = "report.csv", "report.parquet", "comparison.csv", "report.html"
COMPARE_CSV, COMPARE_HTML = "compare.csv", "compare.html"


@dataclass
class ReportFiles:
    """Where a report was written and what went into it."""

    csv: Path
    comparison: Path
    html: Path
    parquet: Path
    records: int
    failed: int
    superseded: int
    runs: int

    def counts(self) -> str:
        """What went into the report, in one line: the records (and the runs they come from),
        the failures, and the records of earlier runs that a later run superseded."""
        return (f"{self.records} record(s), {self.failed} failed, from {self.runs} run(s); "
                f"{self.superseded} superseded by a later run")


def load(*paths: str | Path) -> "pd.DataFrame":
    """The records under ``paths`` (run folders, sweep folders, caches, results.jsonl files),
    merged as a report merges them (a later run's records retire an earlier run's), one row per record with
    report.csv's columns (README.md's "report.csv columns" says what each holds)."""
    return connect(*paths).table("report").df()


def connect(*paths: str | Path) -> "duckdb.DuckDBPyConnection":
    """The records under ``paths`` as a DuckDB database, merged as a report merges them, for
    queries over many runs without loading them into memory: its view ``report`` has report.csv's
    rows and columns, ``records`` one column per record field, and the table ``all_records`` the
    superseded records too (with ``superseded``), e.g.
    ``connect("multirun").sql("SELECT runtime, median(median_ms) FROM report GROUP BY ALL")``."""
    from mlagility.report.store import connect as connect_store

    return connect_store(*paths)


def samples(*paths: str | Path) -> "pd.DataFrame":
    """Every timed call's latency of the records under ``paths`` (merged as :func:`load` merges
    them), as a tidy DataFrame: one row per call, with its record's report.csv columns (model,
    runtime, parameters, ...), ``round`` (its interleaved round, from 0), ``call`` (its place in the
    round) and ``latency_ms``. The latencies are the jobs' samples.parquet files (samples.py)."""
    from mlagility import samples as kept_samples
    from mlagility.report.store import connect as connect_store, results_files

    folders = sorted({path.parent for path in results_files(paths)})
    query = (f"SELECT report.*, kept.round, kept.call, kept.latency_ms FROM report "
             f"JOIN ({kept_samples.read_sql(folders)}) kept USING (measurement_id) ORDER BY ALL")
    return connect_store(*paths).sql(query).df()


def write_report(paths: Iterable[str | Path], out_dir: str | Path, baseline: str = BASELINE) -> ReportFiles:
    """Merge the records under ``paths`` and write the report files into ``out_dir``."""
    from mlagility.report.html import render
    from mlagility.report.store import attach, materialized, new_connection
    from mlagility.report.tables import comparison_table, write_csv

    connection = new_connection()
    merged = attach(connection, paths)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = ReportFiles(out / REPORT_CSV, out / COMPARISON_CSV, out / REPORT_HTML, out / REPORT_PARQUET,
                        merged.records, merged.failed, merged.superseded, merged.runs)
    # Read by comparison.csv and by the page.
    comparison = materialized(connection, comparison_table(merged, baseline), merged.folder / "comparison.parquet")

    def write_tables(cursor: "duckdb.DuckDBPyConnection") -> None:
        report = f"SELECT * FROM {merged.table('report')}"
        write_csv(cursor, report, files.csv)
        with replaced_atomically(files.parquet) as staging:
            shutil.copyfile(merged.report_file, staging)
        write_csv(cursor, comparison, files.comparison)

    # DuckDB writes the tables on a cursor of its own (without the GIL) while matplotlib draws
    # the page's figures. Each file whole or not at all: a full disk leaves the last report's as they were.
    with ThreadPoolExecutor(1, thread_name_prefix="mlagility-report-tables") as pool:
        tables = pool.submit(write_tables, connection.cursor())
        page = render(merged, comparison, baseline)
        tables.result()
    write_text_atomically(files.html, page)
    return files


def write_run_report(folder: str | Path, cache_dir: str, baseline: str = BASELINE) -> Optional[ReportFiles]:
    """The report a finished run or sweep writes into its own folder (None when it holds no
    records), rendered as work under the host lock: never while another job times."""
    from mlagility.host import tool_lock

    if not any(Path(folder).rglob("results.jsonl")):
        return None
    with tool_lock(cache_dir).working():
        return write_report([folder], folder, baseline)


@dataclass
class CompareFiles:
    """Where a run-to-run comparison was written, and its verdicts' counts."""

    csv: Path
    html: Path
    verdicts: dict[str, int]


def write_comparison(baseline: str | Path, candidate: str | Path, out_dir: str | Path,
                     min_change: Optional[float] = None, normalize: bool = False) -> CompareFiles:
    """Compare the records under ``candidate`` with those under ``baseline`` (each a run folder,
    sweep folder or cache) into compare.csv and compare.html in ``out_dir``; see
    mlagility/report/compare.py for the ratio's interval, the verdicts and ``normalize``."""
    from mlagility.report.compare import COMPARED_FIELDS, DEFAULT_MIN_CHANGE, compare_table, verdict_counts
    from mlagility.report.html import render_comparison
    from mlagility.report.store import attach, materialized, new_connection
    from mlagility.report.tables import write_csv

    min_change = DEFAULT_MIN_CHANGE if min_change is None else min_change
    connection = new_connection()
    sides = [attach(connection, [path], side, COMPARED_FIELDS) for path, side in ((baseline, "baseline"),
                                                                                  (candidate, "candidate"))]
    # Read by compare.csv and five times by the page.
    compare = materialized(connection, compare_table(*sides, min_change, normalize), sides[1].folder / "compared.parquet")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = CompareFiles(out / COMPARE_CSV, out / COMPARE_HTML, verdict_counts(connection, compare))
    write_csv(connection, compare, files.csv)
    write_text_atomically(files.html, render_comparison(connection, compare, str(baseline), str(candidate),
                                                        min_change))
    return files


def import_in_background() -> threading.Thread:
    """Import the report's libraries (about 1 s) in a thread, while the job's workers start:
    the report at the end of the run then only renders."""
    def load() -> None:
        try:
            for name in HEAVY_MODULES:
                importlib.import_module(name)
        except RuntimeError:
            # A run that fails early (a bad override) exits while this thread still imports:
            # a library's "can't register atexit after shutdown" is no error of the run's.
            pass

    thread = threading.Thread(target=load, name="mlagility-report-imports", daemon=True)
    thread.start()
    return thread


__all__ = ["ReportFiles", "CompareFiles", "load", "connect", "write_report", "write_run_report", "write_comparison",
           "import_in_background"]
