"""The energy a host's counters say its processor or GPU used, where the host can tell.

Two counters, read before and after each timed round, outside the clock:

- RAPL (Linux powercap, ``/sys/class/powercap/intel-rapl:N``; AMD's Zen processors appear under
  the same driver name): each CPU package's cumulative microjoules. It counts the whole package,
  every process on it, not just the model; a virtual machine usually has none.
- NVML's total energy counter (``nvmlDeviceGetTotalEnergyConsumption``, Volta and newer):
  the GPU's millijoules since the driver was loaded, every process on it.

:func:`energy_meter` gives a meter for a device, or :class:`NoEnergy` saying why there is none.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Union

POWERCAP = Path("/sys/class/powercap")
# What lets other users read RAPL's counters (root-only since Linux 5.10, CVE-2020-8694).
RAPL_ALLOW = "sudo chmod a+r /sys/class/powercap/intel-rapl:*/energy_uj"


@dataclass(frozen=True)
class NoEnergy:
    """No counter on this host for this device: ``note`` says why, in a sentence."""

    note: str


class EnergyMeter:
    """A cumulative energy counter: ``source`` (``rapl``, ``nvml``), what it ``covers``, and
    :meth:`read`."""

    source = ""

    def __init__(self, covers: str):
        self.covers = covers

    def read(self) -> float:
        """Joules counted so far (from an arbitrary origin): the difference between two reads is
        the energy used between them. Raises OSError (or NVML's error) when the counter fails."""
        raise NotImplementedError


@dataclass
class _Zone:
    """One RAPL package zone: its counter file, where the counter wraps, and the last reading."""

    energy_file: Path
    wraps_at_uj: int
    last_uj: int
    total_uj: int = 0


class RaplMeter(EnergyMeter):
    """The sum of RAPL's package zones, each corrected for its counter's wraparound."""

    source = "rapl"

    def __init__(self, zones: list[_Zone], covers: str):
        super().__init__(covers)
        self._zones = zones

    def read(self) -> float:
        """The packages' joules since the meter was made."""
        for zone in self._zones:
            now = int(zone.energy_file.read_text())
            step = now - zone.last_uj
            if step < 0:  # the counter wrapped past max_energy_range_uj (once: minutes at full power)
                step += zone.wraps_at_uj
            zone.total_uj += max(step, 0)
            zone.last_uj = now
        return sum(zone.total_uj for zone in self._zones) / 1e6


class NvmlMeter(EnergyMeter):
    """NVML's total energy counter of one GPU (64-bit millijoules: it does not wrap)."""

    source = "nvml"

    def __init__(self, nvml, handle, covers: str):
        super().__init__(covers)
        self._nvml, self._handle = nvml, handle

    def read(self) -> float:
        """The GPU's joules since its driver was loaded."""
        return self._nvml.nvmlDeviceGetTotalEnergyConsumption(self._handle) / 1e3


def rapl_meter(powercap: Path = POWERCAP) -> Union[RaplMeter, NoEnergy]:
    """A meter over every CPU package's RAPL zone under ``powercap``, or why there is none.

    Only top-level zones named ``package-*`` count: their subzones (``intel-rapl:0:0``, the cores,
    the uncore, DRAM on some) are parts of them or beside them, and a top-level ``psys`` zone
    (the platform, on laptops) already includes the packages."""
    powercap = Path(powercap)
    zones = sorted(path for path in powercap.glob("intel-rapl:*") if path.name.count(":") == 1)
    packages = [zone for zone in zones if _text(zone / "name").startswith("package")]
    if not packages:
        return NoEnergy(f"no RAPL package zone under {powercap} (a virtual machine, or a processor or "
                        "kernel without RAPL): no energy figure")
    meter_zones = []
    for zone in packages:
        energy_file = zone / "energy_uj"
        try:
            now = int(energy_file.read_text())
        except PermissionError:
            return NoEnergy(f"{energy_file} is readable by root only (Linux 5.10 on, CVE-2020-8694): "
                            f"allow it with `{RAPL_ALLOW}`")
        except (OSError, ValueError) as error:
            return NoEnergy(f"{energy_file} cannot be read ({type(error).__name__}: {error}): no energy figure")
        wraps_at = _text(zone / "max_energy_range_uj")
        meter_zones.append(_Zone(energy_file, int(wraps_at) if wraps_at.isdigit() else 0, now))
    names = ", ".join(_text(zone / "name") for zone in packages)
    return RaplMeter(meter_zones, f"RAPL {names}: the whole CPU package, every process on it, not just this model")


def nvml_meter(index: int = 0) -> Union[NvmlMeter, NoEnergy]:
    """A meter over NVML's total energy counter of GPU ``index`` (0, the GPU the tool runs on),
    or why there is none."""
    try:
        import pynvml
    except ImportError:
        return NoEnergy("pynvml is not installed (pip install nvidia-ml-py): no GPU energy figure")
    try:
        pynvml.nvmlInit()
        handle = pynvml.nvmlDeviceGetHandleByIndex(index)
        pynvml.nvmlDeviceGetTotalEnergyConsumption(handle)
    except pynvml.NVMLError_NotSupported:
        return NoEnergy(f"GPU {index} has no total energy counter in NVML (it needs Volta or newer): "
                        "no energy figure")
    except pynvml.NVMLError as error:
        return NoEnergy(f"NVML could not read GPU {index}'s energy ({error}): no energy figure")
    return NvmlMeter(pynvml, handle, f"NVML GPU {index}: the whole GPU, every process on it, not just this model "
                                     "(the CPU's energy is not included)")


def energy_meter(device: str, powercap: Path = POWERCAP) -> Union[EnergyMeter, NoEnergy]:
    """The meter for a run on ``device``: NVML's GPU counter on ``nvidia`` (the GPU's energy
    alone, no CPU added to it), RAPL's packages on ``cpu``; or why there is none. Cheap: a few
    small files, or one NVML call."""
    if device == "nvidia":
        return nvml_meter(0)
    if device == "cpu":
        return rapl_meter(powercap)
    return NoEnergy(f"no energy counter for device {device!r}")


def _text(path: Path) -> str:
    """A small sysfs file's content, stripped; empty when it cannot be read."""
    try:
        return path.read_text().strip()
    except OSError:
        return ""


__all__ = ["EnergyMeter", "NoEnergy", "NvmlMeter", "POWERCAP", "RaplMeter", "energy_meter", "nvml_meter",
           "rapl_meter"]
