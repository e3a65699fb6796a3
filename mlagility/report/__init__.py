"""Reports: merge the records of any runs and caches into report.csv, comparison.csv and report.html.

Light to import (pandas and matplotlib load when a report is written), so that Hydra can load the
report callback without delaying the job's start: see callback.py.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

# The modules that pull in pandas and matplotlib.
HEAVY_MODULES = ("mlagility.report.tables", "mlagility.report.merge", "mlagility.report.html")

REPORT_CSV, COMPARISON_CSV, REPORT_HTML = "report.csv", "comparison.csv", "report.html"


@dataclass
class ReportFiles:
    """Where a report was written and what went into it."""

    csv: Path
    comparison: Path
    html: Path
    records: int
    failed: int
    superseded: int


def write_report(paths: Iterable[str | Path], out_dir: str | Path, baseline: str = "torch-eager") -> ReportFiles:
    """Merge the records under ``paths`` and write the three report files into ``out_dir``."""
    from mlagility import records
    from mlagility.report.html import render
    from mlagility.report.merge import merge
    from mlagility.report.tables import comparison_table, report_table

    merged = merge(paths)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = report_table(merged.frame)
    comparison = comparison_table(report, baseline)
    files = ReportFiles(out / REPORT_CSV, out / COMPARISON_CSV, out / REPORT_HTML, len(report),
                        int((~report["status"].isin(records.SUCCESS_STATUSES)).sum()), merged.superseded)
    report.to_csv(files.csv, index=False)
    comparison.to_csv(files.comparison, index=False)
    files.html.write_text(render(report, comparison, [str(f) for f in merged.files], merged.superseded, baseline))
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


__all__ = ["ReportFiles", "write_report", "import_in_background"]
