"""models/timm is what models/tools/generate_timm.py writes from the committed check results
(models/tools/timm_check.json), byte for byte; every timm architecture is either a script there
or listed in models/readme.md with the reason it has none. (The template itself is checked for
every corpus in test_corpora.py.)"""

import importlib.util
import json
import subprocess
import sys

import pytest

from conftest import REPO

TOOLS = REPO / "models" / "tools"
CORPUS = REPO / "models" / "timm"


def generator():
    """models/tools/generate_timm.py as a module (models/ is no package in a checkout)."""
    spec = importlib.util.spec_from_file_location("generate_timm", TOOLS / "generate_timm.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_rewrites_models_timm_byte_for_byte(tmp_path):
    timm = pytest.importorskip("timm")
    check = json.loads((TOOLS / "timm_check.json").read_text())
    if timm.__version__ != check["timm"]:
        pytest.skip(f"the check ran on timm {check['timm']}, this is {timm.__version__}")
    written = generator().generate(tmp_path / "timm")
    assert sorted(p.name for p in (tmp_path / "timm").iterdir()) == sorted(p.name for p in CORPUS.iterdir())
    changed = [name for name in written
               if (tmp_path / "timm" / f"{name}.py").read_bytes() != (CORPUS / f"{name}.py").read_bytes()]
    assert changed == []


def test_every_architecture_is_a_script_or_listed_in_the_readme_with_its_reason():
    timm = pytest.importorskip("timm")
    check = json.loads((TOOLS / "timm_check.json").read_text())
    if timm.__version__ != check["timm"]:
        pytest.skip(f"the check ran on timm {check['timm']}, this is {timm.__version__}")
    assert sorted(check["architectures"]) == sorted(timm.list_models())
    scripts = {p.stem for p in CORPUS.glob("*.py")}
    gen = generator()
    left_out = {name for name, result in check["architectures"].items() if gen.left_out(result) is not None}
    assert scripts | left_out == set(check["architectures"]) and not scripts & left_out
    assert gen.readme_table(check) in (REPO / "models" / "readme.md").read_text()


def test_a_model_called_at_its_own_size_built_for_it_or_in_eval_mode_says_why():
    for script in CORPUS.glob("*.py"):
        text = script.read_text()
        if "model.eval()" in text:
            assert "# A batch norm sees one value per channel at batch size 1" in text, script.name
        if '"height", "width"' not in text:
            assert "its own input size (timm's pretrained_cfg)" in text, script.name
        if "img_size=(height, width)" in text:
            assert "# it is built for the size it is called at." in text, script.name


def test_a_vision_transformer_is_built_for_the_size_it_is_called_at():
    """Its position embeddings are made for 224x224 unless it is built for the parsed size: at
    64x96 it ran into `Input height (64) doesn't match model (224)`."""
    script = CORPUS / "vit_tiny_patch16_224.py"
    assert "img_size=(height, width)" in script.read_text()
    done = subprocess.run([sys.executable, str(script), "--height", "64", "--width", "96"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


def test_corpus_all_runs_no_generator():
    """models/tools/ sits beside the corpora, and corpus=all (the folder models/ itself) leaves it out."""
    from mlagility import config
    from mlagility.corpus import select_scripts

    selected = select_scripts(config.compose(["corpus=all"]).corpus)
    assert not [p for p in selected if p.parent.name == "tools"]
    assert len([p for p in selected if p.parent.name == "timm"]) == len(list(CORPUS.glob("*.py")))
