"""Sweeps on a real Slurm cluster through hydra/launcher=submitit_slurm: one Slurm job per
(script, grid point), the Slurm job ids in the records, a job cancelled mid-sweep that a
resumed sweep redoes without touching the finished ones, and a sweep spread over two nodes that
share one cache and one physical host.

They need a running cluster: `sudo .ci/start_slurm` starts a two-node one on this machine
(.ci/run does it before the tests); without one they skip, saying why, and the two-node test
skips on a cluster with fewer nodes up.
"""

from __future__ import annotations

import csv
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import QUICK, REPO, run_cli, sweep_records

UP_STATES = {"idle", "mixed", "allocated"}


def why_no_slurm_cluster() -> str | None:
    """Why the Slurm tests cannot run here, or None when a cluster is up."""
    if importlib.util.find_spec("hydra_plugins.hydra_submitit_launcher") is None:
        return "the [slurm] extra (hydra-submitit-launcher) is not installed"
    if shutil.which("slurmctld") is None or shutil.which("sinfo") is None:
        return "Slurm is not installed (no slurmctld or sinfo): `sudo .ci/start_slurm` installs and starts a one-node cluster"
    sinfo = subprocess.run(["sinfo", "--noheader", "--format=%T"], capture_output=True, text=True, timeout=60)
    states = set(sinfo.stdout.split())
    if sinfo.returncode != 0 or not states & UP_STATES:
        found = sinfo.stderr.strip() or ", ".join(sorted(states)) or "no nodes"
        return f"the Slurm cluster is not up (sinfo: {found}): start it with `sudo .ci/start_slurm`"
    return None


NO_CLUSTER = why_no_slurm_cluster()
pytestmark = [pytest.mark.slurm, pytest.mark.skipif(NO_CLUSTER is not None, reason=str(NO_CLUSTER))]


@pytest.fixture
def slurm_job_name():
    """A job name of this test's own; whatever of its jobs a failed test leaves queued is cancelled."""
    name = f"mlagility-test-{os.getpid()}-{time.monotonic_ns()}"
    yield name
    subprocess.run(["scancel", f"--name={name}"], check=False)


def slurm_states(array_job: str) -> dict[str, str]:
    """{`<array job>_<task>`: state} of one job array, as slurmctld reports it."""
    listing = subprocess.run(["squeue", "--states=all", "--array", "--noheader", "--format=%i|%T", f"--jobs={array_job}"],
                             capture_output=True, text=True, check=True, timeout=60).stdout
    return dict(line.split("|") for line in listing.split())


def slurm_sweep(tmp_path: Path, *overrides: str) -> list[str]:
    """The arguments to python of a quick sweep on Slurm, its cache and sweep folder under tmp_path."""
    return ["-m", "mlagility", "-m", *QUICK, f"cache_dir={tmp_path / 'cache'}",
            "hydra/launcher=submitit_slurm", f"hydra.sweep.dir={tmp_path / 'sweep'}", *overrides]


def test_a_slurm_sweep_runs_one_slurm_job_per_script_and_point(tmp_path, slurm_job_name):
    done = run_cli(*slurm_sweep(tmp_path, "corpus=selftest", "batch_size=1,2", f"hydra.launcher.name={slurm_job_name}"))
    assert done.returncode == 0, done.stderr[-3000:]
    jobs = sweep_records(tmp_path / "sweep")
    scripts = sorted(path.name for path in (REPO / "models" / "selftest").glob("*.py"))
    assert sorted((r[0]["script"], r[0]["parameters"]["batch_size"]) for r in jobs.values()) == sorted(
        (script, batch) for script in scripts for batch in (1, 2))  # one job per (script, point)
    # Every job is a task of one job array, whose index is the sweep's job number.
    array_job = jobs["0"][0]["slurm_job_id"].split("_")[0]
    for number, job in jobs.items():
        for record in job:
            assert record["status"] == "ok" and record["launcher"] == "SlurmLauncher"
            assert record["slurm_job_id"] == f"{array_job}_{number}"
    assert slurm_states(array_job) == {f"{array_job}_{number}": "COMPLETED" for number in jobs}
    with open(tmp_path / "sweep" / "report.csv", newline="") as file:
        report = list(csv.DictReader(file))
    assert sorted(row["slurm_job_id"] for row in report) == sorted(r["slurm_job_id"] for job in jobs.values() for r in job)


def finished_job_files(sweep: Path, number: str) -> dict[str, tuple[int, bytes]]:
    """{path: (mtime in ns, contents)} of what a job wrote about its scripts: records, progress, logs.
    (Each launch rewrites the job's config.yaml and .hydra/, finished or not.)"""
    job = sweep / number
    paths = [job / "results.jsonl", job / "progress.jsonl", *sorted((job / "logs").iterdir())]
    return {str(path.relative_to(sweep)): (path.stat().st_mtime_ns, path.read_bytes()) for path in paths}


@pytest.mark.slow  # 40 s; the resume of a killed sweep runs in CI under joblib (test_launchers.py)
def test_a_job_cancelled_mid_sweep_is_redone_by_resume_and_the_finished_ones_are_left_alone(
        tmp_path, slurm_job_name, request):
    # Jobs 0-5: s0, s1, s2 at batch_size 1 then 2. s2 waits while the hold file exists, so that its
    # job is surely mid-run when cancelled; the resumed sweep runs without the hold.
    corpus, hold = tmp_path / "corpus", tmp_path / "hold"
    corpus.mkdir()
    hold.touch()
    body = (REPO / "models" / "selftest" / "linear.py").read_text()
    (corpus / "s0.py").write_text(body)
    (corpus / "s1.py").write_text(body)
    (corpus / "s2.py").write_text(body.replace(
        "model(**inputs)", f"import os, time\nwhile os.path.exists({str(hold)!r}):\n    time.sleep(0.1)\nmodel(**inputs)"))
    command = [sys.executable, *slurm_sweep(tmp_path, f"corpus.folder={corpus}", "runtime=torch-eager",
                                            "batch_size=1,2", f"hydra.launcher.name={slurm_job_name}")]
    sweep_dir = tmp_path / "sweep"
    sweep = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    request.addfinalizer(sweep.kill)  # a no-op once it has exited

    def progress(number: str) -> str:
        path = sweep_dir / number / "progress.jsonl"
        return path.read_text() if path.exists() else ""

    # Cancel job 2 once its script has started, and the last job still pending (two slots, one held).
    deadline = time.time() + 600
    while '"start"' not in progress("2"):
        assert time.time() < deadline and sweep.poll() is None, "job 2 never started its script"
        time.sleep(0.2)
    array_job = subprocess.run(["squeue", "--noheader", "--format=%A", f"--name={slurm_job_name}"],
                               capture_output=True, text=True, check=True).stdout.split()[0]
    numbers = [str(n) for n in range(6)]
    pending = [n for n in numbers if slurm_states(array_job)[f"{array_job}_{n}"] == "PENDING"]
    assert pending, "every job had started: no pending one left to cancel"
    cancelled = ["2", pending[-1]]
    subprocess.run(["scancel", *(f"{array_job}_{n}" for n in cancelled)], check=True)

    # The running job's process gets SIGTERM and may still return an error; the pending one never
    # runs, and with no accounting only squeue can tell the launcher that it ended without a result.
    output, _ = sweep.communicate(timeout=600)
    assert sweep.returncode != 0 and f"{array_job}_{pending[-1]}" in output, output[-3000:]
    states = slurm_states(array_job)
    assert states[f"{array_job}_2"] == "CANCELLED"
    assert states.get(f"{array_job}_{pending[-1]}", "CANCELLED") == "CANCELLED"  # a cancelled pending task may be dropped
    while set(slurm_states(array_job).values()) & {"PENDING", "RUNNING", "COMPLETING"}:
        time.sleep(1)  # the sweep's other jobs run on after it exits: let them finish first
    finished = [n for n in numbers if '"end"' in progress(n)]
    assert finished == sorted(set(numbers) - set(cancelled))
    files_before = {n: finished_job_files(sweep_dir, n) for n in finished}

    hold.unlink()
    done = subprocess.run([*command, "resume=true", "retry_interrupted=true"], cwd=REPO, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    after = sweep_records(sweep_dir)
    assert sorted(after) == numbers and all(len(job) == 1 for job in after.values())
    assert all(job[0]["status"] == "ok" for job in after.values())
    for number in finished:
        assert finished_job_files(sweep_dir, number) == files_before[number]
    for number in cancelled:  # run by the resumed sweep's job array
        assert after[number][0]["slurm_job_id"] and not after[number][0]["slurm_job_id"].startswith(f"{array_job}_")
    assert (sweep_dir / "report.csv").exists()


def nodes_up() -> list[str]:
    """The names of the cluster's nodes that can run jobs."""
    listing = subprocess.run(["sinfo", "--noheader", "--Node", "--format=%N|%T"], capture_output=True, text=True,
                             check=True, timeout=60).stdout
    return sorted({node for node, state in (line.split("|") for line in listing.split()) if state in UP_STATES})


def why_not_two_nodes() -> str | None:
    """Why the two-node test cannot run here, or None when two nodes or more are up."""
    if NO_CLUSTER is not None:
        return NO_CLUSTER
    up = nodes_up()
    if len(up) < 2:
        return f"the Slurm cluster has {len(up)} node up ({', '.join(up)}), two are needed: `sudo .ci/start_slurm` starts two"
    return None


def slurm_nodes(array_job: str) -> dict[str, str]:
    """{`<array job>_<task>`: the node that ran it} of one job array, as slurmctld reports it."""
    listing = subprocess.run(["squeue", "--states=all", "--array", "--noheader", "--format=%i|%N", f"--jobs={array_job}"],
                             capture_output=True, text=True, check=True, timeout=60).stdout
    return dict(line.split("|") for line in listing.split())


@pytest.mark.skipif(why_not_two_nodes() is not None, reason=str(why_not_two_nodes()))
def test_a_sweep_spreads_over_two_nodes_builds_once_in_the_shared_cache_and_times_one_job_at_a_time(
        tmp_path, slurm_job_name):
    # Four jobs of one script that differ only in how they are timed: one build between them. On
    # .ci/start_slurm's cluster each node has one core, so the two jobs that run at once run on
    # both nodes, and both nodes are on this one host. Each times for a second: long enough that
    # two jobs timing at once would overlap (they did, with a lock per node instead of per host).
    done = run_cli(*slurm_sweep(tmp_path, "corpus=selftest", "corpus.include=[linear.py]", "measure.rounds=1,2,3,4",
                                "measure.min_duration_s=1", f"hydra.launcher.name={slurm_job_name}"))
    assert done.returncode == 0, done.stderr[-3000:]
    found = [record for job in sweep_records(tmp_path / "sweep").values() for record in job]
    assert len(found) == 4 and all(record["status"] == "ok" for record in found), found
    array_job = found[0]["slurm_job_id"].split("_")[0]
    ran_on = slurm_nodes(array_job)
    assert {record["slurm_job_id"]: record["node"] for record in found} == ran_on  # the node Slurm ran it on
    assert len(set(ran_on.values())) >= 2 and set(ran_on.values()) <= set(nodes_up())
    assert len({record["host"] for record in found}) == 1  # one physical host

    # One build, made by one job while the others waited for it (the build's lock) or found it.
    assert len({record["build_name"] for record in found}) == 1
    assert sorted(record["build_cached"] for record in found) == [False, True, True, True]

    # The host lock: no two jobs timed at once, whichever node ran them.
    windows = sorted((record["measure_start"], record["measure_end"]) for record in found)
    for (_, end), (start, _) in zip(windows, windows[1:]):
        assert end <= start, windows
