"""Stage: convert a graph's float32 weights and ops to float16 (inputs and outputs stay float32)."""

from __future__ import annotations

from pathlib import Path

import onnx
from onnxruntime.transformers.float16 import convert_float_to_float16


def to_fp16(source: Path, folder: Path) -> Path:
    """Write ``folder/model.fp16.onnx`` (weights in ``model.fp16.onnx.data``) from ``source``.

    onnxruntime's own converter: it knows onnxruntime's fused ops and keeps ops it has no
    float16 kernel for in float32. It is given the file's path, not a loaded model: then its
    shape inference works on the file, which is how it works past protobuf's 2 GB limit.
    """
    target = folder / "model.fp16.onnx"
    model = convert_float_to_float16(str(source), keep_io_types=True)
    onnx.save_model(
        model, str(target), save_as_external_data=True, location=target.name + ".data", size_threshold=1024
    )
    return target
