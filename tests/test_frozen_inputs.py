"""An invocation is what the script passed, frozen at the call: the eager reference, the export
and every runtime's calls see the inputs as they were then, however the model changes them. An
error that cannot be checked (NaN, infinite, or against an eager torch that disagrees with
itself) never passes."""

import math

import onnx
import pytest
from conftest import scripts_corpus

from mlagility import records
from mlagility.builder.cache import builds_dir, read_state


def onnx_inputs(cache_dir, record) -> dict[str, list[int]]:
    """{input name: its static dims} of a record's ONNX graph (its weights left unread)."""
    folder = builds_dir(cache_dir) / record.build_name
    model = onnx.load(str(folder / read_state(folder)["model"]), load_external_data=False)
    return {value.name: [dim.dim_value for dim in value.type.tensor_type.shape.dim] for value in model.graph.input}


def test_a_generating_model_is_measured_on_the_cache_each_step_was_given(run, cache_dir):
    """generate calls the model on the prompt with an empty cache, then once per new token with
    the DynamicCache it keeps appending to. The prefill is exported without a cache; the decode
    step (first seen after the prompt) with the prompt's 16 positions cached; eager agrees with
    itself, and every runtime with eager."""
    results = run(*scripts_corpus("tiny_llama_generate"), "max_seq_length=16", "max_new_tokens=8",
                  "runtime=[ort,torch-eager]")
    steps = {}
    for record in results:
        steps.setdefault(record.phase, {})[record.runtime] = record
    prefill, decode = steps["prefill"], steps["decode"]
    assert "input_ids:[1, 16]" in next(iter(prefill.values())).input_shapes
    assert "input_ids:[1, 1]" in next(iter(decode.values())).input_shapes
    assert decode["ort"].call_count == 7  # 8 new tokens: the prefill gives the first

    prefill_inputs, decode_inputs = onnx_inputs(cache_dir, prefill["ort"]), onnx_inputs(cache_dir, decode["ort"])
    assert prefill_inputs == {"input_ids": [1, 16], "position_ids": [1, 16]}
    cached = {name: dims for name, dims in decode_inputs.items() if name not in ("input_ids", "position_ids")}
    # keys and values of 2 layers: [batch, heads, the 16 prompt positions, head size]
    assert len(cached) == 4 and all(dims == [1, 4, 16, 16] for dims in cached.values()), decode_inputs

    for record in [*prefill.values(), *decode.values()]:
        assert record.status == records.OK, record.reason
        assert record.eager_rel_error == 0 and record.nondeterministic is False
        assert record.max_rel_error <= record.tolerance == 1e-4
    assert "inputs restored before each call" in decode["torch-eager"].reason
    assert "inputs restored" not in decode["ort"].reason


@pytest.mark.faults
def test_a_model_that_changes_its_inputs_gets_them_back_before_every_call(run):
    """Its forward adds to its input in place and appends to a list it is passed, and refuses
    inputs an earlier call changed: every call (eager's, the export's, each timed one) must see
    them as the script passed them."""
    results = {r.runtime: r for r in run(*scripts_corpus("changes_its_inputs"), "runtime=[ort,torch-eager]")}
    assert set(results) == {"ort", "torch-eager"}
    for record in results.values():
        assert record.status == records.OK, record.reason
        assert record.eager_rel_error == 0 and record.max_rel_error <= record.tolerance
        assert record.iterations >= 3
    assert "inputs restored before each call" in results["torch-eager"].reason


@pytest.mark.faults
@pytest.mark.parametrize("script, says", [
    ("returns_nan", "eager torch's outputs hold NaN"),
    ("drifts", "eager torch differs from itself by up to"),
])
def test_an_error_that_checks_nothing_never_passes(run, script, says):
    """NaN outputs, or an eager torch that differs from itself on the same inputs by more than
    its outputs' size: the tolerance would have to be infinite, so the outputs are not checked,
    and the record says so."""
    results = {r.runtime: r for r in run(*scripts_corpus(script), "runtime=[ort,torch-eager]")}
    assert set(results) == {"ort", "torch-eager"}
    for record in results.values():
        assert record.status == records.FAIL_ACCURACY, record.reason
        assert record.reason.startswith("outputs not checked: ") and says in record.reason, record.reason
        assert record.tolerance is None or math.isfinite(record.tolerance)
        assert record.median_ms > 0  # measured all the same
