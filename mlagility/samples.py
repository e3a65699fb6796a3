"""Raw samples: every timed call's latency, kept beside a job's records, not in them.

While a job runs, each measurement's latencies are appended to ``samples.jsonl`` in the job
folder, one JSON line per measurement (crash-safe, as results.jsonl is). When the job ends they are
compacted into ``samples.parquet``: one row per timed call, ``measurement_id`` (the record's),
``round`` (its interleaved round, from 0), ``call`` (its place in the round, from 0) and
``latency_ms``. A job that was killed leaves its lines in samples.jsonl; the next run of the job,
and :func:`read_sql`, read them too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from mlagility.common.jsonlines import append_line

SAMPLES_LINES, SAMPLES_FILE = "samples.jsonl", "samples.parquet"


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
    compacted = [str(folder / SAMPLES_FILE) for folder in folders if (folder / SAMPLES_FILE).is_file()]
    lines = [str(folder / SAMPLES_LINES) for folder in folders if (folder / SAMPLES_LINES).is_file()]
    if compacted:
        parts.append(f"SELECT measurement_id, round, call, latency_ms FROM read_parquet([{', '.join(map(_literal, compacted))}])")
    if lines:
        # A line holds a list of rounds, each a list of latencies: numbered and unnested twice.
        parts.append(f"""
            SELECT measurement_id, round - 1 AS round, generate_subscripts(rounds[round], 1) - 1 AS call,
                   unnest(rounds[round]) AS latency_ms
            FROM (SELECT measurement_id, latency_ms AS rounds, generate_subscripts(latency_ms, 1) AS round
                  FROM read_json([{', '.join(map(_literal, lines))}], format = 'newline_delimited', ignore_errors = true,
                                 columns = {{'measurement_id': 'VARCHAR', 'latency_ms': 'DOUBLE[][]'}})
                  WHERE measurement_id IS NOT NULL)""")
    return " UNION ALL ".join(parts)


def compact(folder: Path) -> None:
    """Fold ``folder``'s samples (samples.jsonl, and samples.parquet from an earlier run of the
    job) into one samples.parquet, written whole, then renamed into place; samples.jsonl goes."""
    import duckdb

    lines = folder / SAMPLES_LINES
    if not lines.is_file():
        return
    target, staging = folder / SAMPLES_FILE, folder / (SAMPLES_FILE + ".tmp")
    with duckdb.connect() as connection:
        connection.execute(f"COPY ({read_sql([folder])}) TO {_literal(str(staging))} (FORMAT parquet)")
    staging.replace(target)
    lines.unlink()
