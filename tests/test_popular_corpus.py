"""popular_on_huggingface beyond its hand-written scripts: models/tools/generate_popular.py writes
one script per row of models/tools/popular_models.py (and the llm twin of each causal language
model); the committed scripts are what it writes, byte for byte."""

import re
import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "models" / "tools"))
import generate_popular  # noqa: E402

MODELS = REPO / "models"


def hub_id(path):
    return re.search(r"hub_id::(\S+)", path.read_text().splitlines()[0]).group(1)


def test_the_generator_writes_the_committed_scripts_byte_for_byte(tmp_path):
    written = generate_popular.write(tmp_path)
    assert len(written) == len(list(tmp_path.rglob("*.py")))
    differ = [r for r in sorted(written) if (tmp_path / r).read_bytes() != (MODELS / r).read_bytes()]
    assert differ == [], "run python models/tools/generate_popular.py and commit what it writes"


def test_the_generator_is_deterministic():
    assert generate_popular.scripts() == generate_popular.scripts()


def test_the_table_names_no_hand_written_model():
    generate_popular.check_table()


def test_no_hub_id_appears_twice_in_the_corpus():
    ids = [hub_id(p) for p in sorted((MODELS / "popular_on_huggingface").glob("*.py"))]
    assert len(ids) >= 300
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


def test_every_causal_language_model_of_the_table_has_its_llm_twin():
    rows = [r for r in generate_popular.MODELS if r["task"] == "Generative_AI"]
    written = generate_popular.scripts()
    for row in rows:
        name = generate_popular.script_name(row)
        assert f"llm/{name}.py" in written
        assert "model.generate(" in written[f"llm/{name}.py"]
