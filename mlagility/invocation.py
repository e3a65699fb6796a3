"""The invocation: one model called with one set of input shapes and dtypes, as discovery found
it. The build, every runtime and the benchmark step read it; only discovery makes it."""

from __future__ import annotations

import inspect
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

    def named_inputs(self) -> list[tuple[str, torch.Tensor]]:
        """The input tensors named after the forward's parameters, in signature order; a keyword
        input that ``**kwargs`` took keeps its own name, and a parameter holding several tensors
        names them ``<parameter>_<i>``. The exporters name the ONNX graph's inputs so, and the
        ONNX runtimes feed them by these names."""
        if self.model is None:
            return list(self.kwargs.items())
        try:
            signature = inspect.signature(self.model.forward)
            bound = signature.bind(*self.args, **self.kwargs)
        except (TypeError, ValueError):
            return [(f"input_{i}", t) for i, t in enumerate(self.tensors())]
        named = []
        for name, value in bound.arguments.items():
            if signature.parameters[name].kind is inspect.Parameter.VAR_KEYWORD:
                items = list(value.items())
            else:
                items = [(name, value)]
            for key, item in items:
                leaves, _ = tree_flatten(item)
                tensors = [leaf for leaf in leaves if isinstance(leaf, torch.Tensor)]
                if len(tensors) == 1 and tensors[0] is item:
                    named.append((key, item))
                else:
                    named.extend((f"{key}_{i}", t) for i, t in enumerate(tensors))
        return named
