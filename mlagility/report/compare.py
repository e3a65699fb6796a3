"""Run-to-run comparison: the same models, runtimes and parameters measured by two runs (say,
before and after a torch or onnxruntime upgrade), as compare.csv.

The ratio is the candidate's median latency over the baseline's: above 1 is slower. Its 95%
interval combines the two medians' own 95% intervals (``median_ci``, a relative half-width from
the order statistics of each run's calls). The two runs are independent, so on the log scale
their half-widths add in quadrature: ``ratio * exp(+-sqrt(ci_baseline**2 + ci_candidate**2))``.
A bootstrap over the rounds' medians was the other choice; a runtime timed alone has a single
round, so it would leave most records without an interval.

That interval holds the noise of each run's calls, not drift between runs (another boot, another
clock speed); so a verdict also needs the change to exceed ``min_change``:

- ``slower``: the whole interval is above 1 and the ratio at least 1 + min_change;
- ``faster``: the whole interval is below 1 and the ratio at most 1 / (1 + min_change);
- ``same``: anything else between two trusted measurements;
- ``not comparable``: a record missing on one side, failed, unstable, contended, or without an
  interval, or a pair whose machine changed speed between the runs (their reference workloads,
  ``host_speed_ms``, differ by more than min_change); ``why`` says which.

With ``normalize``, each median is divided by its run's reference workload before the ratio: a
pair on machines of different speeds is compared on the speed each had, not left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlagility import records
from mlagility.report import store
from mlagility.report.tables import PARAMETER_COLUMNS, speed_changed_sql, untrusted_sql

if TYPE_CHECKING:
    import duckdb

# What makes two records, one of each run, the same measurement: input shapes stay in (a
# different shape is a different measurement), hashes stay out (an upgraded exporter may trace
# the same model into another graph).
KEY = ["model_name", "script", "variable", "phase", "input_shapes", "input_dtypes", "device", "runtime",
       "build_dtype", *PARAMETER_COLUMNS]
# Each side's columns in compare.csv, prefixed with baseline_ and candidate_.
SIDE_COLUMNS = ["median_ms", "median_ci", "status", "stable", "contended", "host_busy", "host_speed_ms", "iterations",
                "torch_version", "onnxruntime_version", "run_id", "run_dir"]
SIDES = ("baseline", "candidate")
# What a comparison reads of a record (report.csv's `hash` and `author` columns come from these too).
COMPARED_FIELDS = frozenset([*KEY, *SIDE_COLUMNS, "build_variant", "invocation_hash", "labels", "parameters"]) - set(
    PARAMETER_COLUMNS)
SLOWER, FASTER, SAME, NOT_COMPARABLE = "slower", "faster", "same", "not comparable"
# Regressions first, then improvements, then the rest.
VERDICT_ORDER = [SLOWER, FASTER, SAME, NOT_COMPARABLE]
DEFAULT_MIN_CHANGE = 0.05


def side_query(at: store.Attached) -> str:
    """One run's measurements (script-level failures measured nothing), the newest of each KEY,
    as the report keeps it."""
    # A build variant is a measurement of its own: its runtime column names it (ort[int8_dynamic]).
    columns = ", ".join(f"{store.runtime_variant_sql()} AS runtime" if c == "runtime" else store.quoted(c) for c in KEY)
    return (f"SELECT * EXCLUDE (made_order) FROM (SELECT {columns}, {', '.join(map(store.quoted, SIDE_COLUMNS))}, made_order "
            f"FROM {at.table('report_with_order')} WHERE runtime <> '') "
            f"QUALIFY row_number() OVER (PARTITION BY {', '.join(map(store.quoted, KEY))} ORDER BY made_order DESC) = 1")


def why_not_comparable(side: str) -> str:
    """SQL for why one side's measurement cannot be compared (NULL when it can)."""
    return (f"CASE WHEN {side}.status IS DISTINCT FROM {store.literal(records.OK)} THEN '{side} ' || {side}.status "
            f"WHEN {side}.median_ci IS NULL OR NOT isfinite({side}.median_ci) "
            f"THEN '{side} has no interval (fewer than two calls)' "
            f"ELSE nullif(concat_ws('; ', {', '.join(untrusted_sql(side, side))}), '') END")


def compare_table(baseline: store.Attached, candidate: store.Attached,
                  min_change: float = DEFAULT_MIN_CHANGE, normalize: bool = False) -> str:
    """A query for compare.csv: one row per measurement in either run (model x runtime x
    parameters), the ratio of medians (candidate / baseline) with its 95% interval, a verdict
    and why a row is not comparable; regressions first (the largest first), then improvements.
    ``normalize``: each median over its run's reference workload (see the module's docstring)."""
    sides = {side: f"({side_query(at)})" for side, at in zip(SIDES, (baseline, candidate))}
    key = ", ".join(f"coalesce(baseline.{c}, candidate.{c}) AS {c}" for c in map(store.quoted, KEY))
    columns = ", ".join(f"{side}.{store.quoted(c)} AS {store.quoted(f'{side}_{c}')}" for side in SIDES for c in SIDE_COLUMNS)
    joined = " AND ".join(f"baseline.{c} IS NOT DISTINCT FROM candidate.{c}" for c in map(store.quoted, KEY))
    raw_ratio = "candidate.median_ms / baseline.median_ms"
    speeds = "baseline.host_speed_ms IS NOT NULL AND candidate.host_speed_ms IS NOT NULL"
    ratio = (f"CASE WHEN {normalize} AND {speeds} THEN {raw_ratio} * baseline.host_speed_ms / candidate.host_speed_ms "
             f"ELSE {raw_ratio} END")
    # As a verdict reads them: a missing side, each side's own doubts, then a change of machine speed.
    why = f"""CASE WHEN baseline.present IS NULL THEN 'not in the baseline'
                   WHEN candidate.present IS NULL THEN 'not in the candidate'
                   ELSE nullif(concat_ws('; ', {why_not_comparable('baseline')}, {why_not_comparable('candidate')}), '')
              END"""
    speed = speed_changed_sql("baseline.host_speed_ms", "candidate.host_speed_ms", min_change)
    return f"""
        WITH joined AS (
            SELECT {key}, {columns}, {why} AS doubts, {ratio} AS ratio,
                   sqrt(baseline.median_ci ^ 2 + candidate.median_ci ^ 2) AS half,
                   CASE WHEN NOT ({normalize} AND {speeds}) THEN {speed} END AS speed_changed
            FROM (SELECT *, true AS present FROM {sides['baseline']}) baseline
            FULL OUTER JOIN (SELECT *, true AS present FROM {sides['candidate']}) candidate ON {joined}
        ), judged AS (
            SELECT * EXCLUDE (doubts, speed_changed), coalesce(doubts, speed_changed) AS why_
            FROM joined
        ), verdicts AS (
            SELECT * EXCLUDE (why_, half),
                   CASE WHEN why_ IS NOT NULL THEN {store.literal(NOT_COMPARABLE)}
                        WHEN ratio * exp(-half) > 1 AND ratio >= {1 + min_change!r} THEN {store.literal(SLOWER)}
                        WHEN ratio * exp(half) < 1 AND ratio <= {1 / (1 + min_change)!r} THEN {store.literal(FASTER)}
                        ELSE {store.literal(SAME)} END AS verdict,
                   CASE WHEN why_ IS NULL THEN ratio * exp(-half) END AS ratio_low,
                   CASE WHEN why_ IS NULL THEN ratio * exp(half) END AS ratio_high,
                   coalesce(why_, '') AS why
            FROM judged
        )
        SELECT {', '.join(map(store.quoted, KEY))}, verdict, ratio, ratio_low, ratio_high, why,
               * EXCLUDE ({', '.join(map(store.quoted, KEY))}, verdict, ratio, ratio_low, ratio_high, why)
        FROM verdicts
        -- Regressions first, then improvements; within a verdict the largest change first.
        ORDER BY list_position({VERDICT_ORDER!r}, verdict),
                 CASE WHEN verdict = {store.literal(FASTER)} THEN ratio ELSE -coalesce(ratio, 0) END,
                 {', '.join(f"{store.quoted(c)} NULLS LAST" for c in KEY)}"""


def verdict_counts(connection: "duckdb.DuckDBPyConnection", compare: str) -> dict[str, int]:
    """How many rows of the query ``compare`` got each verdict, in VERDICT_ORDER."""
    counts = dict(connection.execute(f"SELECT verdict, count(*) FROM ({compare}) GROUP BY verdict").fetchall())
    return {verdict: int(counts.get(verdict, 0)) for verdict in VERDICT_ORDER}
