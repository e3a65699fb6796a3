"""The ScriptTask: everything a worker needs to run one script, made by the job from the config.

Light to import on purpose: the parent process (the job, the sweeper) never imports torch.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from mlagility import device as device_facts
from mlagility.builder.settings import BuildSettings
from mlagility.choices import Rebuild, StopAfter
from mlagility.config import AccuracyConfig
from mlagility.measurement import MeasureSettings
from mlagility.records import Record


@dataclass
class ScriptTask:
    """Everything a worker needs to run one script and benchmark what it calls (picklable). Every
    field comes from the job (:func:`mlagility.engine.job.make_tasks`): the defaults are the config's."""

    script: str
    corpus: str
    labels: dict[str, list[str]]
    # Why the script's header (its labels line) could not be read: the script is not run, and
    # this is its script_error record's reason ("" when it was read).
    header_error: str
    # What parse() returns to the script, resolved once by the job (the config's values, then the
    # flags in script_args): final, and the same on every record of the script.
    parameters: dict[str, Any]
    script_args: str
    max_depth: int
    max_invocations: int
    device: str
    runtimes: dict[str, Any]
    build: BuildSettings
    stop_after: Optional[StopAfter]
    measure: MeasureSettings
    tolerances: AccuracyConfig
    cache_dir: str
    rebuild: Rebuild
    lean_cache: bool
    log_path: str
    job_dir: str
    launcher: str
    run_id: str
    run_dir: str
    slurm_job_id: str
    env: dict[str, str]
    only_hashes: list[str]

    @property
    def script_stem(self) -> str:
        return Path(self.script).stem

    @property
    def stops_after_building(self) -> bool:
        """Whether the task ends with a build (build.stop_after=export or build), measuring nothing."""
        return self.stop_after in (StopAfter.export, StopAfter.build)

    def base_record(self) -> Record:
        """A record with what is known before any model is found: the task and this host. Light:
        the parent makes these too (a timeout, a crash), and it never imports torch."""
        return Record(
            script=Path(self.script).name,
            corpus=self.corpus,
            model_name=(self.labels.get("name") or [self.script_stem])[0],
            labels=self.labels,
            device=self.device,
            parameters=dict(self.parameters),
            log_path=self.log_path,
            job_dir=self.job_dir,
            launcher=self.launcher,
            run_id=self.run_id,
            run_dir=self.run_dir,
            slurm_job_id=self.slurm_job_id,
            timestamp=time.time(),
            **device_facts.host_facts(),
        )

    def worker_record(self) -> Record:
        """:meth:`base_record` with the GPU's facts (name, driver, CUDA) on device nvidia: only the
        worker, which has torch imported anyway, asks for them."""
        return dataclasses.replace(self.base_record(), **(device_facts.gpu_facts() if self.device == "nvidia" else {}))
