"""The generated scripts of models/transformers are what models/tools/generate_transformers.py
writes from the committed check results (models/tools/transformers_check.json), byte for byte;
every model type transformers registers is a script there (generated or hand-written) or listed
in models/readme.md with the reason it has none. (The template itself is checked for every
corpus in test_corpora.py.)"""

import importlib.util
import json

import pytest

from conftest import REPO

TOOLS = REPO / "models" / "tools"
CORPUS = REPO / "models" / "transformers"


def generator():
    """models/tools/generate_transformers.py as a module (models/ is no package in a checkout)."""
    spec = importlib.util.spec_from_file_location("generate_transformers", TOOLS / "generate_transformers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def check():
    transformers = pytest.importorskip("transformers")
    check = json.loads((TOOLS / "transformers_check.json").read_text())
    if transformers.__version__ != check["transformers"]:
        pytest.skip(f"the check ran on transformers {check['transformers']}, this is {transformers.__version__}")
    return check


def test_the_generator_rewrites_the_generated_scripts_byte_for_byte(tmp_path, check):
    gen = generator()
    written = gen.generate(tmp_path / "transformers", check)
    assert written
    hand_written = set(gen.HAND_WRITTEN.values())
    committed = {p.stem for p in CORPUS.glob("*.py")} - hand_written
    assert sorted(written) == sorted(committed)
    changed = [name for name in written
               if (tmp_path / "transformers" / f"{name}.py").read_bytes() != (CORPUS / f"{name}.py").read_bytes()]
    assert changed == []


def test_every_hand_written_script_named_by_the_generator_is_there_once():
    gen = generator()
    for model_type, stem in gen.HAND_WRITTEN.items():
        script = CORPUS / f"{stem}.py"
        assert script.exists(), stem
    assert len(gen.HAND_WRITTEN) == len(set(gen.HAND_WRITTEN.values()))


def test_every_model_type_is_a_script_or_listed_in_the_readme_with_its_reason(check):
    from transformers.models.auto.modeling_auto import MODEL_MAPPING_NAMES

    gen = generator()
    assert check["registered"] == sorted(MODEL_MAPPING_NAMES)
    assert set(check["types"]) <= set(check["registered"])
    scripts = {p.stem for p in CORPUS.glob("*.py")}
    covered = set(gen.HAND_WRITTEN) | set(gen.generated(check))
    assert {gen.script_name(t) for t in covered} <= scripts
    left_out = set(gen.reasons(check))
    assert covered | left_out == set(check["registered"]) and not covered & left_out
    assert gen.readme_table(check) in (REPO / "models" / "readme.md").read_text()


def test_a_script_that_departs_from_the_defaults_says_why(check):
    gen = generator()
    for model_type in gen.generated(check):
        text = (CORPUS / f"{gen.script_name(model_type)}.py").read_text()
        if "seq_length = min(" in text:
            assert "(its position table)" in text, model_type
        if '"height", "width"' not in text and "pixel_values" in text:
            assert ("It takes only its config's image size" in text
                    or "placeholders below, are as many as that size gives" in text), model_type
        if "variant::one_layer" in text:
            assert "its default hyperparameters but one" in text, model_type


@pytest.mark.slow  # LLaVA with one language-model layer: 658M parameters, about 20 s
def test_a_vision_language_model_whose_placeholder_was_past_its_vocabulary_runs():
    """LLaVA's default config puts its image placeholder (id 32000) past the text vocabulary (32000
    tokens), and its script failed for real with an IndexError in the embedding; the published
    checkpoints' tokenizers add the placeholder, and the generated script's vocabulary holds it."""
    import subprocess
    import sys

    script = CORPUS / "llava.py"
    assert '"vocab_size": 32001' in script.read_text()
    done = subprocess.run([sys.executable, str(script), "--max_seq_length", "16"], cwd=REPO, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]


def test_each_generated_scripts_classes_import_from_the_scripts_own_folder(check):
    """The corpus's discovery found it: xlstm.py had the name of a library transformers looks for
    (``is_xlstm_available()``), and run from its folder (first on ``sys.path``, as ``python
    xlstm.py`` and the tool run it) transformers imported the script as that library and failed
    (``Could not import module 'xLSTMConfig'``). The check ran it from elsewhere, and passed it.
    Such a script is now named ``<type>_model.py``, and the check runs scripts from their folder."""
    import subprocess
    import sys

    classes = sorted({name for result in generator().generated(check).values()
                      for name in (result["config"], result["model"])})
    done = subprocess.run([sys.executable, "-c", f"from transformers import {', '.join(classes)}"],
                          cwd=CORPUS, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-1000:]


def test_a_script_that_counts_image_placeholders_at_any_size_gets_the_same_count_at_each(check):
    """Unlimited-OCR's script counted 21 placeholders, the features of a 224x224 image, and took
    parse()'s height and width: at 64x64 its image gives 3 features, and the call fails. Its check
    result predated the check's ``sized_for_placeholders``. Every generated script that counts
    placeholders and still takes any image size is built on meta here (in a child, as the check
    patches torch): at 224x224 it must make as many features as the script has placeholders, and
    as many at 64x64 where it takes that size at all."""
    import subprocess
    import sys

    flexible = {model_type: result for model_type, result in generator().generated(check).items()
                if "image_tokens" in result["inputs"].get("input_ids", {})
                and result["inputs"]["pixel_values"]["size"] is None}
    assert flexible
    program = f"""
import json, transformers, check_transformers as c
results = json.loads({json.dumps(json.dumps(flexible))})
for model_type, result in results.items():
    config = getattr(transformers, result["config"])(**result["config_kwargs"])
    if result.get("config_fix"):
        c.set_at(config, result["config_fix"]["path"], result["config_fix"]["size"])
    model = c.build(getattr(transformers, result["model"]), config).eval()
    counts = [c.features_asked(model, config, result["inputs"], size=size) for size in (64, 224)]
    print(model_type, *counts)
"""
    done = subprocess.run([sys.executable, "-c", program], cwd=TOOLS, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    counts = dict((line.split()[0], line.split()[1:]) for line in done.stdout.splitlines())
    assert counts.keys() == flexible.keys()
    # at 224x224 the features fill the script's placeholders; at 64x64 a model makes as many, or
    # makes none at all (its image takes no 64x64: the check then runs it at parse()'s default)
    tokens = {t: str(r["inputs"]["input_ids"]["image_tokens"]) for t, r in flexible.items()}
    assert {t: c[1] for t, c in counts.items()} == tokens
    assert {t: c for t, c in counts.items() if c[0] not in ("None", c[1])} == {}
