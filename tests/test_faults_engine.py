"""Faults of the engine (issue 23): a worker that ends before the tool measured what its script
called, children a script leaves running, and records of one script that disagree on its
parameters. Each test runs real fixture scripts from tests/scripts."""

import pytest

from conftest import scripts_corpus
from mlagility import records

pytestmark = pytest.mark.faults


def test_the_parents_records_carry_the_parameters_script_args_set_as_the_workers_do(run):
    """A timeout record (made by the parent) and an ok record (made by the worker) of one script
    under --batch_size 8: both say batch_size 8, so the report's merge key and resume agree."""
    [timed_out] = run(*scripts_corpus("naps"), "runtime=torch-eager", "timeout=1",
                      "script_args='--batch_size 8 --nap 600'")
    [measured] = run(*scripts_corpus("naps"), "runtime=torch-eager", "script_args='--batch_size 8'")
    assert (timed_out.status, measured.status) == (records.TIMEOUT, records.OK)
    assert measured.input_shapes == "arg0:[8, 4]"
    assert timed_out.parameters == measured.parameters and measured.parameters["batch_size"] == 8
