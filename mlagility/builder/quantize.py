"""Stage: quantization with onnxruntime's quantizer (onnxruntime.quantization).

- ``int8_dynamic``: int8 weights, activations quantized at run time (``quantize_dynamic``), after
  onnxruntime's pre-processing (``quant_pre_process``: shape inference and basic optimizations);
- ``int8_static``: int8 weights and activations in QDQ format (``quantize_static``), the
  activations' ranges calibrated on the invocation's own inputs and CALIBRATION_COPIES perturbed
  copies of them: the tool has no dataset, so a static build is calibrated on what the script
  passed, not on the data a deployment would see;
- ``int4_weights``: the MatMul weights in 4-bit blocks (``MatMulNBitsQuantizer``), for language
  models; activations stay float.

A model the quantizer cannot take raises the library's own error: the stage fails, and its
record says so.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Iterator, Mapping, Optional

import numpy as np

from mlagility.choices import Quantize
from mlagility.common.output import one_line

# Perturbed copies of the invocation's inputs that calibrate a static build, beside the inputs themselves.
CALIBRATION_COPIES = 8
# A float input's copies: Gaussian noise of this share of its own standard deviation.
CALIBRATION_NOISE = 0.1
# int4_weights: weights quantized in blocks of this many along the reduced axis, symmetric.
INT4_BLOCK_SIZE = 32
# What each quantization leaves in a graph it quantized, and what it quantizes.
QUANTIZED_OPS = {
    Quantize.int8_dynamic: ({"DynamicQuantizeLinear", "MatMulInteger", "ConvInteger", "DynamicQuantizeMatMul"},
                            "MatMul, Gemm, Conv or Attention with constant weights"),
    Quantize.int8_static: ({"QuantizeLinear"}, "operator onnxruntime's static quantizer supports"),
    Quantize.int4_weights: ({"MatMulNBits"}, "MatMul with constant weights"),
}


class NothingQuantized(ValueError):
    """The quantizer ran and quantized nothing: the model has no operator it takes."""


def check_quantized(model: Path, kind: Quantize) -> None:
    """Raise NothingQuantized when ``model`` holds none of what ``kind`` leaves in a graph."""
    import onnx

    ops, takes = QUANTIZED_OPS[kind]
    if not any(node.op_type in ops for node in onnx.load(str(model), load_external_data=False).graph.node):
        raise NothingQuantized(f"{kind} quantized nothing: the model has no {takes}")


def data_inputs(model: Path) -> list[str]:
    """The names of ``model``'s graph inputs that are not weights: the ones a calibration feeds."""
    import onnx

    graph = onnx.load(str(model), load_external_data=False).graph
    weights = {initializer.name for initializer in graph.initializer}
    return [i.name for i in graph.input if i.name not in weights]


def calibration_inputs(feeds: Mapping[str, np.ndarray], copies: int = CALIBRATION_COPIES,
                       seed: int = 0) -> Iterator[dict[str, np.ndarray]]:
    """The inputs themselves, then ``copies`` perturbed copies: float inputs with Gaussian noise
    (CALIBRATION_NOISE of their standard deviation), integer inputs (token ids, positions, masks)
    as they are: a changed id may be out of the model's range."""
    generator = np.random.default_rng(seed)
    yield dict(feeds)
    for _ in range(copies):
        copy = {}
        for name, array in feeds.items():
            if np.issubdtype(array.dtype, np.floating) and array.size > 1:
                scale = CALIBRATION_NOISE * (float(array.std()) or 1.0)
                copy[name] = (array + generator.normal(0.0, scale, array.shape)).astype(array.dtype)
            else:
                copy[name] = array
        yield copy


class CalibrationData:
    """onnxruntime's CalibrationDataReader protocol over :func:`calibration_inputs`."""

    def __init__(self, feeds: Mapping[str, np.ndarray]):
        self.batches = calibration_inputs(feeds)

    def get_next(self) -> Optional[dict[str, np.ndarray]]:
        return next(self.batches, None)

    def rewind(self) -> None:
        raise NotImplementedError("calibration reads its inputs once")


def in_symbolic_shape_inference(error: BaseException) -> bool:
    """Whether ``error`` is the symbolic shape inference's: its own message, or raised in its code."""
    if "symbolic shape inference" in str(error).lower():
        return True
    frames = traceback.extract_tb(error.__traceback__)
    return any(Path(frame.filename).name == "symbolic_shape_infer.py" for frame in frames)


def preprocess(source: Path, prepared: Path) -> str:
    """onnxruntime's pre-processing for quantization (shape inference, graph cleanup) from
    ``source`` into ``prepared``. Where its symbolic shape inference cannot finish (ChebConv's
    graph) or crashes (ALIGN's ReduceL2), run again without it, as onnxruntime suggests: returns
    what was left out, or ""."""
    from onnxruntime.quantization.shape_inference import quant_pre_process

    def run(skip_symbolic_shape: bool) -> None:
        quant_pre_process(str(source), str(prepared), skip_symbolic_shape=skip_symbolic_shape,
                          save_as_external_data=True, all_tensors_to_one_file=True,
                          external_data_location=prepared.name + ".data")

    try:
        run(skip_symbolic_shape=False)
        return ""
    except Exception as error:
        if not in_symbolic_shape_inference(error):
            raise
        note = f"quantize: symbolic shape inference left out ({one_line(error, 80)})"
        print(note, flush=True)
        run(skip_symbolic_shape=True)
        return note


def quantize(source: Path, folder: Path, kind: Quantize, feeds: Mapping[str, np.ndarray]) -> tuple[Path, str]:
    """Write ``folder/model.<kind>.onnx`` (weights beside it) from ``source``; ``feeds``, the
    invocation's inputs by the exported graph's input names, calibrate a static build (those the
    graph still takes). Returns it, and what the pre-processing left out ("" when nothing)."""
    from onnxruntime.quantization import QuantFormat, QuantType, quantize_dynamic, quantize_static

    target = folder / f"model.{kind}.onnx"
    if kind is Quantize.int4_weights:
        import onnx
        from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

        quantizer = MatMulNBitsQuantizer(onnx.load(str(source)), bits=4, block_size=INT4_BLOCK_SIZE, is_symmetric=True)
        quantizer.process()
        quantizer.model.save_model_to_file(str(target), use_external_data_format=True)
        check_quantized(target, kind)
        return target, ""
    prepared = folder / "model.preprocessed.onnx"
    left_out = preprocess(source, prepared)
    if kind is Quantize.int8_dynamic:
        quantize_dynamic(str(prepared), str(target), weight_type=QuantType.QInt8, use_external_data_format=True)
    else:
        # the fusions may have dropped an input the exported graph had
        feeds = {name: feeds[name] for name in data_inputs(source) if name in feeds}
        quantize_static(str(prepared), str(target), CalibrationData(feeds), quant_format=QuantFormat.QDQ,
                        activation_type=QuantType.QInt8, weight_type=QuantType.QInt8, use_external_data_format=True)
    for step in folder.glob(prepared.name + "*"):  # only a step on the way
        step.unlink()
    check_quantized(target, kind)
    return target, left_out
