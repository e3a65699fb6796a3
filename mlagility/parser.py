"""The standardized arguments of every model script.

A script asks for the sizes it depends on::

    batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

Run standalone (``python bert.py --batch_size 8``) the values come from the command
line; under the tool they come from the job's parameters, which the worker injects
before the script starts. Either way the script never knows which.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import functools
import sys
from pathlib import Path
from typing import Any, Iterator, Mapping

# The seed's defaults, then this project's own (max_new_tokens); the order is the README table's.
DEFAULTS: dict[str, Any] = {
    "batch_size": 1,
    "max_seq_length": 128,
    "max_audio_seq_length": 25600,
    "height": 224,
    "num_channels": 3,
    "width": 224,
    "k": 8,
    "alpha": 2.2,
    "out_channels": 16,
    "num_layers": 8,
    "in_channels": 1433,
    "max_new_tokens": 32,
}

HELP: dict[str, str] = {
    "batch_size": "inputs per call",
    "max_seq_length": "tokens per sequence for text models",
    "max_audio_seq_length": "samples per clip for audio models",
    "height": "image height in pixels",
    "num_channels": "image channels",
    "width": "image width in pixels",
    "k": "propagation steps of graph models",
    "alpha": "teleport or leaky factor of graph models",
    "out_channels": "output features of graph layers",
    "num_layers": "layers of graph models",
    "in_channels": "input features of graph models",
    "max_new_tokens": "tokens a generating language model is asked for",
}

# Values injected by the worker that runs a script under the tool; None when standalone.
_injected: dict[str, Any] | None = None


def positive_integer(text: str) -> int:
    """argparse type: an integer above zero (its name appears in argparse's messages)."""
    value = int(text)
    if value <= 0:
        raise ValueError(text)
    return value


def number(text: str) -> float:
    """argparse type: any float (its name appears in argparse's messages)."""
    return float(text)


class _RaisingArgumentParser(argparse.ArgumentParser):
    """An argument parser that raises its message as a ValueError instead of exiting."""

    def error(self, message: str):
        raise ValueError(message)


def _argument_parser(kind: type[argparse.ArgumentParser] = argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser = kind(
        description="Standardized model script arguments (mlagility.parser.parse)",
        allow_abbrev=False,
    )
    for name, default in DEFAULTS.items():
        kind = number if isinstance(default, float) else positive_integer
        parser.add_argument(f"--{name}", type=kind, default=None, help=f"{HELP[name]} (default: {default})")
    return parser


def check_names(names: Any) -> list[str]:
    """Return ``names`` as a list, raising a ValueError that lists the valid names."""
    if isinstance(names, str):
        raise TypeError(f"parse() takes a list of names, e.g. parse([{names!r}]), not a string")
    names = list(names)
    unknown = [name for name in names if name not in DEFAULTS]
    if unknown:
        raise ValueError(
            f"Unknown parse() argument(s) {', '.join(map(repr, unknown))}. "
            f"Valid names: {', '.join(DEFAULTS)}"
        )
    return names


def resolve(argv: list[str] | None = None) -> dict[str, Any]:
    """All standardized values: defaults, then injected job values, then command-line flags."""
    values = dict(DEFAULTS)
    if _injected is not None:
        values.update(_injected)
    flags, _unknown = _argument_parser().parse_known_args(sys.argv[1:] if argv is None else argv)
    values.update({name: value for name, value in vars(flags).items() if value is not None})
    return values


def check_flags(argv: list[str]) -> None:
    """Raise a ValueError with argparse's message when the standardized flags among ``argv`` are
    malformed (``--batch_size abc``); other words are left to the script."""
    _argument_parser(_RaisingArgumentParser).parse_known_args(argv)


def parse(names: list[str]) -> list[Any]:
    """Return the values of ``names``, in the order asked.

    Unknown names raise a ValueError that lists the valid ones; a malformed flag
    (``--batch_size abc``) exits with argparse's usage message.
    """
    names = check_names(names)
    values = resolve()
    return [values[name] for name in names]


def validate_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Coerce job parameters to the types of the defaults, with a clear error on bad ones."""
    checked = {}
    for name, value in values.items():
        check_names([name])
        kind = float if isinstance(DEFAULTS[name], float) else int
        try:
            coerced = kind(value)
        except (TypeError, ValueError):
            raise ValueError(f"{name}={value!r} is not a {kind.__name__}") from None
        if kind is int and (coerced <= 0 or coerced != value):
            raise ValueError(f"{name}={value!r} must be a positive integer")
        checked[name] = coerced
    return checked


@contextlib.contextmanager
def injected(values: Mapping[str, Any]) -> Iterator[None]:
    """Make parse() return ``values`` (a subset of the names) while the block runs."""
    global _injected
    previous, _injected = _injected, validate_values(values)
    try:
        yield
    finally:
        _injected = previous


@functools.lru_cache(maxsize=None)
def names_asked_by(script: str | Path) -> tuple[str, ...]:
    """The parse() names a script asks for, in parse()'s order, read from its source without
    running it: the literal lists of its ``parse([...])`` calls. A script that hands parse()
    anything but a literal list, or cannot be read, counts as asking for every name; an ONNX
    file is fed ``batch_size`` inputs. (Cached: a sweep asks once per script and grid point.)"""
    script = Path(script)
    if script.suffix == ".onnx":
        return ("batch_size",)
    try:
        tree = ast.parse(script.read_bytes(), filename=str(script))
    except (OSError, SyntaxError, ValueError):
        return tuple(DEFAULTS)
    asked: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        callee = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        if callee != "parse":
            continue
        try:
            names = ast.literal_eval(node.args[0]) if len(node.args) == 1 and not node.keywords else None
        except ValueError:
            names = None
        if not isinstance(names, (list, tuple)) or not all(isinstance(name, str) for name in names):
            return tuple(DEFAULTS)
        asked.update(names)
    return tuple(name for name in DEFAULTS if name in asked)
