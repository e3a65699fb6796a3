"""Merging records: every results.jsonl under any mix of run folders, sweep folders and caches.

Records are keyed by (script, parameters, device, runtime, invocation). When two jobs wrote the
same key, the newest record wins and the older one is counted as superseded. A script-level
failure (no runtime) is also superseded by any newer record of the same script, parameters
and device: the script ran since.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

from mlagility import records

KEY = ["script", "parameters_key", "device", "runtime", "invocation_hash"]


@dataclass
class Merged:
    """The surviving records and what merging them took."""

    frame: pd.DataFrame
    files: list[Path]
    superseded: int


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
    rows = [record.to_dict() for path in files for record in records.read(path)]
    return pd.DataFrame(rows, columns=list(records.COLUMNS))


def merge(paths: Iterable[str | Path]) -> Merged:
    """Read and de-duplicate the records under ``paths``; newest wins per key."""
    files = results_files(paths)
    frame = read_frame(files)
    if frame.empty:
        return Merged(frame, files, 0)
    frame["parameters_key"] = frame["parameters"].map(lambda p: json.dumps(p, sort_keys=True))
    frame["invocation_hash"] = frame["invocation_hash"].fillna("")
    frame = frame.sort_values("timestamp", kind="stable")
    newest = frame.drop_duplicates(KEY, keep="last")
    # A script-level failure (no runtime: the script or its worker failed, whether or not it had
    # called a model) is stale once a newer record exists for the same script and point.
    last_seen = newest.groupby(["script", "parameters_key", "device"])["timestamp"].transform("max")
    script_level = newest["status"].isin(records.SCRIPT_STATUSES) & (newest["runtime"].fillna("") == "")
    newest = newest[~(script_level & (newest["timestamp"] < last_seen))]
    superseded = len(frame) - len(newest)
    return Merged(newest.drop(columns="parameters_key").reset_index(drop=True), files, superseded)
