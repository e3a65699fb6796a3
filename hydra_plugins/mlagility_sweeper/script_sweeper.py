# No `from __future__ import annotations` here: Hydra loads plugins outside sys.modules, where
# dataclasses cannot resolve string annotations.
"""A sweeper that makes one job per (script, grid point), so that any Hydra launcher (joblib,
Slurm through submitit, Ray) can spread single scripts across workers and hosts.

It is Hydra's BasicSweeper with one more axis: after the grid is expanded, each point's config is
composed, its corpus's scripts are selected, and the point becomes one job per script (the
override ``script=PATH``). With ``per_script=false`` it is exactly the basic sweeper.
"""

import os
import sys
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

from hydra._internal.core_plugins.basic_sweeper import BasicSweeper
from hydra.core.config_store import ConfigStore
from hydra.types import HydraContext, TaskFunction
from omegaconf import DictConfig


@dataclass
class ScriptSweeperConf:
    _target_: str = "hydra_plugins.mlagility_sweeper.script_sweeper.ScriptSweeper"
    max_batch_size: Optional[int] = None
    params: Optional[Dict[str, str]] = None
    # One job per script (true) or one job per grid point running the whole corpus (false).
    per_script: bool = True


# hydra-submitit-launcher's Slurm launcher, named without importing it.
SUBMITIT_SLURM_LAUNCHER = "hydra_plugins.hydra_submitit_launcher.submitit_launcher.SlurmLauncher"

ConfigStore.instance().store(group="hydra/sweeper", name="mlagility", node=ScriptSweeperConf, provider="mlagility")


class ScriptSweeper(BasicSweeper):
    """BasicSweeper whose batches hold one job per selected script of each grid point."""

    def __init__(self, max_batch_size: Optional[int], params: Optional[Dict[str, str]] = None,
                 per_script: bool = True) -> None:
        super().__init__(max_batch_size=max_batch_size, params=params)
        self.per_script = per_script
        self.run_identity: Optional[List[str]] = None

    def setup(self, *, hydra_context: HydraContext, task_function: TaskFunction, config: DictConfig) -> None:
        """The basic sweeper's setup; on a Slurm cluster without accounting, submitit is also told
        to read job states from squeue, or a cancelled job would keep the sweep waiting forever."""
        super().setup(hydra_context=hydra_context, task_function=task_function, config=config)
        if config.hydra.launcher.get("_target_") == SUBMITIT_SLURM_LAUNCHER:
            from mlagility.slurm import watch_with_squeue_if_no_accounting

            watch_with_squeue_if_no_accounting()

    def scripts_of(self, overrides: Sequence[str]) -> List[str]:
        """The scripts that the config of one grid point selects. A point whose config cannot run
        stops the sweep before any job, as a single run would stop (exit code 2); whether its
        device is present is left to the jobs, which may run on other hosts."""
        from omegaconf import open_dict

        from mlagility.config import ConfigError, validate
        from mlagility.corpus import select_scripts

        assert self.hydra_context is not None and self.config is not None
        cfg = self.hydra_context.config_loader.load_sweep_config(self.config, list(overrides))
        with open_dict(cfg):
            del cfg["hydra"]  # Hydra's own node: the job's config has none
        try:
            validate(cfg, check_device=False)
        except ConfigError as error:
            print(f"mlagility: {error} (sweep point: {' '.join(overrides)})", file=sys.stderr)
            raise SystemExit(2) from None
        return [str(path) for path in select_scripts(cfg.corpus)]

    def run_overrides(self) -> List[str]:
        """``run_id`` and ``run_dir`` for every job of this sweep: made once, here in the parent,
        so that jobs on any launcher (other processes, other hosts) share them."""
        if self.run_identity is None:
            from mlagility.job import new_run_id

            assert self.config is not None
            run_dir = os.path.abspath(str(self.config.hydra.sweep.dir))
            self.run_identity = [f"run_id='{new_run_id()}'", f"run_dir='{run_dir}'"]
        return self.run_identity

    def get_job_batch(self) -> Sequence[Sequence[str]]:
        batch = [[*overrides, *self.run_overrides()] for overrides in super().get_job_batch()]
        if not self.per_script:
            return batch
        jobs: List[List[str]] = []
        for overrides in batch:
            if any(o.startswith("script=") for o in overrides):
                jobs.append(list(overrides))
                continue
            scripts = self.scripts_of(overrides)
            if not scripts:  # the job itself will report that its corpus selects nothing
                jobs.append(list(overrides))
            jobs.extend([*overrides, f"script='{script}'"] for script in scripts)
        return jobs
