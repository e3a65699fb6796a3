"""torch-eager: the model as written, in eval mode under torch.inference_mode(). A generate
invocation calls the model's generate, time-stamping each new token (:class:`Generating`)."""

from __future__ import annotations

import dataclasses
import functools
import gc
import time
from pathlib import Path
from typing import Any, Callable, Optional

import torch
from torch.utils._pytree import tree_map

from mlagility.invocation import Invocation, same_state
from mlagility.runtimes.base import (Runtime, Session, SessionFailed, by_self_time, flatten_outputs,
                                     set_torch_threads)


def torch_device(device: str) -> torch.device:
    """The torch device behind an mlagility device name."""
    return torch.device("cuda" if device == "nvidia" else "cpu")


class Generating:
    """``model.generate`` as a callable that time-stamps its tokens: it is its own streamer, which
    generate hands the prompt and then each new token as it is chosen (as optimum-benchmark's
    latency tracker does). ``forward``, when given (a compiled one), stands in for the model's own
    during the call."""

    def __init__(self, model: torch.nn.Module, forward: Optional[Callable[..., Any]] = None):
        self.model, self.forward = model, forward
        self.stamps: list[float] = []

    def __call__(self, *args, **kwargs) -> Any:
        self.stamps = [time.perf_counter()]
        kwargs = {**kwargs, "streamer": self}  # in place of the script's own, if it passed one
        if self.forward is None:
            return self.model.generate(*args, **kwargs)
        self.model.forward = self.forward
        try:
            return self.model.generate(*args, **kwargs)
        finally:
            del self.model.forward

    def put(self, value: Any) -> None:
        """generate's streamer hook: the prompt first, then each new token."""
        self.stamps.append(time.perf_counter())

    def end(self) -> None:
        """generate's streamer hook at the end (the call's own end is timed by its caller)."""

    def parts(self) -> dict[str, float]:
        """Seconds of the last call to its first new token (ttft), and per new token after it
        (tpot, when there were two or more)."""
        start, _prompt, first, *rest = self.stamps
        parts = {"ttft": first - start}
        if rest:
            parts["tpot"] = (rest[-1] - first) / len(rest)
        return parts


class TorchSession(Session):
    """Calls a torch callable on inputs already on the device: its own copy of the frozen inputs,
    which it makes again from them when restored (the model may change what it is passed)."""

    def __init__(self, call: Any, invocation: Invocation, device: str, threads: int):
        self.device = torch_device(device)
        self.call = call
        self.parts = call.parts if isinstance(call, Generating) else None
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

    def outputs(self, result: Any) -> list:
        return flatten_outputs(result)

    def active(self):
        return torch.inference_mode()

    def profile(self, calls: int, trace_path: Path, restores_inputs: bool = False) -> list[tuple[str, float]]:
        """The calls under torch.profiler (the CPU, and CUDA on a GPU), each operator's self time
        on the CPU (on a GPU: on the device, by kernel). Inputs that calls change are restored for
        each call before the profiler starts, each call on its own copy, so that no copy is profiled."""
        from torch.profiler import ProfilerActivity, profile

        on_gpu = self.device.type == "cuda"
        bound = [self.restored_call() if restores_inputs else self.timed_call() for _ in range(calls)]
        with profile(activities=[ProfilerActivity.CPU, *([ProfilerActivity.CUDA] if on_gpu else [])]) as profiler:
            for call in bound:
                call()
            if self.sync:
                self.sync()
        del bound
        if restores_inputs:
            self.restore_inputs()
        trace_path.parent.mkdir(parents=True, exist_ok=True)
        profiler.export_chrome_trace(str(trace_path))
        self_time = "self_device_time_total" if on_gpu else "self_cpu_time_total"
        seconds: dict[str, float] = {}
        for event in profiler.key_averages():  # microseconds
            seconds[event.key] = seconds.get(event.key, 0.0) + getattr(event, self_time) / 1e6
        return by_self_time(seconds)

    def close(self) -> None:
        """Drop the inputs' device copies and the callable; on a GPU, return the cached memory."""
        self.call = self.args = self.kwargs = self.frozen = self.parts = None
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
            return TorchSession(Generating(model) if invocation.generates else model, invocation, self.device, threads)
        except Exception as error:
            raise SessionFailed(str(error)) from error
