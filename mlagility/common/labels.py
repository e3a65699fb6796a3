"""The ``# labels:`` line that opens every model script, and its copy in the build cache.

A script starts with ``# labels: name::bert author::huggingface task::NLP test_group::daily,smoke``:
space-separated ``key::values`` pairs, values comma-separated. Parsed, that is
``{"name": ["bert"], "author": ["huggingface"], "task": ["NLP"], "test_group": ["daily", "smoke"]}``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Mapping

from mlagility.paths import build_folder

PREFIX = "# labels:"
LABELS_FILE = "labels.json"


def parse_labels_line(line: str) -> dict[str, list[str]]:
    """Parse one ``# labels:`` line; a line without the prefix has no labels."""
    if not line.startswith(PREFIX):
        return {}
    labels: dict[str, list[str]] = {}
    for pair in line[len(PREFIX):].split():
        key, separator, values = pair.partition("::")
        if not separator or not key:
            raise ValueError(f"Malformed label {pair!r}: expected key::value[,value...]")
        labels.setdefault(key, []).extend(value for value in values.split(",") if value)
    return labels


def from_script(script: str | Path) -> dict[str, list[str]]:
    """The labels on the first line of a script ({} when it has none, or is no Python file).
    A ValueError that names the script and the fix when the line cannot be read."""
    if Path(script).suffix != ".py":
        return {}
    try:
        with open(script, encoding="utf-8") as file:
            line = file.readline().rstrip("\n")
    except UnicodeDecodeError as error:
        raise ValueError(f"{script} is not UTF-8 text (byte {error.start} of its first line): save it as UTF-8") from None
    try:
        return parse_labels_line(line)
    except ValueError as error:
        raise ValueError(f"{script}:1: {error}; a labels line reads {PREFIX} name::bert test_group::daily,smoke") from None


def matches(labels: Mapping[str, list[str]], wanted: Mapping[str, list[str]]) -> bool:
    """True when, for every wanted key (AND), the labels hold one of its values (OR)."""
    return all(set(labels.get(key, [])) & set(values) for key, values in wanted.items())


def parse_filter(pairs: list[str]) -> dict[str, list[str]]:
    """Turn command-line filters like ``["test_group::daily,smoke"]`` into a filter dict."""
    return parse_labels_line(PREFIX + " " + " ".join(pairs))


def save(folder: str | Path, labels: Mapping[str, list[str]]) -> Path:
    """Write labels into a build folder and return the file's path."""
    path = Path(folder) / LABELS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(dict(labels), indent=1, sort_keys=True))
    return path


def load_from_cache(cache_dir: str | Path, build_name: str) -> dict[str, list[str]]:
    """The labels saved for ``build_name`` in ``cache_dir``, as a dict of lists."""
    path = build_folder(cache_dir, build_name) / LABELS_FILE
    if not path.exists():
        raise FileNotFoundError(f"No labels for build {build_name!r} in {cache_dir} (looked for {path})")
    return json.loads(path.read_text())
