"""Merging records: every results.jsonl under any mix of run folders, sweep folders and caches.

Records are keyed by (script, parameters, device, runtime, invocation). Only a later run retires
a record (runs told apart by ``run_id``; runs at one point are ordered by their newest record
there): when two runs wrote the same key, the later run's records win and the earlier one's are
counted as superseded. A script-level failure (no runtime) is also superseded when a later run
wrote any record for the same script, parameters and device: the script ran since. Records of one
run never supersede each other: a script that called two models and crashed has two records, a
script cut short by a timeout has one per invocation it made.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

from mlagility import records

# One point: a script at one set of parameters on one device; a key: one invocation x runtime there.
POINT = ["script", "parameters_key", "device"]
KEY = POINT + ["runtime", "invocation_hash"]


@dataclass
class Merged:
    """The surviving records and what merging them took."""

    frame: pd.DataFrame
    files: list[Path]
    superseded: int

    @property
    def runs(self) -> int:
        """How many runs (distinct ``run_id``) the surviving records come from."""
        return int(self.frame["run_id"].replace("", pd.NA).nunique())


def results_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every results file at or below ``paths`` (a file, a run folder, a sweep folder, a cache);
    a FileNotFoundError names a path that does not exist or holds none."""
    found: list[Path] = []
    for path in map(Path, paths):
        path = path.expanduser()
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            below = sorted(path.rglob(records.RESULTS_FILE))
            if not below:
                raise FileNotFoundError(f"No {records.RESULTS_FILE} under {path}: point at run folders, sweep "
                                        "folders or caches that hold records")
            found.extend(below)
        else:
            raise FileNotFoundError(f"No such run folder, sweep folder, cache or results file: {path}")
    return list(dict.fromkeys(p.resolve() for p in found))


def read_frame(files: Iterable[Path]) -> pd.DataFrame:
    """All records of ``files`` as one DataFrame, one column per Record field."""
    rows = [row for path in files for row in records.read_rows(path)]
    return pd.DataFrame(rows, columns=list(records.COLUMNS))


def merge(paths: Iterable[str | Path]) -> Merged:
    """Read the records under ``paths`` and retire those a later run superseded (see above)."""
    files = results_files(paths)
    frame = read_frame(files)
    if frame.empty:
        return Merged(frame, files, 0)
    frame["parameters_key"] = frame["parameters"].map(lambda p: json.dumps(p, sort_keys=True))
    frame["invocation_hash"] = frame["invocation_hash"].fillna("")
    frame["runtime"] = frame["runtime"].fillna("")
    frame = frame.sort_values("timestamp", kind="stable")
    # A record written before records carried a run_id is a run of its own.
    run_id = frame["run_id"].fillna("")
    run = run_id.where(run_id != "", "record-" + frame.index.astype(str))
    when = frame["timestamp"].fillna(0.0)
    # Each run's newest record at each point orders the runs there: the larger, the later run.
    run_last = when.groupby([*(frame[c] for c in POINT), run], dropna=False).transform("max")
    key_last = run_last.groupby([frame[c] for c in KEY], dropna=False).transform("max")
    point_last = run_last.groupby([frame[c] for c in POINT], dropna=False).transform("max")
    # A script-level failure (no runtime: the script or its worker failed, whether or not it had
    # called a model) is stale once a later run has a record for the same point.
    script_level = frame["status"].isin(records.SCRIPT_STATUSES) & (frame["runtime"] == "")
    kept = frame[(run_last == key_last) & ~(script_level & (run_last < point_last))]
    superseded = len(frame) - len(kept)
    return Merged(kept.drop(columns="parameters_key").reset_index(drop=True), files, superseded)
