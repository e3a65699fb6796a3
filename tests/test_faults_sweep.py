"""Faults of sweeps and of the host around a run (issue 23), each shown on real runs of the tool:
two writers in one sweep folder, contention on a short timed window, Ctrl-C, a sweep's exit
code, a corpus include outside its folder, onnxruntime's telemetry, benchit's option order."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import QUICK, REPO, sweep_records

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


def test_a_second_sweep_or_a_resume_into_a_live_sweep_folder_stops_before_any_work(tmp_path):
    corpus, sweep = tmp_path / "corpus", tmp_path / "sweep"
    corpus.mkdir()
    started, release = tmp_path / "started", tmp_path / "release"
    (corpus / "waits.py").write_text(WAITS_FOR_RELEASE.format(started=str(started), release=str(release)))
    command = ["-m", "mlagility", "-m", *QUICK, f"cache_dir={tmp_path / 'cache'}", f"corpus.folder={corpus}",
               "runtime=torch-eager", "batch_size=1,2", f"hydra.sweep.dir={sweep}"]
    live = subprocess.Popen([sys.executable, *command], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    try:
        wait_for(started, live)
        # The same sweep again, and a resume of it, both while it runs (side by side: each is refused).
        others = [subprocess.Popen([sys.executable, *command, *extra], cwd=REPO, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True) for extra in ([], ["resume=true"])]
        for other in others:
            out, err = other.communicate(timeout=600)
            assert other.returncode == 2, out[-2000:] + err[-2000:]
            assert f"pid {live.pid} on {socket.gethostname()}" in err, err[-2000:]
            assert "resume=true" in err  # what to do once the live run has ended
        # Before any work: no job of their own, nothing written into the live run's jobs.
        assert sorted(p.name for p in sweep.iterdir() if p.is_dir()) == ["0"]
        assert not (sweep / "0" / "results.jsonl").exists()
    finally:
        release.touch()
        output, _ = live.communicate(timeout=600)
    assert live.returncode == 0, output[-3000:]
    jobs = sweep_records(sweep)
    assert sorted(len(records) for records in jobs.values()) == [1, 1]  # each job once, no duplicate

