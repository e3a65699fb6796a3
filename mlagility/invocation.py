"""The invocation: one model called with one set of input shapes and dtypes, as discovery found
it. The build, every runtime and the benchmark step read it; only discovery makes it."""

from __future__ import annotations

import copy
import dataclasses
import enum
import functools
import inspect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator, Optional

import torch
from torch.utils._pytree import tree_flatten

from mlagility.common.hashing import weights_fingerprint

if TYPE_CHECKING:
    import numpy

# onnx_ir's OutputFixPass (run by torch.onnx.export) renames a graph input that is also a graph
# output, as a cache's unchanged int64 counter is, to "<name>_orig" (onnx_ir 1.1).
RENAMED_INPUT_SUFFIX = "_orig"


def reachable(value: Any) -> Iterator[Any]:
    """Every object reachable from ``value`` through containers (tuples, lists, sets, dicts) and
    object attributes (a dataclass, a transformers cache and its layers), each once, in a fixed
    order. Tensors, modules and classes are reached but not entered."""
    seen, pending = set(), [value]
    while pending:
        item = pending.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, (torch.Tensor, torch.nn.Module, type)):
            continue
        children = []
        if isinstance(item, dict):
            children.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            children.extend(item)
        children.extend(getattr(item, "__dict__", {}).values())
        pending.extend(reversed(children))


def frozen_copy(value: Any) -> Any:
    """A deep copy of a call's inputs as they are now (copy.deepcopy), so that no later call can
    change it: every tensor detached and cloned (deepcopy refuses one autograd made), every
    container holding them copied; modules (and so their weights) shared, not copied."""
    memo = {}
    for item in reachable(value):
        if isinstance(item, torch.Tensor):
            memo[id(item)] = item.detach().clone()
        elif isinstance(item, torch.nn.Module):
            memo[id(item)] = item
    return copy.deepcopy(value, memo)


def _state(value: Any) -> Iterator[Any]:
    for item in reachable(value):
        yield type(item)
        if isinstance(item, torch.Tensor):
            yield item.shape, item.dtype
        elif isinstance(item, dict):
            yield list(item)
        elif isinstance(item, (list, tuple, set, frozenset)):
            yield len(item)
        elif not hasattr(item, "__dict__"):
            yield item


def same_state(value: Any, other: Any) -> bool:
    """Whether two inputs hold the same: containers of the same kinds and lengths, tensors of the
    same shapes and values, equal plain values. A value that cannot be compared counts as changed."""
    try:
        return list(_state(value)) == list(_state(other)) and all(
            torch.equal(a, b) for a, b in zip(reachable(value), reachable(other)) if isinstance(a, torch.Tensor))
    except (TypeError, ValueError, RuntimeError):  # e.g. numpy arrays, whose == is no bool
        return False


def bound_inputs(model: torch.nn.Module, args: tuple, kwargs: dict) -> Optional[dict[str, Any]]:
    """A call's inputs by the forward's parameter names, a ``**kwargs`` parameter's spread out in
    its place; None when they do not bind to the signature."""
    try:
        signature = inspect.signature(model.forward)
        arguments = signature.bind(*args, **kwargs).arguments
    except (TypeError, ValueError):
        return None
    named = {}
    for name, value in arguments.items():
        if signature.parameters[name].kind is inspect.Parameter.VAR_KEYWORD:
            named.update(value)
        else:
            named[name] = value
    return named


class Phase(enum.StrEnum):
    """Which step of a language model's generation a call is (a record's ``phase``)."""

    PREFILL = "prefill"  # the prompt, on no cache (or an empty one)
    DECODE = "decode"  # new tokens on a cache of earlier ones
    GENERATE = "generate"  # the script's whole generate call, end to end


@dataclass
class Invocation:
    """One model called with one set of input shapes and dtypes. ``model`` is None for an ONNX
    file benchmarked as it is (its inputs are then keyed by the graph's input names).

    ``args`` and ``kwargs`` are the inputs as the script passed them, frozen (copied) at the call
    by discovery. Nothing calls the model on them: whatever calls it takes :meth:`fresh`, since
    a model may change what it is passed (a cache it appends to)."""

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
    # Why the inputs could not be frozen at the call ("" when they were): they are then the
    # script's own objects, and a call that changes them changes them for every later call.
    unfrozen: str = ""
    # A language model's step (mlagility.analysis.generation): its Phase, and the tokens it
    # attends over: the prompt's (prefill, generate) or the cache's (decode). "" for other calls;
    # a generate invocation calls model.generate.
    phase: str = ""
    context_length: Optional[int] = None
    # Tokens one call adds, batch included: batch x prompt (prefill), batch x step (decode),
    # batch x the tokens generate produced (generate).
    new_tokens: Optional[int] = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def generates(self) -> bool:
        """Whether a call of this invocation is the model's generate, not its forward."""
        return self.phase == Phase.GENERATE

    @functools.cached_property
    def weights_fingerprint(self) -> str:
        """The model's weights fingerprint (mlagility.common.hashing), taken once: every build of the
        invocation keys on it, and its weights cannot change between them (0.55 s a time for
        BERT-base in a cold run here)."""
        return weights_fingerprint(self.model)

    def call(self) -> Any:
        """Call the model (its generate for a generate invocation) on these inputs, as they are."""
        target = self.model.generate if self.generates else self.model
        return target(*self.args, **self.kwargs)

    def fresh(self) -> "Invocation":
        """This invocation with its own copy of the frozen inputs, for one call of the model."""
        if self.unfrozen:
            return self
        args, kwargs = frozen_copy((self.args, self.kwargs))
        return dataclasses.replace(self, args=args, kwargs=kwargs)

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
        bound = bound_inputs(self.model, self.args, self.kwargs)
        if bound is None:
            return [(f"input_{i}", t) for i, t in enumerate(self.tensors())]
        named = []
        for key, item in bound.items():
            leaves, _ = tree_flatten(item)
            tensors = [leaf for leaf in leaves if isinstance(leaf, torch.Tensor)]
            if len(tensors) == 1 and tensors[0] is item:
                named.append((key, item))
            else:
                named.extend((f"{key}_{i}", t) for i, t in enumerate(tensors))
        return named

    def onnx_feeds(self, graph_names: list[str]) -> dict[str, "numpy.ndarray"]:
        """The inputs as numpy arrays keyed by an ONNX graph's input names (``graph_names``),
        matched by name (an input the exporter renamed ``<name>_orig`` by its own name), else by
        position; a ValueError when neither fits."""
        inputs = self.named_inputs()
        by_name = dict(inputs)
        by_name.update({name + RENAMED_INPUT_SUFFIX: tensor for name, tensor in inputs
                        if name + RENAMED_INPUT_SUFFIX not in by_name})
        if all(name in by_name for name in graph_names):
            chosen = [by_name[name] for name in graph_names]
        elif len(inputs) == len(graph_names):
            chosen = [tensor for _, tensor in inputs]
        else:
            raise ValueError(f"The ONNX graph takes inputs {graph_names} but the invocation has {[n for n, _ in inputs]}")
        return {name: tensor.detach().cpu().numpy() for name, tensor in zip(graph_names, chosen)}
