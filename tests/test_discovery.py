"""Discovery finds every top-level model call of a real script, once per input shape."""

import runpy

import pytest

from conftest import REPO, SCRIPTS
from mlagility import parser
from mlagility.analysis.discovery import Discovery


def discover(script, max_depth=0, **parameters):
    path = str(script.resolve())
    with parser.injected(parameters), Discovery(path, max_depth) as discovery:
        runpy.run_path(path, run_name="__main__")
    return discovery.invocations


def test_one_model():
    [linear] = discover(REPO / "models/selftest/linear.py", batch_size=4)
    assert (linear.variable, linear.model_class) == ("model", "__main__.LinearTestModel")
    assert linear.built_at == "linear.py:24"
    assert linear.params == 10 * 10 + 10
    assert linear.input_shapes == "x:[4, 10]"
    assert len(linear.invocation_hash) == 8


def test_two_models_in_one_script():
    found = discover(REPO / "models/selftest/two_models.py")
    assert [i.variable for i in found] == ["encoder", "classifier"]
    assert found[0].model_hash != found[1].model_hash


def test_same_model_two_shapes_gives_two_invocations():
    small, large = discover(REPO / "models/selftest/two_shapes.py", batch_size=2)
    assert small.model is large.model and small.model_hash == large.model_hash
    assert small.invocation_hash != large.invocation_hash
    assert small.input_shapes == "arg0:[2, 3, 56, 56]" and large.input_shapes == "arg0:[2, 3, 112, 112]"


def test_hashes_are_stable_across_runs_and_change_with_shapes():
    first = discover(REPO / "models/selftest/linear.py", batch_size=1)[0]
    again = discover(REPO / "models/selftest/linear.py", batch_size=1)[0]
    bigger = discover(REPO / "models/selftest/linear.py", batch_size=8)[0]
    assert first.invocation_hash == again.invocation_hash
    assert first.model_hash == bigger.model_hash and first.invocation_hash != bigger.invocation_hash


def test_nested_modules_are_ignored_at_depth_0_and_found_at_depth_1():
    [outer] = discover(SCRIPTS / "nested.py")
    assert outer.variable == "outer"
    found = discover(SCRIPTS / "nested.py", max_depth=1)
    assert [(i.variable, i.depth) for i in found] == [("outer", 0), ("outer.first", 1), ("outer.second", 1)]


def test_parameterless_modules_are_skipped():
    assert discover(SCRIPTS / "no_model.py") == []


def test_repeated_calls_are_counted_once():
    import torch

    path = SCRIPTS / "nested.py"
    with Discovery(str(path)) as discovery:
        model = torch.nn.Linear(2, 2)
        for _ in range(3):
            model(torch.rand(1, 2))
    assert len(discovery.invocations) == 1 and discovery.invocations[0].call_count == 3
    model(torch.rand(1, 2))  # after the block, calls are no longer watched
    assert discovery.invocations[0].call_count == 3


def test_calls_made_while_a_model_is_built_are_not_invocations():
    """The dry run that sizes the head in __init__ is part of building the model."""
    [model] = discover(SCRIPTS / "sized_at_build.py", batch_size=2)
    assert (model.variable, model.input_shapes) == ("model", "arg0:[2, 3, 16, 16]")


def test_parametrizations_are_not_invocations():
    """weight_norm calls its ParametrizationList while wav2vec2 is built, and each parametrized
    weight is computed by a call of one inside the forward: neither is a model."""
    [wav2vec2] = discover(SCRIPTS / "tiny_wav2vec2.py", batch_size=1, max_audio_seq_length=800)
    assert wav2vec2.model_class == "transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2Model"
    found = discover(SCRIPTS / "parametrized.py", max_depth=2, batch_size=1)
    assert [i.variable for i in found] == ["model", "model.normed", "model.spectral", "model.symmetric"]


def test_inputs_are_frozen_at_the_call_before_the_forward_runs():
    """A tensor the forward changes in place, a list it appends to, and a tensor autograd made
    (which deepcopy alone refuses): the invocation holds each as it was passed, and each fresh
    copy is its own."""
    import torch

    class AppendsAndAdds(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = torch.nn.Linear(2, 2)

        def forward(self, x, history):
            history.append(x.clone())
            x.add_(1)
            return self.fc(x)

    with Discovery(str(SCRIPTS / "nested.py")) as discovery:
        model = AppendsAndAdds()
        x, history = model.fc(torch.zeros(1, 2)).detach(), []
        made_by_autograd = model.fc(torch.zeros(2, 2))  # another shape: another invocation
        model(x, history)
        model(made_by_autograd, history=[])
    [first, second] = [i for i in discovery.invocations if i.model is model]
    assert len(history) == 1 and not torch.equal(x, first.args[0])  # the script's own objects changed
    assert first.args[1] == [] and torch.equal(first.args[0] + 1, x)
    assert second.kwargs["history"] == [] and second.args[0].grad_fn is None
    assert torch.equal(second.args[0] + 1, made_by_autograd.detach())
    fresh = first.fresh()
    fresh.model(*fresh.args, **fresh.kwargs)
    assert first.args[1] == [] and len(fresh.args[1]) == 1 and fresh.args[0] is not first.args[0]


def test_inputs_that_cannot_be_copied_are_kept_as_passed_and_say_so():
    import threading

    import torch

    class TakesALock(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = torch.nn.Linear(2, 2)

        def forward(self, x, lock):
            with lock:
                return self.fc(x)

    with Discovery(str(SCRIPTS / "nested.py")) as discovery:
        model = TakesALock()
        lock = threading.Lock()
        model(torch.rand(1, 2), lock)  # the script's call goes through
    [invocation] = discovery.invocations
    assert "lock" in invocation.unfrozen and invocation.args[1] is lock
    assert invocation.fresh() is invocation


@pytest.mark.faults
def test_past_max_invocations_calls_are_counted_not_captured():
    import torch

    with Discovery(str(SCRIPTS / "nested.py"), max_invocations=2) as discovery:
        model = torch.nn.Linear(2, 2)
        for length in (1, 2, 3, 4, 3):
            model(torch.rand(length, 2))
    assert [i.input_shapes for i in discovery.invocations] == ["arg0:[1, 2]", "arg0:[2, 2]"]
    assert len(discovery.skipped) == 2 and discovery.skipped_calls == 3


def test_a_one_token_prompt_and_its_decode_step_are_two_invocations():
    """generate on a one-token prompt: the prompt and each step after it both pass input_ids [1, 1],
    but the prompt's cache is empty and the steps' is not: a prefill and a decode invocation."""
    invocations = discover(SCRIPTS / "tiny_llama_generate.py", max_seq_length=1, max_new_tokens=4)
    steps = {i.phase: i for i in invocations}
    assert set(steps) == {"generate", "prefill", "decode"}, [(i.phase, i.input_shapes) for i in invocations]
    assert (steps["prefill"].context_length, steps["prefill"].call_count) == (1, 1)
    assert (steps["decode"].context_length, steps["decode"].call_count) == (1, 3)
