"""Raw samples: every timed call's latency, kept beside a job's records, not in them.

While a job runs, each measurement's latencies are appended to ``samples.jsonl`` in the job
folder, one JSON line per measurement (crash-safe, as results.jsonl is). When the job ends they are
compacted into ``samples.parquet``: one row per timed call, ``measurement_id`` (the record's),
``round`` (its interleaved round, from 0), ``call`` (its place in the round, from 0) and
``latency_ms``. A later run into the same folder (a resumed job, every ``benchit`` run into its
cache's runs/benchit) writes its own ``samples.<n>.parquet`` beside it, never rewriting the earlier
runs' latencies. A job that was killed leaves its lines in samples.jsonl; the next run of the job
compacts them with its own, and :func:`read_sql` reads them as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from mlagility.common.jsonlines import append_line

SAMPLES_LINES, SAMPLES_FILE = "samples.jsonl", "samples.parquet"
# The files later runs into the same folder compact into: samples.1.parquet, samples.2.parquet, ...
LATER_SAMPLES_FILES = "samples.*.parquet"


def _later_files(folder: Path) -> dict[int, Path]:
    numbered = ((path.name.split(".")[1], path) for path in folder.glob(LATER_SAMPLES_FILES))
    return dict(sorted((int(number), path) for number, path in numbered if number.isdigit()))


def compacted_files(folder: Path) -> list[Path]:
    """The Parquet files of ``folder``'s compacted samples, the first run's first."""
    first = folder / SAMPLES_FILE
    return ([first] if first.is_file() else []) + list(_later_files(folder).values())


def append(folder: Path, measurement_id: str, round_calls: Sequence[int], latencies_s: Sequence[float]) -> None:
    """Keep one measurement's latencies (its rounds' calls one after another, ``round_calls`` of
    them each) in ``folder``'s samples.jsonl."""
    rounds, start = [], 0
    for calls in round_calls:
        rounds.append([1e3 * seconds for seconds in latencies_s[start:start + calls]])
        start += calls
    append_line(folder / SAMPLES_LINES, {"measurement_id": measurement_id, "latency_ms": rounds})


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def read_sql(folders: Sequence[Path]) -> str:
    """An SQL query (DuckDB) of the samples kept in ``folders``, compacted or not, one row per call:
    measurement_id, round, call, latency_ms; an empty result where none were kept."""
    parts = ["SELECT ''::VARCHAR AS measurement_id, 0::BIGINT AS round, 0::BIGINT AS call, 0.0::DOUBLE AS latency_ms "
             "WHERE false"]
    compacted = [str(path) for folder in folders for path in compacted_files(folder)]
    lines = [folder / SAMPLES_LINES for folder in folders if (folder / SAMPLES_LINES).is_file()]
    if compacted:
        parts.append(f"SELECT measurement_id, round, call, latency_ms FROM read_parquet([{', '.join(map(_literal, compacted))}])")
    if lines:
        parts.append(lines_sql(lines))
    return " UNION ALL ".join(parts)


def lines_sql(lines: Sequence[Path]) -> str:
    """An SQL query (DuckDB) of the samples in samples.jsonl files, one row per call."""
    # A line holds a list of rounds, each a list of latencies: numbered and unnested twice.
    return f"""
        SELECT measurement_id, round - 1 AS round, generate_subscripts(rounds[round], 1) - 1 AS call,
               unnest(rounds[round]) AS latency_ms
        FROM (SELECT measurement_id, latency_ms AS rounds, generate_subscripts(latency_ms, 1) AS round
              FROM read_json([{', '.join(_literal(str(path)) for path in lines)}], format = 'newline_delimited',
                             ignore_errors = true, columns = {{'measurement_id': 'VARCHAR', 'latency_ms': 'DOUBLE[][]'}})
              WHERE measurement_id IS NOT NULL)"""


def compact(folder: Path) -> None:
    """Fold ``folder``'s samples.jsonl into a Parquet file of its own (samples.parquet, or the next
    samples.<n>.parquet where earlier runs left theirs), written whole, then renamed into place;
    samples.jsonl goes."""
    import duckdb

    lines = folder / SAMPLES_LINES
    if not lines.is_file():
        return
    later = _later_files(folder)
    target = folder / (f"samples.{max(later, default=0) + 1}.parquet" if (folder / SAMPLES_FILE).is_file() or later
                       else SAMPLES_FILE)
    staging = target.with_name(target.name + ".tmp")
    with duckdb.connect() as connection:
        connection.execute(f"COPY ({lines_sql([lines])}) TO {_literal(str(staging))} (FORMAT parquet)")
    staging.replace(target)
    lines.unlink()
