"""The health check's pass-rate mode on a real corpus: one line per corpus and runtime, failures
counted by status, and a second run into the same folder going on where the first stopped."""

from __future__ import annotations

import re

import pytest

from mlagility import records
from mlagility.cli import health


def test_pass_rate_counts_each_runtimes_invocations_and_resumes(tmp_path, capsys):
    out = tmp_path / "pass-rate"
    assert health.main(["--pass-rate", "selftest", "--runtimes", "ort", "torch-eager", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    # selftest: 4 scripts, 6 invocations (two_models.py and two_shapes.py call two each)
    assert "| selftest | ort | 4 | 6 | 6 | 100.0 | 0 | none |" in printed
    assert "| selftest | torch-eager | 4 | 6 | 6 | 100.0 | 0 | none |" in printed
    found = list(records.read(out / "selftest-small-pass-rate" / records.RESULTS_FILE))
    assert {r.runtime for r in found} == {"ort", "torch-eager"}
    assert all(r.parameters["height"] == 64 for r in found)
    # Where the time went, each stage summed from the records' own costs, counted once each.
    spent = health.time_spent(found)
    assert spent["script runs"] == pytest.approx(sum({r.script: r.script_s for r in found}.values()))
    assert spent["timing"] == pytest.approx(sum(r.timing_s for r in found))
    assert all(spent[stage] > 0 for stage in ("script runs", "eager reference", "export", "timing"))
    table = printed[printed.index("time spent"):]
    assert re.search(r"script runs +\d+ min \d+ s +\d+%|script runs +\d+\.\d s +\d+%", table), table

    health.main(["--pass-rate", "selftest", "--runtimes", "ort", "torch-eager", "--out", str(out)])
    again = capsys.readouterr().out
    assert "4 skipped (resume)" in again and "| selftest | ort | 4 | 6 | 6 | 100.0 | 0 | none |" in again


def test_a_failure_is_counted_by_its_status_and_listed_with_its_reason():
    found = [
        records.Record(script="a.py", runtime="ort", status=records.OK),
        records.Record(script="b.py", runtime="ort", status=records.EXPORT_ERROR, reason="export failed: X"),
        records.Record(script="c.py", runtime="", status=records.TIMEOUT, reason="took too long"),
        records.Record(script="a.py", runtime="torch-eager", status=records.FAIL_ACCURACY),
        # a script that crashed after calling its model: the model's record, and the script's
        records.Record(script="d.py", runtime="ort", status=records.SCRIPT_ERROR, reason="crashed"),
        records.Record(script="d.py", runtime="", status=records.SCRIPT_ERROR, reason="crashed"),
    ]
    ort, eager = health.pass_rates("mine", ["ort", "torch-eager"], found)
    assert (ort.scripts, ort.invocations, ort.ok) == (4, 4, 1)
    # a script-level failure counts on every runtime, once: d.py's ort record stands for it there
    assert ort.failures() == "1 export_error, 1 script_error, 1 timeout"
    assert (eager.invocations, eager.ok, eager.statuses[records.FAIL_ACCURACY]) == (3, 0, 1)
    assert eager.failures() == "1 timeout, 1 script_error"


def test_a_script_that_fails_at_the_small_sizes_is_run_at_its_default_sizes(tmp_path, capsys):
    # torchvision's inception_v3 pools below 1x1 at 64x64 (the script fails on its own); at 224 it runs.
    out = tmp_path / "pass-rate"
    argv = ["--pass-rate", "torch_hub", "--include", "inception_v3.py", "--runtimes", "torch-eager", "--out", str(out)]
    assert health.main(argv) == 0
    printed = capsys.readouterr().out
    assert "1 script(s) failed at the small sizes, run again at their default sizes: inception_v3.py" in printed
    assert "| torch_hub | torch-eager | 1 | 1 | 1 | 100.0 | 0 | none |" in printed
    assert "run at their default sizes, as they fail at the small ones: torch_hub/inception_v3.py" in printed
    small = list(records.read(out / "torch_hub-small-pass-rate" / records.RESULTS_FILE))
    assert records.SCRIPT_ERROR in {r.status for r in small}
    (default,) = records.read(out / "torch_hub-default-pass-rate" / records.RESULTS_FILE)
    assert (default.status, default.parameters["height"]) == (records.OK, 224)


def test_an_include_that_matches_no_script_is_refused_before_any_work(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        health.main(["--pass-rate", "selftest", "--include", "no_such_script.py", "--out", str(tmp_path)])
    assert stopped.value.code == 2
    assert "no script of selftest matches --include no_such_script.py" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_pass_rate_checks_build_variants_beside_the_float32_build(tmp_path, capsys):
    """Issue 28: `--quantize int8_dynamic --fusions` gives a line per variant on ort; time spent
    counts the variants' stages."""
    out = tmp_path / "pass-rate"
    assert health.main(["--pass-rate", "selftest", "--include", "linear.py", "--runtimes", "ort",
                        "--quantize", "int8_dynamic", "--fusions", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    for target in ("ort", "ort[int8_dynamic]", "ort[fused]", "ort[fused+int8_dynamic]"):
        assert f"| selftest | {target} | 1 | 1 | 1 | 100.0 | 0 | none |" in printed, printed
    found = list(records.read(out / "selftest-small-pass-rate-variants" / records.RESULTS_FILE))
    assert sorted(r.build_variant for r in found) == ["fp32", "fused", "fused+int8_dynamic", "int8_dynamic"]
    spent = health.time_spent(found)
    assert spent["quantize"] > 0 and spent["fusions"] > 0
    # The four builds share one export: its time is counted once.
    assert len({r.export_s for r in found}) == 1 and spent["export"] == pytest.approx(found[0].export_s)


def test_a_sampled_check_draws_the_same_scripts_for_the_same_seed(tmp_path, capsys):
    """Corpora of hundreds of scripts are checked on a seeded sample: the draw is printed, and the
    same seed draws the same scripts (so a sampled check resumes); another seed, others."""
    drawn = health.sample_scripts("selftest", [], 2, seed=3)
    assert len(drawn) == 2 and drawn == health.sample_scripts("selftest", [], 2, seed=3)
    assert {tuple(health.sample_scripts("selftest", [], 2, seed)) for seed in range(10)} != {tuple(drawn)}
    assert len(health.sample_scripts("selftest", [], 100, seed=3)) == 4  # a corpus smaller than the sample: all of it
    assert set(drawn) < set(health.sample_scripts("selftest", [], 3, seed=3))  # a larger sample: the same and more
    out = tmp_path / "pass-rate"
    argv = ["--pass-rate", "selftest", "--sample", "2", "--seed", "3", "--runtimes", "torch-eager", "--out", str(out)]
    assert health.main(argv) == 0
    printed = capsys.readouterr().out
    assert f"selftest: 2 script(s) drawn with seed 3: {', '.join(drawn)}" in printed
    assert {r.script for r in records.read(out / "selftest-small-pass-rate" / records.RESULTS_FILE)} == set(drawn)
    assert re.search(r"\| selftest \| torch-eager \| 2 \| \d \| \d \| 100.0 \| 0 \| none \|", printed), printed


@pytest.mark.parametrize("argv, message", [
    (["--sample", "0"], "--sample 0: give the number of scripts to draw from each corpus, 1 or more"),
    (["--stage-timeout", "0"], "--stage-timeout 0: give a positive number of seconds"),
])
def test_a_bad_sample_or_stage_timeout_is_refused_before_any_work(tmp_path, capsys, argv, message):
    with pytest.raises(SystemExit) as stopped:
        health.main(["--pass-rate", "selftest", *argv, "--out", str(tmp_path)])
    assert stopped.value.code == 2 and message in capsys.readouterr().err
    assert not any(tmp_path.iterdir())
