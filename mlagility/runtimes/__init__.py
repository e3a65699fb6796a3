"""The runtime registry: one module per runtime, imported only when it is used."""

from __future__ import annotations

import importlib

from mlagility.runtimes.base import Runtime, Session

# name -> "module:Class"; adding a runtime is one module and one line here.
REGISTRY: dict[str, str] = {
    "torch-eager": "mlagility.runtimes.torch_eager:TorchEager",
    "torch-compiled": "mlagility.runtimes.torch_compiled:TorchCompiled",
    "ort": "mlagility.runtimes.ort:OnnxRuntime",
    "trt": "mlagility.runtimes.ort:TensorRT",
}


def names() -> list[str]:
    """Every registered runtime name."""
    return list(REGISTRY)


def get(name: str) -> type[Runtime]:
    """The runtime class registered as ``name``; a KeyError lists the valid names."""
    try:
        module, cls = REGISTRY[name].split(":")
    except KeyError:
        raise KeyError(f"Unknown runtime {name!r}; runtimes: {', '.join(REGISTRY)}") from None
    return getattr(importlib.import_module(module), cls)


__all__ = ["REGISTRY", "Runtime", "Session", "get", "names"]
