"""Energy per call (energy.py): RAPL's package counters read from a powercap tree (a fake one in a
temporary folder, written as the kernel lays it out), the timing loop reading them around its timed
calls only, and a real run on a host without RAPL saying why it has no figure."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import numpy
import pytest

from mlagility.energy import NoEnergy, RaplMeter, energy_meter, nvml_meter, rapl_meter
from mlagility.measure import Timed, measure_together
from mlagility.measurement import MeasureSettings

MAX_RANGE_UJ = 10_000_000


def zone(powercap: Path, folder: str, name: str, energy_uj: int, max_range_uj: int = MAX_RANGE_UJ) -> Path:
    """A powercap zone as the kernel shows it: its name, its counter and where the counter wraps."""
    path = powercap / folder
    path.mkdir(parents=True)
    (path / "name").write_text(f"{name}\n")
    (path / "energy_uj").write_text(f"{energy_uj}\n")
    (path / "max_energy_range_uj").write_text(f"{max_range_uj}\n")
    return path


def set_energy(zone_path: Path, energy_uj: int) -> None:
    """Write a zone's counter in one step, as the kernel's file reads: never half written."""
    part = zone_path / "energy_uj.part"
    part.write_text(f"{energy_uj}\n")
    os.replace(part, zone_path / "energy_uj")


@pytest.fixture
def two_packages(tmp_path: Path) -> dict[str, Path]:
    """Two CPU packages with subzones, a platform zone (psys) that already includes them, and the
    MMIO interface's copy of package 0: only the two packages count."""
    powercap = tmp_path / "powercap"
    return {
        "root": powercap,
        "package-0": zone(powercap, "intel-rapl:0", "package-0", 1_000_000),
        "core": zone(powercap, "intel-rapl:0:0", "core", 500_000),
        "package-1": zone(powercap, "intel-rapl:1", "package-1", 5_000_000),
        "dram": zone(powercap, "intel-rapl:1:0", "dram", 200_000),
        "psys": zone(powercap, "intel-rapl:2", "psys", 9_000_000),
        "mmio": zone(powercap, "intel-rapl-mmio:0", "package-0", 1_000_000),
    }


def test_the_meter_sums_the_packages_only_and_corrects_a_wraparound(two_packages):
    meter = rapl_meter(two_packages["root"])
    assert isinstance(meter, RaplMeter) and meter.source == "rapl"
    assert "package-0, package-1" in meter.covers and "every process" in meter.covers
    assert meter.read() == 0.0
    set_energy(two_packages["package-0"], 3_000_000)  # +2 J
    set_energy(two_packages["package-1"], 6_000_000)  # +1 J
    for other in ("core", "dram", "psys", "mmio"):
        set_energy(two_packages[other], 9_999_000)
    assert meter.read() == pytest.approx(3.0)
    # Package 0's counter passes max_energy_range_uj and starts again: 3 J -> 10 J -> 1 J is +8 J.
    set_energy(two_packages["package-0"], 1_000_000)
    assert meter.read() == pytest.approx(11.0)


def test_an_empty_powercap_folder_says_there_is_no_rapl(tmp_path):
    for folder in (tmp_path, tmp_path / "missing"):
        found = rapl_meter(folder)
        assert isinstance(found, NoEnergy)
        assert found.note.startswith(f"no RAPL package zone under {folder}") and "virtual machine" in found.note


def test_a_counter_that_cannot_be_read_says_so(tmp_path):
    """energy_uj as a folder: unreadable even to root (these tests may run as root, where a chmod
    stops nothing)."""
    package = zone(tmp_path, "intel-rapl:0", "package-0", 0)
    (package / "energy_uj").unlink()
    (package / "energy_uj").mkdir()
    found = rapl_meter(tmp_path)
    assert isinstance(found, NoEnergy)
    assert f"{package / 'energy_uj'} cannot be read (IsADirectoryError" in found.note


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_a_counter_readable_by_root_only_says_how_to_allow_it(tmp_path):
    package = zone(tmp_path, "intel-rapl:0", "package-0", 0)
    (package / "energy_uj").chmod(0)
    found = rapl_meter(tmp_path)
    assert isinstance(found, NoEnergy)
    assert "root only" in found.note and "sudo chmod a+r /sys/class/powercap/intel-rapl:*/energy_uj" in found.note


def test_a_device_without_a_counter_says_why(tmp_path):
    assert isinstance(energy_meter("cpu", tmp_path), NoEnergy)
    try:
        import pynvml  # noqa: F401
    except ImportError:
        assert "pynvml is not installed" in nvml_meter().note
        assert energy_meter("nvidia", tmp_path) == nvml_meter()


RATE_W = 50.0  # the fake package's power: joules per second


@pytest.fixture
def steady_package(tmp_path: Path):
    """A package zone whose counter a thread advances at RATE_W, every millisecond, from 0."""
    package = zone(tmp_path, "intel-rapl:0", "package-0", 0, max_range_uj=2**40)
    stop = threading.Event()
    started = time.perf_counter()

    def advance() -> None:
        while not stop.is_set():
            set_energy(package, int(RATE_W * (time.perf_counter() - started) * 1e6))
            time.sleep(0.001)

    writer = threading.Thread(target=advance, daemon=True)
    writer.start()
    yield package
    stop.set()
    writer.join()


def test_the_timing_loop_counts_the_energy_of_the_timed_calls_only(tmp_path, steady_package):
    """Two calls timed in interleaved rounds, each warmed up at least as long as it is timed: each
    one's joules are the rate times its own timed calls (the window between them adds microseconds),
    not its warm-ups and not the other's turns, which would each double them or more."""
    matrix = numpy.random.default_rng(0).random((200, 200))
    targets = {"matmul": Timed(lambda: matrix @ matrix), "sleep": Timed(lambda: time.sleep(0.002))}
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0.3, warmup_max_s=1, min_iterations=5,
                               min_duration_s=0.4, max_duration_s=0.4, precision=0, rounds=2,
                               quiet_wait_s=0, retries=0, max_host_busy=1.0)
    meter = energy_meter("cpu", tmp_path)
    measurements = measure_together(targets, settings, energy=meter)
    for name, measurement in measurements.items():
        timed_s = sum(measurement.samples_s)
        assert measurement.energy_source == "rapl" and "RAPL package-0" in measurement.energy_note
        assert measurement.energy_j == pytest.approx(RATE_W * timed_s, rel=0.25), name
        summary = measurement.summary()
        assert summary["energy_j_per_call"] == pytest.approx(RATE_W * measurement.mean_ms / 1e3, rel=0.25), name
        assert summary["energy_source"] == "rapl"


def test_a_counter_that_fails_while_timed_is_a_note_not_a_failure(tmp_path):
    package = zone(tmp_path, "intel-rapl:0", "package-0", 0)
    meter = energy_meter("cpu", tmp_path)
    (package / "energy_uj").unlink()
    settings = MeasureSettings(warmup_min_calls=1, warmup_min_s=0, min_iterations=3, min_duration_s=0,
                               precision=0, quiet_wait_s=0, retries=0, max_host_busy=1.0)
    [measurement] = measure_together({"call": Timed(lambda: None)}, settings, energy=meter).values()
    assert len(measurement.samples_s) >= 3
    summary = measurement.summary()
    assert summary["energy_j_per_call"] is None and summary["energy_source"] == ""
    assert summary["energy_note"].startswith("the rapl counter failed while timed")


@pytest.mark.skipif(isinstance(rapl_meter(), RaplMeter), reason="this host has RAPL: the run would have a figure")
def test_a_run_on_a_host_without_rapl_records_no_energy_and_says_why(run):
    [record] = run("corpus=selftest", "corpus.include=[linear.py]", "runtime=torch-eager")
    assert record.status == "ok"
    assert record.energy_j_per_call is None and record.energy_source == ""
    assert record.energy_note.startswith("no RAPL package zone under /sys/class/powercap")
    assert "RAPL" not in record.reason  # a note, not a reason on every record of a VM
