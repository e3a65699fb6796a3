"""The wheel, as ``pip install .`` builds it: it holds the whole package, the config groups and the
corpora, and once installed into a fresh virtual environment the tool runs selftest from any folder.

The environment sees this one's packages, so nothing is downloaded: only the wheel is installed,
offline, without dependencies.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import QUICK, REPO


def run(*command: str | Path, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run a command with this repository off the import path, as a user of the wheel would."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    done = subprocess.run([str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"{command}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def clean_checkout(destination: Path) -> Path:
    """Copy what a clean clone of this checkout would hold, plus uncommitted work (the files git
    tracks or does not ignore), so that no build output or cache of this tree can reach the wheel."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO,
                            capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.skip(f"needs a git checkout to know what a clean clone holds: {listed.stderr.strip()}")
    for name in filter(None, listed.stdout.split("\0")):
        if (REPO / name).is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, destination / name)
    return destination


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from a clean copy of this checkout, with this environment's setuptools."""
    source = clean_checkout(tmp_path_factory.mktemp("source"))
    dist = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-index", "--no-build-isolation", "--wheel-dir",
        dist, source, cwd=source)
    [built] = dist.glob("mlagility-*.whl")
    return built


def see_this_environment(venv: Path) -> None:
    """Let the virtual environment ``venv`` see this interpreter's packages, as this interpreter
    sees them: its site folders, with their .pth files, after the environment's own. (``venv
    --system-site-packages`` would expose the base interpreter's folders instead, which inside a
    virtual environment are not the ones its packages are in.)"""
    folders = [*site.getsitepackages(), *([site.getusersitepackages()] if site.ENABLE_USER_SITE else [])]
    [own] = (venv / "lib").glob("python3*/site-packages")
    # One line: a .pth line that starts with `import` is run, any other is a path (whose .pth files would be skipped).
    (own / "this_environment.pth").write_text(
        "import site; " + "; ".join(f"site.addsitedir({folder!r})" for folder in folders if Path(folder).is_dir()) + "\n")


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment that sees this one's packages, with the wheel installed in it."""
    folder = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", "--without-pip", folder, cwd=folder)
    see_this_environment(folder)
    # pip comes from this environment, and installs into the environment that runs it.
    run(folder / "bin" / "python", "-m", "pip", "install", "--no-deps", "--no-index", "--ignore-installed", wheel,
        cwd=folder)
    return folder


def test_the_wheel_holds_every_module_the_config_groups_and_the_corpora(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(["git", "ls-files", "mlagility", "hydra_plugins", "models"], cwd=REPO,
                             capture_output=True, text=True, check=True).stdout.split()
    expected = {name.replace("models/", "mlagility/models/", 1) if name.startswith("models/") else name
                for name in tracked}
    assert expected - names == set()
    assert "mlagility/conf/config.yaml" in names and "mlagility/conf/corpus/selftest.yaml" in names
    assert "mlagility/models/selftest/linear.py" in names and "mlagility/models/readme.md" in names
    # Nothing of the checkout that is not the package.
    assert not [name for name in names if name.split("/")[0] in {"tests", "benchmarks", "conf", "models"}]
    entry_points = next(name for name in names if name.endswith(".dist-info/entry_points.txt"))
    assert "mlagility = mlagility.__main__:cli" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_the_installed_package_is_imported_from_the_venv_not_the_checkout(venv, tmp_path):
    done = run(venv / "bin" / "python", "-c",
               "import mlagility, hydra_plugins.mlagility_sweeper as sweeper, mlagility.config as config\n"
               "import mlagility.corpus as corpus\n"
               "print(mlagility.__file__, sweeper.__file__, corpus.MODELS_DIR, config.CONF_DIR, sep='\\n')",
               cwd=tmp_path)
    package = next((venv / "lib").glob("python3*/site-packages")) / "mlagility"
    assert done.stdout.split() == [str(package / "__init__.py"),
                                   str(package.parent / "hydra_plugins" / "mlagility_sweeper" / "__init__.py"),
                                   str(package / "models"), str(package / "conf")]


def read_records(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "results.jsonl").read_text().splitlines()]


def test_the_mlagility_command_runs_selftest_from_outside_the_checkout(venv, tmp_path):
    cache = tmp_path / "cache"
    done = run(venv / "bin" / "mlagility", "corpus=selftest", *QUICK, f"cache_dir={cache}",
               f"hydra.run.dir={tmp_path / 'run'}", cwd=tmp_path)
    records = read_records(tmp_path / "run")
    assert {record["script"] for record in records} == {path.name for path in (REPO / "models" / "selftest").glob("*.py")}
    assert {record["status"] for record in records} == {"ok"}, done.stdout[-3000:]
    assert (tmp_path / "run" / "report.html").is_file()


def test_python_m_mlagility_runs_with_a_user_config_dir_first(venv, tmp_path):
    """``python -m mlagility`` from the wheel, with a user's corpus/selftest.yaml that keeps one script."""
    (tmp_path / "my_conf" / "corpus").mkdir(parents=True)
    (tmp_path / "my_conf" / "corpus" / "selftest.yaml").write_text(
        "defaults:\n  - corpus_schema\nname: selftest\nfolder: selftest\ninclude: [linear.py]\n")
    run(venv / "bin" / "python", "-m", "mlagility", "--config-dir", tmp_path / "my_conf", "corpus=selftest",
        "runtime=torch-eager", *QUICK, f"cache_dir={tmp_path / 'cache'}", f"hydra.run.dir={tmp_path / 'run'}",
        cwd=tmp_path)
    [record] = read_records(tmp_path / "run")
    assert (record["script"], record["runtime"], record["status"]) == ("linear.py", "torch-eager", "ok")
