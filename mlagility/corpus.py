"""Which scripts a corpus config selects: files under its folder, filtered by globs and labels."""

from __future__ import annotations

import fnmatch
from pathlib import Path, PurePath

from mlagility.common import labels as labels_module
from mlagility.config import ConfigError, CorpusConfig, corpus_folder, label_filter


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
                if not any(fnmatch.fnmatch(path.name, ex) for ex in corpus.exclude):
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
