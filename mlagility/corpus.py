"""A corpus: its schema (``corpus=<name>``: a folder, globs, a label filter, the libraries its
scripts import), where the bundled corpora live, and which scripts it selects."""

from __future__ import annotations

import fnmatch
import importlib.util
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from mlagility.common import labels as labels_module
from mlagility.conf import MISSING
from mlagility.errors import ConfigError

if TYPE_CHECKING:
    from omegaconf import DictConfig


def _bundled_corpora() -> Path:
    """Where the corpora that relative ``corpus.folder`` values name live: ``mlagility/models`` in
    an installed wheel (package data built from the checkout's ``models/``), else the checkout's
    ``models/`` beside the package (an editable install, or the source tree on ``PYTHONPATH``)."""
    package = Path(__file__).resolve().parent
    installed = package / "models"
    return installed if installed.is_dir() else package.parent / "models"


MODELS_DIR = _bundled_corpora()


@dataclass
class CorpusConfig:
    """Which model scripts to run: a folder, file globs inside it, and a label filter."""

    name: str = MISSING
    # A folder under the bundled corpora, MODELS_DIR (models/ in a checkout), or an absolute path.
    folder: str = MISSING
    include: list[str] = field(default_factory=lambda: ["*.py"])
    # Globs on a script's name or its path in the folder; tools/ holds the generators of models/,
    # which corpus=all and corpus=smoke (the folder models/ itself) would otherwise run.
    exclude: list[str] = field(default_factory=lambda: ["hubconf.py", "_*.py", "conftest.py", "tools/*"])
    # {key: [values]}: OR within a key, AND across keys; None: no filter. (Typed Any so that
    # `corpus.labels={test_group:[daily]}` can set it from the command line.)
    labels: Any = None
    # The libraries the scripts import: checked before any work (a missing one stops the run with
    # the install line), and imported once by the worker forkserver, not again by each script.
    preload: list[str] = field(default_factory=list)


def corpus_folder(corpus: CorpusConfig | DictConfig) -> Path:
    """The corpus folder as an absolute path (relative folders live under MODELS_DIR)."""
    folder = Path(os.path.expanduser(str(corpus.folder)))
    return folder if folder.is_absolute() else MODELS_DIR / folder


def label_filter(corpus: CorpusConfig | DictConfig) -> dict[str, list[str]]:
    """The corpus's label filter as {key: [values]} ({} for none)."""
    labels = corpus.labels
    if labels is None:
        return {}
    if not isinstance(labels, dict):  # a DictConfig, while Hydra composes
        from omegaconf import DictConfig, OmegaConf

        labels = OmegaConf.to_container(labels) if isinstance(labels, DictConfig) else labels
    if not isinstance(labels, dict):
        raise ConfigError(f"corpus.labels={labels!r} must be a mapping such as {{test_group: [daily]}}")
    return {str(key): [str(v) for v in (values if isinstance(values, (list, tuple)) else [values])]
            for key, values in labels.items()}


def check_corpus_libraries(corpus: CorpusConfig) -> None:
    """Every library the corpus's scripts import (its ``preload`` list) is installed: a missing one
    would fail every script, one ModuleNotFoundError record at a time."""
    missing = [name for name in corpus.preload if importlib.util.find_spec(name.split(".")[0]) is None]
    if missing:
        raise ConfigError(f"corpus {corpus.name} needs `pip install -c constraints.txt -e '.[models]'` "
                          f"({', '.join(missing)} not installed; from a wheel: pip install 'mlagility[models]')")




# Model scripts, and ONNX files benchmarked as they are.
SCRIPT_SUFFIXES = (".py", ".onnx")


def select_scripts(corpus: CorpusConfig) -> list[Path]:
    """The corpus's scripts, sorted: matching an include glob, no exclude glob, and the label filter."""
    folder = corpus_folder(corpus)
    check_include(corpus.include, folder)
    selected = set()
    for pattern in corpus.include:
        for path in folder.glob(pattern):
            if path.is_file() and path.suffix in SCRIPT_SUFFIXES:
                relative = path.relative_to(folder).as_posix()
                if not any(fnmatch.fnmatch(path.name, ex) or fnmatch.fnmatch(relative, ex) for ex in corpus.exclude):
                    selected.add(path.resolve())
    wanted = label_filter(corpus)
    return sorted(p for p in selected if not wanted or _labels_match(p, wanted))


def check_include(include: list[str], folder: Path) -> None:
    """Every include glob stays inside the corpus folder: one that climbs out of it (``..``) or is
    absolute would run another folder's scripts as this corpus's."""
    for pattern in include:
        if PurePath(pattern).is_absolute() or ".." in PurePath(pattern).parts:
            raise ConfigError(f"corpus.include={pattern!r} is outside the corpus folder {folder}: include globs "
                              "are relative to it; to run scripts of another folder, set corpus.folder to that folder")


def _labels_match(script: Path, wanted: dict[str, list[str]]) -> bool:
    """Whether the script's labels pass the filter; a script whose labels cannot be read is kept,
    so that its job records why (see ScriptTask.header_error)."""
    try:
        return labels_module.matches(labels_module.from_script(script), wanted)
    except ValueError:
        return True
