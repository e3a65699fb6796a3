"""The `# labels:` line: parsing, filtering, and the copy saved beside each build."""

import pytest

from conftest import REPO
from mlagility.common import labels


def test_parse_labels_line():
    line = "# labels: name::bert author::huggingface task::NLP test_group::daily,smoke"
    assert labels.parse_labels_line(line) == {
        "name": ["bert"], "author": ["huggingface"], "task": ["NLP"], "test_group": ["daily", "smoke"],
    }


def test_no_prefix_means_no_labels():
    assert labels.parse_labels_line('"""docstring"""') == {}


def test_malformed_pair_is_an_error():
    with pytest.raises(ValueError, match="key::value"):
        labels.parse_labels_line("# labels: name::x oops")


def test_script_labels_are_read_from_the_first_line():
    assert labels.from_script(REPO / "models/selftest/linear.py")["name"] == ["linear"]


def test_filter_is_or_within_a_key_and_and_across_keys():
    script = {"test_group": ["daily"], "author": ["mlagility"]}
    assert labels.matches(script, {"test_group": ["daily", "monthly"]})
    assert labels.matches(script, {"test_group": ["daily"], "author": ["mlagility"]})
    assert not labels.matches(script, {"test_group": ["daily"], "author": ["someone"]})
    assert not labels.matches(script, {"task": ["NLP"]})


def test_labels_are_saved_with_each_build_and_loaded_back(run, cache_dir):
    results = run("corpus=selftest", "corpus.include=[linear.py]", "runtime=ort")
    assert results[0].status == "ok"
    loaded = labels.load_from_cache(cache_dir, results[0].build_name)
    assert loaded == labels.from_script(REPO / "models/selftest/linear.py")
    assert loaded["test_group"] == ["selftest", "daily"]


def test_load_from_cache_names_what_is_missing(tmp_path):
    with pytest.raises(FileNotFoundError, match="no_such_build"):
        labels.load_from_cache(tmp_path, "no_such_build")
