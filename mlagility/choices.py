"""The config's choices, as StrEnums every room may hold to the end (tasks, build settings, the
cache, benchit's flags). Light to import: no Hydra, no torch.

Members are named as they are written on the command line (Hydra matches a value to a member's
name and rejects any other, listing the choices); each prints, formats and serializes as its name,
in build names, keys, records and JSON.
"""

from __future__ import annotations

from enum import StrEnum


class StopAfter(StrEnum):
    """build.stop_after: the last stage to run; nothing is measured."""

    analyze = "analyze"
    export = "export"
    build = "build"


class Rebuild(StrEnum):
    """rebuild: when a cached build is made again."""

    if_needed = "if_needed"
    always = "always"
    never = "never"


class Exporter(StrEnum):
    """build.exporter: torch.onnx.export with dynamo=True, or the TorchScript-based one."""

    dynamo = "dynamo"
    legacy = "legacy"


class OptimizationLevel(StrEnum):
    """device.optimization_level: onnxruntime's offline graph optimizations."""

    basic = "basic"
    extended = "extended"
    all = "all"


class Quantize(StrEnum):
    """build.quantize: onnxruntime's quantization of a build (builder/quantize.py says what each does)."""

    none = "none"
    int8_dynamic = "int8_dynamic"
    int8_static = "int8_static"
    int4_weights = "int4_weights"
