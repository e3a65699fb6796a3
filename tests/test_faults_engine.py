"""Faults of the engine (issue 23): a worker that ends before the tool measured what its script
called, children a script leaves running, and records of one script that disagree on its
parameters. Each test runs real fixture scripts from tests/scripts."""

import pytest

from conftest import mlagility, read_records, scripts_corpus
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


def test_the_parents_records_carry_the_parameters_script_args_set_as_the_workers_do(run):
    """A timeout record (made by the parent) and an ok record (made by the worker) of one script
    under --batch_size 8: both say batch_size 8, so the report's merge key and resume agree."""
    [timed_out] = run(*scripts_corpus("naps"), "runtime=torch-eager", "timeout=1",
                      "script_args='--batch_size 8 --nap 600'")
    [measured] = run(*scripts_corpus("naps"), "runtime=torch-eager", "script_args='--batch_size 8'")
    assert (timed_out.status, measured.status) == (records.TIMEOUT, records.OK)
    assert measured.input_shapes == "arg0:[8, 4]"
    assert timed_out.parameters == measured.parameters and measured.parameters["batch_size"] == 8
