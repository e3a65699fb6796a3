"""Each runtime's options: the schema its `runtime.<name>` config entry is checked against.
Light to import: the parent process validates configs without loading torch or onnxruntime."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass
class TorchOptions:
    """num_threads: torch compute threads (None: all physical cores, whatever OMP_NUM_THREADS says)."""

    num_threads: Optional[int] = None


# torch.compile's modes ("default" passes none).
COMPILE_MODES = ("default", "reduce-overhead", "max-autotune", "max-autotune-no-cudagraphs")


@dataclass
class CompileOptions:
    """torch.compile's mode and backend; num_threads as torch-eager."""

    mode: str = "default"
    backend: str = "inductor"
    num_threads: Optional[int] = None

    def __post_init__(self) -> None:
        if self.mode not in COMPILE_MODES:
            raise ValueError(f"runtime.torch-compiled.mode={self.mode!r} is not one of {', '.join(COMPILE_MODES)}")


@dataclass
class OrtOptions:
    """intra_op_num_threads: compute threads (None: all physical cores)."""

    intra_op_num_threads: Optional[int] = None


@dataclass
class TrtOptions:
    """fp16: let TensorRT pick fp16 kernels."""

    fp16: bool = True
