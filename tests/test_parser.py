"""parse(): seed defaults, command-line and injected values, and clear errors."""

import sys

import pytest

from conftest import REPO, run_cli
from mlagility import parser
from mlagility.parser import parse

SEED_DEFAULTS = {
    "batch_size": 1, "max_seq_length": 128, "max_audio_seq_length": 25600, "height": 224,
    "num_channels": 3, "width": 224, "k": 8, "alpha": 2.2, "out_channels": 16, "num_layers": 8,
    "in_channels": 1433,
}
# This project's own parameters, after the seed's.
OWN_DEFAULTS = {"max_new_tokens": 32}


def test_defaults_match_the_seed(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["script.py"])
    assert parse(list(SEED_DEFAULTS)) == list(SEED_DEFAULTS.values())
    assert parser.DEFAULTS == {**SEED_DEFAULTS, **OWN_DEFAULTS}


def test_a_generating_script_asks_for_its_new_tokens(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["script.py", "--max_new_tokens", "8"])
    assert parse(["max_new_tokens", "max_seq_length"]) == [8, 128]


def test_values_come_back_in_the_order_asked(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["script.py", "--batch_size", "8", "--height", "64"])
    assert parse(["height", "batch_size", "width"]) == [64, 8, 224]


def test_unknown_flags_are_left_to_the_script(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["script.py", "--batch_size", "2", "--my-own-flag", "x"])
    assert parse(["batch_size"]) == [2]


def test_injected_values_win_over_defaults_and_yield_to_flags(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["script.py"])
    with parser.injected({"batch_size": 32, "max_seq_length": 512}):
        assert parse(["batch_size", "max_seq_length", "k"]) == [32, 512, 8]
        monkeypatch.setattr(sys, "argv", ["script.py", "--batch_size", "4"])
        assert parse(["batch_size", "max_seq_length"]) == [4, 512]
    monkeypatch.setattr(sys, "argv", ["script.py"])
    assert parse(["batch_size"]) == [1]


def test_unknown_name_lists_the_valid_ones():
    with pytest.raises(ValueError) as error:
        parse(["batch_size", "sequence_length"])
    assert "'sequence_length'" in str(error.value)
    assert all(name in str(error.value) for name in SEED_DEFAULTS)


def test_a_string_instead_of_a_list_is_refused():
    with pytest.raises(TypeError, match=r"parse\(\['batch_size'\]\)"):
        parse("batch_size")


@pytest.mark.parametrize("bad", [{"batch_size": "abc"}, {"batch_size": 0}, {"max_seq_length": 1.5}])
def test_bad_injected_values_are_refused(bad):
    with pytest.raises(ValueError, match=next(iter(bad))):
        with parser.injected(bad):
            pass


def test_standalone_script_reads_its_argv():
    ok = run_cli("models/selftest/linear.py", "--batch_size", "8")
    assert ok.returncode == 0, ok.stderr
    bad = run_cli("models/selftest/linear.py", "--batch_size", "abc", cwd=REPO)
    assert bad.returncode == 2
    assert "argument --batch_size: invalid positive_integer value: 'abc'" in bad.stderr


@pytest.mark.parametrize("script, asked", [
    ("models/selftest/linear.py", ("batch_size",)),
    ("models/selftest/two_shapes.py", ("batch_size", "height", "num_channels", "width")),
    ("models/transformers/align.py", ("batch_size", "max_seq_length", "height", "num_channels", "width")),
    ("models/graph_convolutions/gcn.py", ("batch_size", "out_channels", "num_layers", "in_channels")),
])
def test_the_names_a_corpus_script_asks_for_are_read_from_its_source(script, asked):
    assert parser.names_asked_by(REPO / script) == asked


@pytest.mark.parametrize("source, asked", [
    ("import torch\n", ()),  # no parse() call: no parameter changes what it runs
    ("from mlagility import parser\nb, = parser.parse(['batch_size'])\nk = parser.parse(('k',))\n", ("batch_size", "k")),
    ("from mlagility.parser import parse\nnames = ['k']\nparse(names)\n", tuple(parser.DEFAULTS)),  # unknowable
    ("def broken(:\n", tuple(parser.DEFAULTS)),
])
def test_literal_parse_calls_are_read_and_a_hidden_name_list_counts_as_all(tmp_path, source, asked):
    script = tmp_path / "script.py"
    script.write_text(source)
    assert parser.names_asked_by(script) == asked
