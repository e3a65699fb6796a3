"""A user's own ``--config-dir``: its files win over the packaged configs of the same name, its new
options join them, and the packaged configs fill in everything it does not have."""

from pathlib import Path

import pytest
import yaml

from conftest import run_cli
from mlagility.conf import CONF_DIR, user_config_dir


@pytest.fixture
def user_conf(tmp_path: Path) -> Path:
    """A config folder of a user's: its own ``corpus/selftest.yaml`` (only linear.py, preloading
    csv) and a new corpus ``mine``."""
    folder = tmp_path / "my_conf"
    (folder / "corpus").mkdir(parents=True)
    (folder / "corpus" / "selftest.yaml").write_text(
        "defaults:\n  - corpus_schema\nname: selftest\nfolder: selftest\ninclude: [linear.py]\npreload: [csv]\n")
    (folder / "corpus" / "mine.yaml").write_text(
        f"defaults:\n  - corpus_schema\nname: mine\nfolder: {tmp_path / 'my_models'}\npreload: [json]\n")
    return folder


def composed_job(*args: str) -> dict:
    """The job config ``python -m mlagility ARGS --cfg job`` prints."""
    done = run_cli("-m", "mlagility", *args, "--cfg", "job", cwd=Path("/"))
    assert done.returncode == 0, done.stderr
    return yaml.safe_load(done.stdout)


@pytest.mark.parametrize("flag", [["--config-dir", "{dir}"], ["--config-dir={dir}"], ["-cd", "{dir}"]])
def test_a_user_config_dir_file_wins_over_the_packaged_one_of_the_same_name(user_conf, flag):
    assert (CONF_DIR / "corpus" / "selftest.yaml").is_file()
    packaged = composed_job("corpus=selftest")
    assert packaged["corpus"]["include"] == ["*.py"]

    users = composed_job(*(part.format(dir=user_conf) for part in flag), "corpus=selftest")
    assert users["corpus"]["include"] == ["linear.py"]
    # What the user's folder does not have still comes from the packaged configs.
    assert users["device"]["name"] == "cpu" and "ort" in users["runtime"]


def test_a_user_config_dir_adds_its_own_options(user_conf, tmp_path):
    job = composed_job("--config-dir", str(user_conf), "corpus=mine")
    assert job["corpus"]["folder"] == str(tmp_path / "my_models")


def test_user_config_dir_reads_hydras_spellings_and_the_last_one_wins(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert user_config_dir(["corpus=selftest"]) is None
    assert user_config_dir(["-cd", "mine"]) == tmp_path / "mine"
    assert user_config_dir(["--config-dir=/a", "--config-dir", "/b", "batch_size=1"]) == Path("/b")
    assert user_config_dir(["--config-dir"]) is None
