"""Faults of the engine (issue 23): a worker that ends before the tool measured what its script
called, children a script leaves running, and records of one script that disagree on its
parameters. Each test runs real fixture scripts from tests/scripts."""

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from conftest import QUICK, REPO, mlagility, read_records, scripts_corpus
from mlagility import records

pytestmark = pytest.mark.faults


def test_a_worker_that_exits_0_before_its_models_are_measured_fails_them_and_the_run(tmp_path):
    """os._exit(0) after the model call, or before it: neither is a silent success."""
    done = mlagility(*scripts_corpus("exits_after_its_model", "exits_before_its_model"), "runtime=torch-eager",
                     f"hydra.run.dir={tmp_path / 'run'}", tmp_path=tmp_path)
    by_script = {record["script"]: record for record in read_records(tmp_path / "run")}
    assert set(by_script) == {"exits_after_its_model.py", "exits_before_its_model.py"}
    after = by_script["exits_after_its_model.py"]
    assert (after["variable"], after["input_shapes"], after["status"]) == ("model", "arg0:[1, 4]", records.SCRIPT_ERROR)
    assert "exited with code 0 before the tool measured" in after["reason"]
    before = by_script["exits_before_its_model.py"]
    assert before["status"] == records.SCRIPT_ERROR and not before["invocation_hash"]
    assert "exited with code 0" in before["reason"] and "sent no record" in before["reason"]
    assert done.returncode == 1, done.stderr
    assert "exits_after_its_model.py" in done.stdout and "exits_before_its_model.py" in done.stdout


def ended(pid: int) -> bool:
    """Whether the process ``pid`` has ended (a zombie has: it only waits for its parent to reap it)."""
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.mark.parametrize("end, timeout, status", [
    ("finish", 60, records.OK), ("crash", 60, records.SCRIPT_ERROR), ("hang", 5, records.TIMEOUT),
])
def test_children_a_script_leaves_running_end_with_it_and_are_named_in_the_logs(run, tmp_path, caplog, end, timeout,
                                                                                status):
    """`sleep 300` and a forked napper, both holding the worker's pipe: whether the script
    finishes, crashes or times out, its model gets one record (no spurious timeout after a
    measurement), and both children are ended and named by pid and command line."""
    pid_file = tmp_path / "children.pids"
    caplog.set_level(logging.INFO)
    results = run(*scripts_corpus("leaves_children"), "runtime=torch-eager", f"timeout={timeout}",
                  f"script_args='--pid_file {pid_file} --end {end}'", job_dir=tmp_path / "job")
    assert [(r.variable, r.status) for r in results] == [("model", status)], [r.reason for r in results]
    worker, *children = [int(pid) for pid in pid_file.read_text().split()]
    assert [pid for pid in (worker, *children) if not ended(pid)] == []
    script_log = Path(results[0].log_path).read_text()
    for log in (caplog.text, script_log):
        assert all(f"pid {pid}" in log for pid in children), log
        assert "sleep 300" in log


def test_a_killed_job_takes_its_workers_children_with_it(tmp_path):
    """kill -9 of the job's process group (a user, a batch system): the worker, in a process
    group of its own, and the children its script left running end with the job all the same."""
    pid_file = tmp_path / "children.pids"
    command = [sys.executable, "-m", "mlagility", *QUICK, f"cache_dir={tmp_path / 'cache'}",
               *scripts_corpus("leaves_children"), "runtime=torch-eager",
               f"script_args='--pid_file {pid_file} --end hang'", f"hydra.run.dir={tmp_path / 'run'}"]
    job = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while len(pid_file.read_text().split() if pid_file.exists() else []) < 3:
            assert time.monotonic() < deadline and job.poll() is None
            time.sleep(0.2)
    finally:
        os.killpg(job.pid, signal.SIGKILL)
        job.wait()
    pids = [int(pid) for pid in pid_file.read_text().split()]
    deadline = time.monotonic() + 60  # signals take a moment; this only bounds a failing test
    while not all(ended(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in pids if not ended(pid)] == []


def test_the_parents_records_carry_the_parameters_script_args_set_as_the_workers_do(run):
    """A timeout record (made by the parent) and an ok record (made by the worker) of one script
    under --batch_size 8: both say batch_size 8, so the report's merge key and resume agree."""
    [timed_out] = run(*scripts_corpus("naps"), "runtime=torch-eager", "timeout=1",
                      "script_args='--batch_size 8 --nap 600'")
    [measured] = run(*scripts_corpus("naps"), "runtime=torch-eager", "script_args='--batch_size 8'")
    assert (timed_out.status, measured.status) == (records.TIMEOUT, records.OK)
    assert measured.input_shapes == "arg0:[8, 4]"
    assert timed_out.parameters == measured.parameters and measured.parameters["batch_size"] == 8
