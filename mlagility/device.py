"""Facts about the device a job runs on, checked before any work starts."""

from __future__ import annotations

import functools
from importlib import metadata
import platform
import socket
import subprocess

import psutil

from mlagility.common.version import VERSION

DEVICES = ("cpu", "nvidia")


class DeviceUnavailable(RuntimeError):
    """The device named in the config is not on this machine."""


def check_available(name: str) -> None:
    """Raise DeviceUnavailable, naming the fix, when ``name`` cannot run here."""
    if name == "nvidia":
        import torch

        if not torch.cuda.is_available():
            raise DeviceUnavailable(
                "device=nvidia needs an NVIDIA GPU with a working driver, and torch sees none here "
                "(torch.cuda.is_available() is False). Run on a GPU machine, or use device=cpu."
            )
    elif name not in DEVICES:
        raise DeviceUnavailable(f"Unknown device {name!r}; devices: {', '.join(DEVICES)}")


@functools.cache
def cpu_model() -> str:
    """The processor's marketing name (e.g. 'AMD EPYC 7B13'), or the platform's word for it."""
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


@functools.cache
def physical_cores() -> int:
    """Physical cores (not hyper-threads) of this machine."""
    return psutil.cpu_count(logical=False) or psutil.cpu_count() or 1


@functools.cache
def gpu_facts(index: int = 0) -> dict[str, str]:
    """Name, driver and CUDA version of GPU ``index`` ({} without a GPU)."""
    import torch

    if not torch.cuda.is_available():
        return {}
    facts = {"gpu_name": torch.cuda.get_device_name(index), "cuda_version": str(torch.version.cuda)}
    try:
        facts["gpu_driver"] = subprocess.run(
            ["nvidia-smi", "--query-gpu=driver_version", "--format=csv,noheader"],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout.split("\n")[0].strip()
    except (OSError, subprocess.SubprocessError):
        facts["gpu_driver"] = ""
    return facts


def _installed(*distributions: str) -> str:
    """The version of the first installed distribution (read from metadata: nothing is imported)."""
    for name in distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return ""


@functools.cache
def host_facts() -> dict[str, object]:
    """The environment every record carries: host, processor, cores and library versions."""
    return {
        "host": socket.gethostname(),
        "cpu": cpu_model(),
        "physical_cores": physical_cores(),
        "torch_version": _installed("torch"),
        "onnxruntime_version": _installed("onnxruntime", "onnxruntime-gpu"),
        "mlagility_version": VERSION,
        "python_version": platform.python_version(),
    }
