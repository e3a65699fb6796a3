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

import numpy as np
import pandas as pd

from mlagility import records
from mlagility.report.tables import PARAMETER_COLUMNS, speed_changed, untrusted_because

# What makes two records, one of each run, the same measurement: input shapes stay in (a
# different shape is a different measurement), hashes stay out (an upgraded exporter may trace
# the same model into another graph).
KEY = ["model_name", "script", "variable", "phase", "input_shapes", "input_dtypes", "device", "runtime",
       "build_dtype", *PARAMETER_COLUMNS]
# Each side's columns in compare.csv, prefixed with baseline_ and candidate_.
SIDE_COLUMNS = ["median_ms", "median_ci", "status", "stable", "contended", "host_busy", "host_speed_ms", "iterations",
                "torch_version", "onnxruntime_version", "run_id", "run_dir"]
SIDES = ("baseline", "candidate")
SLOWER, FASTER, SAME, NOT_COMPARABLE = "slower", "faster", "same", "not comparable"
# Regressions first, then improvements, then the rest.
VERDICT_ORDER = [SLOWER, FASTER, SAME, NOT_COMPARABLE]
DEFAULT_MIN_CHANGE = 0.05


def compare_table(baseline: pd.DataFrame, candidate: pd.DataFrame,
                  min_change: float = DEFAULT_MIN_CHANGE, normalize: bool = False) -> pd.DataFrame:
    """One row per measurement in either report table (model x runtime x parameters): the
    ratio of medians (candidate / baseline) with its 95% interval, a verdict and why a row is
    not comparable; regressions first (the largest first), then improvements. ``normalize``:
    each median over its run's reference workload (see the module's docstring)."""
    sides = []
    for side, table in zip(SIDES, (baseline, candidate)):
        measured = table[table["runtime"].fillna("") != ""]  # script-level failures measured nothing
        measured = measured.drop_duplicates(KEY, keep="last")  # newest, as the report keeps it
        measured = measured.reindex(columns=KEY + SIDE_COLUMNS)  # records older than a column hold none of it
        sides.append(measured.rename(columns={c: f"{side}_{c}" for c in SIDE_COLUMNS}))
    both = sides[0].merge(sides[1], on=KEY, how="outer", indicator="present")
    judged = pd.DataFrame([judge(row, min_change, normalize) for row in both.to_dict("records")], index=both.index,
                          columns=["verdict", "ratio", "ratio_low", "ratio_high", "why"])
    judged = judged.astype({"ratio": float, "ratio_low": float, "ratio_high": float})
    table = pd.concat([both.drop(columns="present"), judged], axis=1)
    table["verdict_rank"] = table["verdict"].map(VERDICT_ORDER.index)
    # Within a verdict: the largest regression, the largest improvement first.
    table["order"] = np.where(table["verdict"] == FASTER, table["ratio"], -table["ratio"].fillna(0))
    table = table.sort_values(["verdict_rank", "order", *KEY], kind="stable").drop(columns=["verdict_rank", "order"])
    first = KEY + ["verdict", "ratio", "ratio_low", "ratio_high", "why"]
    return table[first + [c for c in table.columns if c not in first]].reset_index(drop=True)


def judge(row: dict, min_change: float, normalize: bool = False) -> tuple[str, float | None, float | None, float | None, str]:
    """(verdict, ratio, low, high, why) for one merged row."""
    if row["present"] != "both":
        missing = "candidate" if row["present"] == "left_only" else "baseline"
        return NOT_COMPARABLE, None, None, None, f"not in the {missing}"
    why = []
    for side in SIDES:
        side_record = {field: row[f"{side}_{field}"] for field in SIDE_COLUMNS}
        if side_record["status"] != records.OK:
            why.append(f"{side} {side_record['status']}")
        elif side_record["median_ci"] is None or not np.isfinite(side_record["median_ci"]):
            why.append(f"{side} has no interval (fewer than two calls)")
        else:
            why.extend(f"{side} {reason}" for reason in untrusted_because(side_record))
    ratio = row["candidate_median_ms"] / row["baseline_median_ms"] if not any(
        pd.isna(row[f"{side}_median_ms"]) for side in SIDES) else None
    speeds = [row[f"{side}_host_speed_ms"] for side in SIDES]
    if ratio is not None and normalize and not any(pd.isna(speed) for speed in speeds):
        ratio *= speeds[0] / speeds[1]
    elif ratio is not None and not why:
        why += filter(None, [speed_changed(*speeds, limit=min_change)])
    if why:
        return NOT_COMPARABLE, ratio, None, None, "; ".join(why)
    half = float(np.hypot(row["baseline_median_ci"], row["candidate_median_ci"]))
    low, high = ratio * np.exp(-half), ratio * np.exp(half)
    if low > 1 and ratio >= 1 + min_change:
        verdict = SLOWER
    elif high < 1 and ratio <= 1 / (1 + min_change):
        verdict = FASTER
    else:
        verdict = SAME
    return verdict, ratio, float(low), float(high), ""


def verdict_counts(compare: pd.DataFrame) -> dict[str, int]:
    """How many rows got each verdict, in VERDICT_ORDER."""
    counts = compare["verdict"].value_counts()
    return {verdict: int(counts.get(verdict, 0)) for verdict in VERDICT_ORDER}
