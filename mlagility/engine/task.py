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
from mlagility.choices import StopAfter
from mlagility.config import Config
from mlagility.records import Record


@dataclass(frozen=True)
class Provenance:
    """Where a task's records say they came from: the job's folder and launcher, the run it
    belongs to (its id and folder), the Slurm job that ran it and the node it ran on."""

    job_dir: str
    launcher: str
    run_id: str
    run_dir: str
    slurm_job_id: str
    node: str


@dataclass
class ScriptTask:
    """Everything a worker needs to run one script and benchmark what it calls (picklable), made by
    the job (:func:`mlagility.engine.job.make_tasks`): this script, and the job's typed config
    handed on whole, with what is resolved from it once for every script of the job."""

    script: str
    corpus: str
    labels: dict[str, list[str]]
    # Why the script's header (its labels line) could not be read: the script is not run, and
    # this is its script_error record's reason ("" when it was read).
    header_error: str
    log_path: str
    # What parse() returns to the script, resolved once by the job (the config's values, then the
    # flags in script_args): final, and the same on every record of the script.
    parameters: dict[str, Any]
    config: Config
    # What each build variant does: build.* with the device's defaults (job.build_variants).
    builds: tuple[BuildSettings, ...]
    provenance: Provenance

    @property
    def script_stem(self) -> str:
        return Path(self.script).stem

    @property
    def device(self) -> str:
        return self.config.device.name

    @property
    def stop_after(self) -> Optional[StopAfter]:
        return self.config.build.stop_after

    @property
    def stops_after_building(self) -> bool:
        """Whether the task ends with a build (build.stop_after=export or build), measuring nothing."""
        return self.stop_after in (StopAfter.export, StopAfter.build)

    @property
    def runtimes(self) -> dict[str, Any]:
        """{runtime: its typed options}; none when the task only analyzes."""
        return {} if self.stop_after is StopAfter.analyze else self.config.runtime

    @property
    def cache_dir(self) -> str:
        return str(Path(self.config.cache_dir).expanduser())

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
            **dataclasses.asdict(self.provenance),
            timestamp=time.time(),
            **device_facts.host_facts(),
        )

    def worker_record(self) -> Record:
        """:meth:`base_record` with the GPU's facts (name, driver, CUDA) on device nvidia: only the
        worker, which has torch imported anyway, asks for them."""
        return dataclasses.replace(self.base_record(), **(device_facts.gpu_facts() if self.device == "nvidia" else {}))
