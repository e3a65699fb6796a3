"""The invocation: one model called with one set of input shapes and dtypes, as discovery found
it. The build, every runtime and the benchmark step read it; only discovery makes it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

import torch
from torch.utils._pytree import tree_flatten


@dataclass
class Invocation:
    """One model called with one set of input shapes and dtypes. ``model`` is None for an ONNX
    file benchmarked as it is (its inputs are then keyed by the graph's input names)."""

    model: Optional[torch.nn.Module]
    args: tuple
    kwargs: dict
    variable: str
    model_class: str
    built_at: str
    params: int
    model_hash: str
    invocation_hash: str
    input_shapes: str
    input_dtypes: str
    depth: int = 0
    call_count: int = 1
    extra: dict[str, Any] = field(default_factory=dict)

    def tensors(self) -> list[torch.Tensor]:
        """The input tensors, flattened in call order (args, then kwargs)."""
        leaves, _ = tree_flatten((self.args, self.kwargs))
        return [leaf for leaf in leaves if isinstance(leaf, torch.Tensor)]
