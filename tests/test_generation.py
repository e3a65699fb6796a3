"""Language models as people measure them: each step of generation says what it is (prefill or
decode, its context and the tokens it adds), and the script's own generate call is timed end
to end, to its first token and per token after it."""

import pytest
from conftest import scripts_corpus

from mlagility import records


def by_phase(results) -> dict[str, dict[str, records.Record]]:
    """{phase: {runtime: record}}."""
    phases = {}
    for record in results:
        phases.setdefault(record.phase, {})[record.runtime] = record
    return phases


def test_a_generating_script_gives_prefill_decode_and_generate_records(run):
    """A tiny Llama generating 8 tokens from a 16-token prompt, batch 2: the prompt is a prefill of
    2 x 16 tokens, the first step after it a decode on a cache of the 16 prompt positions adding 2
    tokens, and the generate call is timed on torch-eager only (ort runs one step's graph, not
    generate's loop), 2 x 8 tokens, its first token and each after it timed."""
    results = run(*scripts_corpus("tiny_llama_generate"), "max_seq_length=16", "max_new_tokens=8", "batch_size=2",
                  "runtime=[ort,torch-eager]")
    phases = by_phase(results)
    assert set(phases) == {"prefill", "decode", "generate"}, [(r.phase, r.runtime, r.status) for r in results]
    assert set(phases["prefill"]) == set(phases["decode"]) == {"ort", "torch-eager"}
    assert set(phases["generate"]) == {"torch-eager"}

    for record in results:
        assert record.status == records.OK, record.reason
        assert record.tokens_per_s == pytest.approx(record.new_tokens / (record.median_ms / 1e3))
    for record in phases["prefill"].values():
        assert (record.context_length, record.new_tokens) == (16, 32)
        assert record.ttft_ms is None and record.e2e_ms is None
    for record in phases["decode"].values():
        assert (record.context_length, record.new_tokens) == (16, 2)

    generate = phases["generate"]["torch-eager"]
    assert generate.variable == "model.generate" and generate.input_shapes.startswith("arg0:[2, 16]")
    assert (generate.context_length, generate.new_tokens) == (16, 16)
    assert generate.max_rel_error == 0 and generate.eager_rel_error == 0
    assert generate.e2e_ms == generate.median_ms
    # Each call's first token and its per-token time are parts of that call: so are their medians.
    assert 0 < generate.ttft_ms < generate.e2e_ms and 0 < generate.tpot_ms < generate.e2e_ms
    # Their intervals, as the median's, need two calls or more (a busy host may allow one).
    assert (generate.ttft_ci is None) == (generate.tpot_ci is None) == (generate.iterations < 2)


def test_a_language_model_called_once_is_a_prefill(run):
    """A causal language model the script calls on its prompt, as the corpora's prefill scripts do,
    has a prefill record of batch x prompt tokens; a model that does not generate has no phase."""
    results = run(*scripts_corpus("tiny_llama_prompt", "tiny_bert"), "max_seq_length=16", "runtime=torch-eager")
    llama = next(r for r in results if r.script == "tiny_llama_prompt.py")
    bert = next(r for r in results if r.script == "tiny_bert.py")
    assert (llama.phase, llama.context_length, llama.new_tokens) == ("prefill", 16, 16)
    assert llama.tokens_per_s == pytest.approx(16 / (llama.median_ms / 1e3))
    assert bert.phase == "" and bert.tokens_per_s is None and bert.new_tokens is None


@pytest.mark.slow
def test_torch_compiled_generates_with_its_compiled_forward(run):
    """torch-compiled times generate with the model's forward compiled (compiled in its first call,
    load_s), and its tokens are eager's."""
    results = run(*scripts_corpus("tiny_llama_generate"), "max_seq_length=8", "max_new_tokens=3",
                  "runtime=[torch-eager,torch-compiled]")
    generate = by_phase(results)["generate"]
    assert set(generate) == {"torch-eager", "torch-compiled"}
    for record in generate.values():
        assert record.status == records.OK, record.reason
        assert record.max_rel_error == 0 and record.ttft_ms > 0 and record.tpot_ms > 0
    assert generate["torch-compiled"].load_s > generate["torch-eager"].load_s


@pytest.mark.faults
def test_a_script_that_streams_is_timed_with_the_tools_streamer(run):
    """A script passing generate a streamer of its own: the timed calls use the tool's in its place
    (passing both was a TypeError, "got multiple values for keyword argument 'streamer'")."""
    results = run(*scripts_corpus("tiny_llama_streams"), "max_seq_length=8", "max_new_tokens=3", "runtime=torch-eager",
                  "measure.warmup_min_calls=5", "measure.warmup_settled=0")
    phases = by_phase(results)
    generate = phases["generate"]["torch-eager"]
    assert generate.status == records.OK, generate.reason
    assert generate.ttft_ms > 0 and generate.tpot_ms > 0
    # A generate call, a model call per token, is warmed up by one; a step by warmup_min_calls.
    assert generate.warmup_calls == 1 and phases["decode"]["torch-eager"].warmup_calls >= 5


@pytest.mark.faults
def test_a_context_past_the_models_positions_names_the_limit(run):
    """A prompt and new tokens past the positions a model learnt (GPT-2 here: 64) fail in the
    script, with torch's own message; the record adds which limit it was and what to lower."""
    results = run(*scripts_corpus("tiny_gpt2_generate"), "max_seq_length=60", "max_new_tokens=8",
                  "runtime=torch-eager")
    failed = [record for record in results if record.status == records.SCRIPT_ERROR]
    assert len(failed) == 1, [(r.phase, r.status, r.reason) for r in results]
    assert ("max_seq_length + max_new_tokens = 68 is more than the 64 positions GPT2LMHeadModel takes "
            "(config.max_position_embeddings): lower them") in failed[0].reason, failed[0].reason


def test_a_sliding_window_cache_is_fed_to_its_onnx_graph_by_name(run):
    """Gemma 3's sliding layers keep an int64 scalar in the cache, and the exporter names that
    input cache_N_orig: ort feeds it by that name (it fell back to feeding by position, and
    position_ids got a scalar: "Invalid rank for input: position_ids Got: 0")."""
    results = run(*scripts_corpus("tiny_gemma3_generate"), "max_seq_length=8", "max_new_tokens=3", "runtime=ort")
    phases = by_phase(results)
    assert set(phases) == {"prefill", "decode"}, [(r.phase, r.status, r.reason) for r in results]
    for record in results:
        assert record.status == records.OK, record.reason


@pytest.mark.faults
def test_a_recurrent_models_cache_is_a_state_with_no_length(run):
    """Mamba's cache holds a recurrent state, whose length transformers refuses to tell (a
    ValueError from get_seq_length): its first step is a prefill, its later ones decode steps of
    unknown context, and the script runs as it does alone (it was a script_error)."""
    results = run(*scripts_corpus("tiny_mamba_generate"), "max_seq_length=8", "max_new_tokens=3",
                  "runtime=torch-eager")
    phases = by_phase(results)
    assert set(phases) == {"prefill", "decode", "generate"}, [(r.phase, r.status, r.reason) for r in results]
    for record in results:
        assert record.status == records.OK, record.reason
    assert phases["prefill"]["torch-eager"].context_length == 8
    assert phases["decode"]["torch-eager"].context_length is None and phases["decode"]["torch-eager"].new_tokens == 1
