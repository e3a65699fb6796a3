"""``python -m mlagility [overrides]``, or the ``mlagility`` command: the Hydra entry point.

    python -m mlagility corpus=selftest device=cpu runtime=ort
    mlagility -m batch_size=1,8 max_seq_length=64,128
"""

from __future__ import annotations

import logging
import os
import re
import sys

import hydra
from hydra.core.hydra_config import HydraConfig
from hydra.errors import ConfigCompositionException, OverrideParseException, SearchPathException
from hydra.types import RunMode
from omegaconf import DictConfig

from mlagility.common.output import remove_if_holding_only
from mlagility.conf import SEARCH_PATH
from mlagility.config import ConfigError, composition_error, register_configs

register_configs()

# `runtime=ort,torch-eager` means a list of runtimes measured in one job, not a sweep:
# `runtime=[ort,torch-eager]` in Hydra's grammar. Sweep over runtimes with runtime=choice(...).
_RUNTIME_LIST = re.compile(r"^runtime=([\w-]+(?:,[\w-]+)+)$")


def runtime_list_overrides(argv: list[str]) -> list[str]:
    """Rewrite ``runtime=a,b`` to ``runtime=[a,b]``; every other argument is left alone."""
    return [f"runtime=[{m.group(1)}]" if (m := _RUNTIME_LIST.match(arg)) else arg for arg in argv]


# Set by a single run that recorded failures; a sweep's jobs leave it alone.
exit_code = 0

# Hydra reports overrides it cannot compose itself, with its own advice (`+batchsize=8` for a typo)
# and exit code 1. HYDRA_FULL_ERROR is Hydra's switch that lets the error reach the caller instead:
# cli() sets it while Hydra composes, names the fix and exits 2, as for any config that cannot run.
# The first job drops it, so that a job's own errors are reported as Hydra reports them.
RAISE_HYDRA_ERRORS = "HYDRA_FULL_ERROR"
COMPOSITION_ERRORS = (ConfigCompositionException, OverrideParseException, SearchPathException)
_raising_set_by_cli = False


def _composed() -> None:
    """Hydra has composed the config: its errors are its own to report again."""
    global _raising_set_by_cli
    if _raising_set_by_cli:
        os.environ.pop(RAISE_HYDRA_ERRORS, None)
        _raising_set_by_cli = False


@hydra.main(version_base="1.3", config_path=SEARCH_PATH, config_name="config")
def main(cfg: DictConfig) -> None:
    """Run one job; a single run exits non-zero when any record failed."""
    global exit_code
    from mlagility.engine.job import run_job

    _composed()
    # Python's warnings, the job's and its report's, go to the job's log (and, as its warnings, to the console).
    logging.captureWarnings(True)

    hydra_cfg = HydraConfig.get()
    launcher = str(hydra_cfg.launcher.get("_target_", "")).rsplit(".", 1)[-1]
    try:
        summary = run_job(cfg, hydra_cfg.runtime.output_dir, launcher=launcher)
    except ConfigError as error:
        print(f"mlagility: {error}", file=sys.stderr)
        exit_code = 2
        if hydra_cfg.mode == RunMode.RUN:  # nothing ran: no empty run folder stays behind
            remove_if_holding_only(hydra_cfg.runtime.output_dir, [".hydra", f"{hydra_cfg.job.name}.log"])
        return
    if hydra_cfg.mode == RunMode.RUN and not summary.ok:
        # Exit after Hydra's callbacks (the report) have run: see the bottom of this file.
        exit_code = 1


def cli() -> None:
    """The ``mlagility`` console script, and ``python -m mlagility``: run the command line, then
    exit with the job's status."""
    global _raising_set_by_cli
    sys.argv = [sys.argv[0], *runtime_list_overrides(sys.argv[1:])]
    _raising_set_by_cli = RAISE_HYDRA_ERRORS not in os.environ  # a user's own setting is left alone
    if _raising_set_by_cli:
        os.environ[RAISE_HYDRA_ERRORS] = "1"
    try:
        main()
    except COMPOSITION_ERRORS as error:
        if not _raising_set_by_cli:
            raise
        print(f"mlagility: {composition_error(error)}", file=sys.stderr)
        sys.exit(2)
    finally:
        _composed()
    sys.exit(exit_code)


if __name__ == "__main__":
    cli()
