"""Stage 1: export an invocation to ONNX with static shapes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import onnx
import torch
from onnx.external_data_helper import ExternalDataInfo, uses_external_data
from torch.utils._pytree import tree_flatten

from mlagility.invocation import Invocation


def export_dynamo(invocation: Invocation, path: Path, opset: Optional[int]) -> None:
    """torch.onnx's dynamo exporter; weights go to ``<path>.data`` beside the model."""
    program = torch.onnx.export(
        invocation.model,
        invocation.args,
        None,  # saved below, once its folded weights are contiguous
        kwargs=invocation.kwargs,
        dynamo=True,
        opset_version=opset,
        custom_translation_table=library_translations(),
    )
    contiguous_initializers(program.model)
    program.save(str(path), external_data=True)


def contiguous_initializers(model) -> int:
    """Give every initializer of ``model`` (an onnx_ir Model, every graph of it) that is a strided
    numpy view a contiguous copy; returns how many. torch.onnx's optimizer folds each Linear's
    weight transpose into such a view, and onnx_ir writes one to the file element by element
    (numpy's tofile): 2.2 s of BERT-base's 2.8 s save, against 0.25 s to copy them here."""
    import numpy as np
    import onnx_ir

    copied = 0
    for graph in model.graphs():
        for value in graph.initializers.values():
            tensor = value.const_value
            if isinstance(tensor, onnx_ir.Tensor) and isinstance(tensor.raw, np.ndarray) \
                    and not tensor.raw.flags["C_CONTIGUOUS"]:
                try:  # torch copies a transpose three times faster than numpy does
                    array = torch.from_numpy(tensor.raw).contiguous().numpy()
                except (TypeError, ValueError):  # a dtype torch lacks (ml_dtypes' float8), a negative stride
                    array = np.ascontiguousarray(tensor.raw)
                value.const_value = onnx_ir.Tensor(array, dtype=tensor.dtype, name=tensor.name,
                                                   doc_string=tensor.doc_string, metadata_props=tensor.metadata_props)
                copied += 1
    return copied


def library_translations() -> dict:
    """ONNX translations that torch.onnx lacks for ops a library loaded here defines, taken from
    that library's own exporter: transformers 5 runs the experts of its mixture-of-experts models
    (Mixtral, Qwen2-MoE) on cpu through its op ``transformers.grouped_mm_fallback``, and its ONNX
    exporter translates it, one MatMul per expert. Empty when transformers is not loaded or has
    no such translation."""
    if "transformers" not in sys.modules:
        return {}
    try:
        from transformers.exporters.exporter_onnx import _ONNX_TRANSLATION_TABLE as transformers_table
    except ImportError:  # a transformers release without its ONNX exporter
        return {}
    op = getattr(torch.ops.transformers, "grouped_mm_fallback", None)
    return {op.default: transformers_table[op.default]} if op and op.default in transformers_table else {}


class _AsCalled(torch.nn.Module):
    """The model called exactly as the script called it, with the inputs that hold tensors
    taken by position (the only way the legacy exporter passes inputs) and every other argument
    kept as it was. Binding keyword inputs to positions instead breaks on decorators around
    forward that pass an argument by keyword themselves (transformers 5's do, with use_cache):
    the legacy exporter fills every position up to the last with its default. It returns the
    output tensors flattened, as the accuracy check reads them: the legacy exporter takes no
    ModelOutput or cache object."""

    def __init__(self, model: torch.nn.Module, args: tuple, kwargs: dict):
        super().__init__()
        self.model = model
        self.args = [(value, _holds_tensors(value)) for value in args]
        self.kwargs = {name: (value, _holds_tensors(value)) for name, value in kwargs.items()}

    def inputs(self) -> tuple:
        """The arguments that hold tensors, in call order: what the exporter passes to forward."""
        return tuple(value for value, is_input in [*self.args, *self.kwargs.values()] if is_input)

    def forward(self, *inputs):
        given = iter(inputs)
        args = [next(given) if is_input else value for value, is_input in self.args]
        kwargs = {name: next(given) if is_input else value for name, (value, is_input) in self.kwargs.items()}
        leaves, _ = tree_flatten(self.model(*args, **kwargs))
        return tuple(leaf for leaf in leaves if isinstance(leaf, torch.Tensor))


def _holds_tensors(value) -> bool:
    leaves, _ = tree_flatten(value)
    return any(isinstance(leaf, torch.Tensor) for leaf in leaves)


def export_legacy(invocation: Invocation, path: Path, opset: Optional[int]) -> None:
    """The TorchScript exporter, on the model called as the script called it (:class:`_AsCalled`).
    The ONNX inputs are named as :meth:`Invocation.named_inputs` names them, when each input is
    one tensor."""
    call = _AsCalled(invocation.model, invocation.args, invocation.kwargs)
    by_identity = {id(tensor): name for name, tensor in invocation.named_inputs()}
    inputs = call.inputs()
    names = [by_identity.get(id(value), f"input_{i}") for i, value in enumerate(inputs)]
    torch.onnx.export(
        call,
        inputs,
        str(path),
        dynamo=False,
        opset_version=opset,
        input_names=names if all(isinstance(value, torch.Tensor) for value in inputs) else None,
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
    """Export to ``folder/model.onnx`` with ``exporter``, on a fresh copy of the invocation's
    frozen inputs (exporting calls the model); returns the file's path."""
    invocation = invocation.fresh()
    path = folder / "model.onnx"
    invocation.model.eval()
    with torch.no_grad():
        EXPORTERS[exporter](invocation, path, opset)
    if not path.exists():
        raise RuntimeError(f"The {exporter} exporter returned without writing {path}")
    gather_weights(path)
    return path

