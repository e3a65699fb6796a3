"""The corpora: every script follows the template; CI runs each corpus's smoke scripts at small
sizes (the full corpora: `python -m mlagility.cli.health`, or `pytest -m slow`)."""

import ast

import pytest

from conftest import REPO
from mlagility.common.labels import from_script
from mlagility.config import CONF_DIR
from mlagility.parser import DEFAULTS

CORPORA = ["selftest", "transformers", "torchvision", "torch_hub", "timm", "diffusers", "graph_convolutions",
           "popular_on_huggingface", "llm"]
AT_LEAST = {"selftest": 4, "transformers": 60, "torchvision": 12, "torch_hub": 75, "timm": 1000, "diffusers": 4,
            "graph_convolutions": 11, "popular_on_huggingface": 300, "llm": 130}
TASKS = {"Natural_Language_Processing", "Computer_Vision", "Audio", "Multimodal", "Graph_Machine_Learning",
         "Generative_AI", "Test"}
SMALL = ["batch_size=1", "max_seq_length=16", "height=64", "width=64", "max_audio_seq_length=16000", "max_new_tokens=4"]
# transformers scripts that build a popular_on_huggingface model (its config, but for token ids): llm has it once
SAME_MODEL = {"bloom": "bloom_560m", "falcon": "falcon_7b", "gemma2": "gemma_2_2b_it", "gpt2": "gpt2",
              "gpt_neo": "gpt_neo_125m", "openai": "openai_gpt", "opt": "opt_125m"}
TOKEN_IDS = {"bos_token_id", "eos_token_id", "pad_token_id"}


def scripts(corpus):
    return sorted(p for p in (REPO / "models" / corpus).glob("*.py") if p.name != "hubconf.py")


ALL_SCRIPTS = [p for corpus in CORPORA for p in scripts(corpus)]
CAUSAL_LMS = [p for corpus in ("popular_on_huggingface", "transformers") for p in scripts(corpus)
              if from_script(p)["task"] == ["Generative_AI"]]


def statement(script, name):
    """The source of ``script``'s top-level statement that assigns ``name``; ``"import"`` gives its
    ``from transformers import ...`` line."""
    text = script.read_text()
    for node in ast.parse(text).body:
        if name == "import" and isinstance(node, ast.ImportFrom) and node.module == "transformers":
            return ast.get_source_segment(text, node)
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [name]:
            return ast.get_source_segment(text, node)
    raise AssertionError(f"{script.name} has no top-level {name}")


def built_config(script):
    """The transformers config ``script`` builds, without building its model; token ids left out."""
    namespace = {}
    exec(statement(script, "import") + "\n" + statement(script, "config"), namespace)
    return {key: value for key, value in namespace["config"].to_dict().items() if key not in TOKEN_IDS}


@pytest.mark.parametrize("corpus", CORPORA)
def test_each_corpus_has_its_scripts_and_a_config(corpus):
    assert len(scripts(corpus)) >= AT_LEAST[corpus]
    assert (CONF_DIR / "corpus" / f"{corpus}.yaml").exists()


@pytest.mark.parametrize("script", ALL_SCRIPTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_script_follows_the_template(script):
    labels = from_script(script)
    assert {"name", "author", "task", "test_group"} <= set(labels), labels
    assert set(labels["task"]) <= TASKS
    tree = ast.parse(script.read_text())
    docstring = ast.get_docstring(tree)
    assert docstring and "Source:" in docstring
    imports = [n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module == "mlagility.parser"]
    assert imports and imports[0].names[0].name == "parse"
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "parse"]
    assert calls, "sizes come from parse([...])"
    asked = [elt.value for call in calls for elt in call.args[0].elts]
    assert asked and set(asked) <= set(DEFAULTS)
    if "variant" in labels:
        assert labels["variant"] == ["one_layer"]


def test_popular_models_carry_their_hub_id():
    for script in scripts("popular_on_huggingface"):
        hub_id = from_script(script).get("hub_id")
        assert hub_id and len(hub_id) == 1, script.name
        assert f"https://huggingface.co/{hub_id[0]}" in script.read_text(), script.name


@pytest.mark.parametrize("source", CAUSAL_LMS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_causal_language_model_generates_in_llm(source):
    """Issue 25: llm holds each causal language model of popular_on_huggingface and transformers
    once, with its source's config and labels (variant::one_layer included), its file name and Source."""
    if source.parent.name == "transformers" and source.stem in SAME_MODEL:
        same = REPO / "models" / "popular_on_huggingface" / f"{SAME_MODEL[source.stem]}.py"
        assert built_config(source) == built_config(same)
        assert (REPO / "models" / "llm" / same.name).exists()
        return
    script = REPO / "models" / "llm" / source.name
    assert statement(script, "config") == statement(source, "config")
    assert {**from_script(script), "test_group": []} == {**from_script(source), "test_group": []}
    source_url = ast.get_docstring(ast.parse(source.read_text())).split("Source:")[1].strip()
    assert f"Source: {source_url}" in ast.get_docstring(ast.parse(script.read_text()))


@pytest.mark.parametrize("script", scripts("llm"), ids=lambda p: p.name)
def test_every_llm_script_generates_max_new_tokens_greedily(script):
    """Greedy, and min_new_tokens = max_new_tokens: an end-of-sequence token drawn by random weights
    does not stop generation early, so every run makes the same decoding steps."""
    tree = ast.parse(script.read_text())
    [parse_call] = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "parse"]
    assert "max_new_tokens" in [elt.value for elt in parse_call.args[0].elts]
    [generate] = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "generate"]
    keywords = {k.arg: ast.unparse(k.value) for k in generate.keywords if k.arg}
    assert keywords == {"max_new_tokens": "max_new_tokens", "min_new_tokens": "max_new_tokens", "do_sample": "False"}


@pytest.mark.slow
def test_an_llm_script_under_the_tool_gives_a_prefill_and_a_decoding_step(run):
    """The prompt once (16 tokens), then one token at a time with the cache, max_new_tokens - 1 times."""
    results = run("corpus=llm", "corpus.include=[pythia_70m.py]", "runtime=torch-eager", *SMALL)
    prefill, decoding = sorted(results, key=lambda r: r.call_count)
    assert (prefill.status, prefill.call_count, decoding.status, decoding.call_count) == ("ok", 1, "ok", 3)
    assert prefill.input_shapes.startswith("input_ids:[1, 16],")
    assert decoding.input_shapes.startswith("input_ids:[1, 1],")


# CI builds the smoke scripts of timm, the newest corpus (three models of a few hundred thousand
# parameters); the rest run with `pytest -m slow` (20-45 s each), and the pass-rate check builds
# every script of all. CI builds transformers models on the tiny fixtures of tests/scripts
# (tiny_bert, tiny_align, ...) and times generation on those of test_generation.py and test_report_lm.py.
IN_CI = {"timm"}


@pytest.mark.parametrize("corpus", [c if c in IN_CI else pytest.param(c, marks=pytest.mark.slow) for c in CORPORA[1:]])
def test_smoke_scripts_build_and_run_on_ort_at_small_sizes(run, corpus):
    """Each corpus's smoke scripts through the whole flow: export, optimize, onnxruntime checked
    against eager torch, and eager torch itself."""
    results = run(f"corpus={corpus}", "corpus.labels={test_group:[smoke]}", "runtime=[ort,torch-eager]", *SMALL,
                  "timeout=600")
    assert len({r.script for r in results}) >= 2
    failed = [(r.script, r.runtime, r.status, r.reason) for r in results if r.status != "ok"]
    assert not failed
    for runtime in ("ort", "torch-eager"):
        assert {r.script for r in results if r.runtime == runtime} == {r.script for r in results}
    assert all(r.build_name and r.max_rel_error is not None for r in results if r.runtime == "ort")


# timm's 1363 scripts take far longer than the 900 s that pytest gives a test.
@pytest.mark.slow
@pytest.mark.parametrize("corpus", [pytest.param(c, marks=pytest.mark.timeout(4 * 3600)) if c == "timm" else c
                                    for c in CORPORA])
def test_every_script_is_discovered_at_small_sizes(run, corpus):
    results = run(f"corpus={corpus}", "build.stop_after=analyze", *SMALL, "timeout=900")
    assert {r.script for r in results} == {p.name for p in scripts(corpus)}
    assert [(r.script, r.reason) for r in results if r.status != "analyzed"] == []
