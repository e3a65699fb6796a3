"""The two CSV tables: every record (report.csv) and runtimes side by side (comparison.csv); and
how every CSV file of a report is written (safe to open in a spreadsheet)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from mlagility import parser, records
from mlagility.common.output import replaced_atomically
from mlagility.report import store
from mlagility.runtimes import BASELINE

if TYPE_CHECKING:
    import duckdb

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
# What such a cell starts with instead, as SQL.
TEXT_MARK = store.literal("'")


def spreadsheet_safe(query: str, columns: dict[str, str]) -> str:
    """``query`` as a CSV file should hold it (``columns``: its columns' DuckDB types): a text
    cell that begins like a formula (``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets
    a leading ``'``, so that a spreadsheet shows it as text and never runs it (OWASP's advice);
    numbers, negative ones too, stay numbers."""
    starts = ", ".join(store.literal(start) for start in FORMULA_STARTS)
    cells = [f"CASE WHEN left({store.quoted(name)}, 1) IN ({starts}) THEN {TEXT_MARK} || {store.quoted(name)} "
             f"ELSE {store.quoted(name)} END AS {store.quoted(name)}" if kind == "VARCHAR" else store.quoted(name)
             for name, kind in columns.items()]
    return f"SELECT {', '.join(cells)} FROM ({query})"


def write_csv(connection: "duckdb.DuckDBPyConnection", query: str, path: Path) -> int:
    """Write the rows of ``query`` to a CSV file, spreadsheet-safe, whole or not at all; returns
    how many rows it holds."""
    relation = connection.sql(query)
    columns = {name: str(kind) for name, kind in zip(relation.columns, relation.types)}
    with replaced_atomically(path) as staging:
        return store.copy(connection, spreadsheet_safe(query, columns), staging, "FORMAT csv, HEADER")


def label_expression(key: str) -> str:
    """SQL for a label's values joined with commas ("" where a record lacks the label)."""
    path = store.literal('$.' + store.quoted(key))
    return f"coalesce(array_to_string(TRY_CAST(json_extract(labels, {path}) AS VARCHAR[]), ','), '')"


def column_expression(column: str) -> str:
    """SQL for one of report.csv's columns, from a record's fields."""
    if column.startswith(LABELS_PREFIX):
        return label_expression(column.removeprefix(LABELS_PREFIX))
    if column.startswith(PARAMETERS_PREFIX):
        name = column.removeprefix(PARAMETERS_PREFIX)
        path = store.literal('$.' + store.quoted(name))
        return f"TRY_CAST(json_extract_string(parameters, {path}) AS {store.PARAMETER_TYPES[name]})"
    if column in SEED_LABELS:
        return label_expression(column)
    return store.quoted("invocation_hash" if column == "hash" else column)


# The seed tool's columns that are labels.
SEED_LABELS = ("author", "license", "task")


def report_columns(label_keys: Iterable[str]) -> list[str]:
    """report.csv's columns for records whose labels have ``label_keys``: REPORT_COLUMNS, with a
    column for each label key beyond LABEL_COLUMNS after those, by name."""
    extra_labels = sorted(LABELS_PREFIX + key for key in set(label_keys) if LABELS_PREFIX + key not in LABEL_COLUMNS)
    after_labels = REPORT_COLUMNS.index(LABEL_COLUMNS[-1]) + 1
    return REPORT_COLUMNS[:after_labels] + extra_labels + REPORT_COLUMNS[after_labels:]


def report_select(label_keys: Iterable[str]) -> str:
    """The SELECT list that makes report.csv's rows from records (see report_columns): a label's
    values joined with commas, a parameter or label a record lacks empty."""
    return ", ".join(f"{column_expression(column)} AS {store.quoted(column)}" for column in report_columns(label_keys))


# What a comparison.csv row holds per device/runtime (``cpu/ort_ms``, ...), and for a runtime
# beside the baseline, its speedup over it.
TARGET_FIELDS = {"ms": "median_ms", "stable": "stable", "contended": "contended", "host_busy": "host_busy",
                 "tokens_per_s": "tokens_per_s"}
SPEEDUP_FIELDS = ("speedup", "speedup_low", "speedup_high", "speedup_note")
# What the comparison reads of a record besides COMPARISON_INDEX and the parameters.
MEASURED_FIELDS = ("device", "runtime", "build_variant", "median_ms", "stable", "contended", "host_busy", "tokens_per_s",
                   "pair_id")


def untrusted_sql(side: str, name: str) -> list[str]:
    """SQL for why a measurement (the columns of table ``side``, named ``name`` in the text)
    cannot be trusted: contended (with how busy the host was), unstable; each NULL when it can."""
    return [f"CASE WHEN {side}.contended IS TRUE THEN '{name} contended (host ' "
            f"|| printf('%.0f%%', 100 * coalesce({side}.host_busy, 0)) || ' busy)' END",
            f"CASE WHEN {side}.stable IS NOT TRUE THEN '{name} unstable' END"]


def speed_changed_sql(before: str, after: str, limit: float) -> str:
    """SQL for the note on two measurements whose reference workloads (host_speed_ms, the SQL
    expressions ``before`` and ``after``) differ by more than ``limit``: the machine's speed changed
    between them (NULL when it did not, or when one has none)."""
    return (f"CASE WHEN abs({after} / {before} - 1) > {limit!r} THEN 'the machine''s speed changed (reference ' "
            f"|| printf('%.3g', {before}) || ' ms -> ' || printf('%.3g', {after}) || ' ms)' END")


def t_quantiles(connection, lengths: str, confidence: float = 0.95) -> str:
    """A VALUES list of (n, Student's t quantile at ``confidence`` for n - 1 degrees of freedom)
    for every list length that the query ``lengths`` gives (at least two)."""
    sizes = sorted({n for (n,) in connection.execute(lengths).fetchall() if n is not None and n >= 2})
    if not sizes:  # nothing paired: no interval, and no scipy to import (0.25 s)
        return "VALUES (2, CAST(NULL AS DOUBLE))"
    # scipy.special's inverse of Student's t distribution: scipy.stats's t.ppf is the same function,
    # behind an import four times as long.
    from scipy.special import stdtrit

    return "VALUES " + ", ".join(f"({n}, {float(stdtrit(n - 1, (1 + confidence) / 2))!r})" for n in sizes)


def comparison_table(at: "store.Attached", baseline: str = BASELINE) -> str:
    """A query for comparison.csv: one row per (model, invocation, parameters), with the median
    latency per device/runtime (``cpu/ort_ms``), whether it was stable and contended and how busy
    the host was (``cpu/ort_stable``, ``_contended``, ``_host_busy``), a language model's tokens
    per second (``cpu/ort_tokens_per_s``, where a record has them), and the speedup of each
    runtime over ``baseline`` on the same device.

    Only accurate measurements (status ok) are compared; of one runtime at one row, the latest.
    A speedup is given only when both measurements are stable and uncontended
    (``cpu/ort_speedup``), with a 95% interval from the per-round ratios when the two were timed
    together in interleaved rounds (``cpu/ort_speedup_low`` and ``_high``: a t-interval on the
    log ratios, back in ratio space); ``cpu/ort_speedup_note`` says why a speedup or its interval
    was left out."""
    connection = at.connection
    # Tables of this schema: its records' measurements, and the speedups among them.
    measured, speedups = at.table("comparison_measured"), at.table("comparison_speedups")
    compared_measurements(at, measured)
    targets = [t for (t,) in connection.execute(f"SELECT DISTINCT target FROM {measured} ORDER BY target").fetchall()]
    index = COMPARISON_INDEX + PARAMETER_COLUMNS
    pair_speedups(connection, measured, speedups, baseline)  # made even when empty: the page's tables join it
    if not targets:
        return f"SELECT {', '.join(map(store.quoted, index))} FROM {measured}"
    paired_targets = {t for (t,) in connection.execute(f"SELECT DISTINCT target FROM {speedups}").fetchall()}
    with_tokens = {t for (t,) in connection.execute(
        f"SELECT DISTINCT target FROM {measured} WHERE tokens_per_s IS NOT NULL").fetchall()}
    # One row per group: a column per target and field that some row has.
    columns = {}
    for target in targets:
        for suffix, field in TARGET_FIELDS.items():
            if field != "tokens_per_s" or target in with_tokens:
                columns[f"{target}_{suffix}"] = f"any_value(m.{field}) FILTER (WHERE m.target = {store.literal(target)})"
        if target in paired_targets:
            for name in SPEEDUP_FIELDS:
                columns[f"{target}_{name}"] = f"any_value(s.{name}) FILTER (WHERE s.target = {store.literal(target)})"
    values = ", ".join(f"{expression} AS {store.quoted(name)}" for name, expression in sorted(columns.items()))
    firsts = ", ".join(f"any_value(m.{store.quoted(c)}) AS {store.quoted(c)}" for c in index)
    return f"""SELECT * EXCLUDE (row_group) FROM (
        SELECT m.row_group, {firsts}, {values}
        FROM {measured} m LEFT JOIN {speedups} s ON s.row_group = m.row_group AND s.target = m.target
        GROUP BY m.row_group) ORDER BY row_group"""


def compared_measurements(at: "store.Attached", measured: str) -> None:
    """Make the table ``measured``: the accurate measurements (status ok), the latest of each
    runtime at each comparison.csv row, numbered by row (``row_group``, in the rows' order)."""
    index = ", ".join(store.quoted(c) for c in COMPARISON_INDEX + PARAMETER_COLUMNS)
    ordered_index = ", ".join(f"{store.quoted(c)} NULLS LAST" for c in COMPARISON_INDEX + PARAMETER_COLUMNS)
    at.connection.execute(f"""
        CREATE OR REPLACE TABLE {measured} AS
        SELECT *, dense_rank() OVER (ORDER BY {ordered_index}) AS row_group
        FROM (SELECT {index}, {', '.join(MEASURED_FIELDS)}, device || '/' || {store.runtime_variant_sql()} AS target,
                     coalesce(build_variant, '') IN ({', '.join(map(store.literal, records.PLAIN_VARIANTS))}) AS plain,
                     round_medians_ms AS rounds, host_speed_ms AS speed, made_order
              FROM {at.table('report_with_order')} WHERE status = {store.literal(records.OK)}
              QUALIFY row_number() OVER (PARTITION BY {index}, target ORDER BY made_order DESC) = 1)""")


def pair_speedups(connection: "duckdb.DuckDBPyConnection", measured: str, speedups: str, baseline: str) -> None:
    """Make the table ``speedups``: for each measurement of ``measured`` beside one of
    ``baseline`` on the same device and row, its speedup, the speedup's 95% interval and the
    note on what was left out (see comparison_table)."""
    quantiles = t_quantiles(connection, f"SELECT DISTINCT len(rounds) FROM {measured}")
    left_out = ", ".join(untrusted_sql("b", "baseline") + untrusted_sql("c", "candidate")
                         + [speed_changed_sql("b.speed", "c.speed", SPEED_CHANGE_LIMIT)])
    connection.execute(f"""
        CREATE OR REPLACE TABLE {speedups} AS
        WITH pairs AS (
            SELECT c.row_group, c.target, b.median_ms / c.median_ms AS point, concat_ws('; ', {left_out}) AS left_out,
                   b.pair_id <> '' AND b.pair_id = c.pair_id AND len(b.rounds) = len(c.rounds)
                       AND len(b.rounds) >= 2 AS paired,
                   list_transform(range(1, len(b.rounds) + 1), lambda i: ln(b.rounds[i] / c.rounds[i])) AS logs
            FROM {measured} c JOIN {measured} b
              ON b.row_group = c.row_group AND b.device = c.device AND b.plain
                 -- a runtime over the baseline runtime; a build variant over its runtime's float build
                 AND CASE WHEN c.plain THEN b.runtime = {store.literal(baseline)} AND c.runtime <> {store.literal(baseline)}
                          ELSE b.runtime = c.runtime END
        )
        SELECT row_group, target,
               CASE WHEN left_out = '' THEN point END AS speedup,
               CASE WHEN left_out = '' AND paired THEN exp(list_avg(logs) - half) END AS speedup_low,
               CASE WHEN left_out = '' AND paired THEN exp(list_avg(logs) + half) END AS speedup_high,
               CASE WHEN left_out <> '' THEN left_out
                    WHEN NOT paired THEN 'not timed together in interleaved rounds: no interval' ELSE '' END
                   AS speedup_note
        FROM (SELECT *, t.q * list_stddev_samp(logs) / sqrt(len(logs)) AS half
              FROM pairs LEFT JOIN ({quantiles}) t(n, q) ON t.n = len(logs))""")


# Two measurements whose reference workloads (host_speed_ms) differ by more than this share were
# taken on a machine of another speed (the verdicts' default min_change).
SPEED_CHANGE_LIMIT = 0.05


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
