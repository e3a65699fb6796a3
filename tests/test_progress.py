"""What a run tells while it runs and keeps afterwards: progress lines (plain, as stdout here is
a pipe), the job's log file, and --help."""

import re

from conftest import mlagility


def test_a_run_shows_each_stage_and_its_log_keeps_stages_outcomes_and_warnings(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    # A line torn by a killed writer: the report skips it with a warning, which the log keeps.
    (run / "results.jsonl").write_text('{"script": "killed_writer.py", "sta')
    done = mlagility("corpus=selftest", "corpus.include=[two_models.py]", "runtime=ort", f"hydra.run.dir={run}",
                     tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr

    stages = re.findall(r"^\[(\d)/1 done, \d:\d\d:\d\d\] selftest/two_models\.py: (.+)$", done.stdout, re.MULTILINE)
    assert stages == [("0", "starting worker"), ("0", "running script")] + [
        ("0", f"{model}: {stage}") for model in ("encoder", "classifier")
        for stage in ("reference", "exporting", "optimizing", "preparing ort", "timing ort")
    ], done.stdout
    assert "torn line" in done.stdout  # the warning shows on the console too

    log = (run / "mlagility.log").read_text()
    for expected in (
        "[mlagility.engine.job][INFO] - 1 script(s) from selftest, device=cpu, runtime=ort; batch_size=1",
        "selftest/two_models.py: running script took ",
        "selftest/two_models.py: encoder: exporting took ",
        "selftest/two_models.py: classifier: timing ort took ",
        "selftest/two_models.py: done in ",
        "two_models.py encoder ort: ok, median ",
        "[py.warnings][WARNING] - ",
        "1 script(s), 2 record(s), 0 failed",
    ):
        assert expected in log, log
    assert "[DEBUG]" not in log


def test_hydra_verbose_mlagility_adds_debug_lines_to_the_log(tmp_path):
    done = mlagility("corpus=selftest", "corpus.include=[linear.py]", "runtime=torch-eager", "hydra.verbose=mlagility",
                     f"hydra.run.dir={tmp_path / 'run'}", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "run" / "mlagility.log").read_text()
    assert "[mlagility.progress][DEBUG] - selftest/linear.py: model: timing torch-eager" in log
    assert "[DEBUG]" not in done.stdout  # debug goes to the log, not the console


def test_help_describes_the_tool_its_groups_and_keys_without_schemas(tmp_path):
    done = mlagility("--help", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert text.startswith("mlagility: benchmark the PyTorch models")
    assert "powered by Hydra" not in text
    groups = dict(re.findall(r"^(corpus|device|build|runtime|experiment): (.+)$", text, re.MULTILINE))
    assert set(groups) == {"corpus", "device", "build", "runtime", "experiment"}
    assert "selftest" in groups["corpus"].split(", ") and "torch-eager" in groups["runtime"].split(", ")
    assert "_schema" not in text
    for key in ("batch_size=1", "corpus.include=", "build.stop_after=", "timeout=", "resume=true", "mlagility.log"):
        assert key in text
