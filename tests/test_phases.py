"""Issue 30: what a measurement cost besides time: memory per phase, the runtime's load time, and
every timed call's latency kept beside the records."""

from __future__ import annotations

import json

import duckdb
import numpy as np
import pytest

from mlagility import memory, records, samples
from mlagility.report import load, samples as report_samples
from conftest import scripts_corpus

MIB = 2**20


def test_a_phase_sees_a_peak_it_freed_and_what_it_kept():
    before = memory.resident_bytes() / MIB
    with memory.phase() as brief:
        temporary = np.ones(200 * MIB // 8)
        del temporary
    with memory.phase() as kept:
        weights = np.ones(100 * MIB // 8)
    assert brief.peak_mb - before > 150  # the kernel's high-water mark saw it
    assert abs(brief.delta_mb) < 20
    assert 90 < kept.delta_mb < 130
    assert weights.sum() > 0


def test_each_phase_of_a_record_has_its_memory(run):
    found = run(*scripts_corpus("known_memory"), "runtime=[ort,torch-eager]")
    by_runtime = {r.runtime: r for r in found}
    assert set(by_runtime) == {"ort", "torch-eager"}, [(r.runtime, r.status, r.reason) for r in found]
    ort, eager = by_runtime["ort"], by_runtime["torch-eager"]
    for record in (ort, eager):
        assert record.status == records.OK, record.reason
        # The script built 64 MiB of weights, and its forward held 256 MiB for a moment.
        assert record.script_delta_mb > 60
        assert record.script_peak_mb - record.script_delta_mb > 250
        assert record.reference_peak_mb > 250
        # Every timed call held the temporary: a peak no sampling between calls would see.
        assert record.timed_peak_mb > record.script_delta_mb + 250
        assert record.first_call_peak_mb > 250
        assert record.load_s > 0 and record.first_call_ms > 0
        assert record.script_gpu_mb is None and record.timed_gpu_mb is None  # no GPU here
    # onnxruntime loads its own copy of the weights; torch-eager runs the script's model.
    assert ort.load_delta_mb > 50
    assert eager.load_delta_mb < 20
    assert ort.export_peak_mb > 60 and ort.export_delta_mb is not None
    assert ort.optimize_peak_mb > 60
    assert eager.export_peak_mb is None


def test_a_cached_build_reports_the_memory_its_stages_took_when_made(run):
    first = run(*scripts_corpus("known_memory"), "runtime=ort")[0]
    again = run(*scripts_corpus("known_memory"), "runtime=ort")[0]
    assert again.build_cached and not first.build_cached
    assert again.export_peak_mb == first.export_peak_mb and again.optimize_peak_mb == first.optimize_peak_mb


def test_a_record_an_older_version_wrote_is_read_under_the_new_names(tmp_path):
    older = records.Record(script="old.py", runtime="ort", status=records.OK, run_id="r").to_dict()
    del older["load_s"], older["timed_peak_mb"]
    older.update(prepare_s=1.5, peak_rss_mb=321.0)
    (tmp_path / "results.jsonl").write_text(json.dumps(older) + "\n")
    record = next(records.read(tmp_path / "results.jsonl"))
    assert (record.load_s, record.timed_peak_mb) == (1.5, 321.0)
    row = load(tmp_path).iloc[0]
    assert (row["load_s"], row["timed_peak_mb"]) == (1.5, 321.0)


def test_every_timed_call_is_kept_with_its_round(run, tmp_path):
    job = tmp_path / "job"
    found = run(*scripts_corpus("known_memory"), "runtime=[ort,torch-eager]", job_dir=job)
    assert (job / samples.SAMPLES_FILE).is_file() and not (job / samples.SAMPLES_LINES).exists()
    table = report_samples(job)
    assert {"script", "runtime", "measurement_id", "round", "call", "latency_ms", "parameters.batch_size"} <= set(table.columns)
    for record in found:
        mine = table[table.measurement_id == record.measurement_id]
        assert len(mine) == record.iterations
        assert sorted(mine["round"].unique()) == [0, 1, 2]  # two runtimes: three interleaved rounds
        assert mine.latency_ms.median() == pytest.approx(record.median_ms)
        assert set(mine.runtime) == {record.runtime}


def test_a_killed_jobs_samples_are_read_from_its_lines(tmp_path):
    samples.append(tmp_path, "m1", [2, 1], [0.001, 0.002, 0.003])
    rows = duckdb.sql(samples.read_sql([tmp_path]) + " ORDER BY ALL").fetchall()
    assert rows == [("m1", 0, 0, 1.0), ("m1", 0, 1, 2.0), ("m1", 1, 0, 3.0)]
    samples.append(tmp_path, "m2", [1], [0.004])
    samples.compact(tmp_path)
    samples.append(tmp_path, "m3", [1], [0.005])  # a later run of the job, killed before compacting
    assert {row[0] for row in duckdb.sql(samples.read_sql([tmp_path])).fetchall()} == {"m1", "m2", "m3"}


def test_a_run_into_a_folder_with_earlier_samples_adds_its_own_file_instead_of_rewriting_theirs(tmp_path):
    """benchit runs into one folder (its cache's runs/benchit), and each run rewrote every earlier
    run's latencies into one samples.parquet: 13 MB after 77 warm runs of linear.py, 0.2 s of each
    run's 2.4 s, and growing with every run. A run now writes its own file beside the earlier."""
    samples.append(tmp_path, "m1", [2], [0.001, 0.002])
    samples.compact(tmp_path)
    first = tmp_path / samples.SAMPLES_FILE
    written = first.stat().st_mtime_ns, first.stat().st_ino
    for run_ in (2, 3):
        samples.append(tmp_path, f"m{run_}", [1], [0.001 * run_])
        samples.compact(tmp_path)
    assert (first.stat().st_mtime_ns, first.stat().st_ino) == written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["samples.1.parquet", "samples.2.parquet", "samples.parquet"]
    rows = duckdb.sql(samples.read_sql([tmp_path]) + " ORDER BY ALL").fetchall()
    assert rows == [("m1", 0, 0, 1.0), ("m1", 0, 1, 2.0), ("m2", 0, 0, 2.0), ("m3", 0, 0, 3.0)]
