"""Faults of the report and the disk (issue 23): records of one run hidden by the merge, a full
disk, formula injection in report.csv. Each test runs real scripts and reads the files they leave."""

import pandas as pd
import pytest

from conftest import run_cli, scripts_corpus
from mlagility import records

pytestmark = pytest.mark.faults


def report_line(*paths, out) -> str:
    """What ``python -m mlagility.report PATHS --out OUT`` prints first (the counts)."""
    done = run_cli("-m", "mlagility.report", *map(str, paths), "--out", str(out))
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[0]


def test_records_of_one_run_never_supersede_each_other_only_a_later_run_does(run, tmp_path):
    """A script calls two models, then segfaults: each model gets a ``killed`` record, both in one
    run. The report once showed one of them ("1 record(s), 1 failed, 1 superseded"); the same
    script run again is a later run, whose records retire the first run's, and the counts say so."""
    first = run(*scripts_corpus("two_models_segfault"), "runtime=torch-eager", job_dir=tmp_path / "first")
    assert [(r.variable, r.status) for r in first] == [("encoder", "killed"), ("head", "killed")]
    assert len({r.invocation_hash for r in first}) == 2 and len({r.run_id for r in first}) == 1

    assert report_line(tmp_path / "first", out=tmp_path / "one") == \
        "2 record(s), 2 failed, from 1 run(s); 0 superseded by a later run"
    table = pd.read_csv(tmp_path / "one" / "report.csv")
    assert sorted(table["variable"]) == ["encoder", "head"] and set(table["status"]) == {"killed"}

    again = run(*scripts_corpus("two_models_segfault"), "runtime=torch-eager", job_dir=tmp_path / "again")
    assert {r.run_id for r in again}.isdisjoint({r.run_id for r in first})
    assert report_line(tmp_path / "first", tmp_path / "again", out=tmp_path / "both") == \
        "2 record(s), 2 failed, from 1 run(s); 2 superseded by a later run"
    table = pd.read_csv(tmp_path / "both" / "report.csv")
    assert sorted(table["variable"]) == ["encoder", "head"] and set(table["run_id"]) == {again[0].run_id}
