"""Stage: onnxruntime's offline graph optimizations, saved to a file."""

from __future__ import annotations

from pathlib import Path

import onnxruntime

from mlagility.choices import OptimizationLevel


def optimize(source: Path, folder: Path, level: OptimizationLevel) -> Path:
    """Write ``folder/model.opt.onnx`` (weights in ``model.opt.onnx.data``) from ``source``."""
    target = folder / "model.opt.onnx"
    options = onnxruntime.SessionOptions()
    # onnxruntime names each level ORT_ENABLE_<LEVEL>: the choice's own name, not a second table.
    options.graph_optimization_level = getattr(onnxruntime.GraphOptimizationLevel, f"ORT_ENABLE_{level.name.upper()}")
    options.optimized_model_filepath = str(target)
    options.add_session_config_entry(
        "session.optimized_model_external_initializers_file_name", target.name + ".data"
    )
    options.add_session_config_entry("session.optimized_model_external_initializers_min_size_in_bytes", "1024")
    onnxruntime.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])
    return target
