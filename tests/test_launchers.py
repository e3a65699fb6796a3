"""Sweeps as jobs: one per (script, grid point), on Hydra's basic, joblib and submitit launchers;
measurements that never overlap; resuming a killed sweep."""

import importlib.util
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from mlagility.corpus import MODELS_DIR
from mlagility.engine.job import read_progress
from conftest import QUICK, REPO, run_cli, sweep_records

TWO_SCRIPTS = ["corpus=selftest", "corpus.include=[linear.py,two_models.py]", "runtime=torch-eager"]


@pytest.mark.parametrize("launcher, extra, name", [
    ("basic", [], "BasicLauncher"),
    ("joblib", ["hydra.launcher.n_jobs=2"], "JoblibLauncher"),
    ("submitit_local", ["hydra.launcher.timeout_min=20"], "LocalLauncher"),
])
def test_a_two_point_sweep_makes_one_job_per_script_and_point(tmp_path, launcher, extra, name):
    done = run_cli("-m", "mlagility", "-m", *QUICK, f"cache_dir={tmp_path / 'cache'}", *TWO_SCRIPTS, "batch_size=1,4",
                   f"hydra/launcher={launcher}", *extra, f"hydra.sweep.dir={tmp_path / 'sweep'}")
    assert done.returncode == 0, done.stderr[-3000:]
    jobs = sweep_records(tmp_path / "sweep")
    assert len(jobs) == 4  # 2 scripts x 2 batch sizes
    points = sorted((r[0]["script"], r[0]["parameters"]["batch_size"], len(r)) for r in jobs.values())
    assert points == [("linear.py", 1, 1), ("linear.py", 4, 1), ("two_models.py", 1, 2), ("two_models.py", 4, 2)]
    for job in jobs.values():
        for record in job:
            assert record["status"] == "ok" and record["launcher"] == name
            assert record["host"] and record["cpu"] and record["physical_cores"] >= 1 and record["threads"] >= 1
            assert record["torch_version"] and record["onnxruntime_version"] and record["mlagility_version"]
    assert (tmp_path / "sweep" / "report.csv").exists()  # written once, after every job


def test_per_script_false_runs_the_whole_corpus_per_point(tmp_path):
    done = run_cli("-m", "mlagility", "-m", *QUICK, f"cache_dir={tmp_path / 'cache'}", *TWO_SCRIPTS, "batch_size=1,4",
                   "hydra.sweeper.per_script=false", f"hydra.sweep.dir={tmp_path / 'sweep'}")
    assert done.returncode == 0, done.stderr[-3000:]
    assert sorted(len(r) for r in sweep_records(tmp_path / "sweep").values()) == [3, 3]


def test_parallel_jobs_never_measure_at_the_same_time(tmp_path):
    done = run_cli("-m", "mlagility", "-m", *QUICK, "measure.min_duration_s=0.3", f"cache_dir={tmp_path / 'cache'}",
                   "corpus=selftest", "runtime=[torch-eager,ort]", "batch_size=1,2", "hydra/launcher=joblib",
                   "hydra.launcher.n_jobs=2", f"hydra.sweep.dir={tmp_path / 'sweep'}")
    assert done.returncode == 0, done.stderr[-3000:]
    measured = [r for job in sweep_records(tmp_path / "sweep").values() for r in job]
    assert len(measured) == 24 and len({r["job_dir"] for r in measured}) == 8
    # The runtimes of one invocation share one window (interleaved rounds, one pair_id).
    spans: dict[str, list[float]] = {}
    for r in measured:
        assert r["pair_id"], "two runtimes of one invocation were not timed together"
        span = spans.setdefault(r["pair_id"], [r["measure_start"], r["measure_end"]])
        span[0], span[1] = min(span[0], r["measure_start"]), max(span[1], r["measure_end"])
    windows = sorted(spans.values())
    assert len(windows) == 12
    for (start, end), (next_start, _) in zip(windows, windows[1:]):
        assert end <= next_start, "two timed windows overlap"
    waits = [r["measure_wait_s"] for job in sweep_records(tmp_path / "sweep").values() for r in job]
    assert all(w is not None and w >= 0 for w in waits)


def test_resume_after_a_sigkilled_joblib_sweep_keeps_exactly_one_record_per_job(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(4):
        body = (REPO / "models" / "selftest" / "linear.py").read_text()
        (corpus / f"s{i}.py").write_text(body.replace("model(**inputs)", "import time; time.sleep(4)\nmodel(**inputs)"))
    command = [sys.executable, "-m", "mlagility", "-m", *QUICK, f"cache_dir={tmp_path / 'cache'}",
               f"corpus.folder={corpus}", "runtime=torch-eager", "batch_size=1,2", "hydra/launcher=joblib",
               "hydra.launcher.n_jobs=2", f"hydra.sweep.dir={tmp_path / 'sweep'}"]
    sweep = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    def jobs_ended():
        folders = [p for p in (tmp_path / "sweep").glob("[0-9]*") if p.is_dir()] if (tmp_path / "sweep").exists() else []
        return sum(any("end" in events for events in read_progress(folder).values()) for folder in folders)

    deadline = time.time() + 400
    while jobs_ended() < 1:  # kill once a job has finished, the sweep still far from done
        assert time.time() < deadline and sweep.poll() is None
        time.sleep(0.2)
    os.killpg(sweep.pid, signal.SIGKILL)
    sweep.wait()
    finished = sweep_records(tmp_path / "sweep")
    assert 0 < sum(len(r) for r in finished.values()) < 8
    # A job killed between appending its record and marking its script ended was interrupted,
    # and is rightly redone; one whose script had ended when the sweep was killed must be left
    # as it was. (Read before the resume, which marks every job it runs as ended.)
    ended = {name for name in finished if any(
        "end" in events for events in read_progress(tmp_path / "sweep" / name).values())}
    done = subprocess.run([*command, "resume=true"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    after = sweep_records(tmp_path / "sweep")
    assert len(after) == 8 and all(len(job) == 1 for job in after.values())
    assert ended
    for name in ended:
        assert after[name] == finished[name]  # finished jobs were not redone
    assert {(r[0]["script"], r[0]["parameters"]["batch_size"]) for r in after.values()} == {
        (f"s{i}.py", b) for i in range(4) for b in (1, 2)}


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("hydra_plugins.hydra_ray_launcher") is None,
                    reason="the [ray] extra is not installed")
def test_ray_launcher_on_a_local_ray(tmp_path):
    done = run_cli("-m", "mlagility", "-m", *QUICK, f"cache_dir={tmp_path / 'cache'}", *TWO_SCRIPTS, "batch_size=1,4",
                   "hydra/launcher=ray", f"hydra.sweep.dir={tmp_path / 'sweep'}", timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(sweep_records(tmp_path / "sweep")) == 4


def test_torch_runtimes_use_every_physical_core_inside_joblib_workers(tmp_path):
    """joblib's loky sets OMP_NUM_THREADS=cores/n_jobs in its workers, and torch's default
    follows it: torch-eager was timed on one thread in a parallel sweep and 1.8x slower, with
    nothing in the record but `threads`."""
    from mlagility.device import physical_cores

    done = run_cli("-m", "mlagility", "-m", *QUICK, f"cache_dir={tmp_path / 'cache'}", "corpus=selftest",
                   "corpus.include=[linear.py]", "runtime=[torch-eager,torch-compiled]", "batch_size=1,2",
                   "hydra/launcher=joblib", "hydra.launcher.n_jobs=2", f"hydra.sweep.dir={tmp_path / 'sweep'}")
    assert done.returncode == 0, done.stderr[-3000:]
    measured = [r for job in sweep_records(tmp_path / "sweep").values() for r in job]
    assert len(measured) == 4
    assert {r["threads"] for r in measured} == {physical_cores()}


# `python -m mlagility ARGS` with a spy that counts Hydra's compositions of a sweep's job configs.
COMPOSITION_COUNTER = """
import atexit, sys
from hydra._internal.config_loader_impl import ConfigLoaderImpl

compose = ConfigLoaderImpl.load_sweep_config
count = [0]

def counted(self, *args, **kwargs):
    count[0] += 1
    return compose(self, *args, **kwargs)

ConfigLoaderImpl.load_sweep_config = counted
atexit.register(lambda: print(f"job configs composed: {count[0]}"))
sys.argv = sys.argv[1:]
from mlagility.__main__ import cli
cli()
"""


def test_a_dry_run_lists_the_jobs_composing_each_grid_point_once(tmp_path):
    """Issue 31: Hydra's sweeper composed every job's config to check it, and the launcher again,
    before the first job ran (4,000 jobs: 20 minutes, silent), and `--cfg job -m` is refused: there
    was no way to see a sweep's jobs without running them. Each grid point is now composed once,
    whatever its scripts, and hydra.sweeper.dry_run=true prints the plan."""
    done = run_cli("-c", COMPOSITION_COUNTER, "mlagility", "-m", "corpus=selftest", "batch_size=1,2",
                   "hydra.sweeper.dry_run=true", f"hydra.sweep.dir={tmp_path / 'sweep'}", f"cache_dir={tmp_path / 'cache'}")
    assert done.returncode == 0, done.stderr[-2000:]
    jobs = [line for line in done.stdout.splitlines() if re.match(r"job \d+: ", line)]
    scripts = sorted(p.name for p in (MODELS_DIR / "selftest").glob("*.py"))
    assert len(jobs) == 2 * len(scripts)
    assert any("batch_size=2" in job and "linear.py" in job for job in jobs)
    assert "run_id=" not in done.stdout
    assert f"mlagility: dry run: {len(jobs)} job(s) planned, none launched" in done.stdout
    assert "job configs composed: 2" in done.stdout
    assert not (tmp_path / "sweep").exists()


def test_the_launcher_composes_each_grid_point_once_and_each_job_is_its_scripts(tmp_path):
    """Issue 31: after the plan, Hydra's launcher composed every job's config again (0.4 s a job:
    the jobs of a 4,000-job sweep started 0.53 s apart, 0.05 s of it their own work). It composes
    each grid point once now: 2 points of 2 scripts are 2 compositions to plan and 2 to launch,
    where they were 2 and 4. Each job's config, its recorded overrides and its folder name
    (override_dirname) are its own script's, as Hydra composes them alone."""
    from hydra import compose, initialize_config_module
    from hydra.core.override_parser.overrides_parser import OverridesParser
    from omegaconf import OmegaConf

    from mlagility import config

    config.register_configs()
    done = run_cli("-c", COMPOSITION_COUNTER, "mlagility", "-m", *QUICK, "corpus=selftest",
                   "corpus.include=[linear.py,two_shapes.py]", "batch_size=1,2", "build.stop_after=analyze",
                   f"hydra.sweep.dir={tmp_path / 'sweep'}", f"cache_dir={tmp_path / 'cache'}")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "job configs composed: 4" in done.stdout
    jobs = sorted((tmp_path / "sweep").glob("[0-9]*"), key=lambda job: int(job.name))
    assert len(jobs) == 4
    for job in jobs:
        overrides = OmegaConf.to_container(OmegaConf.load(job / ".hydra" / "overrides.yaml"))
        [script] = [o.value() for o in OverridesParser.create().parse_overrides(overrides) if o.key_or_group == "script"]
        composed = OmegaConf.load(job / ".hydra" / "config.yaml")
        assert composed.script == script
        # Hydra composing this job alone.
        with initialize_config_module(config_module=config.CONFIG_MODULE, version_base="1.3"):
            alone = compose("config", overrides=overrides, return_hydra_config=True)
        assert OmegaConf.to_container(composed) == {k: v for k, v in OmegaConf.to_container(alone).items() if k != "hydra"}
        hydra = OmegaConf.load(job / ".hydra" / "hydra.yaml").hydra
        assert hydra.job.override_dirname == alone.hydra.job.override_dirname
        assert list(hydra.overrides.task) == list(alone.hydra.overrides.task) == overrides
        assert {r["script"] for r in sweep_records(tmp_path / "sweep")[job.name]} == {os.path.basename(script)}


def test_a_long_plan_says_how_far_it_has_got(tmp_path):
    """Issue 31: a sweep of 4,000 jobs planned for 20 minutes without a word. A plan that takes
    longer than PLAN_REPORT_S (2 s) says where it is: here 40 grid points, each composed once."""
    done = run_cli("-m", "mlagility", "-m", "corpus=selftest", "corpus.include=[linear.py]", "batch_size=range(1,41)",
                   "hydra.sweeper.dry_run=true", f"hydra.sweep.dir={tmp_path / 'sweep'}")
    assert done.returncode == 0, done.stderr[-2000:]
    progress = re.findall(r"mlagility: planning the sweep: (\d+) of 40 grid points, (\d+) jobs so far", done.stdout)
    assert progress and all(int(points) == int(jobs) for points, jobs in progress), done.stdout[-2000:]
    assert "mlagility: dry run: 40 job(s) planned, none launched" in done.stdout
