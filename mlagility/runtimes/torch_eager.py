"""torch-eager: the model as written, in eval mode under torch.inference_mode()."""

from __future__ import annotations

import dataclasses
import functools
import gc
from typing import Any, Callable, Optional

import torch
from torch.utils._pytree import tree_map

from mlagility.invocation import Invocation, same_state
from mlagility.runtimes.base import Runtime, Session, SessionFailed, flatten_outputs, set_torch_threads


def torch_device(device: str) -> torch.device:
    """The torch device behind an mlagility device name."""
    return torch.device("cuda" if device == "nvidia" else "cpu")


class TorchSession(Session):
    """Calls a torch callable on inputs already on the device: its own copy of the frozen inputs,
    which it makes again from them when restored (the model may change what it is passed)."""

    def __init__(self, call: Any, invocation: Invocation, device: str, threads: int):
        self.device = torch_device(device)
        self.call = call
        on_device = tree_map(lambda v: v.to(self.device) if isinstance(v, torch.Tensor) else v,
                             (invocation.args, invocation.kwargs))
        self.frozen = dataclasses.replace(invocation, args=on_device[0], kwargs=on_device[1])
        self.restore_inputs()
        self.threads = threads
        if self.device.type == "cuda":
            self.sync = torch.cuda.synchronize
            self.transfers_included = False
            torch.cuda.reset_peak_memory_stats()
        else:
            self.transfers_included = False

    def timed_call(self) -> Callable[[], Any]:
        return functools.partial(self.call, *self.args, **self.kwargs)

    def inputs_changed(self) -> bool:
        return not same_state((self.args, self.kwargs), (self.frozen.args, self.frozen.kwargs))

    def restore_inputs(self) -> None:
        fresh = self.frozen.fresh()
        self.args, self.kwargs = fresh.args, fresh.kwargs

    def outputs(self) -> list:
        with torch.inference_mode():
            return flatten_outputs(self.run())

    def active(self):
        return torch.inference_mode()

    def close(self) -> None:
        """Drop the inputs' device copies and the callable; on a GPU, return the cached memory."""
        self.call = self.args = self.kwargs = self.frozen = None
        gc.collect()
        if self.device.type == "cuda":
            torch.cuda.empty_cache()

    def peak_device_memory_mb(self) -> Optional[float]:
        if self.device.type != "cuda":
            return None
        return torch.cuda.max_memory_allocated() / 2**20


class TorchEager(Runtime):
    name = "torch-eager"

    def prepare(self, invocation: Invocation, model_path: Optional[str]) -> Session:
        threads = set_torch_threads(self.options.num_threads)
        try:
            model = invocation.model.eval().to(torch_device(self.device))
            return TorchSession(model, invocation, self.device, threads)
        except Exception as error:
            raise SessionFailed(str(error)) from error
