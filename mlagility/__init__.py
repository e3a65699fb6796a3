"""mlagility: a benchmark of real model scripts and the tool that runs them.

The Python API: :func:`run` runs the tool, :func:`mlagility.report.load` reads records back.
"""

from __future__ import annotations

import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    import pandas as pd

try:
    __version__ = version("mlagility")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"


def run(overrides: list[str], output_dir: Optional[str | Path] = None) -> "pd.DataFrame":
    """Run the tool in this process as ``python -m mlagility OVERRIDES`` runs it (one run; for a
    sweep, call it per point or use ``-m`` on the command line) and return its records as
    :func:`mlagility.report.load` reads them: one row per record, report.csv's columns. Failed
    records are rows too (their ``status`` says which stage failed). The records and the report
    go to ``output_dir``, by default ``outputs/<date>/<time>`` as on the command line. A config
    that cannot run raises :class:`mlagility.config.ConfigError` (a ValueError) before any work."""
    from mlagility.__main__ import runtime_list_overrides
    from mlagility.config import compose
    from mlagility.engine.job import run_job
    from mlagility.report import load, write_run_report

    if {"-m", "--multirun"} & set(overrides):
        raise ValueError("mlagility.run runs one job: call it once per sweep point, or sweep with "
                         "`python -m mlagility -m ...`")
    cfg = compose(runtime_list_overrides(list(overrides)))
    folder = Path(output_dir) if output_dir is not None else Path("outputs", time.strftime("%Y-%m-%d/%H-%M-%S"))
    run_job(cfg, folder, launcher="api")
    write_run_report(folder, cfg.cache_dir)
    return load(folder)
