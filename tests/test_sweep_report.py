"""What a sweep's report is for, on real sweeps: scaling lines and heatmaps that draw (checked in
the page's SVG), records that name their run, report.parquet, the Python API (mlagility.run,
mlagility.report.load) and the run-to-run comparison."""

import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

import mlagility
from conftest import QUICK, REPO, SvgGroups, run_cli
from mlagility import config, records
from mlagility.report import load, write_comparison, write_report
from mlagility.report.compare import FASTER, NOT_COMPARABLE, SAME, SLOWER, VERDICT_ORDER
from mlagility.report.tables import LABELS_PREFIX, PARAMETERS_PREFIX, REPORT_COLUMNS

# Stable by construction (any median precision, any host load will do): a verdict needs it.
TRUSTED = [o for o in QUICK if not o.startswith("measure.precision")] + ["measure.precision=1",
                                                                          "measure.max_host_busy=1"]
# linear.py calls its model once; two_shapes.py calls one model on two image sizes (two lines
# that input shapes, changing with the batch size, cannot tell apart).
SCRIPTS = ["corpus=selftest", "corpus.include=[linear.py,two_shapes.py]"]
BATCH_SIZES = [1, 2, 4]


@pytest.fixture(scope="module")
def sweep(tmp_path_factory) -> Path:
    """A real 3-point sweep (batch_size=1,2,4) of two scripts on two runtimes, from the command line."""
    root = tmp_path_factory.mktemp("sweep")
    done = run_cli("-m", "mlagility", "-m", *TRUSTED, f"cache_dir={root / 'cache'}", *SCRIPTS,
                   "runtime=ort,torch-eager", f"batch_size={','.join(map(str, BATCH_SIZES))}",
                   f"hydra.sweep.dir={root / 'sweep'}")
    assert done.returncode == 0, done.stderr
    return root / "sweep"


@pytest.fixture(scope="module")
def candidate(sweep, tmp_path_factory) -> tuple[Path, pd.DataFrame]:
    """A second run at batch_size=1 through the Python API: its folder and what mlagility.run returned."""
    folder = tmp_path_factory.mktemp("candidate") / "run"
    returned = mlagility.run([*TRUSTED, f"cache_dir={sweep.parent / 'cache'}", *SCRIPTS,
                              "runtime=ort,torch-eager", "batch_size=1"], output_dir=folder)
    return folder, returned


def test_every_scaling_line_has_a_point_per_swept_value(sweep):
    page = (sweep / "report.html").read_text()
    groups = SvgGroups(page)
    report = pd.read_csv(sweep / "report.csv")
    first_point = report[(report["parameters.batch_size"] == BATCH_SIZES[0]) & report["median_ms"].notna()]
    for metric in ("median_ms", "throughput"):
        lines = [gid for gid in groups.ids if gid.startswith(f"scaling-batch_size-{metric}-")]
        # A line per model (each call of a model called on several inputs) and runtime: as many
        # as there are measurements at the first point, each through every point.
        # On failure, say which records the sweep wrote (a failed point is a missing point).
        outcomes = report[["script", "variable", "runtime", "parameters.batch_size", "status", "median_ms"]].to_string()
        assert len(lines) == len(first_point) == len(set(lines)), outcomes
        assert {gid: groups.points[gid] for gid in lines} == dict.fromkeys(lines, len(BATCH_SIZES)), outcomes
        runtimes = {target for gid in lines for target in ("cpu-ort", "cpu-torch-eager") if gid.endswith(target)}
        assert runtimes == {"cpu-ort", "cpu-torch-eager"}
    assert "two_shapes-model-2" in " ".join(groups.ids)  # the second call of two_shapes is a line of its own
    for caption in ("Latency against batch_size", "Throughput against batch_size"):
        figure = page[page.index(caption):page.index("</figure>", page.index(caption))]
        assert "<svg" in figure and "nothing to plot" not in figure


def test_two_swept_parameters_draw_a_heatmap_cell_per_point(tmp_path):
    done = run_cli("-m", "mlagility", "-m", *QUICK, f"cache_dir={tmp_path / 'cache'}", "corpus=selftest",
                   "corpus.include=[two_shapes.py]", "runtime=torch-eager", "batch_size=1,2", "height=64,128",
                   f"hydra.sweep.dir={tmp_path / 'sweep'}")
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "sweep" / "report.html").read_text()
    assert "Median latency (ms) over batch_size x height" in page
    cells = Counter(re.sub(r"-\d+-\d+$", "", gid) for gid in SvgGroups(page).ids if gid.startswith("heatmap-"))
    assert set(cells) == {"heatmap-batch_size-height-two_shapes-model-1-cpu-torch-eager",
                          "heatmap-batch_size-height-two_shapes-model-2-cpu-torch-eager"}
    assert set(cells.values()) == {4}  # 2 batch sizes x 2 heights
    # Each parameter's lines hold the other one at its smallest value, and say so.
    assert "Latency against batch_size (at height=64)" in page and "Latency against height (at batch_size=1)" in page


def test_the_records_of_a_sweep_share_one_run_id_and_name_the_sweep_folder(sweep, candidate):
    report = pd.read_csv(sweep / "report.csv")
    assert report["run_id"].nunique() == 1 and report["run_id"].iloc[0]
    assert set(report["run_dir"]) == {str(sweep)}
    assert report["job_dir"].nunique() == 2 * len(BATCH_SIZES)  # one job per (script, point)
    folder, returned = candidate
    assert returned["run_id"].nunique() == 1 and returned["run_id"].iloc[0] != report["run_id"].iloc[0]
    assert set(returned["run_dir"]) == {str(folder)}
    both = load(sweep, folder)
    assert both.groupby("run_id")["run_dir"].unique().map(list).to_dict() == {
        report["run_id"].iloc[0]: [str(sweep)], returned["run_id"].iloc[0]: [str(folder)]}


def test_parameters_and_labels_are_columns_of_their_own(sweep):
    report = pd.read_csv(sweep / "report.csv")
    assert list(report.columns) == REPORT_COLUMNS
    assert sorted(report["parameters.batch_size"].unique()) == BATCH_SIZES
    assert set(report["labels.author"]) == {"mlagility"} and set(report["labels.test_group"]) == {"selftest,daily"}
    assert set(report["labels.name"]) == set(report["model_name"])
    assert (report["author"] == report["labels.author"]).all()  # the seed tool's column stays


def test_report_parquet_holds_the_rows_and_columns_of_report_csv(sweep):
    pytest.importorskip("pyarrow", reason="pyarrow (the parquet extra) is not installed")
    parquet, csv = pd.read_parquet(sweep / "report.parquet"), pd.read_csv(sweep / "report.csv")
    assert list(parquet.columns) == list(csv.columns) and len(parquet) == len(csv)
    assert list(parquet["parameters.batch_size"]) == list(csv["parameters.batch_size"])
    assert parquet["median_ms"].to_numpy() == pytest.approx(csv["median_ms"].to_numpy(), nan_ok=True)
    # Lists stay lists in Parquet (a string in the CSV).
    assert all(len(rounds) >= 1 for rounds in parquet.loc[parquet["median_ms"].notna(), "round_medians_ms"])


def test_load_returns_the_merged_records_as_report_csv_has_them(sweep):
    loaded = load(sweep)
    written = pd.read_csv(sweep / "report.csv")
    assert list(loaded.columns) == list(written.columns) and len(loaded) == len(written)
    assert sorted(loaded["invocation_hash"]) == sorted(written["invocation_hash"])
    on_disk = [r for job in sorted(sweep.glob("*/results.jsonl")) for r in records.read(job)]
    assert len(loaded) == len(on_disk)


def test_mlagility_run_returns_the_records_it_wrote(candidate):
    folder, returned = candidate
    assert returned.equals(load(folder))
    assert set(returned["status"]) == {"ok"} and set(returned["parameters.batch_size"]) == {1}
    assert set(returned["runtime"]) == {"ort", "torch-eager"} and set(returned["launcher"]) == {"api"}
    assert (folder / "report.html").exists() and (folder / "report.csv").exists()


def test_mlagility_run_refuses_a_config_that_cannot_run_before_any_work(tmp_path):
    with pytest.raises(config.ConfigError, match="did you mean batch_size"):
        mlagility.run(["+batchsize=8"], output_dir=tmp_path / "run")
    # Issue 24: Hydra's ConfigCompositionException came through for overrides it cannot compose.
    with pytest.raises(config.ConfigError, match="batchsize is not a key mlagility reads; did you mean batch_size"):
        mlagility.run(["batchsize=8"], output_dir=tmp_path / "run")
    with pytest.raises(config.ConfigError, match="runtime=onnx is not an option of runtime: choose one of ort, "):
        mlagility.run(["runtime=ort,onnx"], output_dir=tmp_path / "run")
    assert not (tmp_path / "run" / records.RESULTS_FILE).exists()
    with pytest.raises(ValueError, match="once per sweep point"):
        mlagility.run(["-m", "batch_size=1,2"], output_dir=tmp_path / "run")


@pytest.mark.faults
def test_mlagility_run_at_the_top_level_of_a_script_is_refused_with_the_fix(tmp_path):
    """Issue 24: the README's example saved as a script ran, each worker imported the script again
    and died of Python's "bootstrapping phase" error, and the record blamed linear.py
    (`script_error: the worker exited with code 1`)."""
    script = tmp_path / "benchmark_me.py"
    script.write_text("import mlagility\n\n"
                      f"records = mlagility.run([*{QUICK!r}, 'cache_dir={tmp_path / 'cache'}', 'corpus=selftest', "
                      "'corpus.include=[linear.py]', 'runtime=torch-eager'])\n")
    done = run_cli(str(script), cwd=tmp_path)
    assert done.returncode == 1
    assert (f"mlagility.run() is called at the top level of {script}, line 3, not under "
            '`if __name__ == "__main__":`') in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["benchmark_me.py"]  # no work, no run folder


# CI's run of 2026-12-07 failed here: on its busy 2 cores the candidate's machine ran >5% slower
# than the sweep's, every pair was left out and no verdict was given; 1.1 is that run, made sure.
@pytest.mark.parametrize("slower", [1.0, 1.1])
def test_compare_gives_each_measurement_a_ratio_interval_and_verdict(sweep, candidate, slower, tmp_path):
    folder, _ = candidate
    folder = with_slower_machine(folder, tmp_path, slower) if slower != 1.0 else folder
    # The two runs' machine speeds may differ on a busy host: by default such pairs are left out,
    # and say so, with both references.
    by_default = pd.read_csv(write_comparison(sweep, folder, tmp_path / "compare-default").csv)
    left_out = by_default[by_default["parameters.batch_size"] == 1]["why"].fillna("")
    assert left_out[left_out != ""].str.fullmatch(
        r"the machine's speed changed \(reference [\d.]+ ms -> [\d.]+ ms\)").all()
    # Normalized, each pair is compared on its machine's speed: every measurement trusted (TRUSTED)
    # gets a verdict with its interval, whatever else ran beside the test.
    compared = write_comparison(sweep, folder, tmp_path / "compare", normalize=True)
    table = pd.read_csv(compared.csv)
    baseline = pd.read_csv(sweep / "report.csv")
    assert len(table) == len(baseline)  # every baseline measurement, the candidate's all among them
    at_one = table[table["parameters.batch_size"] == 1]
    assert len(at_one) == len(baseline[baseline["parameters.batch_size"] == 1]) >= 1
    assert set(at_one["verdict"]) <= {SLOWER, FASTER, SAME} and (at_one["why"].fillna("") == "").all()
    ratio = (at_one["candidate_median_ms"] / at_one["baseline_median_ms"]
             * at_one["baseline_host_speed_ms"] / at_one["candidate_host_speed_ms"])
    assert (at_one["ratio"] - ratio).abs().max() < 1e-9
    assert ((at_one["ratio_low"] <= at_one["ratio"]) & (at_one["ratio"] <= at_one["ratio_high"])).all()
    slower, faster = at_one[at_one["verdict"] == SLOWER], at_one[at_one["verdict"] == FASTER]
    assert (slower["ratio_low"] > 1).all() and (faster["ratio_high"] < 1).all()
    larger = table[table["parameters.batch_size"] > 1]
    assert set(larger["verdict"]) == {NOT_COMPARABLE} and set(larger["why"]) == {"not in the candidate"}
    # Regressions first, then improvements, the same, the rest.
    assert list(table["verdict"].map(VERDICT_ORDER.index)) == sorted(table["verdict"].map(VERDICT_ORDER.index))
    assert compared.verdicts == {v: int((table["verdict"] == v).sum()) for v in VERDICT_ORDER}
    page = compared.html.read_text()
    assert '<section id="compare">' in page
    rows = re.findall(r'<tr class="([a-z-]+)"><td>([a-z ]+)</td>', page)
    assert [verdict for _, verdict in rows] == list(table["verdict"])


def test_compare_leaves_out_a_contended_measurement_and_says_why(sweep, candidate, tmp_path):
    folder, _ = candidate
    (tmp_path / "run").mkdir()
    for record in records.read(folder / records.RESULTS_FILE):
        if (record.script, record.runtime) == ("linear.py", "ort"):
            record.contended, record.host_busy = True, 0.42
        records.append(tmp_path / "run" / records.RESULTS_FILE, record)
    table = pd.read_csv(write_comparison(sweep, tmp_path / "run", tmp_path / "out").csv)
    linear = table[(table["script"] == "linear.py") & (table["runtime"] == "ort")
                   & (table["parameters.batch_size"] == 1)]
    assert list(linear["verdict"]) == [NOT_COMPARABLE]
    assert list(linear["why"]) == ["candidate contended (host 42% busy)"]
    assert linear["ratio"].iloc[0] > 0 and pd.isna(linear["ratio_low"].iloc[0])


def with_slower_machine(folder: Path, into: Path, slower: float, than: Path | None = None) -> Path:
    """``folder``'s records as a run whose machine was ``slower`` times slower: its reference
    workload took that much longer, and so did every call. Slower than its own run's machine, or,
    given ``than`` (a run or a sweep), than that one's for each measurement of both, whatever the
    host did between them."""
    def measurement(record: records.Record) -> tuple:
        return record.script, record.invocation_hash, record.runtime, record.build_variant

    references = {} if than is None else {measurement(r): r.host_speed_ms for path in than.rglob(records.RESULTS_FILE)
                                          for r in records.read(path) if r.median_ms is not None}
    (into / "run").mkdir(parents=True)
    for record in records.read(folder / records.RESULTS_FILE):
        if record.median_ms is not None:
            reference = (record.host_speed_ms if than is None else references[measurement(record)]) * slower
            record.median_ms *= reference / record.host_speed_ms
            record.host_speed_ms = reference
        records.append(into / "run" / records.RESULTS_FILE, record)
    return into / "run"


def test_every_measurement_records_the_machines_speed_before_and_after_its_window(candidate):
    _, returned = candidate
    measured = returned[returned["median_ms"].notna()]
    assert (measured["host_speed_ms"] > 0).all()
    assert measured["host_speed_change"].notna().all() and (measured["host_speed_change"] > -1).all()


# CI's run of 2026-12-07 (evening) failed here: its host ran the candidate about 25% faster than
# the sweep, so the candidate made 30% slower was the sweep's speed again; 1/1.3 is that run, made sure.
@pytest.mark.parametrize("drift", [1.0, 1 / 1.3])
def test_compare_calls_a_pair_whose_machine_changed_speed_not_comparable(sweep, candidate, drift, tmp_path):
    """A candidate run on a machine 30% slower (its reference workload too) is not a regression of
    the models: the pair says the machine changed, and --normalize compares them on its speed."""
    folder, _ = candidate
    folder = with_slower_machine(folder, tmp_path / "drifted", drift) if drift != 1.0 else folder
    slower = with_slower_machine(folder, tmp_path, 1.3, than=sweep)
    table = pd.read_csv(write_comparison(sweep, slower, tmp_path / "out").csv)
    point = table[table["parameters.batch_size"] == 1]
    assert set(point["verdict"]) == {NOT_COMPARABLE}
    assert point["why"].str.fullmatch(r"the machine's speed changed \(reference [\d.]+ ms -> [\d.]+ ms\)").all()
    normalized = pd.read_csv(write_comparison(sweep, slower, tmp_path / "normalized", normalize=True).csv)
    point = normalized[normalized["parameters.batch_size"] == 1]
    unchanged = pd.read_csv(write_comparison(sweep, folder, tmp_path / "unchanged", normalize=True).csv)
    unchanged = unchanged[unchanged["parameters.batch_size"] == 1]
    assert list(point["verdict"]) == list(unchanged["verdict"])
    assert point["ratio"].to_numpy() == pytest.approx(unchanged["ratio"].to_numpy())


def test_a_speedup_between_measurements_on_machines_of_different_speeds_is_left_out(candidate, tmp_path):
    """Runtimes timed together share their reference workload; two that were not (here, one of
    them as if timed on a machine 20% slower) get no speedup, and the note says why."""
    folder, _ = candidate
    (tmp_path / "run").mkdir()
    for record in records.read(folder / records.RESULTS_FILE):
        if (record.script, record.runtime) == ("linear.py", "ort"):
            record.host_speed_ms *= 1.2
        records.append(tmp_path / "run" / records.RESULTS_FILE, record)
    comparison = pd.read_csv(write_report([tmp_path / "run"], tmp_path / "out").comparison)
    linear = comparison[comparison["script"] == "linear.py"]
    assert linear["cpu/ort_speedup"].isna().all()
    assert linear["cpu/ort_speedup_note"].str.fullmatch(
        r"the machine's speed changed \(reference [\d.]+ ms -> [\d.]+ ms\)").all()
    others = comparison[comparison["script"] == "two_shapes.py"]["cpu/ort_speedup_note"].fillna("")
    assert not others.str.contains("speed changed").any()


def test_compare_on_the_command_line(sweep, candidate, tmp_path):
    folder, _ = candidate
    done = run_cli("-m", "mlagility.report", "--compare", str(sweep), str(folder), "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert re.search(r"\d+ slower, \d+ faster, \d+ same, \d+ not comparable", done.stdout)
    assert (tmp_path / "compare.csv").exists() and (tmp_path / "compare.html").exists()
    both = run_cli("-m", "mlagility.report", str(sweep), "--compare", str(sweep), str(folder))
    assert both.returncode == 2 and "either PATHS" in both.stderr


def test_the_readme_documents_every_report_column():
    readme = (REPO / "README.md").read_text()
    table = readme[readme.index("### report.csv columns"):]
    documented = set(re.findall(r"^\| `([^`]+)`", table, flags=re.MULTILINE))
    families = {c for c in REPORT_COLUMNS if not c.startswith((PARAMETERS_PREFIX, LABELS_PREFIX))}
    assert families | {PARAMETERS_PREFIX + "*", LABELS_PREFIX + "*"} <= documented
