"""The two CSV tables: every record (report.csv) and runtimes side by side (comparison.csv); and
how every CSV file of a report is written (safe to open in a spreadsheet)."""

from __future__ import annotations

import dataclasses
import math
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Optional

import numpy as np
import pandas as pd

from mlagility import parser, records
from mlagility.common.output import replaced_atomically
from mlagility.runtimes import BASELINE

# report.csv's columns, in order: the record's fields by family (records.FAMILIES), each family's
# in the order the record declares them; README.md's "report.csv columns" table is
# column_table()'s. The seed tool's columns come first, in its order: its author, hash, license
# and task are not fields (a label or the invocation hash, again under the seed's name).
SEED_COLUMNS = ["model_name", "author", "model_class", "params", "hash", "license", "task"]
SEED_ALIASES = {
    "author": "the `author` label (the seed tool's column; also `labels.author`)",
    "hash": "the invocation's hash (the seed tool's column; also `invocation_hash`)",
    "license": "the `license` label (the seed tool's column)",
    "task": "the `task` label (the seed tool's column)",
}
# A record's `parameters` and `labels` mappings, one column per key.
PARAMETERS_PREFIX, LABELS_PREFIX = "parameters.", "labels."
PARAMETER_COLUMNS = [PARAMETERS_PREFIX + name for name in parser.DEFAULTS]
# The label keys the corpora use; a record's other label keys get columns after these, by name.
LABEL_COLUMNS = [LABELS_PREFIX + key for key in ("name", "author", "task", "license", "test_group")]
FIELDS = {field.name: field for field in dataclasses.fields(records.Record)}


def family_columns(family: str) -> list[str]:
    """report.csv's columns of one family of the record's fields (a mapping's: one per key)."""
    if family == records.SEED:
        return SEED_COLUMNS
    if family == records.PARAMETERS:
        return PARAMETER_COLUMNS
    if family == records.LABELS:
        return LABEL_COLUMNS
    return [name for name, field in FIELDS.items() if field.metadata["family"] == family]


REPORT_COLUMNS = [column for family in records.FAMILIES for column in family_columns(family)]


def column_table() -> str:
    """README.md's table of report.csv's columns, made from the record's field metadata: one row
    per column, and one for each mapping (``parameters.*``, ``labels.*``)."""
    rows = ["| column | what it holds |", "| --- | --- |"]
    for family in records.FAMILIES:
        if family in (records.PARAMETERS, records.LABELS):
            rows.append(f"| `{family}.*` | {FIELDS[family].metadata['holds']} |")
            continue
        for name in family_columns(family):
            holds = SEED_ALIASES[name] if name in SEED_ALIASES else FIELDS[name].metadata["holds"]
            rows.append(f"| `{name}` | {holds} |")
    return "\n".join(rows) + "\n"


# What identifies one row of comparison.csv (the phase tells a language model's prefill, decode
# and generate rows apart at a glance: their hashes already do).
COMPARISON_INDEX = ["model_name", "script", "variable", "phase", "hash", "input_shapes"]


# What a spreadsheet reads as the start of a formula (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` as a CSV file should hold it: a text cell that begins like a formula (``=``,
    ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading ``'``, so that a spreadsheet
    shows it as text and never runs it (OWASP's advice); numbers, negative ones too, stay numbers."""
    def cell(value: object) -> object:
        return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value

    safe = table.copy()
    for name in table.select_dtypes(include=["object", "string"]).columns:
        safe[name] = table[name].map(cell)
    return safe


def write_csv(table: pd.DataFrame, path: Path) -> None:
    """Write ``table`` to a CSV file, spreadsheet-safe, whole or not at all."""
    with replaced_atomically(path) as staging:
        spreadsheet_safe(table).to_csv(staging, index=False)


def _joined(values: object) -> str:
    return ",".join(values) if isinstance(values, (list, tuple)) else ""


def report_table(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per record: REPORT_COLUMNS in order, with a column for each label key beyond
    LABEL_COLUMNS after those. A label's values are joined with commas; a parameter or label a
    record lacks is empty."""
    table = frame.copy()
    labels = table["labels"].map(lambda value: value if isinstance(value, dict) else {})
    keys = sorted({key for mapping in labels for key in mapping})
    extra_labels = [LABELS_PREFIX + key for key in keys if LABELS_PREFIX + key not in LABEL_COLUMNS]
    for column in LABEL_COLUMNS + extra_labels:
        key = column.removeprefix(LABELS_PREFIX)
        table[column] = labels.map(lambda mapping, key=key: _joined(mapping.get(key)))
    for key in ("author", "license", "task"):
        table[key] = table[LABELS_PREFIX + key]
    table["hash"] = table["invocation_hash"]
    for column in PARAMETER_COLUMNS:
        name = column.removeprefix(PARAMETERS_PREFIX)
        table[column] = table["parameters"].map(lambda p, name=name: (p or {}).get(name))
    after_labels = REPORT_COLUMNS.index(LABEL_COLUMNS[-1]) + 1
    return table[REPORT_COLUMNS[:after_labels] + extra_labels + REPORT_COLUMNS[after_labels:]]


def comparison_table(report: pd.DataFrame, baseline: str = BASELINE) -> pd.DataFrame:
    """One row per (model, invocation, parameters): median latency per device/runtime
    (``cpu/ort_ms``) with whether it was stable and contended and how busy the host was
    (``cpu/ort_stable``, ``_contended``, ``_host_busy``), a language model's tokens per second
    (``cpu/ort_tokens_per_s``, where a record has them), and the speedup of each runtime over
    ``baseline`` on the same device.

    Only accurate measurements (status ok) are compared. A speedup is given only when both
    measurements are stable and uncontended (``cpu/ort_speedup``), with a 95% interval from the
    per-round ratios when the two were timed together in interleaved rounds
    (``cpu/ort_speedup_low`` and ``_high``); ``cpu/ort_speedup_note`` says why a speedup or its
    interval was left out."""
    index = COMPARISON_INDEX + PARAMETER_COLUMNS
    measured = report[report["status"] == records.OK].assign(target=lambda t: t["device"] + "/" + t["runtime"])
    if measured.empty:
        return pd.DataFrame(columns=index)
    # The groups' members as plain dicts, read once: a DataFrame and its to_dict() per group took
    # 5-7 ms each, 78% of a 5,000-record report.
    group_of = measured.groupby(index, dropna=False, sort=True).ngroup().to_numpy()
    members: dict[int, list[dict]] = defaultdict(list)
    for group, record in zip(group_of, measured.to_dict("records")):
        members[group].append(record)
    rows = []
    for group in sorted(members):
        row = {column: members[group][0][column] for column in index}
        by_target = {r["target"]: r for r in members[group]}
        for target, record in sorted(by_target.items()):
            row[f"{target}_ms"] = record["median_ms"]
            for field in ("stable", "contended", "host_busy"):
                row[f"{target}_{field}"] = record.get(field)
            if pd.notna(record.get("tokens_per_s")):
                row[f"{target}_tokens_per_s"] = record["tokens_per_s"]
        for target, record in sorted(by_target.items()):
            device, runtime = target.split("/", 1)
            reference = by_target.get(f"{device}/{baseline}")
            if runtime != baseline and reference is not None:
                row.update({f"{target}_{name}": value for name, value in speedup(reference, record).items()})
        rows.append(row)
    table = pd.DataFrame(rows)
    return table[index + sorted(c for c in table.columns if c not in index)]


def speedup(baseline: dict, candidate: dict) -> dict[str, object]:
    """The candidate's speedup over the baseline (ratio of medians), its 95% interval from the
    per-round ratios of a paired measurement, and a note saying what was left out and why."""
    left_out = [f"{who} {why}" for who, record in (("baseline", baseline), ("candidate", candidate))
                for why in untrusted_because(record)] + list(filter(None, [speed_changed(baseline.get("host_speed_ms"), candidate.get("host_speed_ms"))]))
    if left_out:
        return {"speedup": None, "speedup_low": None, "speedup_high": None, "speedup_note": "; ".join(left_out)}
    point = baseline["median_ms"] / candidate["median_ms"]
    ratios = _round_ratios(baseline, candidate)
    if ratios is None:
        return {"speedup": point, "speedup_low": None, "speedup_high": None,
                "speedup_note": "not timed together in interleaved rounds: no interval"}
    low, high = ratio_interval(ratios)
    return {"speedup": point, "speedup_low": low, "speedup_high": high, "speedup_note": ""}


def untrusted_because(record: dict) -> list[str]:
    """Why a measurement (a record as a dict) cannot be trusted: contended, unstable; [] if it can."""
    why = []
    if record.get("contended") is True:
        why.append(f"contended (host {record.get('host_busy') or 0:.0%} busy)")
    if record.get("stable") is not True:
        why.append("unstable")
    return why


# Two measurements whose reference workloads (host_speed_ms) differ by more than this share were
# taken on a machine of another speed (the verdicts' default min_change).
SPEED_CHANGE_LIMIT = 0.05


def speed_changed(before_ms: Optional[float], after_ms: Optional[float], limit: float = SPEED_CHANGE_LIMIT) -> str:
    """Why two measurements whose reference workloads took ``before_ms`` and ``after_ms`` met
    machines of different speeds ("" when they did not, or when a record, older than the
    reference workload, has none)."""
    if pd.isna(before_ms) or pd.isna(after_ms) or abs(after_ms / before_ms - 1) <= limit:
        return ""
    return f"the machine's speed changed (reference {before_ms:.3g} ms -> {after_ms:.3g} ms)"


# What to do about each cause a measurement is left out for (see untrusted_because).
LEFT_OUT_FIXES = {
    "contended": "rerun on a quiet host or raise measure.max_host_busy",
    "unstable": "time longer (measure.max_duration_s) or ask a looser median (measure.precision); each record's "
                "reason says which",
    "speed changed": "rerun both on one machine at one speed (host_speed_ms), or compare with --normalize",
}


def left_out_cause(note: str) -> str:
    """The first cause in a note on a left-out measurement: contended (which also makes it
    unstable), else unstable, else the note itself (a failure, a missing record)."""
    return next((cause for cause in LEFT_OUT_FIXES if cause in note), note)


def left_out_summary(notes: Iterable[object], unit: str) -> str:
    """Why measurements were left out, in one line: how many ``unit`` (a plural), by cause, and
    what to do, e.g.
    ``12 pairs left out: contended; rerun on a quiet host or raise measure.max_host_busy``;
    "" when ``notes`` holds none."""
    causes = Counter(left_out_cause(note) for note in notes if isinstance(note, str) and note)
    if not causes:
        return ""
    named = ", ".join(f"{count} {cause}" if len(causes) > 1 else cause for cause, count in causes.most_common())
    fixes = "; ".join(LEFT_OUT_FIXES[cause] for cause, _ in causes.most_common() if cause in LEFT_OUT_FIXES)
    total = sum(causes.values())
    counted = f"{total} {unit.removesuffix('s') if total == 1 else unit}"
    return f"{counted} left out: {named}" + (f"; {fixes}" if fixes else "")


def _round_ratios(baseline: dict, candidate: dict) -> list[float] | None:
    """Baseline over candidate median, round by round, for two records timed together."""
    rounds = [baseline.get("round_medians_ms"), candidate.get("round_medians_ms")]
    paired = baseline.get("pair_id") and baseline.get("pair_id") == candidate.get("pair_id")
    if not paired or not all(isinstance(r, list) for r in rounds) or len(rounds[0]) != len(rounds[1]) \
            or len(rounds[0]) < 2:
        return None
    return [b / c for b, c in zip(*rounds)]


def ratio_interval(ratios: list[float], confidence: float = 0.95) -> tuple[float, float]:
    """A t-interval on the log ratios, back in ratio space: ratios multiply, and a few rounds'
    ratios are all there is to go on."""
    from scipy import stats

    logs = np.log(ratios)
    half = stats.t.ppf((1 + confidence) / 2, len(logs) - 1) * logs.std(ddof=1) / math.sqrt(len(logs))
    return float(np.exp(logs.mean() - half)), float(np.exp(logs.mean() + half))
