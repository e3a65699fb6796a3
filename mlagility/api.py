"""The Python API: :func:`run` runs the tool in this process, as ``python -m mlagility`` does."""

from __future__ import annotations

import ast
import inspect
import multiprocessing
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    import pandas as pd


def run(overrides: list[str], output_dir: Optional[str | Path] = None) -> "pd.DataFrame":
    """Run the tool in this process as ``python -m mlagility OVERRIDES`` runs it (one run; for a
    sweep, call it per point or use ``-m`` on the command line) and return its records as
    :func:`mlagility.report.load` reads them: one row per record, report.csv's columns. Failed
    records are rows too (their ``status`` says which stage failed). The records and the report
    go to ``output_dir``, by default ``outputs/<date>/<time>`` as on the command line. A config
    that cannot run raises :class:`mlagility.config.ConfigError` (a ValueError) before any work, as
    does a call at the top level of a script that is not under ``if __name__ == "__main__":`` (a
    RuntimeError: see :func:`check_called_under_main_guard`)."""
    check_called_under_main_guard()
    from mlagility.config import compose, runtime_list_overrides
    from mlagility.engine import runner
    from mlagility.engine.job import run_job
    from mlagility.report import load, write_run_report

    if {"-m", "--multirun"} & set(overrides):
        raise ValueError("mlagility.run runs one job: call it once per sweep point, or sweep with "
                         "`python -m mlagility -m ...`")
    runner.start_default_workers()  # its imports run while the config is composed
    cfg = compose(runtime_list_overrides(list(overrides)))
    folder = Path(output_dir) if output_dir is not None else Path("outputs", time.strftime("%Y-%m-%d/%H-%M-%S"))
    run_job(cfg, folder, launcher="api")
    write_run_report(folder, cfg.cache_dir)
    return load(folder)


def check_called_under_main_guard() -> None:
    """Refuse a call from a script's top-level code that is not under ``if __name__ ==
    "__main__":``. The workers that run the model scripts start from multiprocessing's forkserver,
    and each imports the caller's main script again: an unguarded call would start the run again
    in every worker, and each worker would die (Python's "bootstrapping phase" error) as a
    script_error of the model script it was meant to run."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if getattr(multiprocessing.current_process(), "_inheriting", False):  # in a worker, importing it again
        raise RuntimeError(_unguarded(path, None))
    if path is None:  # an interactive session or a notebook: nothing imports it again
        return
    frame = inspect.currentframe()
    while frame is not None and not (frame.f_globals is vars(main) and frame.f_code.co_name == "<module>"):
        frame = frame.f_back
    if frame is None:  # not called from the script's top-level code (a thread, atexit)
        return
    line = frame.f_lineno
    try:
        statements = ast.parse(Path(path).read_text(), path).body
    except (OSError, SyntaxError, ValueError):
        return
    statement = next((s for s in statements if s.lineno <= line <= (s.end_lineno or s.lineno)), None)
    if statement is None or not (isinstance(statement, ast.If) and _is_main_guard(statement.test)):
        raise RuntimeError(_unguarded(path, line))


def _is_main_guard(test: ast.expr) -> bool:
    """Whether an ``if`` test compares ``__name__`` with ``"__main__"``."""
    for node in ast.walk(test):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if (any(isinstance(o, ast.Name) and o.id == "__name__" for o in operands)
                    and any(isinstance(o, ast.Constant) and o.value == "__main__" for o in operands)):
                return True
    return False


def _unguarded(path: Optional[str], line: Optional[int]) -> str:
    """The error for a call to :func:`run` outside ``if __name__ == "__main__":``."""
    where = f"{path}, line {line}" if line else (path or "the main script")
    return (f'mlagility.run() is called at the top level of {where}, not under `if __name__ == "__main__":`. '
            "Each worker process imports that script again (multiprocessing's forkserver) and would start the "
            'run anew: put the call, and what uses its result, under `if __name__ == "__main__":`.')
