"""Issue 29's pass-rate sample of the generated scripts: stratified by corpus, drawn with a seed
(the same seed, the same scripts: models/readme.md lists them so anyone can rerun the check),
from the generated scripts only."""

import importlib.util
import sys

from conftest import REPO

TOOLS = REPO / "models" / "tools"


def sampler():
    """models/tools/sample_new.py as a module (models/ is no package in a checkout)."""
    sys.path.insert(0, str(TOOLS))
    try:
        spec = importlib.util.spec_from_file_location("sample_new", TOOLS / "sample_new.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(TOOLS))


def test_the_sample_is_stratified_seeded_and_generated_only():
    tool = sampler()
    population = tool.generated()
    assert len(population["timm"]) == len(list((REPO / "models" / "timm").glob("*.py")))
    assert "bert.py" not in population["transformers"] and "gpt2.py" not in population["llm"]  # hand-written
    sample = tool.stratified(population, 300, seed=29)
    assert sum(map(len, sample.values())) == 300
    assert all(set(names) <= set(population[corpus]) and names for corpus, names in sample.items())
    # each corpus its share: timm holds about 70% of the generated scripts
    assert abs(len(sample["timm"]) / 300 - len(population["timm"]) / sum(map(len, population.values()))) < 0.01
    assert sample == tool.stratified(population, 300, seed=29) != tool.stratified(population, 300, seed=30)
    compiled = tool.stratified(sample, 100, seed=29)
    assert sum(map(len, compiled.values())) == 100
    assert all(set(names) <= set(sample[corpus]) for corpus, names in compiled.items())


def test_models_readme_lists_the_sample_as_drawn():
    tool = sampler()
    sample = tool.stratified(tool.generated(), 300, seed=29)
    listed = tool.readme_list(sample, tool.stratified(sample, 100, seed=29))
    assert listed.count("**") == 2 * 100
    assert listed in (REPO / "models" / "readme.md").read_text()
