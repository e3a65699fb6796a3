"""ort and trt: onnxruntime sessions on a build's ONNX file.

On cpu, ``ort`` uses the CPU execution provider with numpy inputs prepared once. On nvidia,
``ort`` uses the CUDA provider and ``trt`` the TensorRT provider, both with IO binding so that
inputs and outputs stay on the GPU outside the timed loop.
"""

from __future__ import annotations

import functools
import gc
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Optional

import numpy as np

from mlagility import device as device_facts
from mlagility.invocation import Invocation
from mlagility.paths import trt_engine_dir
from mlagility.runtimes.base import Runtime, Session, SessionFailed, by_self_time


class MissingProvider(SessionFailed):
    """onnxruntime was built without the execution provider a runtime needs."""


def feeds(session: Any, invocation: Invocation) -> dict[str, np.ndarray]:
    """Numpy inputs keyed by the session's input names (Invocation.onnx_feeds)."""
    return invocation.onnx_feeds([i.name for i in session.get_inputs()])


def operator_seconds(events: list[dict], skip_runs: int) -> Counter:
    """Each operator's self seconds in an onnxruntime profile (its JSON trace's events): the
    ``Node`` events' kernel times (``dur``, microseconds) summed by ``args.op_name``, after the
    first ``skip_runs`` runs (``model_run`` events). On a GPU a kernel's time is the host's, its
    launch."""
    run_ends = sorted(e["ts"] + e["dur"] for e in events if e.get("cat") == "Session" and e.get("name") == "model_run")
    since = run_ends[skip_runs - 1] if 0 < skip_runs <= len(run_ends) else 0
    seconds: Counter = Counter()
    for event in events:
        if event.get("cat") == "Node" and event.get("name", "").endswith("_kernel_time") and event["ts"] >= since:
            seconds[event.get("args", {}).get("op_name") or event["name"]] += event["dur"] / 1e6
    return seconds


class OrtSession(Session):
    """An InferenceSession with its inputs in place: numpy on cpu, IO binding on a GPU. With
    ``profile_prefix``, onnxruntime profiles every call of it into ``<prefix>_<time>.json``."""

    def __init__(self, model_path: str, invocation: Invocation, providers: list, threads: Optional[int],
                 profile_prefix: Optional[str] = None):
        import onnxruntime

        available = onnxruntime.get_available_providers()
        wanted = [p if isinstance(p, str) else p[0] for p in providers]
        missing = [p for p in wanted if p not in available]
        if missing:
            raise MissingProvider(
                f"onnxruntime {onnxruntime.__version__} has no {', '.join(missing)} (available: {', '.join(available)}); "
                "on an NVIDIA machine install the GPU build: pip install -e '.[nvidia]'"
            )
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or device_facts.physical_cores()
        self.threads = options.intra_op_num_threads
        if profile_prefix:
            options.enable_profiling = True
            options.profile_file_prefix = profile_prefix
        self.session = onnxruntime.InferenceSession(model_path, options, providers=providers)
        # The same session made again (profile's): the same model file, providers, threads and inputs.
        self.again = functools.partial(OrtSession, model_path, invocation, providers, threads)
        self.feed = feeds(self.session, invocation)
        self.on_gpu = wanted[0] != "CPUExecutionProvider"
        self.transfers_included = False
        self.binding = None
        if self.on_gpu:
            self.binding = self.session.io_binding()
            for name, array in self.feed.items():
                self.binding.bind_ortvalue_input(name, onnxruntime.OrtValue.ortvalue_from_numpy(array, "cuda", 0))
            for output in self.session.get_outputs():
                self.binding.bind_output(output.name, "cuda")

    def timed_call(self) -> Callable[[], Any]:
        if self.on_gpu:
            return functools.partial(self.session.run_with_iobinding, self.binding)
        return functools.partial(self.session.run, None, self.feed)

    def outputs(self, result: Any) -> list[np.ndarray]:
        # On a GPU the call returns nothing: its outputs are in the IO binding.
        results = self.binding.copy_outputs_to_cpu() if self.on_gpu else result
        return [np.asarray(r, dtype=np.float64) for r in results]

    def profile(self, calls: int, trace_path: Path, restores_inputs: bool = False) -> list[tuple[str, float]]:
        """The calls on a second session of the same model with onnxruntime's profiler on (this
        one, which is timed, is never profiled), after one call left out of the profile (the new
        session's first, cold). An ONNX session's feeds never change: nothing to restore."""
        trace_path.parent.mkdir(parents=True, exist_ok=True)
        profiled = self.again(profile_prefix=str(trace_path.with_suffix("")))
        try:
            call = profiled.timed_call()
            for _ in range(calls + 1):
                call()
            written = profiled.session.end_profiling()
        finally:
            profiled.close()
        os.replace(written, trace_path)
        return by_self_time(operator_seconds(json.loads(trace_path.read_text()), skip_runs=1))

    def close(self) -> None:
        """Drop the InferenceSession, its IO binding and inputs: onnxruntime joins its thread
        pool and frees its allocator when the last reference goes."""
        self.session = self.binding = self.feed = self.again = None
        gc.collect()

    def device_memory_used_mb(self) -> Optional[float]:
        if not self.on_gpu:
            return None
        try:
            import pynvml

            pynvml.nvmlInit()
            handle = pynvml.nvmlDeviceGetHandleByIndex(0)
            return pynvml.nvmlDeviceGetMemoryInfo(handle).used / 2**20
        except Exception:  # NVML is optional: no figure rather than no record
            return None


def ort_session(model_path: str, invocation: Invocation, providers: list, threads: Optional[int]) -> OrtSession:
    """An OrtSession, or SessionFailed from onnxruntime's error (a graph it rejects, inputs that
    do not match)."""
    try:
        return OrtSession(model_path, invocation, providers, threads)
    except SessionFailed:
        raise
    except Exception as error:
        raise SessionFailed(str(error)) from error


class OnnxRuntime(Runtime):
    name = "ort"

    def providers(self) -> list:
        return ["CUDAExecutionProvider"] if self.device == "nvidia" else ["CPUExecutionProvider"]

    def prepare(self, invocation: Invocation, model_path: Optional[str]) -> Session:
        threads = getattr(self.options, "intra_op_num_threads", None)
        return ort_session(str(model_path), invocation, self.providers(), threads)


class TensorRT(OnnxRuntime):
    name = "trt"

    def providers(self) -> list:
        return [
            ("TensorrtExecutionProvider", {
                "trt_fp16_enable": self.options.fp16,
                "trt_engine_cache_enable": True,
                "trt_engine_cache_path": str(trt_engine_dir(Path(self.model_path).parent)),
            }),
            "CUDAExecutionProvider",
        ]

    def prepare(self, invocation: Invocation, model_path: Optional[str]) -> Session:
        self.model_path = model_path
        return ort_session(str(model_path), invocation, self.providers(), None)
