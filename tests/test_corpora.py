"""The corpora: every script follows the template; CI runs each corpus's smoke scripts at small
sizes (the full corpora: `python -m mlagility.cli.health`, or `pytest -m slow`)."""

import ast

import pytest

from conftest import REPO
from mlagility.common.labels import from_script
from mlagility.config import CONF_DIR
from mlagility.parser import DEFAULTS

CORPORA = ["selftest", "transformers", "torchvision", "torch_hub", "diffusers", "graph_convolutions",
           "popular_on_huggingface"]
AT_LEAST = {"selftest": 4, "transformers": 60, "torchvision": 12, "torch_hub": 75, "diffusers": 4,
            "graph_convolutions": 11, "popular_on_huggingface": 100}
TASKS = {"Natural_Language_Processing", "Computer_Vision", "Audio", "Multimodal", "Graph_Machine_Learning",
         "Generative_AI", "Test"}
SMALL = ["batch_size=1", "max_seq_length=16", "height=64", "width=64", "max_audio_seq_length=16000"]


def scripts(corpus):
    return sorted(p for p in (REPO / "models" / corpus).glob("*.py") if p.name != "hubconf.py")


ALL_SCRIPTS = [p for corpus in CORPORA for p in scripts(corpus)]


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


@pytest.mark.parametrize("corpus", CORPORA[1:])
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


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA)
def test_every_script_is_discovered_at_small_sizes(run, corpus):
    results = run(f"corpus={corpus}", "build.stop_after=analyze", *SMALL, "timeout=900")
    assert {r.script for r in results} == {p.name for p in scripts(corpus)}
    assert [(r.script, r.reason) for r in results if r.status != "analyzed"] == []
