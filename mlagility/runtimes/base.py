"""The interface every runtime implements, and the helpers they share.

A runtime turns an invocation (and, if it needs one, a build) into a prepared ``Session``:
inputs already in place, so that ``session.run()`` is exactly one inference and nothing else.
Runtimes receive their own options object and a device name, never the config.
"""

from __future__ import annotations

import contextlib
import sys
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, Callable, ClassVar, ContextManager, Mapping, Optional

import numpy as np
import torch
from torch.utils._pytree import tree_flatten

from mlagility import device as device_facts
from mlagility.invocation import Invocation


class RuntimeFailure(Exception):
    """A runtime could not do what it was asked; its cause is the library's own error. The
    benchmark step turns each kind into the record's status: runtimes know no statuses."""


class SessionFailed(RuntimeFailure):
    """The model could not be made ready to run (loaded into a session, moved to the device)."""


class CompileFailed(RuntimeFailure):
    """The model could not be compiled."""


class Session(ABC):
    """A model ready to run on prepared inputs."""

    #: Runs after each timed call, inside the timed window (e.g. a device synchronize).
    sync: Optional[Callable[[], None]] = None
    #: Whether host-device copies of inputs and outputs are inside the timed call.
    transfers_included: Optional[bool] = None
    #: Compute threads the session uses.
    threads: Optional[int] = None
    #: For a call made of parts (generate): each part's seconds in the call just made, read
    #: after each timed call, outside the window (see measure.Timed).
    parts: Optional[Callable[[], dict[str, float]]] = None

    @abstractmethod
    def timed_call(self) -> Callable[[], Any]:
        """One inference on the prepared inputs, as the callable the timed loop calls: the
        library's own call with the inputs bound (functools.partial), so that no Python frame
        of the tool's sits inside the timed window."""

    def run(self) -> Any:
        """One inference on the prepared inputs."""
        return self.timed_call()()

    def inputs_changed(self) -> bool:
        """Whether the calls so far changed the prepared inputs (a model that appends to the cache
        it is passed). The benchmark asks once, after the first call; a session that says yes has
        its inputs restored before each later call, outside the timed window. An ONNX session's
        feeds never change."""
        return False

    def restore_inputs(self) -> None:
        """Put the prepared inputs back as the script passed them."""

    def restored_call(self) -> Callable[[], Any]:
        """:meth:`timed_call` on inputs restored as the script passed them: what the timed loop
        takes before each call of a session whose calls change their inputs."""
        self.restore_inputs()
        return self.timed_call()

    @abstractmethod
    def outputs(self, result: Any) -> list[np.ndarray]:
        """The outputs of the call that returned ``result`` (the latest), flattened to float64
        numpy arrays (for the accuracy check)."""

    def active(self) -> ContextManager:
        """A context the timed loop runs inside (e.g. torch.inference_mode)."""
        return contextlib.nullcontext()

    def profile(self, calls: int, trace_path: Path, restores_inputs: bool = False) -> list[tuple[str, float]]:
        """Make ``calls`` calls under the runtime's own profiler, write its trace (Chrome trace JSON)
        to ``trace_path``, and return each operator with its self seconds over those calls, the most
        first. Never called inside a timed window; the caller enters :meth:`active`.
        ``restores_inputs``: the calls change their inputs, which are restored before each, outside
        what is profiled, as the timed loop does."""
        raise NotImplementedError(f"{type(self).__name__} has no profiler")

    def peak_device_memory_mb(self) -> Optional[float]:
        """The record's ``peak_gpu_mb``: the most accelerator memory torch's allocator held since
        the session was made. None on cpu, and for a session torch's allocator does not see."""
        return None

    def device_memory_used_mb(self) -> Optional[float]:
        """The record's ``gpu_used_mb``, for a session torch's allocator does not see (onnxruntime's):
        accelerator memory in use on the whole device now, every process's. None on cpu."""
        return None

    @abstractmethod
    def close(self) -> None:
        """Free what the session holds (its threads, its memory, compiled code), so that the
        next runtime is timed on a host this one no longer uses. Safe to call twice."""


class Runtime(ABC):
    """A way to run a model: how to prepare a session. What the config needs to know of it (its
    options schema, devices, whether it needs an ONNX build) is its RuntimeSpec in the registry."""

    name: ClassVar[str]

    def __init__(self, options: Any, device: str):
        self.options = options
        self.device = device

    @abstractmethod
    def prepare(self, invocation: Invocation, model_path: Optional[str]) -> Session:
        """Load or compile the model and place its inputs; raise a RuntimeFailure (SessionFailed,
        CompileFailed) from the library's error when that fails."""


def register_cache_outputs(model: torch.nn.Module) -> None:
    """Make the transformers cache objects a model may return (DynamicCache, EncoderDecoderCache,
    its own *Cache classes) pytree nodes, so that flatten_outputs and torch.export both see the
    tensors inside them. transformers' own export helper does it; a model that does not come from
    transformers (not imported) has none to register."""
    if "transformers" not in sys.modules:
        return
    try:
        from transformers.exporters.exporter_dynamo import register_cache_pytrees_for_model
    except ImportError:  # a transformers release without its exporters
        return
    register_cache_pytrees_for_model(model)


def by_self_time(seconds: Mapping[str, float]) -> list[tuple[str, float]]:
    """Operators with their self seconds, the most first; those that took none are left out."""
    return sorted(((op, spent) for op, spent in seconds.items() if spent > 0), key=lambda item: -item[1])


def logits_position(outputs: Any) -> Optional[int]:
    """Where a classifier's or language model's logits are among the flattened outputs: a
    transformers output's ``logits``, or a model's only output when it is [batch, classes]; None
    for any other model (its top-1 would mean nothing)."""
    leaves, _ = tree_flatten(outputs)
    tensors = [leaf for leaf in leaves if isinstance(leaf, (torch.Tensor, np.ndarray))]
    logits = getattr(outputs, "logits", None)
    if isinstance(logits, torch.Tensor):
        return next((i for i, tensor in enumerate(tensors) if tensor is logits), None)
    if isinstance(outputs, torch.Tensor) and outputs.ndim == 2 and outputs.shape[-1] >= 2:
        return 0
    return None


def flatten_outputs(outputs: Any) -> list[np.ndarray]:
    """Every tensor or array in a model's outputs, in order, as float64 numpy arrays."""
    leaves, _ = tree_flatten(outputs)
    arrays = []
    for leaf in leaves:
        if isinstance(leaf, torch.Tensor):
            arrays.append(leaf.detach().to("cpu", torch.float64).numpy())
        elif isinstance(leaf, np.ndarray):
            arrays.append(leaf.astype(np.float64))
    return arrays


def set_torch_threads(num_threads: Optional[int]) -> int:
    """Use ``num_threads`` compute threads in torch (None: every physical core, as onnxruntime
    does); returns the count. Never torch's own default: it follows OMP_NUM_THREADS, which a
    launcher may have set for its workers (joblib's loky sets it to cores / n_jobs)."""
    torch.set_num_threads(num_threads or device_facts.physical_cores())
    return torch.get_num_threads()
