"""measure.profile=true: a profiled pass per runtime after the timed window, its top operators in
the record, its trace in the job folder, a Profiles section in the report; off, nothing at all."""

import json
import re
from pathlib import Path

import pytest

from conftest import QUICK, mlagility, run_cli, scripts_corpus
from mlagility import config, records
from mlagility.engine.job import run_job
from mlagility.report import write_report

LINEAR = ["corpus=selftest", "corpus.include=[linear.py]"]
# An operator and its share, as profile_top writes them.
SHARE = re.compile(r"^(?P<op>.+) (?P<share>\d+\.\d)%$")


def shares(profile_top: str) -> dict[str, float]:
    """{operator: its share in percent} of a record's profile_top."""
    matches = [SHARE.match(part) for part in profile_top.split("; ")]
    assert all(matches), profile_top
    return {m["op"]: float(m["share"]) for m in matches}


@pytest.fixture(scope="module")
def profiled(tmp_path_factory):
    """One job of linear.py on ort and torch-eager with measure.profile=true: its folder and records."""
    tmp_path = tmp_path_factory.mktemp("profiled")
    cfg = config.compose([*QUICK, f"cache_dir={tmp_path / 'cache'}", *LINEAR, "runtime=[ort,torch-eager]",
                          "measure.profile=true", "measure.profile_calls=5"])
    run_job(cfg, tmp_path / "job")
    return tmp_path / "job", list(records.read(tmp_path / "job" / records.RESULTS_FILE))


def test_each_runtime_profiles_real_operators_with_shares_of_at_most_all(profiled):
    job, results = profiled
    by_runtime = {r.runtime: r for r in results}
    assert set(by_runtime) == {"ort", "torch-eager"}
    expected = {"ort": {"Gemm", "MatMul", "FusedGemm"}, "torch-eager": {"aten::addmm", "aten::linear", "aten::mm"}}
    for runtime, record in by_runtime.items():
        assert record.status == "ok", record.reason
        assert record.median_ms > 0 and record.profile_calls == 5
        top = shares(record.profile_top)
        assert set(top) & expected[runtime], record.profile_top
        # Each share is rounded to 0.1%, so their sum may pass 100 by up to 0.05 each (100.1 was seen).
        assert 0 < sum(top.values()) <= 100 + 0.05 * len(top) and len(top) <= 10
        assert list(top.values()) == sorted(top.values(), reverse=True)
        path = Path(record.profile_path)
        assert path.parent == (job / "profiles").resolve()
        assert path.name == f"linear-model-{record.invocation_hash}-{runtime}.json"
        json.loads(path.read_text())  # a valid trace


def test_the_profiled_pass_comes_after_the_timed_window_of_every_runtime(profiled):
    _, results = profiled
    timed_until = max(r.measure_end for r in results)
    for record in results:
        assert Path(record.profile_path).stat().st_mtime >= timed_until
    # The ort trace is a second session's: it starts after the timed window too (its events are
    # relative to when profiling started, which its file name does not hold: the mtime does).
    ort = next(r for r in results if r.runtime == "ort")
    events = json.loads(Path(ort.profile_path).read_text())
    assert any(e.get("cat") == "Node" for e in events)


def test_without_profile_nothing_is_profiled_or_written(run, tmp_path):
    results = run(*LINEAR, "runtime=[ort,torch-eager]", job_dir=tmp_path / "job")
    assert {r.runtime for r in results} == {"ort", "torch-eager"}
    for record in results:
        assert record.status == "ok", record.reason
        assert record.profile_top == "" and record.profile_path == "" and record.profile_calls is None
    assert not (tmp_path / "job" / "profiles").exists()


def test_a_model_that_changes_its_inputs_is_profiled_on_restored_inputs(run, tmp_path):
    results = run(*scripts_corpus("changes_its_inputs"), "runtime=torch-eager", "measure.profile=true",
                  "measure.profile_calls=3")
    assert results and all(r.status == "ok" for r in results), [r.reason for r in results]
    for record in results:
        assert "inputs restored before each call" in record.reason
        assert shares(record.profile_top) and Path(record.profile_path).exists()


def test_a_profile_that_fails_keeps_its_measurement_and_says_why(run, tmp_path):
    job = tmp_path / "job"
    job.mkdir()
    (job / "profiles").write_text("a file where the traces' folder would be")
    results = run(*LINEAR, "runtime=[ort,torch-eager]", "measure.profile=true", job_dir=job)
    assert {r.runtime for r in results} == {"ort", "torch-eager"}
    for record in results:
        assert record.status == "ok" and record.median_ms > 0 and record.iterations >= 3
        assert record.profile_top.startswith("profile failed: ") and "profiles" in record.profile_top
        assert record.profile_path == ""


def test_profile_calls_below_one_is_refused(tmp_path):
    done = mlagility(*LINEAR, "measure.profile=true", "measure.profile_calls=0", tmp_path=tmp_path)
    assert done.returncode != 0
    assert "measure.profile_calls=0 must be above 0" in done.stderr


def test_the_report_shows_a_profiles_section_for_a_profiled_run(profiled, tmp_path):
    job, results = profiled
    done = run_cli("-m", "mlagility.report", str(job), "--out", str(tmp_path / "report"))
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "report" / "report.html").read_text()
    assert "<h2>Profiles</h2>" in page
    for record in results:
        assert record.profile_path in page
        assert record.profile_top.split("; ")[0] in page


def test_a_report_without_profiles_has_no_profiles_section(run, tmp_path):
    run(*LINEAR, "runtime=ort", job_dir=tmp_path / "job")
    page = write_report([tmp_path / "job"], tmp_path / "report").html.read_text()
    assert "Profiles" not in page
