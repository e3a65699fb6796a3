"""submitit's jobs: their states on a Slurm cluster without accounting, and a job that failed
named by its id and log.

submitit learns how a Slurm job ended from ``sacct``. Without accounting
(``AccountingStorageType=accounting_storage/none``, as on the one-node cluster of
``.ci/start_slurm``) sacct fails, submitit keeps the state UNKNOWN, and the launcher waits forever
for a job that was cancelled or died before writing its result. On such a cluster the sweeper
(hydra_plugins/mlagility_sweeper) asks ``squeue`` instead, through :func:`watch_with_squeue_if_no_accounting`.

A job that ends without its result (cancelled, killed, its node lost) makes submitit raise an
``EOFError`` with no job id (Slurm cut the result file short) or an error of many pages; with
:func:`name_failed_jobs` it raises :class:`JobFailed`, one line naming the job and its log.

Imported only when a submitit launcher is in use: it needs the ``[slurm]`` extra.
"""

from __future__ import annotations

import getpass
import logging
import subprocess
import functools
from typing import Dict, List, Optional, Union

from submitit.core import core as submitit_core
from submitit.core import utils as submitit_utils
from submitit.slurm import slurm as submitit_slurm

log = logging.getLogger(__name__)

# What a job that slurmctld no longer lists (after MinJobAge) is reported as; any state
# but submitit's "incomplete" ones means done.
ENDED = "ENDED"


def accounting_enabled() -> bool:
    """Whether this cluster keeps job accounting, i.e. whether sacct can tell how jobs ended."""
    config = subprocess.run(["scontrol", "show", "config"], capture_output=True, text=True, check=False).stdout
    for line in config.splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "AccountingStorageType":
            return value.strip() not in ("accounting_storage/none", "(null)", "")
    return True  # cannot tell: leave submitit as it is


class SqueueWatcher(submitit_slurm.SlurmInfoWatcher):
    """submitit's job watcher reading ``squeue`` instead of ``sacct``.

    slurmctld keeps ended jobs, with their final state (COMPLETED, CANCELLED, FAILED...), for
    MinJobAge seconds; a registered job it no longer lists has ended long ago and is reported
    as ENDED.
    """

    def _make_command(self) -> Optional[List[str]]:
        if not self._registered - self._finished:
            return None
        # Every job of this user, not --jobs: squeue fails outright when one given id is unknown.
        return ["squeue", "--states=all", "--array", "--noheader", "--format=%i|%T|%N",
                f"--user={getpass.getuser()}"]

    def read_info(self, string: Union[bytes, str]) -> Dict[str, Dict[str, str]]:
        if not isinstance(string, str):
            string = string.decode()
        # The header sacct would print, so that submitit's parser reads squeue's lines.
        info = super().read_info("JobID|State|NodeList\n" + string)
        for job_id in self._registered - self._finished - set(info):
            info[job_id] = {"JobID": job_id, "State": ENDED, "NodeList": ""}
        return info


def watch_with_squeue_if_no_accounting() -> bool:
    """Make submitit's Slurm jobs ask squeue for their state when the cluster has no accounting;
    returns whether it did. With accounting, submitit's own sacct watcher stays."""
    if accounting_enabled() or isinstance(submitit_slurm.SlurmJob.watcher, SqueueWatcher):
        return False
    log.info("Slurm has no accounting (sacct is disabled): job states come from squeue")
    # A class attribute: every SlurmJob shares one watcher, which polls for all of them at once.
    submitit_slurm.SlurmJob.watcher = SqueueWatcher(delay_s=60)
    return True


class JobFailed(RuntimeError):
    """A submitit job (on Slurm, or a local one) that ended without its result."""


def name_failed_jobs() -> None:
    """Make every submitit job that ends without its result raise :class:`JobFailed` from
    ``results()``, naming the job's id, its state and its log, instead of submitit's own error."""
    results = submitit_core.Job.results
    if getattr(results, "names_failed_jobs", False):
        return

    @functools.wraps(results)
    def results_or_named_failure(job: submitit_core.Job) -> list:
        try:
            return results(job)
        except (submitit_utils.UncompletedJobError, EOFError) as error:
            raise JobFailed(f"job {job.job_id} ended without its result ({job.state}); "
                            f"its log: {job.paths.stderr}") from error

    results_or_named_failure.names_failed_jobs = True  # type: ignore[attr-defined]
    # A class attribute, as SlurmJob.watcher above: the launcher makes the jobs, not this module.
    submitit_core.Job.results = results_or_named_failure  # type: ignore[method-assign]
