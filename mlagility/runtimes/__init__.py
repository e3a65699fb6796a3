"""The runtime registry: one module per runtime, imported only when a worker uses it.

Adding a runtime is one module (a Runtime subclass), its options dataclass in options.py, one
RuntimeSpec line here, and ``conf/runtime/<name>.yaml``, whose defaults list names ``<name>_schema``
(the options dataclass, registered by ``mlagility.config.register_configs``).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from mlagility.runtimes import options


@dataclass(frozen=True)
class RuntimeSpec:
    """What the config needs to know of a runtime without importing it."""

    name: str
    target: str  # "module:Class"
    Options: type
    devices: frozenset[str]
    needs_onnx: bool
    # Modules the workers' forkserver imports once for a job that uses this runtime, instead of
    # each worker again (torch-compiled: dynamo and inductor, 2 s here).
    preload: tuple[str, ...] = ()

    def load(self) -> type:
        """The Runtime class (imports its module, and with it torch or onnxruntime)."""
        module, cls = self.target.split(":")
        return getattr(importlib.import_module(module), cls)


BOTH = frozenset({"cpu", "nvidia"})
REGISTRY: dict[str, RuntimeSpec] = {spec.name: spec for spec in [
    RuntimeSpec("torch-eager", "mlagility.runtimes.torch_eager:TorchEager", options.TorchOptions, BOTH, False),
    RuntimeSpec("torch-compiled", "mlagility.runtimes.torch_compiled:TorchCompiled", options.CompileOptions, BOTH, False,
                ("torch._inductor.compile_fx",)),
    RuntimeSpec("ort", "mlagility.runtimes.ort:OnnxRuntime", options.OrtOptions, BOTH, True),
    RuntimeSpec("trt", "mlagility.runtimes.ort:TensorRT", options.TrtOptions, frozenset({"nvidia"}), True),
]}


# The runtime the report compares every other with unless told another (--baseline): the model as
# the script wrote it.
BASELINE = "torch-eager"


def names() -> list[str]:
    """Every registered runtime name."""
    return list(REGISTRY)


def get(name: str) -> RuntimeSpec:
    """The runtime registered as ``name``; a KeyError lists the valid names."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise KeyError(f"Unknown runtime {name!r}; runtimes: {', '.join(REGISTRY)}") from None


__all__ = ["BASELINE", "REGISTRY", "RuntimeSpec", "get", "names"]
