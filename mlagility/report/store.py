"""The records of any number of runs as a DuckDB database: every results.jsonl under the paths
parsed once into a typed, columnar (Parquet) file, merged in SQL, and the report's rows as a view.

Jobs append JSON lines (the crash-safe path); nothing here writes to them. In a schema (``main``
unless named, so that two runs can sit side by side for a comparison) :func:`attach` makes:

- ``all_records``: every record read, one column per Record field (a field a line lacks takes its
  default, a key no field has is left out, as ``Record.from_dict`` does), plus ``superseded``,
  ``results_file`` and ``made_order``;
- ``records``: the records that survive merging, in the report's order (results files in their
  paths' natural order, sweep/2 before sweep/10, and each file's lines in order);
- ``report``: report.csv's rows and columns.

Merging: records are keyed by (script, parameters, device, runtime, build variant, invocation). Only a later run
retires a record (runs told apart by ``run_id``; runs at one point are ordered by their newest
record there): when two runs wrote the same key, the later run's records win and the earlier
one's are counted as superseded. A script-level failure (no runtime) is also superseded when a
later run wrote any record for the same script, parameters and device: the script ran since.
Records of one run never supersede each other: a script that called two models and crashed has
two records, a script cut short by a timeout has one per invocation it made.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import re
import shutil
import tempfile
import types
import typing
import warnings
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

import duckdb

from mlagility import parser, records

# The records in the order they were made (a record without a time last, then as read): of two
# records of one measurement, the later one is the one compared.
MADE_ORDER = "timestamp NULLS LAST, line"


def quoted(name: str) -> str:
    """``name`` as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


# The parameters as one key whatever their order in the line: parse() takes no other names.
PARAMETERS_KEY = ("CAST(json_transform(parameters, " + literal(json.dumps({name: "JSON" for name in sorted(parser.DEFAULTS)}))
                  + ") AS VARCHAR)")


def runtime_variant_sql(runtime: str = "runtime", variant: str = "build_variant") -> str:
    """SQL for Record.runtime_variant: the runtime, with its build variant when that is not the
    plain float build (``ort[int8_dynamic]``)."""
    plain = ", ".join(map(literal, records.PLAIN_VARIANTS))
    return f"CASE WHEN coalesce({variant}, '') IN ({plain}) THEN {runtime} ELSE {runtime} || '[' || {variant} || ']' END"


def sql_type(python_type: Any) -> str:
    """The DuckDB type of a Record field's Python type (``Optional[X]`` is X's)."""
    if typing.get_origin(python_type) in (typing.Union, types.UnionType):
        python_type = next(arg for arg in typing.get_args(python_type) if arg is not type(None))
    origin = typing.get_origin(python_type) or python_type
    if origin is dict:
        return "JSON"
    if origin is list:
        return sql_type(typing.get_args(python_type)[0]) + "[]"
    return {bool: "BOOLEAN", int: "BIGINT", float: "DOUBLE", str: "VARCHAR"}[origin]


FIELDS = dataclasses.fields(records.Record)
# Each Record field's column type, from the dataclass's annotations: one schema, not two.
RECORD_TYPES: dict[str, str] = {field.name: sql_type(hint)
                                 for field, hint in zip(FIELDS, typing.get_type_hints(records.Record).values())}
# A parse() parameter's column type, from its default's.
PARAMETER_TYPES = {name: sql_type(type(default)) for name, default in parser.DEFAULTS.items()}


def default_value(field: dataclasses.Field) -> str:
    """A field's default as an SQL expression of its type (NULL for None)."""
    value = field.default if field.default is not dataclasses.MISSING else field.default_factory()  # type: ignore[misc]
    if value is None:
        return "NULL"
    if isinstance(value, (dict, list)):
        return f"CAST({literal(json.dumps(value))} AS {RECORD_TYPES[field.name]})"
    return literal(value) if isinstance(value, str) else str(value)


def with_defaults() -> str:
    """Every Record field, a missing one (a record of an older version) given its default."""
    defaults = {f.name: default_value(f) for f in FIELDS}
    return ", ".join(quoted(name) if default == "NULL" else f"coalesce({quoted(name)}, {default}) AS {quoted(name)}"
                     for name, default in defaults.items())


def natural_order(path: Path) -> list[Any]:
    """A sort key that puts a sweep's job 2 before its job 10: digits compare as numbers."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", str(path))]


def results_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every results file at or below ``paths`` (a file, a run folder, a sweep folder, a cache);
    a FileNotFoundError names a path that does not exist or holds none."""
    found: list[Path] = []
    for path in map(Path, paths):
        path = path.expanduser()
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            below = sorted(path.rglob(records.RESULTS_FILE), key=natural_order)
            if not below:
                raise FileNotFoundError(f"No {records.RESULTS_FILE} under {path}: point at run folders, sweep "
                                        "folders or caches that hold records")
            found.extend(below)
        else:
            raise FileNotFoundError(f"No such run folder, sweep folder, cache or results file: {path}")
    return list(dict.fromkeys(p.resolve() for p in found))


@dataclass
class Attached:
    """The records of some runs in one schema of a DuckDB database, and what merging them took."""

    connection: duckdb.DuckDBPyConnection
    schema: str
    files: list[Path]
    records: int
    superseded: int
    runs: int
    failed: int
    # A folder for the files made of these records, removed with the connection.
    folder: Path = Path()
    # report.csv's rows and columns as a Parquet file there.
    report_file: Path = Path()

    def table(self, name: str) -> str:
        """``name`` (``records``, ``report``, ...) qualified by this schema, for a query."""
        return f"{quoted(self.schema)}.{quoted(name)}"

    def relation(self, name: str = "report") -> duckdb.DuckDBPyRelation:
        """One of this schema's tables or views as a DuckDB relation."""
        return self.connection.table(self.table(name))


# A database's scratch folders: mlagility-<use>-<process id>-<random>, in the system's temporary folder.
SCRATCH_PREFIX = "mlagility-"


def scratch_folder(use: str, connection: duckdb.DuckDBPyConnection) -> Path:
    """A new temporary folder for ``connection``'s files (``use``: records, spill), named by this
    process and removed with the connection. Those of processes that are gone (a report killed
    with SIGKILL cannot remove its own: a million records' Parquet files) are removed first."""
    import psutil

    for stale in Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}{use}-*-*"):
        pid = stale.name.split("-")[2]
        if pid.isdigit() and not psutil.pid_exists(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{use}-{os.getpid()}-"))
    weakref.finalize(connection, shutil.rmtree, folder, ignore_errors=True)
    return folder


# DuckDB's memory, past which it spills to a folder of its own: a report of a million records
# then peaks under 2 GB (3 GB without), in 10% more time.
MEMORY_LIMIT = "1500MB"


def new_connection() -> duckdb.DuckDBPyConnection:
    """An in-memory database that keeps rows in the order they were inserted (the report's),
    within MEMORY_LIMIT, and says nothing while it works (no progress bar)."""
    connection = duckdb.connect()
    spill = scratch_folder("spill", connection)
    for setting, value in (("preserve_insertion_order", "true"), ("enable_progress_bar", "false"),
                           ("memory_limit", literal(MEMORY_LIMIT)), ("temp_directory", literal(str(spill)))):
        connection.execute(f"SET {setting} = {value}")
    return connection


# What merging reads of a record.
MERGE_FIELDS = frozenset({"script", "parameters", "device", "runtime", "build_variant", "invocation_hash", "status",
                          "run_id", "timestamp"})


def copy(connection: duckdb.DuckDBPyConnection, query: str, target: Path, options: str = "FORMAT parquet") -> int:
    """Write the rows of ``query`` into the file ``target`` (DuckDB's COPY with ``options``);
    returns how many. A full disk raises OSError(ENOSPC) as Python's own writes do, so that the
    report says it in one line (DuckDB raises its IOException)."""
    try:
        written = connection.execute(f"COPY ({query}) TO {literal(str(target))} ({options})").fetchall()
    except duckdb.IOException as error:
        if "No space left on device" in str(error) or f'"errno":"{errno.ENOSPC}"' in str(error):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target)) from error
        raise
    return int(written[0][0]) if written else 0


def materialized(connection: duckdb.DuckDBPyConnection, query: str, target: Path) -> str:
    """Run ``query`` once into the Parquet file ``target``; a query of its rows, for the pages
    and files that each read them (holding a million rows in memory instead took 2.8 GB)."""
    copy(connection, query, target)
    return f"SELECT * FROM read_parquet({literal(str(target))})"


def parse(connection: duckdb.DuckDBPyConnection, files: list[Path], fields: dict[str, str], target: Path) -> None:
    """Parse the JSON lines of ``files`` into the Parquet file ``target``, one column per Record
    field (those not in ``fields``, with their types, are NULL), plus ``results_file``. A line torn
    by a killed writer reads as a row of NULLs (ignore_errors)."""
    # A field an older version named otherwise is read under both names.
    former = {name: old for old, name in records.FORMER_NAMES.items() if name in fields}
    read = {**fields, **{old: fields[name] for name, old in former.items()}}
    columns = "{" + ", ".join(f"{literal(name)}: {literal(kind)}" for name, kind in read.items()) + "}"

    def column(name: str, kind: str) -> str:
        if name not in fields:
            return f"CAST(NULL AS {kind}) AS {quoted(name)}"
        return f"coalesce({quoted(name)}, {quoted(former[name])}) AS {quoted(name)}" if name in former else quoted(name)

    selected = ", ".join(column(name, kind) for name, kind in RECORD_TYPES.items())
    listed = "[" + ", ".join(literal(str(path)) for path in files) + "]"
    # Parsed in order under DuckDB's default limit: under MEMORY_LIMIT it took twice as long, and
    # peaked no lower (0.9 GB for a million records).
    connection.execute("RESET memory_limit")
    try:
        copy(connection, f"SELECT {selected}, results_file FROM read_json({listed}, format = 'newline_delimited', "
                         f"columns = {columns}, ignore_errors = true, filename = 'results_file')", target)
    finally:
        connection.execute(f"SET memory_limit = {literal(MEMORY_LIMIT)}")


def decide_fates(connection: duckdb.DuckDBPyConnection, stored: str, fates: str) -> None:
    """Make the table ``fates``: for each line of ``stored`` (a read_parquet with its
    file_row_number), in order, whether it was torn, whether a later run superseded it (see the
    module's docstring), and its place in MADE_ORDER. Decided on the keys alone: sorting whole
    records took 7 s per 100,000."""
    script_statuses = ", ".join(map(literal, sorted(records.SCRIPT_STATUSES)))
    connection.execute(f"""
        CREATE TABLE {fates} AS
        WITH keyed AS (
            -- A record written before records carried a run_id is a run of its own.
            SELECT file_row_number AS line, results_file, timestamp, script IS NULL AND status IS NULL AS torn,
                   coalesce(script, '') AS script, coalesce(device, '') AS device, coalesce(runtime, '') AS runtime,
                   coalesce(build_variant, '') AS build_variant,
                   coalesce(invocation_hash, '') AS invocation_hash, status, {PARAMETERS_KEY} AS parameters_key,
                   coalesce(nullif(run_id, ''), 'record-' || file_row_number) AS run, coalesce(timestamp, 0) AS made
            FROM {stored}
        ), run_last AS (
            -- Each run's newest record at each point orders the runs there: the larger, the later run.
            SELECT *, max(made) OVER (PARTITION BY script, parameters_key, device, run) AS run_last FROM keyed
        ), latest AS (
            SELECT *, max(run_last) OVER (PARTITION BY script, parameters_key, device, runtime, build_variant,
                                                        invocation_hash)
                          AS key_last,
                      max(run_last) OVER (PARTITION BY script, parameters_key, device) AS point_last
            FROM run_last
        )
        SELECT line, results_file, torn,
               NOT (run_last = key_last AND NOT (status IN ({script_statuses}) AND runtime = ''
                                                 AND run_last < point_last)) AS superseded,
               row_number() OVER (ORDER BY {MADE_ORDER}) AS made_order
        FROM latest ORDER BY line""")


def attach(connection: duckdb.DuckDBPyConnection, paths: Iterable[str | Path], schema: str = "main",
           fields: Optional[Iterable[str]] = None) -> Attached:
    """Read the records under ``paths`` into ``schema`` of ``connection`` and merge them (see
    the module's docstring for the tables and views it makes). ``fields``: read only these
    Record fields (and MERGE_FIELDS), the others left at their defaults: parsing every field of
    a million records is most of the time a comparison takes, for a quarter of them."""
    files = results_files(paths)
    connection.execute(f"CREATE SCHEMA IF NOT EXISTS {quoted(schema)}")
    at = Attached(connection, schema, files, 0, 0, 0, 0, folder=scratch_folder("records", connection))
    # One pass over the JSON lines into a Parquet file (parsing them is most of the work; holding
    # a million records in memory took 5 GB): every later query reads only the columns it needs.
    read = RECORD_TYPES if fields is None else {
        name: kind for name, kind in RECORD_TYPES.items() if name in MERGE_FIELDS or name in set(fields)}
    parse(connection, files, read, at.folder / "records.parquet")
    stored = f"read_parquet({literal(str(at.folder / 'records.parquet'))}, file_row_number = true)"
    fates = at.table("fates")
    decide_fates(connection, stored, fates)
    torn = connection.execute(f"SELECT results_file, count(*) FROM {fates} WHERE torn GROUP BY ALL ORDER BY ALL").fetchall()
    for path, count in torn:
        warnings.warn(f"{path}: skipped {count} torn line(s) (a writer was killed mid-line?)", stacklevel=2)
    # Each record beside its fate, by position.
    connection.execute(f"""
        CREATE VIEW {at.table('all_records')} AS
        SELECT {with_defaults()}, stored.results_file, fates.superseded, fates.made_order
        FROM {stored} stored POSITIONAL JOIN {fates} fates WHERE NOT fates.torn""")
    connection.execute(f"CREATE VIEW {at.table('records')} AS SELECT {', '.join(quoted(f.name) for f in FIELDS)} "
                       f"FROM {at.table('all_records')} WHERE NOT superseded")
    make_report(at)
    success = ", ".join(map(literal, sorted(records.SUCCESS_STATUSES)))
    at.records, at.superseded, at.runs, at.failed = connection.execute(f"""
        SELECT count(*) FILTER (WHERE NOT superseded), count(*) FILTER (WHERE superseded),
               count(DISTINCT nullif(run_id, '')) FILTER (WHERE NOT superseded),
               count(*) FILTER (WHERE NOT superseded AND status NOT IN ({success}))
        FROM {at.table('all_records')}""").fetchall()[0]
    return at


def make_report(at: Attached) -> None:
    """report.csv's rows, made once (a view made each query parse every record's parameters and
    labels again) into a Parquet file (``at.report_file``, which report.parquet is a copy of),
    as the view ``report``; and ``report_with_order``: the same beside when each was made."""
    from mlagility.report.tables import report_select

    label_keys = [key for (key,) in at.connection.execute(
        f"SELECT DISTINCT unnest(json_keys(labels)) AS key FROM {at.table('records')} ORDER BY key").fetchall()]
    at.report_file = at.folder / "report.parquet"
    copy(at.connection, f"SELECT {report_select(label_keys)} FROM {at.table('records')}", at.report_file)
    at.connection.execute(f"CREATE TABLE {at.table('report_made')} AS SELECT made_order FROM {at.table('fates')} "
                          "WHERE NOT torn AND NOT superseded ORDER BY line")
    at.connection.execute(f"CREATE VIEW {at.table('report')} AS "
                          f"SELECT * FROM read_parquet({literal(str(at.report_file))})")
    at.connection.execute(f"CREATE VIEW {at.table('report_with_order')} AS SELECT * FROM {at.table('report')} "
                          f"POSITIONAL JOIN {at.table('report_made')}")


def connect(*paths: str | Path) -> duckdb.DuckDBPyConnection:
    """A DuckDB database of the records under ``paths`` (run folders, sweep folders, caches,
    results.jsonl files), merged as a report merges them: query the views ``report`` (report.csv's
    rows and columns), ``records`` (one column per Record field) or ``all_records`` (superseded
    records too), e.g. ``connect("multirun").sql("SELECT runtime, median(median_ms)
    FROM report GROUP BY runtime")``."""
    connection = new_connection()
    attach(connection, paths)
    return connection
