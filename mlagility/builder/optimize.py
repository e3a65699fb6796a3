"""Stage 2: onnxruntime's offline graph optimizations, saved to a file."""

from __future__ import annotations

from pathlib import Path

import onnxruntime

LEVELS = {
    "basic": onnxruntime.GraphOptimizationLevel.ORT_ENABLE_BASIC,
    "extended": onnxruntime.GraphOptimizationLevel.ORT_ENABLE_EXTENDED,
    "all": onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL,
}


def optimize(source: Path, level: str) -> Path:
    """Write ``model.opt.onnx`` (weights in ``model.opt.onnx.data``) beside ``source``."""
    target = source.with_name("model.opt.onnx")
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = LEVELS[level]
    options.optimized_model_filepath = str(target)
    options.add_session_config_entry(
        "session.optimized_model_external_initializers_file_name", target.name + ".data"
    )
    options.add_session_config_entry("session.optimized_model_external_initializers_min_size_in_bytes", "1024")
    onnxruntime.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])
    return target
