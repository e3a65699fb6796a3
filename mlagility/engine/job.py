"""One job: every selected script of a corpus at one point of the parameter grid.

The job validates its config, turns it into one ScriptTask per script, runs each in a worker,
appends every record to ``<job dir>/results.jsonl`` as it arrives and prints a table per script.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import json
import logging
import os
import re
import shlex
import socket
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import psutil
from omegaconf import DictConfig, OmegaConf
from rich.console import Console
from rich.text import Text

from mlagility import config as config_module
from mlagility import parser, records, runtimes, samples
from mlagility.builder.settings import BuildSettings
from mlagility.choices import Exporter, Rebuild, StopAfter
from mlagility.common import labels as labels_module
from mlagility.common.jsonlines import append_line, read_lines
from mlagility.common.output import no_space_left, no_space_message
from mlagility.config import Config
from mlagility.corpus import MODELS_DIR, CorpusConfig, corpus_folder, label_filter, select_scripts
from mlagility.measurement import milliseconds
from mlagility.paths import built_scripts
from mlagility.engine import runner
from mlagility.engine.task import Provenance, ScriptTask
from mlagility.progress import Column, JobProgress, console, fitted_table
from mlagility.records import Record

log = logging.getLogger(__name__)
# Launchers that run jobs one after another in this process: only there may a progress line
# redraw itself (parallel jobs would draw theirs over each other).
IN_PROCESS_LAUNCHERS = ("", "BasicLauncher")
# From this many scripts to export on, a job readies the exporter in the forkserver once (see
# worker_preload): the third export repays it.
EXPORTER_WARMUP_MIN_SCRIPTS = 3


@dataclass
class JobSummary:
    """What a job did: where its records are and which failed."""

    output_dir: Path
    scripts: int
    records: list[Record]
    skipped: int = 0

    @property
    def failures(self) -> list[Record]:
        return records.failures(self.records)

    @property
    def ok(self) -> bool:
        return not self.failures


def selected_scripts(cfg: Config) -> list[Path]:
    """The corpus's scripts, or only ``cfg.script`` when a per-script sweep set it."""
    scripts = select_scripts(cfg.corpus)
    if cfg.script is None:
        return scripts
    wanted = Path(cfg.script).expanduser().resolve()
    if wanted not in scripts:
        raise config_module.ConfigError(f"script={cfg.script} is not one of the scripts corpus {cfg.corpus.name!r} selects")
    return [wanted]


def slurm_job_id() -> str:
    """The Slurm job this process runs in, as squeue and scancel name it: ``<array job>_<task>``
    for a task of a job array (submitit's sweeps), else the job id; "" outside Slurm."""
    array_job, task = os.environ.get("SLURM_ARRAY_JOB_ID"), os.environ.get("SLURM_ARRAY_TASK_ID")
    if array_job and task:
        return f"{array_job}_{task}"
    return os.environ.get("SLURM_JOB_ID", "")


def node_name() -> str:
    """The node this process runs on: Slurm's name for it in a Slurm job (one host may hold
    several nodes, each its own slurmd), else the host's name."""
    return os.environ.get("SLURMD_NODENAME") or socket.gethostname()


def new_run_id() -> str:
    """A fresh run id: when the run started (readable, sortable) and a random suffix (unique)."""
    return f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"


def build_variants(cfg: Config) -> tuple[BuildSettings, ...]:
    """The builds ``cfg`` asks for, one per variant (each of build.fusions with each of
    build.quantize, in that order, duplicates once): build.* with the device's optimization level,
    and fp16 unless build.fp16 says otherwise."""
    variants = dict.fromkeys((fusions, quantize) for fusions in cfg.build.fusions for quantize in cfg.build.quantize)
    return tuple(BuildSettings(
        exporter=cfg.build.exporter,
        onnx_opset=cfg.build.onnx_opset,
        optimize=cfg.build.optimize,
        optimization_level=cfg.device.optimization_level,
        fp16=config_module.builds_fp16(cfg),
        fusions=fusions,
        quantize=quantize,
    ) for fusions, quantize in variants)


def make_tasks(cfg: Config, output_dir: Path, launcher: str = "") -> list[ScriptTask]:
    """One ScriptTask per selected script, each handed the typed config whole."""
    builds = build_variants(cfg)
    with parser.injected(config_module.parameters_of(cfg)):
        # What parse() returns in the worker, flags in script_args included: every record of the
        # job carries these, the parent's (a timeout, a resume's skip) and the worker's alike.
        parameters = parser.resolve(shlex.split(cfg.script_args))
    provenance = Provenance(job_dir=str(output_dir), launcher=launcher, run_id=cfg.run_id or new_run_id(),
                            run_dir=cfg.run_dir or str(output_dir), slurm_job_id=slurm_job_id(), node=node_name())
    logs = output_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    tasks = []
    for script in selected_scripts(cfg):
        try:
            labels, header_error = labels_module.from_script(script), ""
        except ValueError as error:  # that script's record, not the run's crash
            labels, header_error = {}, str(error)
        tasks.append(ScriptTask(
            script=str(script),
            corpus=script.parent.name,
            labels=labels,
            header_error=header_error,
            log_path=str(logs / f"{script.parent.name}__{script.stem}.log"),
            parameters=parameters,
            config=cfg,
            builds=builds,
            provenance=provenance,
        ))
    return tasks


PROGRESS_FILE = "progress.jsonl"


def progress_key(task: ScriptTask) -> str:
    """What resume compares: the script, its parameters and arguments, the device and runtimes."""
    return json.dumps([task.script, task.parameters, task.config.script_args, task.device, sorted(task.runtimes),
                       task.stop_after], sort_keys=True)


def read_progress(output_dir: Path) -> dict[str, set[str]]:
    """{progress key: events seen} from a job folder; "start" without "end" means interrupted."""
    seen: dict[str, set[str]] = {}
    path = output_dir / PROGRESS_FILE
    if path.exists():
        for entry in read_lines(path):
            seen.setdefault(entry.get("key"), set()).add(entry.get("event"))
    return seen


def mark_progress(output_dir: Path, task: ScriptTask, event: str) -> None:
    """Note that ``task`` started or ended in this job folder (for resume)."""
    append_line(output_dir / PROGRESS_FILE, {"key": progress_key(task), "event": event, "script": task.script})


def memory_limit_bytes(limit_gb: Optional[float]) -> int:
    """The worker memory limit: the config's, else 90% of this machine's memory."""
    return int(limit_gb * 2**30) if limit_gb is not None else int(0.9 * psutil.virtual_memory().total)


def _median(record: Record) -> str:
    """The median latency with its 95% confidence half-width, e.g. ``12.500 +-0.8%``."""
    if record.median_ms is None:
        return "-"
    if record.median_ci is None:  # fewer than two calls: nothing bounds the median
        return f"{milliseconds(record.median_ms)} ({record.iterations} call)"
    return f"{milliseconds(record.median_ms)} +-{100 * record.median_ci:.1f}%"


def _trust(record: Record) -> str:
    """How far the measurement can be trusted: contended (with the host's busy share), unstable."""
    if record.median_ms is None:
        return "-"
    notes = []
    if record.contended:
        notes.append(f"[yellow]contended {record.host_busy:.0%}[/yellow]")
    if not record.stable:
        notes.append("[yellow]unstable[/yellow]")
    return ", ".join(notes) or "stable"


# The console table's columns, in their order, with their rank: at a narrow width the last
# ranks are left out first (report.csv and report.html keep every column).
SCRIPT_TABLE_COLUMNS = {"model": 0, "class": 7, "built at": 9, "params": 6, "hash": 8, "runtime": 1, "status": 2,
                        "median ms": 3, "inputs/s": 5, "measurement": 4}
# Left in however narrow the terminal.
ESSENTIAL_RANKS = 5
# Cells of several words, which may wrap between them.
WRAPPING_COLUMNS = ("model", "median ms", "measurement")


def compact_shapes(input_shapes: str) -> str:
    """Input shapes with no space inside a shape (``x:[1,3,224,224], mask:[1,128]``), so that a
    narrow cell wraps between inputs, never inside one."""
    return re.sub(r",\s+(?=[^\[\]]*\])", ",", input_shapes)


def script_table_columns(script_records: list[Record]) -> list[Column]:
    """The console table's columns for one script's records: the model cell holds the variable
    and, on a second line, the input shapes."""
    def model(r: Record) -> Text:
        # A language model's prefill and decode steps share a variable; generate's says it already.
        phase = f" ({r.phase})" if r.phase and not r.variable.endswith(r.phase) else ""
        cell = Text((r.variable or "-") + phase)
        if r.input_shapes:
            cell.append("\n" + compact_shapes(r.input_shapes), style="dim")
        return cell

    cells = {
        "model": model,
        "class": lambda r: Text(r.model_class.rsplit(".", 1)[-1] or "-"),
        "built at": lambda r: Text(r.built_at or "-"),
        "params": lambda r: Text(f"{r.params:,}" if r.params else "-"),
        "hash": lambda r: Text(r.invocation_hash or "-"),
        "runtime": lambda r: Text(r.runtime_variant or "-"),
        "status": lambda r: Text(r.status, style="" if r.succeeded else "red"),
        "median ms": lambda r: Text(_median(r)),
        "inputs/s": lambda r: Text(f"{r.throughput:,.1f}" if r.throughput is not None else "-"),
        "measurement": lambda r: Text.from_markup(_trust(r)),
    }
    return [Column(header, [cells[header](r) for r in script_records], rank, wrap=header in WRAPPING_COLUMNS)
            for header, rank in SCRIPT_TABLE_COLUMNS.items()]


def print_script_table(script: str, script_records: list[Record], out: Console = console) -> None:
    """The table of one script (``corpus/name.py``), as wide as the console at most: each
    discovered model (with its input shapes) and runtime with its status and speed, then why
    each failure failed."""
    table, left_out = fitted_table(script, script_table_columns(script_records), out, keep=ESSENTIAL_RANKS)
    if left_out:
        table.caption = f"too narrow for {', '.join(left_out)}: report.html has every column"
        table.caption_justify = "left"
    out.print(table)
    for r in script_records:
        if not r.succeeded:
            out.print(Text.assemble(f"{r.variable or r.script} {r.runtime or '-'}: ", (r.status, "red"),
                                    f": {r.reason}"))


def outcome(record: Record) -> str:
    """One line for the job's log: which record, its status, its median or why it failed."""
    line = f"{record.script} {record.variable or '-'} {record.runtime or '-'}: {record.status}"
    if record.median_ms is not None:
        line += f", median {_median(record)} ms, {Text.from_markup(_trust(record)).plain}"
    return line + (f"; {record.reason}" if record.reason else "")


def asked_parameters(tasks: list[ScriptTask]) -> str:
    """``name=value`` for each parse() parameter that some task's script asks for (read from its
    source), as the tasks resolved it (script_args' flags included): the others change nothing in
    this job, so the header leaves them out."""
    asked = {name for task in tasks for name in parser.names_asked_by(task.script)}
    shown = [f"{name}={value}" for name, value in tasks[0].parameters.items() if name in asked]
    return ", ".join(shown) or "no parse() parameters"


RUN_LOCK_FILE = ".run.lock"


@contextlib.contextmanager
def holding_job_folder(output_dir: Path, resume: bool) -> Iterator[None]:
    """Hold a shared OS lock on the job folder while the block runs: the kernel drops it when the
    run ends or dies, so a resume knows a live run from a dead one. A resume first takes the lock
    alone (then shares it too): while any run still holds it, that run's unfinished script is no
    dead run's, and the resume stops with a ConfigError."""
    with open(output_dir / RUN_LOCK_FILE, "a") as lock:
        if resume:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise config_module.ConfigError(
                    f"resume: another run is still writing to {output_dir}; let it finish, or stop it, then resume"
                ) from None
        fcntl.flock(lock, fcntl.LOCK_SH)
        yield


WRITER_LOCK_FILE = ".writer.lock"
# The run and sweep folders this process holds, open for as long as it lives: a sweep's report,
# written after its last job, is its work too.
_held_folders: dict[Path, int] = {}


def hold_folder(folder: Path, setting: str) -> None:
    """Hold a single run's or a sweep's folder alone, for the rest of this process (the one that
    runs the run, or launches the sweep's jobs): an exclusive OS lock, which the kernel drops when
    the process ends or dies, with the holder's pid and host written in the lock file. Raises
    ConfigError, naming that holder, while another live run holds it: one folder has one writer,
    be it the same command again or a resume. ``setting`` names the folder in the message
    (``hydra.run.dir`` or ``hydra.sweep.dir``)."""
    folder = folder.resolve()
    if folder in _held_folders:
        return
    folder.mkdir(parents=True, exist_ok=True)
    lock = os.open(folder / WRITER_LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(lock, 200, 0).decode(errors="replace").strip() or "a process that is just starting"
        os.close(lock)
        raise config_module.ConfigError(
            f"{setting}={folder} is in use by another run ({holder}); one folder has one writer: "
            f"let that run finish, or stop it, then resume with resume=true {setting}={folder}"
        ) from None
    os.ftruncate(lock, 0)
    os.pwrite(lock, f"pid {os.getpid()} on {socket.gethostname()}\n".encode(), 0)
    _held_folders[folder] = lock


def worker_preload(cfg: Config, tasks: list[ScriptTask]) -> list[str]:
    """What the workers' forkserver imports once for this job: the corpus's libraries, what the
    runtimes it measures import (none when it stops before measuring), and the dynamo exporter
    made ready (:mod:`mlagility.builder.exporter_warmup`) when it will likely export three scripts
    or more. Readying it takes the forkserver 2 to 3 s and saves each export 1 to 1.5 s: a job
    whose builds are in the cache (a rerun) would only wait for it."""
    measured = [] if cfg.build.stop_after is not None else list(cfg.runtime)
    to_export = len(scripts_to_export(cfg, tasks))
    warmup = ["mlagility.builder.exporter_warmup"] if to_export >= EXPORTER_WARMUP_MIN_SCRIPTS else []
    return [*cfg.corpus.preload, *(module for name in measured for module in runtimes.get(name).preload), *warmup]


def scripts_to_export(cfg: Config, tasks: list[ScriptTask]) -> list[str]:
    """The job's scripts that will likely be exported with the dynamo exporter: those with no
    build in the cache yet (build folders are named after their script), or every script under
    ``rebuild=always``. Likely, not surely: a build of another size or of another corpus's
    script of the same name counts as found."""
    exports = (cfg.build.stop_after != StopAfter.analyze and cfg.build.exporter == Exporter.dynamo
               and any(runtimes.get(name).needs_onnx for name in cfg.runtime))
    if not exports:
        return []
    stems = [Path(task.script).stem for task in tasks]
    if cfg.rebuild == Rebuild.always:
        return stems
    built = built_scripts(cfg.cache_dir)
    return [stem for stem in stems if stem not in built]


def corpus_source(corpus: CorpusConfig) -> str:
    """Where a job's scripts come from, for its header: the corpus's name, or its folder where
    ``corpus.folder`` points elsewhere than the named corpus (it keeps the default's name)."""
    folder = corpus_folder(corpus)
    return corpus.name if folder.name == corpus.name or folder == MODELS_DIR else str(folder)


def run_job(cfg: Config | DictConfig, output_dir: str | Path, launcher: str = "") -> JobSummary:
    """Run every script the config selects; records go to ``output_dir/results.jsonl``. A composed
    DictConfig becomes the typed Config here (:func:`mlagility.config.validate`), and only that
    goes further."""
    cfg = config_module.validate(cfg)
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    with holding_job_folder(output_dir, cfg.resume):
        try:
            summary = run_tasks(cfg, output_dir, launcher)
            # A job cut short leaves samples.jsonl, which readers read as it is.
            samples.compact(output_dir)
            return summary
        except OSError as error:
            if not no_space_left(error):
                raise
            raise config_module.ConfigError(
                no_space_message(output_dir, "point hydra.run.dir= (hydra.sweep.dir= for a sweep) elsewhere")
                + f"; the records written before are whole in {output_dir / records.RESULTS_FILE}, and "
                  "resume=true retry_interrupted=true runs the rest") from None


def run_tasks(cfg: Config, output_dir: Path, launcher: str = "") -> JobSummary:
    """The body of :func:`run_job`, in a validated job folder that this run holds."""
    (output_dir / "config.yaml").write_text(OmegaConf.to_yaml(OmegaConf.structured(cfg)))
    results = output_dir / records.RESULTS_FILE
    tasks = make_tasks(cfg, output_dir, launcher)
    if not tasks:
        raise config_module.ConfigError(
            f"No scripts selected in corpus {cfg.corpus.name!r} ({corpus_folder(cfg.corpus)}, "
            f"include={list(cfg.corpus.include)}, labels={label_filter(cfg.corpus)})"
        )
    runner.start_workers(worker_preload(cfg, tasks), cfg.env)
    limit = memory_limit_bytes(cfg.memory_limit_gb)
    summary = JobSummary(output_dir=output_dir, scripts=len(tasks), records=[])
    header = (f"{len(tasks)} script(s) from {corpus_source(cfg.corpus)}, device={cfg.device.name}, "
              f"runtime={','.join(cfg.runtime)}; {asked_parameters(tasks)}")
    console.print(f"[bold]mlagility[/bold]: {header}")
    log.info("%s; job folder %s", header, output_dir)
    done = read_progress(output_dir) if cfg.resume else {}

    keep = ResultsWriter(results)
    live = console.is_terminal and launcher in IN_PROCESS_LAUNCHERS
    with JobProgress(len(tasks), live, cfg.cache_dir) as progress:
        for task in tasks:
            script = f"{task.corpus}/{Path(task.script).name}"
            events = done.get(progress_key(task), set())
            if "end" in events or ("start" in events and not cfg.retry_interrupted):
                summary.skipped += int("end" in events)
                summary.records.extend(skipped_on_resume(task, events, output_dir, keep))
                progress.skip(script, "resume: finished in an earlier run" if "end" in events
                              else "resume: an earlier run was killed while it ran")
                continue
            if "start" in events:
                # Retrying a script an earlier run was killed in: its partial records give way.
                records.drop(results, lambda r: r.script == Path(task.script).name and r.parameters == task.parameters)
            mark_progress(output_dir, task, "start")
            progress.start_script(script)
            script_records = runner.run_script(task, cfg.timeout, limit, keep, progress.begin, keep.samples)
            keep.raise_if_disk_full()
            progress.finish_script(len(script_records))
            mark_progress(output_dir, task, "end")
            summary.records.extend(script_records)
            print_script_table(script, script_records)
    print_ending(summary, results)
    return summary


class ResultsWriter:
    """Appends each record to the job's results file as it arrives, and logs its outcome. A full
    disk stops the run once the script's worker has ended, never mid-pipe: the first error is
    kept, later records are not written, and :meth:`raise_if_disk_full` raises it."""

    def __init__(self, results: Path):
        self.results = results
        self.full_disk: Optional[OSError] = None

    def __call__(self, record: Record) -> None:
        self._write(records.append, self.results, record)
        log.info("%s", outcome(record))

    def samples(self, payload: dict[str, Any]) -> None:
        """Keep one measurement's latencies beside the results (samples.py)."""
        self._write(samples.append, self.results.parent, payload["measurement_id"], payload["round_calls"],
                    payload["latencies_s"])

    def _write(self, append: Callable[..., None], *args: Any) -> None:
        try:
            if self.full_disk is None:
                append(*args)
        except OSError as error:
            if not no_space_left(error):
                raise
            self.full_disk = error

    def raise_if_disk_full(self) -> None:
        if self.full_disk is not None:
            raise self.full_disk


def skipped_on_resume(task: ScriptTask, events: set[str], output_dir: Path, keep: ResultsWriter) -> list[Record]:
    """A script that resume skips: none when an earlier run finished it; a killed record when the
    earlier run died while it ran and retry_interrupted is off (not risked again, but said)."""
    if "end" in events:
        return []
    record = dataclasses.replace(
        task.base_record(), status=records.KILLED,
        reason="an earlier run was killed while this script ran; resume skipped it (set retry_interrupted=true to retry)")
    keep(record)
    mark_progress(output_dir, task, "end")
    return [record]


def print_ending(summary: JobSummary, results: Path) -> None:
    """The job's last lines, on the console and in its log: the counts, then each failure."""
    failed = summary.failures
    ending = (f"{summary.scripts} script(s), {len(summary.records)} record(s), {len(failed)} failed"
              + (f", {summary.skipped} skipped (resume)" if summary.skipped else "") + f"; results in {results}")
    console.print(ending)
    log.info("%s", ending)
    for record in failed:
        console.print(f"  [red]{record.status}[/red] {record.corpus}/{record.script} {record.variable} "
                      f"{record.runtime}: {record.reason}")


__all__ = ["JobSummary", "run_job", "make_tasks"]
