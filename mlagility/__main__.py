"""``python -m mlagility [overrides]``, or the ``mlagility`` command: the Hydra entry point.

    python -m mlagility corpus=selftest device=cpu runtime=ort
    mlagility -m batch_size=1,8 max_seq_length=64,128
"""

from __future__ import annotations

import logging
import re
import sys

# Hydra's own flags that only print or exit: no workers needed.
_NO_JOB_FLAGS = {"-h", "--help", "--hydra-help", "--info", "-i", "--cfg", "-c", "--resolve", "--shell-completion", "-sc"}


def _runs_jobs_here(argv: list[str]) -> bool:
    """Whether this process will run jobs itself: not for Hydra's informational flags, nor when a
    launcher runs them in other processes."""
    launchers = {arg.split("=", 1)[1] for arg in argv if arg.lstrip("+").startswith("hydra/launcher=")}
    return not _NO_JOB_FLAGS & set(argv) and launchers <= {"basic"}


def start_workers_for(argv: list[str]) -> None:
    """Start the workers' forkserver for a command line that runs jobs in this process (else do
    nothing); a second call for the same command line finds it running and does nothing."""
    if _runs_jobs_here(argv):
        from mlagility.engine import runner
        from mlagility.config import worker_hints

        runner.start_workers(*worker_hints(argv))


if __name__ == "__main__":
    # Start the workers' forkserver first: its imports (torch, onnxruntime, the corpus's
    # libraries) then overlap with Hydra's start-up instead of following it.
    start_workers_for(sys.argv[1:])

import hydra
from hydra.core.hydra_config import HydraConfig
from hydra.types import RunMode
from omegaconf import DictConfig

from mlagility.conf import SEARCH_PATH
from mlagility.config import ConfigError, register_configs

register_configs()

# `runtime=ort,torch-eager` means a list of runtimes measured in one job, not a sweep:
# `runtime=[ort,torch-eager]` in Hydra's grammar. Sweep over runtimes with runtime=choice(...).
_RUNTIME_LIST = re.compile(r"^runtime=([\w-]+(?:,[\w-]+)+)$")


def runtime_list_overrides(argv: list[str]) -> list[str]:
    """Rewrite ``runtime=a,b`` to ``runtime=[a,b]``; every other argument is left alone."""
    return [f"runtime=[{m.group(1)}]" if (m := _RUNTIME_LIST.match(arg)) else arg for arg in argv]


# Set by a single run that recorded failures; a sweep's jobs leave it alone.
exit_code = 0


@hydra.main(version_base="1.3", config_path=SEARCH_PATH, config_name="config")
def main(cfg: DictConfig) -> None:
    """Run one job; a single run exits non-zero when any record failed."""
    global exit_code
    from mlagility.engine.job import run_job

    # Python's warnings, the job's and its report's, go to the job's log (and, as its warnings, to the console).
    logging.captureWarnings(True)

    hydra_cfg = HydraConfig.get()
    launcher = str(hydra_cfg.launcher.get("_target_", "")).rsplit(".", 1)[-1]
    try:
        summary = run_job(cfg, hydra_cfg.runtime.output_dir, launcher=launcher)
    except ConfigError as error:
        print(f"mlagility: {error}", file=sys.stderr)
        exit_code = 2
        return
    if hydra_cfg.mode == RunMode.RUN and not summary.ok:
        # Exit after Hydra's callbacks (the report) have run: see the bottom of this file.
        exit_code = 1


def cli() -> None:
    """The ``mlagility`` console script, and ``python -m mlagility``: run the command line, then
    exit with the job's status."""
    start_workers_for(sys.argv[1:])
    sys.argv = [sys.argv[0], *runtime_list_overrides(sys.argv[1:])]
    main()
    sys.exit(exit_code)


if __name__ == "__main__":
    cli()
