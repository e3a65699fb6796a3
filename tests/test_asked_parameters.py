"""Only the parse() parameters that the selected scripts ask for matter: the run header lists
those, and a sweep runs a script once for points that differ only in the others."""

import json

from conftest import mlagility


def test_the_header_lists_only_the_parameters_the_scripts_ask_for(tmp_path):
    done = mlagility("corpus=selftest", "corpus.include=[linear.py,two_shapes.py]", "build.stop_after=analyze",
                     f"hydra.run.dir={tmp_path / 'run'}", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    header = done.stdout.splitlines()[0]
    assert header.endswith("; batch_size=1, height=224, num_channels=3, width=224"), header


def analyzed_sweep(tmp_path, *overrides: str):
    """A selftest sweep that stops after discovery: the command's result, its sweep folder and
    the lines in which it says what it did not run again."""
    sweep = tmp_path / "sweep"
    done = mlagility("-m", "corpus=selftest", "build.stop_after=analyze", *overrides, f"hydra.sweep.dir={sweep}",
                     tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    return done, sweep, [line for line in done.stdout.splitlines() if "not run again" in line]


def test_a_sweep_point_that_changes_nothing_a_script_reads_runs_that_script_once(tmp_path):
    _, sweep, repeats = analyzed_sweep(tmp_path, "corpus.include=[linear.py,two_shapes.py]", "height=64,128")
    ran = sorted((r["script"], r["parameters"]["height"]) for job in sweep.glob("*/results.jsonl")
                 for r in map(json.loads, job.read_text().splitlines()))
    assert ran == [("linear.py", 64), ("two_shapes.py", 64), ("two_shapes.py", 64), ("two_shapes.py", 128),
                   ("two_shapes.py", 128)]  # two_shapes.py calls its model twice
    [line] = repeats
    assert line.startswith("mlagility: linear.py at height=128 would repeat height=64"), line


def test_a_point_per_job_sweep_over_a_parameter_no_script_reads_runs_once(tmp_path):
    _, sweep, repeats = analyzed_sweep(tmp_path, "hydra.sweeper.per_script=false", "max_seq_length=64,128,256")
    assert [job.parent.name for job in sweep.glob("*/results.jsonl")] == ["0"]
    assert repeats == [
        f"mlagility: linear.py, two_models.py, two_shapes.py, twolayer.py at max_seq_length={value} would repeat "
        "max_seq_length=64 (no parse() parameter they ask for differs): not run again" for value in (128, 256)
    ]
