"""`benchit`, with the seed README's command lines run from models/ as a seed user would."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from conftest import REPO, SCRIPTS

MODELS = REPO / "models"
# The console script as installed; the module itself where PATH does not have it yet.
BENCHIT = [shutil.which("benchit")] if shutil.which("benchit") else [sys.executable, "-m", "mlagility.cli.benchit"]


def benchit(*args, cwd=MODELS, cache=None, timeout=600):
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    if cache:
        env["MLAGILITY_CACHE_DIR"] = str(cache)
    return subprocess.run([*BENCHIT, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env=env)


def records_in(cache):
    path = cache / "runs" / "benchit" / "results.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_seed_readme_command_lines(tmp_path):
    cache = tmp_path / "default_cache"
    one = benchit("benchmark", "linear.py", "--search-dir", "selftest", cache=cache)
    assert one.returncode == 0, one.stderr
    assert [r["script"] for r in records_in(cache)] == ["linear.py"]

    every = benchit("benchmark", "--all", "--search-dir", "selftest", "--cache-dir", str(tmp_path / "selftest_results"))
    assert every.returncode == 0, every.stderr
    assert len(records_in(tmp_path / "selftest_results")) == 6

    report = benchit("report", "--cache-dir", str(tmp_path / "selftest_results"), cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    table = pd.read_csv(tmp_path / "report.csv")
    assert sorted(table["script"]) == sorted(["linear.py", "twolayer.py", "two_models.py", "two_models.py",
                                              "two_shapes.py", "two_shapes.py"])
    assert set(table["status"]) == {"ok"} and set(table["runtime"]) == {"ort"} and set(table["device"]) == {"cpu"}

    default_report = benchit("report", cwd=tmp_path / "selftest_results", cache=cache)
    assert default_report.returncode == 0
    assert len(pd.read_csv(tmp_path / "selftest_results" / "report.csv")) == 1


def test_implicit_benchmark_with_script_args(tmp_path):
    done = benchit("linear.py", "--search-dir", "selftest", "--script-args=--batch_size 8", "--runtime", "torch-eager",
                   cache=tmp_path)
    assert done.returncode == 0, done.stderr
    [record] = records_in(tmp_path)
    assert record["parameters"]["batch_size"] == 8 and record["input_shapes"] == "x:[8, 10]"
    assert record["runtime"] == "torch-eager"


def test_hash_target_and_labels_and_cache_commands(tmp_path):
    cache = tmp_path / "cache"
    analyzed = benchit("benchmark", "two_models.py", "--search-dir", "selftest", "--analyze-only", cache=cache)
    encoder = next(r for r in records_in(cache) if r["variable"] == "encoder")
    assert analyzed.returncode == 0 and encoder["status"] == "analyzed"

    picked = benchit("benchmark", f"two_models.py::{encoder['invocation_hash']}", "--search-dir", "selftest",
                     "--build-only", "--labels", "test_group::daily", cache=cache)
    assert picked.returncode == 0, picked.stderr
    built = records_in(cache)[-1]
    assert built["variable"] == "encoder" and built["status"] == "built"

    listing = benchit("cache", "list", cache=cache)
    assert built["build_name"] in listing.stdout and "ok" in listing.stdout
    stats = json.loads(benchit("cache", "stats", built["build_name"], cache=cache).stdout)
    assert stats["stages"]["optimize"]["status"] == "ok" and stats["labels"]["name"] == ["two_models"]
    from mlagility.common.labels import load_from_cache
    assert load_from_cache(cache, built["build_name"])["test_group"] == ["selftest", "daily"]

    assert benchit("cache", "clean", "--all", cache=cache).returncode == 0
    assert not list((cache / "builds" / built["build_name"]).glob("*.onnx"))
    typo = benchit("cache", "stats", built["build_name"][:-1] + "x", cache=cache)
    assert typo.returncode == 2 and "did you mean" in typo.stderr
    assert benchit("cache", "delete", built["build_name"], cache=cache).returncode == 0
    assert built["build_name"] not in benchit("cache", "list", cache=cache).stdout
    assert benchit("cache", "delete", "--all", cache=cache).returncode == 0  # and the export it started from
    assert "no builds" in benchit("cache", "list", cache=cache).stdout
    assert benchit("cache", "location", cache=cache).stdout.strip() == str(cache)
    assert benchit("models", "location", "--quiet").stdout.strip() == str(MODELS)
    assert benchit("version").stdout.strip()


def test_an_onnx_file_is_benchmarked_directly(tmp_path):
    import torch

    torch.onnx.export(torch.nn.Linear(8, 4).eval(), (torch.rand(1, 8),), str(tmp_path / "tiny.onnx"), dynamo=True,
                      input_names=["x"], opset_version=18)
    done = benchit("tiny.onnx", "--search-dir", str(tmp_path), cache=tmp_path / "cache")
    assert done.returncode == 0, done.stderr
    [record] = records_in(tmp_path / "cache")
    assert record["runtime"] == "ort" and record["status"] == "ok"
    assert record["exporter"] == "onnx file" and record["onnx_opset"] == 18 and record["params"] == 36


def test_failures_make_a_non_zero_exit_and_the_summary_names_them(tmp_path):
    done = benchit("raises.py", "nested.py", "--search-dir", str(SCRIPTS), "--runtime", "torch-eager", cache=tmp_path)
    assert done.returncode == 1
    assert "1 failed" in done.stdout and "script_error" in done.stdout and "raises.py" in done.stdout


@pytest.mark.parametrize("args, message", [
    (["benchmark", "linear.py", "--search-dir", "selftest", "--bogus"], "unrecognized arguments: --bogus"),
    (["benchmrk", "linear.py"], "did you mean 'benchmark'?"),
    (["benchmark", "nope.py", "--search-dir", "selftest"], "nope.py is not in"),
    (["benchmark", "--search-dir", "selftest"], "pass --all"),
    (["benchmark", "linear.py", "--search-dir", "selftest", "--device", "tpu"], "invalid choice: 'tpu'"),
    (["benchmark", "linear.py", "--search-dir", "selftest", "--runtime", "tvm"], "unknown runtime 'tvm'; runtimes: torch-eager"),
    (["benchmark", "linear.py", "--search-dir", "selftest", "--labels", "linear"],
     "--labels linear: Malformed label 'linear': expected key::value[,value...], e.g. --labels test_group::daily"),
    (["benchmark", "linear.py", "--search-dir", "selftest", "--script-args=--batch_size abc"],
     "argument --batch_size: invalid positive_integer value: 'abc'"),
    (["benchmark", "linear.py", "--search-dir", "selftest", "--cache-dir", "/dev/null"], "cache_dir=/dev/null is not a folder"),
])
def test_bad_command_lines_say_what_to_fix(tmp_path, args, message):
    done = benchit(*args, cache=tmp_path)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr


def test_help_lists_every_command():
    done = benchit("-h")
    assert done.returncode == 0
    assert all(command in done.stdout for command in ("benchmark", "report", "cache", "models", "version"))
    assert "--script-args" in benchit("benchmark", "-h").stdout


def test_resume_after_sigkill_redoes_nothing_and_loses_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(MODELS / "selftest" / "linear.py", corpus / "a_linear.py")
    (corpus / "b_sleeper.py").write_text("import time, torch\nm = torch.nn.Linear(2, 2)\ntime.sleep(600)\n")
    shutil.copy(MODELS / "selftest" / "twolayer.py", corpus / "c_twolayer.py")
    cache = tmp_path / "cache"
    command = [*BENCHIT, "benchmark", "--all", "--search-dir", str(corpus), "--runtime", "torch-eager"]
    env = {**os.environ, "MLAGILITY_CACHE_DIR": str(cache)}
    run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    progress = cache / "runs" / "benchit" / "progress.jsonl"
    deadline = time.time() + 300
    while "b_sleeper" not in (progress.read_text() if progress.exists() else ""):
        assert time.time() < deadline and run.poll() is None
        time.sleep(0.5)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    before = records_in(cache)
    assert [r["script"] for r in before] == ["a_linear.py"]

    resumed = subprocess.run([*command, "--resume"], env=env, capture_output=True, text=True, timeout=600)
    after = records_in(cache)
    assert after[0] == before[0]  # the finished script's row is untouched and not redone
    assert [(r["script"], r["status"]) for r in after] == [
        ("a_linear.py", "ok"), ("b_sleeper.py", "killed"), ("c_twolayer.py", "ok")]
    assert "1 skipped (resume)" in resumed.stdout


@pytest.mark.parametrize("content", ["[]", '"oops"', '{"status": "ok", "sta'])
def test_cache_commands_survive_a_state_file_that_is_no_json_object(tmp_path, content):
    folder = tmp_path / "builds" / "linear_0badc0de"
    folder.mkdir(parents=True)
    (folder / "state.json").write_text(content)
    listing = benchit("cache", "list", cache=tmp_path)
    assert listing.returncode == 0, listing.stderr
    assert "linear_0badc0de\tincomplete" in listing.stdout
    stats = benchit("cache", "stats", "linear_0badc0de", cache=tmp_path)
    assert stats.returncode == 2 and "no readable state.json" in stats.stderr and "cache delete" in stats.stderr


def test_resume_refuses_a_cache_whose_run_is_still_live(tmp_path):
    """A resume must not take a live run's current script for one that a dead run left behind."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "sleeper.py").write_text("import time, torch\nm = torch.nn.Linear(2, 2)\ntime.sleep(600)\n")
    cache = tmp_path / "cache"
    command = [*BENCHIT, "benchmark", "--all", "--search-dir", str(corpus), "--runtime", "torch-eager"]
    env = {**os.environ, "MLAGILITY_CACHE_DIR": str(cache)}
    live = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        progress = cache / "runs" / "benchit" / "progress.jsonl"
        deadline = time.time() + 300
        while "sleeper" not in (progress.read_text() if progress.exists() else ""):
            assert time.time() < deadline and live.poll() is None
            time.sleep(0.5)
        resumed = subprocess.run([*command, "--resume"], env=env, capture_output=True, text=True, timeout=300)
        assert resumed.returncode == 2, resumed.stdout + resumed.stderr
        assert "another run is still writing to" in resumed.stderr and "Traceback" not in resumed.stderr
        assert not (cache / "runs" / "benchit" / "results.jsonl").exists()  # no 'killed' record for the live script
        assert live.poll() is None
    finally:
        os.killpg(live.pid, signal.SIGKILL)
        live.wait()
