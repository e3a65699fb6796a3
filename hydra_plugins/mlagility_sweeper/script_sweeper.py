"""A sweeper that makes one job per (script, grid point), so that any Hydra launcher (joblib,
Slurm through submitit, Ray) can spread single scripts across workers and hosts.

It is Hydra's BasicSweeper with one more axis: after the grid is expanded, each point's config is
composed, its corpus's scripts are selected, and the point becomes one job per script (the
override ``script=PATH``). With ``per_script=false`` a point stays one job.

A job whose point differs from an earlier one only in parse() parameters that its scripts do not
ask for (``max_seq_length`` for an image model) is not run again; one console line says so.

Each grid point is composed and validated once, whatever the number of its scripts: a job is its
point plus ``script=PATH``, and Hydra's own check of every job (composing each one's config, 0.1 to
0.4 s a job) would keep thousands of jobs waiting for minutes before the first runs. A plan that
takes long says how far it has got; ``hydra.sweeper.dry_run=true`` lists the jobs and runs none.
The launcher, too, composes each grid point once (PointConfigs): a job's config is its point's
with its script.

The process that sweeps holds the sweep folder alone (a second sweep or a resume into it stops
before any work), names a submitit job that ended without its result, and sets the command's
exit code: the highest of the sweep's jobs'.

Its config (``hydra/sweeper: mlagility``) is ``mlagility.config.SweeperConfig``, registered with the
tool's other schemas: this module imports mlagility (lazily, when it sweeps), never the reverse.
"""

import copy
import os
import shlex
import sys
import time
from pathlib import Path
from typing import Any, Dict, List, NoReturn, Optional, Sequence, Tuple, Type

# Hydra's grid expansion, batching and launching live in BasicSweeper, which Hydra does not export
# (its public hydra.plugins.sweeper.Sweeper is the bare interface; its other sweepers write their own):
# ScriptSweeper extends it through __init__, setup, sweep, get_job_batch, validate_batch_is_legal, is_done,
# hydra_context, config, launcher and overrides, checked against hydra-core 1.3.8; tests/test_private_apis.py
# fails if an upgrade changes them.
from hydra._internal.core_plugins.basic_sweeper import BasicSweeper
from hydra.core.config_loader import ConfigLoader
from hydra.types import HydraContext, TaskFunction
from omegaconf import DictConfig


# The folder of the sweep this process launches, once it holds it, and the highest exit code of
# its jobs (a job's: 1 when a record failed, 2 for a config that cannot run): the command exits
# with it, as a single run with its job's.
sweep_dir = ""
sweep_exit_code = 0
# hydra-submitit-launcher's launchers (Slurm's, and the local one), named without importing them.
SUBMITIT_LAUNCHERS = "hydra_plugins.hydra_submitit_launcher.submitit_launcher."
SUBMITIT_SLURM_LAUNCHER = SUBMITIT_LAUNCHERS + "SlurmLauncher"
# A plan (the jobs of every grid point) that takes longer than this says how far it has got, this often.
PLAN_REPORT_S = 2.0

class PointConfigs:
    """A launcher's config loader that composes each grid point once: a job is its point plus
    ``script=PATH``, and its config is its point's with ``script``, Hydra's record of the job's
    overrides and the folder name made of them (``hydra.job.override_dirname``) set for that
    script. Hydra's launchers compose every job (0.4 s a job: the jobs of a 4,000-job sweep
    started 0.53 s apart, 0.05 s of it their own work). A job with any other shape (no
    ``script=``, or ``hydra.sweeper.per_script=false``) is composed as Hydra does. Anything else
    is Hydra's loader's."""

    def __init__(self, loader: ConfigLoader) -> None:
        self.loader = loader
        # A grid point's overrides: its composed config and the script override it was composed with.
        self.points: Dict[Tuple[str, ...], Tuple[DictConfig, str]] = {}

    def __getattr__(self, name: str) -> Any:
        # Not while unpickled (a launcher's other processes get a copy): there is no loader yet.
        if name == "loader" or name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.loader, name)

    def load_sweep_config(self, master_config: DictConfig, sweep_overrides: List[str]) -> DictConfig:
        """The job's config: its point's, composed once, with the job's script."""
        scripts = [o for o in sweep_overrides if o.startswith("script=")]
        point = tuple(o for o in sweep_overrides if o not in scripts)
        if len(scripts) != 1:
            return self.loader.load_sweep_config(master_config, sweep_overrides)
        if point not in self.points:
            composed = self.loader.load_sweep_config(master_config, sweep_overrides)
            # A copy: the launcher and the job change the config they get (its id, its folder).
            self.points[point] = (copy.deepcopy(composed), scripts[0])
            return composed
        return with_script(*self.points[point], scripts[0])


def with_script(composed: DictConfig, composed_script: str, script: str) -> DictConfig:
    """A copy of ``composed`` (a job's config, composed with the override ``composed_script``) as
    Hydra would compose it with ``script`` instead: the ``script`` key, ``hydra.overrides.task``
    and ``hydra.job.override_dirname``."""
    # Hydra's own function for the folder name made of a job's overrides (private; checked against
    # hydra-core 1.3.8 by tests/test_private_apis.py, as BasicSweeper is).
    from hydra._internal.config_loader_impl import get_overrides_dirname
    from hydra.core.override_parser.overrides_parser import OverridesParser
    from omegaconf import read_write

    config = copy.deepcopy(composed)
    task = [script if override == composed_script else override for override in config.hydra.overrides.task]
    parsed = OverridesParser.create().parse_overrides(task)
    dirname = config.hydra.job.config.override_dirname
    # Hydra leaves parts of its node read-only: each is opened where it is set.
    with read_write(config):
        config.script = next(o for o in parsed if o.key_or_group == "script").value()
    with read_write(config.hydra.overrides):
        config.hydra.overrides.task = task
    with read_write(config.hydra.job):
        config.hydra.job.override_dirname = get_overrides_dirname(
            overrides=parsed, kv_sep=dirname.kv_sep, item_sep=dirname.item_sep, exclude_keys=dirname.exclude_keys)
    return config


class ScriptSweeper(BasicSweeper):
    """BasicSweeper whose batches hold one job per selected script of each grid point."""

    def __init__(self, max_batch_size: Optional[int], params: Optional[Dict[str, str]] = None,
                 per_script: bool = True, dry_run: bool = False) -> None:
        super().__init__(max_batch_size=max_batch_size, params=params)
        self.per_script = per_script
        self.dry_run = dry_run
        # The grid points composed and validated (scripts_of): their jobs need no composing again.
        self._composed_points: set = set()
        self._planned_points = 0
        self._planned_jobs = 0
        self._next_report = 0.0
        # (scripts, the overrides that matter to them): the first grid point that had them.
        self._first_points: Dict[Tuple[Tuple[str, ...], Tuple[str, ...]], Tuple[str, ...]] = {}
        self.run_identity: Optional[List[str]] = None
        # What the launcher raises for a job that ended without its result (see setup).
        self.job_failures: Tuple[Type[Exception], ...] = ()

    def setup(self, *, hydra_context: HydraContext, task_function: TaskFunction, config: DictConfig) -> None:
        """The basic sweeper's setup. Under submitit a job that ends without its result is named
        with its log (:func:`mlagility.slurm.name_failed_jobs`); on a Slurm cluster without
        accounting, submitit is also told to read job states from squeue, or a cancelled job would
        keep the sweep waiting forever."""
        super().setup(hydra_context=hydra_context, task_function=task_function, config=config)
        # Hydra's launchers (basic, joblib, submitit, ray) compose each job's config with their
        # context's loader.
        assert self.launcher is not None
        self.launcher.hydra_context = HydraContext(config_loader=PointConfigs(hydra_context.config_loader),
                                                   callbacks=hydra_context.callbacks)
        launcher = str(config.hydra.launcher.get("_target_"))
        if launcher.startswith(SUBMITIT_LAUNCHERS):
            from mlagility.slurm import JobFailed, name_failed_jobs

            name_failed_jobs()
            self.job_failures = (JobFailed,)
        if launcher == SUBMITIT_SLURM_LAUNCHER:
            from mlagility.slurm import watch_with_squeue_if_no_accounting

            watch_with_squeue_if_no_accounting()

    def sweep(self, arguments: List[str]) -> Any:
        """The basic sweep, once this process holds the sweep folder: a second run into a folder
        in use (the same sweep again, or a resume beside a live one) stops before any work."""
        from mlagility.config import ConfigError
        from mlagility.engine.job import hold_folder

        assert self.config is not None
        global sweep_dir, sweep_exit_code
        folder = Path(str(self.config.hydra.sweep.dir)).resolve()
        try:
            hold_folder(folder, "hydra.sweep.dir")
        except ConfigError as error:
            _stop(str(error))
        sweep_dir = str(folder)
        if self.dry_run:
            return self.print_plan(arguments, folder)
        try:
            returns = super().sweep(arguments)
        except self.job_failures as error:
            _stop(f"{error}; once the sweep's other jobs have ended, go on where it stopped: "
                  f"{resume_command(f'hydra.sweep.dir={folder}')}", code=1)
        codes = [job.return_value for batch in returns for job in batch if isinstance(job.return_value, int)]
        sweep_exit_code = max([sweep_exit_code, *codes])
        return returns

    def print_plan(self, arguments: List[str], folder: Path) -> Any:
        """``dry_run``: plan the sweep as it would run (every job checked as before a launch), print
        each job's overrides, launch none, and leave no sweep folder behind."""
        from mlagility.common.output import remove_if_holding_only
        from mlagility.engine.job import WRITER_LOCK_FILE

        printer = _PlanPrinter()
        self.launcher = printer
        returns = super().sweep(arguments)
        remove_if_holding_only(folder, ["multirun.yaml", WRITER_LOCK_FILE])
        print(f"mlagility: dry run: {printer.jobs:,} job(s) planned, none launched")
        return returns

    def validate_batch_is_legal(self, batch: Sequence[Sequence[str]]) -> None:
        """Hydra's check that every job composes, composing only what the plan has not: a job is
        its grid point, composed and validated in :meth:`scripts_of`, plus ``script=PATH``, which
        is parsed here. A job given ``script=`` on the command line is composed as Hydra does."""
        from hydra.core.override_parser.overrides_parser import OverridesParser

        parser = OverridesParser.create()
        unplanned = []
        for job in batch:
            scripts = [o for o in job if o.startswith("script=")]
            if tuple(o for o in job if o not in scripts) in self._composed_points:
                parser.parse_overrides(scripts)
            else:
                unplanned.append(job)
        super().validate_batch_is_legal(unplanned)

    def scripts_of(self, overrides: Sequence[str]) -> List[str]:
        """The scripts that the config of one grid point selects. A point whose config cannot run
        stops the sweep before any job, as a single run would stop (exit code 2); whether its
        device is present is left to the jobs, which may run on other hosts."""
        from hydra.errors import HydraException
        from omegaconf import open_dict

        from mlagility.common.output import remove_if_holding_only
        from mlagility.config import ConfigError, composition_error, validate
        from mlagility.engine.job import WRITER_LOCK_FILE
        from mlagility.corpus import select_scripts

        assert self.hydra_context is not None and self.config is not None
        try:
            try:
                cfg = self.hydra_context.config_loader.load_sweep_config(self.config, list(overrides))
            except HydraException as error:  # an option or key that does not exist
                raise composition_error(error) from None
            with open_dict(cfg):
                del cfg["hydra"]  # Hydra's own node: the job's config has none
            scripts = [str(path) for path in select_scripts(validate(cfg, check_device=False).corpus)]
            self._composed_points.add(tuple(overrides))
            return scripts
        except ConfigError as error:
            # Before its first job, the sweep folder holds only Hydra's copy of the config and the lock.
            remove_if_holding_only(self.config.hydra.sweep.dir, ["multirun.yaml", WRITER_LOCK_FILE])
            _stop(f"{error} (sweep point: {' '.join(overrides)})")

    def run_overrides(self) -> List[str]:
        """``run_id`` and ``run_dir`` for every job of this sweep: made once, here in the parent,
        so that jobs on any launcher (other processes, other hosts) share them."""
        if self.run_identity is None:
            from mlagility.engine.job import new_run_id

            assert self.config is not None
            run_dir = os.path.abspath(str(self.config.hydra.sweep.dir))
            self.run_identity = [f"run_id='{new_run_id()}'", f"run_dir='{run_dir}'"]
        return self.run_identity

    def get_job_batch(self) -> Sequence[Sequence[str]]:
        """The next batch of the grid, as jobs (each with the sweep's run_id and run_dir), less
        those that repeat an earlier job (an empty batch is skipped: some launchers cannot launch
        nothing)."""
        while True:
            batch = [[*overrides, *self.run_overrides()] for overrides in super().get_job_batch()]
            jobs = self.jobs_of(batch)
            self._planned_jobs += len(jobs)
            if jobs or self.is_done():
                return jobs

    def jobs_of(self, batch: Sequence[Sequence[str]]) -> List[List[str]]:
        """One job per selected script of each grid point (or one per point with per_script=false).
        A job whose point differs from an earlier one only in parse() parameters that its scripts
        do not ask for would measure the same thing again: it is left out, in one console line."""
        jobs: List[List[str]] = []
        for overrides in batch:
            if any(o.startswith("script=") for o in overrides):
                jobs.append(list(overrides))
                continue
            scripts = self.scripts_of(overrides)
            if not scripts:  # the job itself will report that its corpus selects nothing
                jobs.append(list(overrides))
                continue
            repeats: Dict[Tuple[str, ...], List[str]] = {}  # earlier point: scripts not run again
            for unit in ([[script] for script in scripts] if self.per_script else [scripts]):
                earlier = self.first_point(unit, overrides)
                if earlier != tuple(overrides):
                    repeats.setdefault(earlier, []).extend(Path(script).name for script in unit)
                elif self.per_script:
                    jobs.append([*overrides, f"script='{unit[0]}'"])
                else:
                    jobs.append(list(overrides))
            for earlier, names in repeats.items():
                print(f"mlagility: {', '.join(names)} at {_difference(overrides, earlier)} would repeat "
                      f"{_difference(earlier, overrides)} (no parse() parameter they ask for differs): not run again")
            self.planned(len(jobs))
        return jobs

    def planned(self, jobs: int) -> None:
        """One more grid point planned, ``jobs`` jobs so far in this batch: a plan that takes longer
        than PLAN_REPORT_S says how far it has got, once per PLAN_REPORT_S."""
        now = time.monotonic()
        if self._planned_points == 0:
            self._next_report = now + PLAN_REPORT_S
        self._planned_points += 1
        if now >= self._next_report:
            points = sum(len(batch) for batch in self.overrides or [])
            print(f"mlagility: planning the sweep: {self._planned_points:,} of {points:,} grid points, "
                  f"{self._planned_jobs + jobs:,} jobs so far", flush=True)
            self._next_report = now + PLAN_REPORT_S

    def first_point(self, scripts: Sequence[str], overrides: Sequence[str]) -> Tuple[str, ...]:
        """The first grid point seen whose overrides match ``overrides`` in everything but the
        parse() parameters that none of ``scripts`` asks for (read from their source)."""
        from mlagility import parser

        asked = {name for script in scripts for name in parser.names_asked_by(script)}
        relevant = tuple(o for o in overrides if _key(o) not in parser.DEFAULTS or _key(o) in asked)
        return self._first_points.setdefault((tuple(scripts), relevant), tuple(overrides))


class _PlanPrinter:
    """Stands in for the launcher in a dry run: prints each job's overrides (less the run's
    identity, the same on every job) and launches nothing."""

    def __init__(self) -> None:
        self.jobs = 0

    def launch(self, job_overrides: Sequence[Sequence[str]], initial_job_idx: int) -> List[Any]:
        for number, overrides in enumerate(job_overrides, initial_job_idx):
            print(f"job {number}: {' '.join(o for o in overrides if _key(o) not in ('run_id', 'run_dir'))}")
        self.jobs += len(job_overrides)
        return []


def resume_command(folder: str) -> str:
    """The command line that goes on with this process's run (a sweep or a single run) in its
    folder (``hydra.sweep.dir=D`` or ``hydra.run.dir=D``): its own arguments, with resume=true."""
    replaced = ("resume", "hydra.run.dir", "hydra.sweep.dir")
    kept = [arg for arg in sys.argv[1:] if arg.split("=", 1)[0] not in replaced]
    return shlex.join(["python", "-m", "mlagility", *kept, "resume=true", folder])


def _stop(message: str, code: int = 2) -> NoReturn:
    """Stop the sweep with one line: by default before any job, as a single run stops on a config
    that cannot run (exit 2)."""
    print(f"mlagility: {message}", file=sys.stderr)
    raise SystemExit(code)


def _key(override: str) -> str:
    """The config key an override sets: ``+batch_size=8`` -> ``batch_size``."""
    return override.split("=", 1)[0].lstrip("+~")


def _difference(overrides: Sequence[str], other: Sequence[str]) -> str:
    """The overrides of one point that another point lacks, as typed on a command line."""
    return " ".join(o for o in overrides if o not in other)
