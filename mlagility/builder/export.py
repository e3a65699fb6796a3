"""Stage 1: export an invocation to ONNX with static shapes."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Optional

import onnx
import torch
from onnx.external_data_helper import ExternalDataInfo, uses_external_data

from mlagility.invocation import Invocation


def export_dynamo(invocation: Invocation, path: Path, opset: Optional[int]) -> None:
    """torch.onnx's dynamo exporter; weights go to ``<path>.data`` beside the model."""
    torch.onnx.export(
        invocation.model,
        invocation.args,
        str(path),
        kwargs=invocation.kwargs,
        dynamo=True,
        opset_version=opset,
        external_data=True,
    )


def export_legacy(invocation: Invocation, path: Path, opset: Optional[int]) -> None:
    """The TorchScript exporter. It takes positional inputs only, so keyword inputs are bound to
    their positions in the forward signature, with the defaults filling any gap."""
    signature = inspect.signature(invocation.model.forward)
    bound = signature.bind(*invocation.args, **invocation.kwargs)
    bound.apply_defaults()
    positional = tuple(bound.arguments.values())
    while positional and positional[-1] is None:
        positional = positional[:-1]
    names = [name for name, value in zip(bound.arguments, positional) if isinstance(value, torch.Tensor)]
    torch.onnx.export(
        invocation.model,
        positional,
        str(path),
        dynamo=False,
        opset_version=opset,
        input_names=names,
    )


EXPORTERS = {"dynamo": export_dynamo, "legacy": export_legacy}


def gather_weights(path: Path) -> None:
    """Move the model's external weights into ``<path>.data``, the one file every later stage
    and the cache expect: past 2 GB the legacy exporter writes one file per weight instead."""
    weights = path.name + ".data"
    model = onnx.load(str(path), load_external_data=False)
    scattered = {ExternalDataInfo(tensor).location for tensor in model.graph.initializer
                 if uses_external_data(tensor)} - {weights}
    if not scattered:
        return
    model = onnx.load(str(path))
    onnx.save_model(model, str(path), save_as_external_data=True, location=weights, size_threshold=1024)
    for location in scattered:
        (path.parent / location).unlink()


def export(invocation: Invocation, folder: Path, exporter: str, opset: Optional[int]) -> Path:
    """Export to ``folder/model.onnx`` with ``exporter``; returns the file's path."""
    path = folder / "model.onnx"
    invocation.model.eval()
    with torch.no_grad():
        EXPORTERS[exporter](invocation, path, opset)
    if not path.exists():
        raise RuntimeError(f"The {exporter} exporter returned without writing {path}")
    gather_weights(path)
    return path

