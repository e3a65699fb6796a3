"""Imported once by the workers' forkserver for a job that exports several scripts with
torch.onnx's dynamo exporter, so that each worker forks with it ready.

A process's first dynamo export pays about 3 s before it traces anything: importing torch.onnx's
exporter, onnxscript and onnx (1.1 s), torch.export and dynamo (1.2 s), and compiling the ONNX
function of each of torchlib's ~500 ATen translations from its source (0.7 s, cached on each
function once done). A worker exports one script's models, so every script paid it again.
Nothing here computes on tensors: a forkserver that ran OpenMP work would hand its children a
broken thread pool."""

import logging

try:
    import torch.export._trace  # noqa: F401  (dynamo, as torch.export imports it)
    from torch.onnx._internal.exporter import _core  # noqa: F401
    from torch.onnx._internal.exporter._registration import ONNXRegistry

    import mlagility.builder.export  # noqa: F401

    # Builds every torchlib function's ONNX IR once; each export makes its registry from them.
    ONNXRegistry.from_torchlib()
except Exception:  # noqa: BLE001  (an import error of the forkserver's would end it; each export retries)
    logging.getLogger(__name__).debug("the dynamo exporter could not be readied", exc_info=True)
