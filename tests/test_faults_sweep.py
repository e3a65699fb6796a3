"""Faults of sweeps and of the host around a run (issue 23), each shown on real runs of the tool:
two writers in one run or sweep folder, contention on a short timed window, Ctrl-C, a sweep's
exit code, a launcher's job that dies, a corpus include outside its folder, onnxruntime's
telemetry, benchit's option order."""

from __future__ import annotations

import contextlib
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import QUICK, REPO, read_records, run_cli, sweep_records
from test_host import busy_loops

pytestmark = pytest.mark.faults

# A model script that, in the first run to reach it, says it started and waits until the test
# releases it: a run that is live for as long as the test needs. A later run goes straight on.
WAITS_FOR_RELEASE = """
import time
from pathlib import Path
import torch

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]
started, release = Path({started!r}), Path({release!r})
if not started.exists():
    started.touch()
    deadline = time.monotonic() + 300
    while not release.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
model = torch.nn.Linear(4, 2)
model(torch.rand(batch_size, 4))
"""


def wait_for(path: Path, process: subprocess.Popen, seconds: float = 300) -> None:
    """Wait until ``path`` exists, failing if ``process`` ends first or time runs out."""
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, f"the run ended (exit {process.returncode}) before {path.name} appeared"
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.1)


def hung_after_ctrl_c(run: subprocess.Popen) -> str:
    """What a run that did not end after Ctrl-C was doing: the processes of its session (one that
    holds its output open keeps it from ending too) and, from its SIGABRT, each thread's stack."""
    import psutil

    session = []
    for process in psutil.process_iter(["pid", "ppid", "status", "cmdline"]):
        with contextlib.suppress(psutil.Error, OSError):
            if os.getsid(process.pid) == run.pid or process.info["ppid"] == run.pid:
                session.append(f"{process.info['pid']} (parent {process.info['ppid']}, {process.info['status']}): "
                               f"{' '.join(process.info['cmdline'] or [])[:200]}")
    run.send_signal(signal.SIGABRT)
    try:
        out, err = run.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        out, err = run.communicate()
    return ("the run had not ended 120 s after Ctrl-C; its processes then:\n" + "\n".join(session)
            + f"\nits output after SIGABRT:\n{out[-3000:]}\n{err[-8000:]}")


@pytest.mark.parametrize("sweep", [True, False])
def test_a_second_run_or_a_resume_into_a_live_runs_folder_stops_before_any_work(tmp_path, sweep):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    started, release = tmp_path / "started", tmp_path / "release"
    (corpus / "waits.py").write_text(WAITS_FOR_RELEASE.format(started=str(started), release=str(release)))
    folder = ["-m", "batch_size=1,2", f"hydra.sweep.dir={out}"] if sweep else [f"hydra.run.dir={out}"]
    command = ["-m", "mlagility", *folder, *QUICK, f"cache_dir={tmp_path / 'cache'}", f"corpus.folder={corpus}",
               "runtime=torch-eager"]
    live = subprocess.Popen([sys.executable, *command], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    try:
        wait_for(started, live)
        # The same command again, and a resume of it, both while it runs (side by side: each is refused).
        others = [subprocess.Popen([sys.executable, *command, *extra], cwd=REPO, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True) for extra in ([], ["resume=true"])]
        for other in others:
            output, errors = other.communicate(timeout=600)
            assert other.returncode == 2, output[-2000:] + errors[-2000:]
            assert f"pid {live.pid} on {socket.gethostname()}" in errors, errors[-2000:]
            assert f"resume=true hydra.{'sweep' if sweep else 'run'}.dir={out}" in errors  # once it has ended
        # Before any work: no job of their own, nothing written into the live run's jobs.
        assert not list(out.rglob("results.jsonl"))
        assert not sweep or sorted(p.name for p in out.iterdir() if p.is_dir()) == ["0"]
    finally:
        release.touch()
        output, _ = live.communicate(timeout=600)
    assert live.returncode == 0, output[-3000:]
    records = sweep_records(out) if sweep else {"run": read_records(out)}
    assert sorted(len(job) for job in records.values()) == ([1, 1] if sweep else [1])  # each job once, no duplicate


# A model script that says it is about to call its model and waits until the test has made the
# host busy: the measurement that follows runs beside other processes' busy loops.
CALLS_ON_A_BUSY_HOST = """
import time
from pathlib import Path
import torch

Path({ready!r}).touch()
deadline = time.monotonic() + 300
while not Path({busy!r}).exists() and time.monotonic() < deadline:
    time.sleep(0.05)
model = torch.nn.Linear(4, 2)
model(torch.rand(1, 4))
"""


def test_a_short_timed_window_beside_busy_processes_is_contended(tmp_path):
    # +experiment=quick times a tiny model in a window of a few milliseconds: shorter than the
    # kernel's CPU counters resolve (10 ms ticks), which used to read as an idle host.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    ready, busy = tmp_path / "ready", tmp_path / "busy"
    (corpus / "busy_host.py").write_text(CALLS_ON_A_BUSY_HOST.format(ready=str(ready), busy=str(busy)))
    run = subprocess.Popen(
        [sys.executable, "-m", "mlagility", "+experiment=quick", "measure.quiet_wait_s=0", "measure.retries=0",
         f"cache_dir={tmp_path / 'cache'}", f"corpus.folder={corpus}", "runtime=torch-eager",
         f"hydra.run.dir={tmp_path / 'run'}"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    loops = []
    try:
        wait_for(ready, run)
        loops = busy_loops(300)  # every core, until the run has ended
        busy.touch()
        output, _ = run.communicate(timeout=600)
    finally:
        for loop in loops:
            loop.kill()
            loop.wait()
    assert run.returncode == 0, output[-3000:]
    (record,) = read_records(tmp_path / "run")
    assert record["status"] == "ok"
    assert record["contended"] is True and record["host_busy"] > 0.1, output[-3000:]
    assert record["stable"] is False


def test_ctrl_c_stops_in_one_line_that_says_how_to_resume_and_keeps_the_records(tmp_path):
    corpus, run_dir = tmp_path / "corpus", tmp_path / "run"
    corpus.mkdir()
    started, release = tmp_path / "started", tmp_path / "release"
    (corpus / "a_first.py").write_text("import torch\ntorch.nn.Linear(4, 2)(torch.rand(1, 4))\n")
    (corpus / "b_waits.py").write_text(WAITS_FOR_RELEASE.format(started=str(started), release=str(release)))
    # -X faulthandler: a run that hangs after Ctrl-C is sent SIGABRT, and prints where each thread was.
    command = [sys.executable, "-X", "faulthandler", "-m", "mlagility", *QUICK, f"cache_dir={tmp_path / 'cache'}",
               f"corpus.folder={corpus}", "runtime=torch-eager", f"hydra.run.dir={run_dir}"]
    # In a session of its own, so that Ctrl-C can reach its whole process group, as a terminal's does;
    # with Ctrl-C's default action, as from a terminal: a shell without job control starts a command
    # it runs in the background (`.ci/run &`) with SIGINT ignored, every process below inherits that,
    # and Python then installs no KeyboardInterrupt, so the run rightly ignored Ctrl-C and the test hung.
    run = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        wait_for(started, run)
        os.killpg(run.pid, signal.SIGINT)
        try:
            out, err = run.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            pytest.fail(hung_after_ctrl_c(run))
    finally:
        release.touch()
    assert run.returncode == 130, out[-2000:] + err[-2000:]
    assert "Traceback" not in out + err, out[-3000:] + err[-3000:]
    (line,) = [line for line in err.splitlines() if line.startswith("mlagility:")]
    assert line.startswith("mlagility: interrupted; the records so far are kept; to go on where it stopped: python -m mlagility ")
    assert [r["script"] for r in read_records(run_dir)] == ["a_first.py"]  # kept
    # The command it gives resumes in the same folder: the finished script is skipped, the interrupted one redone.
    resume = shlex.split(line.split("to go on where it stopped: ", 1)[1])
    assert resume[:3] == ["python", "-m", "mlagility"] and f"hydra.run.dir={run_dir}" in resume
    resumed = run_cli(*resume[1:])
    assert resumed.returncode == 0, resumed.stdout[-3000:] + resumed.stderr[-3000:]
    assert sorted((r["script"], r["status"]) for r in read_records(run_dir)) == [("a_first.py", "ok"), ("b_waits.py", "ok")]


def test_a_run_killed_alone_leaves_no_worker_running(tmp_path):
    """A run's own process killed (kill PID, an OOM kill of the parent), not its process group:
    its worker held the forkserver's alive pipe, as every process a forkserver starts does, so the
    forkserver never saw its parent go and never died, and the worker (tied to the forkserver's
    death) ran its script on, orphaned, until the script ended. The worker now lets go of that
    pipe: the forkserver ends with the run, and the worker with it."""
    import psutil

    corpus, started, release = tmp_path / "corpus", tmp_path / "started", tmp_path / "release"
    corpus.mkdir()
    (corpus / "waits.py").write_text(WAITS_FOR_RELEASE.format(started=str(started), release=str(release)))
    run = subprocess.Popen([sys.executable, "-m", "mlagility", *QUICK, f"cache_dir={tmp_path / 'cache'}",
                            f"corpus.folder={corpus}", "runtime=torch-eager", f"hydra.run.dir={tmp_path / 'run'}"],
                           cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(started, run)
        descendants = psutil.Process(run.pid).children(recursive=True)
        assert any("forkserver" in " ".join(p.cmdline()) for p in descendants)
        run.kill()
        run.wait()
        gone, alive = psutil.wait_procs(descendants, timeout=30)
        assert not alive, [(p.pid, " ".join(p.cmdline())[:120]) for p in alive]
    finally:
        release.touch()


def test_a_sweep_with_a_failed_record_exits_1_as_a_single_run_does(tmp_path):
    # Its jobs run in other processes (joblib): their exit codes come back to the sweep's.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "fine.py").write_text("import torch\ntorch.nn.Linear(4, 2)(torch.rand(1, 4))\n")
    (corpus / "raises.py").write_text("raise ValueError('broken on purpose')\n")
    done = run_cli("-m", "mlagility", "-m", *QUICK, f"cache_dir={tmp_path / 'cache'}", f"corpus.folder={corpus}",
                   "runtime=torch-eager", "hydra/launcher=joblib", "hydra.launcher.n_jobs=2",
                   f"hydra.sweep.dir={tmp_path / 'sweep'}")
    assert done.returncode == 1, done.stdout[-3000:] + done.stderr[-3000:]
    statuses = sorted(r["status"] for job in sweep_records(tmp_path / "sweep").values() for r in job)
    assert statuses == ["ok", "script_error"]
    assert (tmp_path / "sweep" / "report.csv").exists()  # the report is written before the exit


# A model script that kills the launcher's job it runs in (as scancel or a node's failure would):
# the job ends without the result its launcher waits for.
KILLS_ITS_JOB = """
import os, signal
import psutil

job = next(p for p in psutil.Process().parents() if "submitit" in " ".join(p.cmdline()))
os.kill(job.pid, signal.SIGKILL)
"""


def test_a_job_that_dies_under_submitit_is_named_with_its_log(tmp_path):
    pytest.importorskip("hydra_plugins.hydra_submitit_launcher")
    corpus, sweep = tmp_path / "corpus", tmp_path / "sweep"
    corpus.mkdir()
    (corpus / "kills_its_job.py").write_text(KILLS_ITS_JOB)
    done = run_cli("-m", "mlagility", "-m", *QUICK, f"cache_dir={tmp_path / 'cache'}", f"corpus.folder={corpus}",
                   "runtime=torch-eager", "hydra/launcher=submitit_local", "hydra.launcher.timeout_min=20",
                   f"hydra.sweep.dir={sweep}")
    assert done.returncode == 1, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("mlagility:")]
    (job_folder,) = (sweep / ".submitit").glob("[0-9]*")  # submitit's folder of the job, named by its id
    logs = sorted(job_folder.glob("*_log.err"))
    assert f"job {job_folder.name} " in line and str(logs[0]) in line, line
    assert f"resume=true hydra.sweep.dir={sweep}" in line


@pytest.mark.parametrize("sweep", [False, True])
def test_a_corpus_include_outside_the_corpus_folder_stops_before_any_work(tmp_path, sweep):
    corpus, elsewhere = tmp_path / "models" / "corpus", tmp_path / "elsewhere"
    corpus.mkdir(parents=True)
    elsewhere.mkdir()
    ran = tmp_path / "ran"
    (elsewhere / "x.py").write_text(f"open({str(ran)!r}, 'w').close()\n")
    folder = ["-m", f"hydra.sweep.dir={tmp_path / 'out'}"] if sweep else [f"hydra.run.dir={tmp_path / 'out'}"]
    done = run_cli("-m", "mlagility", *folder, *QUICK, f"cache_dir={tmp_path / 'cache'}", f"corpus.folder={corpus}",
                   "corpus.include=[../../elsewhere/x.py]", "runtime=torch-eager")
    assert done.returncode == 2, done.stdout[-3000:] + done.stderr[-3000:]
    assert f"corpus.include='../../elsewhere/x.py' is outside the corpus folder {corpus}" in done.stderr
    assert "Traceback" not in done.stderr and not ran.exists()


def test_onnxruntime_writes_no_telemetry_database_into_the_home_folder(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    done = run_cli("-m", "mlagility", *QUICK, f"cache_dir={tmp_path / 'cache'}", "corpus=selftest",
                   "corpus.include=[linear.py]", "runtime=ort", f"hydra.run.dir={tmp_path / 'run'}",
                   env={"HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert [r["status"] for r in read_records(tmp_path / "run")] == ["ok"]  # onnxruntime did run
    assert not (home / ".cache" / "Microsoft").exists(), sorted(str(p) for p in home.rglob("*"))


@pytest.mark.parametrize("args", [["cache", "--cache-dir", "{cache}", "list"], ["cache", "list", "--cache-dir", "{cache}"]])
def test_benchit_cache_takes_cache_dir_before_or_after_its_action(tmp_path, capsys, args):
    from mlagility.cli import benchit

    build = tmp_path / "cache" / "builds" / "linear_0badc0de"
    build.mkdir(parents=True)
    (build / "state.json").write_text('{"status": "ok"}')
    assert benchit.main([arg.format(cache=tmp_path / "cache") for arg in args]) == 0
    assert "linear_0badc0de\tok" in capsys.readouterr().out
    assert benchit.main(["cache", "location", "--cache-dir", str(tmp_path / "other")]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "other")
