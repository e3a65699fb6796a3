"""``python -m mlagility [overrides]``, or the ``mlagility`` command: the Hydra entry point.

    python -m mlagility corpus=selftest device=cpu runtime=ort
    mlagility -m batch_size=1,8 max_seq_length=64,128
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, Sequence

from mlagility.common.exiting import before_exit
from mlagility.config import ConfigError, runtime_list_overrides
from mlagility.engine import runner

if TYPE_CHECKING:
    from omegaconf import DictConfig

# Set by a single run: its job's exit code (a sweep's is the sweeper's) and its folder.
exit_code = 0
run_dir = ""
# Ctrl-C's exit code, as a shell reports a command that SIGINT ended.
INTERRUPTED = 130

# Hydra reports overrides it cannot compose itself, with its own advice (`+batchsize=8` for a typo)
# and exit code 1. HYDRA_FULL_ERROR is Hydra's switch that lets the error reach the caller instead:
# cli() sets it while Hydra composes, names the fix and exits 2, as for any config that cannot run.
# The first job drops it, so that a job's own errors are reported as Hydra reports them.
RAISE_HYDRA_ERRORS = "HYDRA_FULL_ERROR"
_raising_set_by_cli = False
# Hydra's flags that print or sweep instead of running one job here: no workers for them.
NOT_ONE_JOB_FLAGS = {"-m", "--multirun", "-h", "--help", "--hydra-help", "--version", "-c", "--cfg", "-i", "--info",
                     "-sc", "--shell-completion"}


def _composed() -> None:
    """Hydra has composed the config: its errors are its own to report again."""
    global _raising_set_by_cli
    if _raising_set_by_cli:
        os.environ.pop(RAISE_HYDRA_ERRORS, None)
        _raising_set_by_cli = False


def main(cfg: DictConfig) -> int:
    """Run one job; returns its exit code: 1 when any record failed, 2 for a config that cannot
    run, else 0. A single run exits with it, a sweep with the highest of its jobs'. (Hydra's
    task function: :func:`cli` hands it to ``hydra.main``.)"""
    global exit_code, run_dir
    from hydra.core.hydra_config import HydraConfig
    from hydra.types import RunMode

    from mlagility.common.output import remove_if_holding_only
    from mlagility.engine.job import WRITER_LOCK_FILE, hold_folder, run_job

    _composed()
    # Python's warnings, the job's and its report's, go to the job's log (and, as its warnings, to the console).
    logging.captureWarnings(True)

    hydra_cfg = HydraConfig.get()
    launcher = str(hydra_cfg.launcher.get("_target_", "")).rsplit(".", 1)[-1]
    try:
        if hydra_cfg.mode == RunMode.RUN:
            # One folder, one writer: the same run again, or a resume beside it, stops here.
            hold_folder(Path(hydra_cfg.runtime.output_dir), "hydra.run.dir")
            run_dir = os.path.abspath(hydra_cfg.runtime.output_dir)
        summary = run_job(cfg, hydra_cfg.runtime.output_dir, launcher=launcher)
        code = 0 if summary.ok else 1
    except ConfigError as error:
        print(f"mlagility: {error}", file=sys.stderr)
        code = 2
        if run_dir:  # this single run held its folder, and nothing ran: no empty run folder stays behind
            remove_if_holding_only(run_dir, [".hydra", f"{hydra_cfg.job.name}.log", WRITER_LOCK_FILE])
    if hydra_cfg.mode == RunMode.RUN:
        # Exit after Hydra's callbacks (the report) have run: see cli().
        exit_code = code
    return code


def interrupted() -> NoReturn:
    """Ctrl-C: end this run's processes (its workers, a launcher's jobs) before they write on,
    keep every record so far, and say in one line how to go on."""
    import psutil

    from hydra_plugins.mlagility_sweeper import script_sweeper

    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            child.kill()
    folder = (f"hydra.sweep.dir={script_sweeper.sweep_dir}" if script_sweeper.sweep_dir
              else f"hydra.run.dir={run_dir}" if run_dir else "")
    if folder:
        print("mlagility: interrupted; the records so far are kept; to go on where it stopped: "
              f"{script_sweeper.resume_command(folder)}", file=sys.stderr)
    else:
        print("mlagility: interrupted before any work", file=sys.stderr)
    sys.exit(INTERRUPTED)


def runs_one_job_here(argv: Sequence[str]) -> bool:
    """Whether the command line runs one job in this process (not a sweep, help or a printed config)."""
    return not any(arg.partition("=")[0] in NOT_ONE_JOB_FLAGS for arg in argv)


def cli() -> None:
    """The ``mlagility`` console script, and ``python -m mlagility``: run the command line, then
    exit with the job's status (a sweep's: the highest of its jobs')."""
    global _raising_set_by_cli
    sys.argv = [sys.argv[0], *runtime_list_overrides(sys.argv[1:])]
    if runs_one_job_here(sys.argv[1:]):  # a config that cannot run stops them again at exit
        runner.start_default_workers()
    import hydra
    from hydra.errors import ConfigCompositionException, OverrideParseException, SearchPathException

    from hydra_plugins.mlagility_sweeper import script_sweeper
    from mlagility.conf import SEARCH_PATH
    from mlagility.config import composition_error, register_configs

    register_configs(help_shown=any(arg in ("-h", "--help") for arg in sys.argv[1:]))
    _raising_set_by_cli = RAISE_HYDRA_ERRORS not in os.environ  # a user's own setting is left alone
    if _raising_set_by_cli:
        os.environ[RAISE_HYDRA_ERRORS] = "1"
    try:
        hydra.main(version_base="1.3", config_path=SEARCH_PATH, config_name="config")(main)()
    except (ConfigCompositionException, OverrideParseException, SearchPathException) as error:
        if not _raising_set_by_cli:
            raise
        print(f"mlagility: {composition_error(error)}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        interrupted()
    finally:
        _composed()
    before_exit()
    sys.exit(exit_code or script_sweeper.sweep_exit_code)


if __name__ == "__main__":
    cli()
