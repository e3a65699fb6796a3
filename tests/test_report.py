"""Reports from real records: the CSV tables, merging and superseding, the HTML page."""

import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from conftest import QUICK, REPO, SCRIPTS, figure_html, run_cli
from mlagility import config, records
from mlagility.engine.job import run_job
from mlagility.report import write_comparison, write_report
from mlagility.report.tables import REPORT_COLUMNS


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Two small jobs: selftest on two runtimes at batch 1, and broken + nested scripts at batch 2."""
    root = tmp_path_factory.mktemp("runs")
    cache = root / "cache"
    # Stable by construction (any median precision, any host load will do): a speedup needs it.
    run_job(config.compose([*QUICK, f"cache_dir={cache}", "corpus=selftest", "runtime=[ort,torch-eager]",
                            "measure.precision=1", "measure.max_host_busy=1"]),
            root / "sweep" / "0")
    run_job(config.compose([*QUICK, f"cache_dir={cache}", f"corpus.folder={SCRIPTS}", "corpus.name=scripts",
                            "corpus.include=[raises.py,nested.py]", "runtime=[ort,torch-eager]", "batch_size=2"]),
            root / "sweep" / "1")
    return root


def test_report_csv_has_every_record_in_the_documented_column_order(runs, tmp_path):
    files = write_report([runs / "sweep"], tmp_path)
    table = pd.read_csv(files.csv)
    assert list(table.columns) == REPORT_COLUMNS
    assert list(table.columns[:7]) == ["model_name", "author", "model_class", "params", "hash", "license", "task"]
    assert len(table) == 12 + 2 + 1  # selftest: 6 invocations x 2 runtimes; nested x 2; raises
    assert files.records == 15 and files.failed == 1
    failed = table[table["status"] == "script_error"]
    assert list(failed["script"]) == ["raises.py"] and "broken on purpose" in failed["reason"].iloc[0]
    assert set(table["author"].dropna()) == {"mlagility"}


def test_comparison_has_one_latency_column_per_runtime_and_the_speedup(runs, tmp_path):
    files = write_report([runs / "sweep" / "0"], tmp_path)
    comparison = pd.read_csv(files.comparison)
    assert {"cpu/ort_ms", "cpu/torch-eager_ms", "cpu/ort_speedup", "cpu/ort_contended", "cpu/ort_host_busy",
            "cpu/torch-eager_stable"} <= set(comparison.columns)
    assert len(comparison) == 6
    expected = comparison["cpu/torch-eager_ms"] / comparison["cpu/ort_ms"]
    assert (comparison["cpu/ort_speedup"] - expected).abs().max() < 1e-9
    # Timed together in 3 interleaved rounds: each speedup has an interval from the round ratios.
    assert (comparison["cpu/ort_speedup_low"] <= comparison["cpu/ort_speedup_high"]).all()
    assert comparison["cpu/ort_speedup_note"].isna().all()
    report = pd.read_csv(files.csv)
    linear = report[(report["script"] == "linear.py") & (report["runtime"] == "ort")]["median_ms"].iloc[0]
    assert comparison[comparison["script"] == "linear.py"]["cpu/ort_ms"].iloc[0] == pytest.approx(linear)


def test_speedups_of_contended_or_unstable_measurements_are_left_out_and_say_why(runs, tmp_path):
    measured = list(records.read(runs / "sweep" / "0" / records.RESULTS_FILE))
    (tmp_path / "run").mkdir()
    for record in measured:
        if (record.script, record.runtime) == ("linear.py", "ort"):
            record.contended, record.host_busy = True, 0.42
        elif (record.script, record.runtime) == ("two_models.py", "torch-eager"):
            record.stable = False
        elif (record.script, record.runtime) == ("twolayer.py", "ort"):
            record.pair_id = "another-run"
        records.append(tmp_path / "run" / records.RESULTS_FILE, record)
    comparison = pd.read_csv(write_report([tmp_path / "run"], tmp_path / "report").comparison)
    note = dict(zip(comparison["script"] + ":" + comparison["variable"], comparison["cpu/ort_speedup_note"]))
    speedup = dict(zip(comparison["script"] + ":" + comparison["variable"], comparison["cpu/ort_speedup"]))
    linear = next(k for k in note if k.startswith("linear.py"))
    assert note[linear] == "candidate contended (host 42% busy)" and pd.isna(speedup[linear])
    assert all(note[k] == "baseline unstable" and pd.isna(speedup[k]) for k in note if k.startswith("two_models.py"))
    unpaired = [k for k in note if k.startswith("twolayer.py")]
    assert unpaired and all(note[k] == "not timed together in interleaved rounds: no interval"
                            and speedup[k] > 0 for k in unpaired)


def test_a_speedup_outside_its_round_interval_is_still_drawn(runs, tmp_path):
    """The dot is the ratio of the pooled medians, the interval comes from the round ratios: the
    dot can fall outside it (the page once failed to render: negative error bars)."""
    (tmp_path / "run").mkdir()
    for record in records.read(runs / "sweep" / "0" / records.RESULTS_FILE):
        if record.script == "linear.py":
            record.round_medians_ms = [10.0, 10.0, 10.0] if record.runtime == "torch-eager" else [1.0, 1.01, 0.99]
        records.append(tmp_path / "run" / records.RESULTS_FILE, record)
    files = write_report([tmp_path / "run"], tmp_path / "report")
    linear = pd.read_csv(files.comparison).query("script == 'linear.py'").iloc[0]
    assert not linear["cpu/ort_speedup_low"] <= linear["cpu/ort_speedup"] <= linear["cpu/ort_speedup_high"]
    assert "Speedup over torch-eager" in files.html.read_text()


def test_merging_two_folders_keeps_both_and_a_rerun_supersedes(runs, tmp_path):
    assert write_report([runs / "sweep" / "0", runs / "sweep" / "1"], tmp_path / "a").records == 15
    shutil.copytree(runs / "sweep" / "0", tmp_path / "again")
    rerun = [records.Record.from_dict({**r.to_dict(), "timestamp": r.timestamp + 1000, "job_dir": "again",
                                       "run_id": "a-later-run"})
             for r in records.read(tmp_path / "again" / records.RESULTS_FILE)]
    (tmp_path / "again" / records.RESULTS_FILE).unlink()
    for record in rerun:
        records.append(tmp_path / "again" / records.RESULTS_FILE, record)
    files = write_report([runs / "sweep", tmp_path / "again"], tmp_path / "b")
    assert files.records == 15 and files.superseded == 12
    report = pd.read_csv(files.csv)
    assert set(report[report["parameters.batch_size"] == 1]["job_dir"]) == {"again"}
    assert "12 older record(s) superseded" in files.html.read_text()


def test_markup_in_names_reasons_and_paths_is_text_in_the_report_and_the_comparison(tmp_path):
    """A record's model name (a label), its reason (a script's error) and the run's folder are
    shown as written on both pages, never read as markup."""
    (tmp_path / "evil.py").write_text("# labels: name::<script>alert(1)</script>&co author::x\nimport torch\n"
                                      "model = torch.nn.Linear(2, 2)\nmodel(torch.rand(1, 2))\n")
    (tmp_path / "broken.py").write_text("raise ValueError('<b>bold</b> & <script>alert(2)</script>')\n")
    run_dir = tmp_path / "run&<i>1</i>"
    run_job(config.compose([*QUICK, f"cache_dir={tmp_path / 'cache'}", f"corpus.folder={tmp_path}",
                            "corpus.include=[evil.py,broken.py]", "runtime=torch-eager"]), run_dir)
    page = write_report([run_dir], tmp_path / "report").html.read_text()
    compare = write_comparison(run_dir, run_dir, tmp_path / "compare").html.read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&amp;co" in page
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&amp;co" in compare
    assert "run&amp;&lt;i&gt;1&lt;/i&gt;" in compare
    for text in (page, compare):
        assert "<script>alert(" not in text and "<b>bold" not in text and "<i>1" not in text


def test_a_missing_path_is_a_clear_error(tmp_path):
    done = run_cli("-m", "mlagility.report", str(tmp_path / "nowhere"))
    assert done.returncode == 2 and "No such run folder" in done.stderr


def test_a_folder_without_records_is_a_clear_error_not_an_empty_report(tmp_path):
    (tmp_path / "empty").mkdir()
    done = run_cli("-m", "mlagility.report", str(tmp_path / "empty"), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert f"No results.jsonl under {tmp_path / 'empty'}" in done.stderr
    assert not (tmp_path / "out" / "report.html").exists()
    benchit = run_cli("-m", "mlagility.cli.benchit", "report", "--cache-dir", str(tmp_path / "empty"), cwd=tmp_path)
    assert benchit.returncode == 2 and "No results.jsonl under" in benchit.stderr and "Traceback" not in benchit.stderr


def test_report_command_line(runs, tmp_path):
    done = run_cli("-m", "mlagility.report", str(runs / "sweep"), "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "15 record(s), 1 failed" in done.stdout
    assert (tmp_path / "report.html").exists() and (tmp_path / "comparison.csv").exists()


def test_compare_writes_beside_the_candidate_unless_told_where(runs, tmp_path):
    """Issue 24: --compare without --out wrote compare.csv and compare.html into the current folder."""
    shutil.copytree(runs / "sweep" / "0", tmp_path / "candidate")
    (tmp_path / "here").mkdir()
    done = run_cli("-m", "mlagility.report", "--compare", str(runs / "sweep" / "0"), str(tmp_path / "candidate"),
                   cwd=tmp_path / "here")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "candidate" / "compare.csv").exists() and (tmp_path / "candidate" / "compare.html").exists()
    assert list((tmp_path / "here").iterdir()) == []
    named = run_cli("-m", "mlagility.report", "--compare", str(runs / "sweep" / "0"), str(tmp_path / "candidate"),
                    "--out", "upgrade", cwd=tmp_path / "here")
    assert named.returncode == 0, named.stderr
    assert sorted(p.name for p in (tmp_path / "here" / "upgrade").iterdir()) == ["compare.csv", "compare.html"]


def test_a_sweep_writes_its_report_into_the_sweep_folder(tmp_path):
    done = run_cli("-m", "mlagility", "-m", *QUICK, f"cache_dir={tmp_path / 'cache'}", "corpus=selftest",
                   "corpus.include=[linear.py]", "runtime=torch-eager", "batch_size=1,2",
                   f"hydra.sweep.dir={tmp_path / 'sweep'}")
    assert done.returncode == 0, done.stderr
    report = pd.read_csv(tmp_path / "sweep" / "report.csv")
    assert sorted(report["parameters.batch_size"]) == [1, 2]
    assert not (tmp_path / "sweep" / "0" / "report.csv").exists()


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0"]
needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed (CI installs it)")


@needs_chromium
def test_the_page_renders_in_headless_chromium_without_console_errors(runs, tmp_path):
    page = write_report([runs / "sweep"], tmp_path).html
    flags = [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    shot = subprocess.run(["chromium", *flags, f"--screenshot={tmp_path / 'page.png'}", "--window-size=1400,2000",
                           page.as_uri()], capture_output=True, text=True, timeout=120)
    assert (tmp_path / "page.png").stat().st_size > 20_000
    console = [line for line in shot.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == []
    dom = subprocess.run(["chromium", *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert 'data-ready="yes"' in dom.stdout  # the page's script ran to its end
    assert dom.stdout.count("<svg") >= 4


def test_a_run_report_writes_report_parquet_without_pyarrow(runs, tmp_path):
    """Issue 24: a run's report skipped report.parquet when pyarrow was not installed. DuckDB
    writes it now (issue 31), so the core install has it too."""
    shutil.copytree(runs / "sweep" / "1", tmp_path / "run")
    config = {"hydra": {"runtime": {"output_dir": str(tmp_path / "run")}}, "cache_dir": str(tmp_path / "cache")}
    # The callback that writes a run's report, in an interpreter where pyarrow cannot be imported.
    done = run_cli("-c", "import sys\n"
                         "sys.modules['pyarrow'] = None\n"
                         "from omegaconf import OmegaConf\n"
                         "from mlagility.report.callback import ReportCallback\n"
                         f"ReportCallback().on_run_end(OmegaConf.create({config!r}))\n")
    assert done.returncode == 0, done.stderr
    csv = pd.read_csv(tmp_path / "run" / "report.csv")
    parquet = pd.read_parquet(tmp_path / "run" / "report.parquet")
    assert list(parquet.columns) == list(csv.columns) and len(parquet) == len(csv) == 3


def laid_out(page, tmp_path) -> dict[str, float]:
    """How Chromium lays ``page`` out in a 1400 x 1000 window: the page's width (scrollWidth) and
    the tallest row of its tables, in CSS pixels."""
    measuring = tmp_path / f"measured-{page.name}"
    measuring.write_text(page.read_text().replace("</body>", """<script>
const rows = Array.from(document.querySelectorAll('tbody tr'));
document.body.dataset.pageWidth = document.documentElement.scrollWidth;
document.body.dataset.tallestRow = Math.max(...rows.map((row) => row.getBoundingClientRect().height));
</script></body>"""))
    dom = subprocess.run(["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000",
                          "--dump-dom", measuring.as_uri()], capture_output=True, text=True, timeout=120).stdout
    return {name: float(value) for name, value in re.findall(r'data-(page-width|tallest-row)="([\d.]+)"', dom)}


@needs_chromium
def test_wide_tables_scroll_in_their_box_and_free_text_gets_a_wide_column(runs, tmp_path):
    # The records table and the compare table are wider than 1400 px: they scroll inside their
    # box, the page does not; the compare page's "why" (a sentence) wraps in a wide column, so
    # a row stays a line or two tall, not 100 px.
    report = write_report([runs / "sweep"], tmp_path).html
    compare = write_comparison(runs / "sweep" / "1", runs / "sweep" / "1", tmp_path).html
    assert "candidate unstable" in compare.read_text()
    # Every column of the console table is in the page (a narrow console leaves some out).
    for column in ("model_class", "built_at", "hash", "params", "throughput", "input_shapes"):
        assert f"<th>{column}</th>" in report.read_text()
    for page in (report, compare):
        layout = laid_out(page, tmp_path)
        assert layout["page-width"] <= 1400, (page.name, layout)
        assert layout["tallest-row"] <= 60, (page.name, layout)


def test_an_empty_speedup_or_ratio_figure_says_which_pairs_were_left_out_and_why(tmp_path):
    # A CPU hog keeps the host busy and max_host_busy=0 tolerates none of it: every measurement
    # is contended, as the tool flags it, so no speedup and no run-to-run ratio can be trusted.
    # Windows of half a second at least: the kernel's CPU counters move in 10 ms steps.
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        run_job(config.compose([*QUICK, f"cache_dir={tmp_path / 'cache'}", "corpus=selftest",
                                "corpus.include=[two_models.py]", "runtime=[ort,torch-eager]",
                                "measure.max_host_busy=0", "measure.min_duration_s=1.5"]), tmp_path / "run")
    finally:
        hog.kill()
        hog.wait()
    measured = list(records.read(tmp_path / "run" / records.RESULTS_FILE))
    assert len(measured) == 4 and all(r.contended for r in measured), [(r.host_busy, r.contended) for r in measured]

    page = write_report([tmp_path / "run"], tmp_path / "report").html.read_text()
    assert ("2 pairs left out: contended; rerun on a quiet host or raise measure.max_host_busy") in page
    compare = write_comparison(tmp_path / "run", tmp_path / "run", tmp_path / "compare").html.read_text()
    assert "4 measurements left out: contended; rerun on a quiet host or raise measure.max_host_busy" in compare
    assert "nothing to plot" not in page + compare


def test_the_readme_column_table_is_made_from_the_record():
    """Every field of the record is a report.csv column (a mapping: one per key), and README.md's
    column table is the one the fields' metadata make: a field added without saying what it
    holds, or left out of the README, fails here."""
    from mlagility.records import Record
    from mlagility.report.tables import column_table

    for field in dataclasses.fields(Record):
        assert field.name in REPORT_COLUMNS or field.name in ("parameters", "labels"), field.name
        assert field.metadata["holds"], field.name
    assert column_table() in (REPO / "README.md").read_text()


def test_the_report_reads_a_record_of_another_version_as_a_record_would(runs, tmp_path):
    """The report reads the JSON lines straight into DuckDB (issue 31: a Record made and
    flattened again per row was a third of reading 5,000 records), so it must fill what an older
    version did not write and drop what a newer one added, as Record.from_dict does."""
    from mlagility.report import connect

    first = (runs / "sweep" / "0" / "results.jsonl").read_text().splitlines()[0]
    values = json.loads(first)
    older = {key: value for key, value in values.items() if key not in ("round_medians_ms", "host_speed_ms", "labels")}
    newer = {**values, "a_field_of_a_later_version": 1}
    (tmp_path / "results.jsonl").write_text(json.dumps(older) + "\n" + json.dumps(newer) + "\n")
    found = connect(tmp_path).sql("SELECT * FROM records").fetchall()
    columns = connect(tmp_path).table("records").columns
    assert columns == list(records.COLUMNS)
    for row, line in zip(found, (older, newer)):
        expected = records.Record.from_dict(line).to_dict()
        read = dict(zip(columns, row))
        for mapping in ("parameters", "labels"):  # DuckDB's JSON columns hold the mapping as text
            read[mapping] = json.loads(read[mapping])
        assert read == expected


def cloned_sweep(runs: Path, count: int, folder: Path) -> int:
    """``count`` records cloned from the runs' real ones as a sweep of job folders of 250 each,
    each clone its own point (its own script name and batch size); returns how many failed."""
    seeds = [json.loads(line) for path in sorted((runs / "sweep").rglob("results.jsonl"))
             for line in path.read_text().splitlines()]
    failed = 0
    for job in range(0, count, 250):
        lines = []
        for n in range(job, min(job + 250, count)):
            seed = seeds[n % len(seeds)]
            failed += seed["status"] not in records.SUCCESS_STATUSES
            lines.append(json.dumps({**seed, "script": f"clone_{n // len(seeds)}.py",
                                     "parameters": {**seed["parameters"], "batch_size": 1 + n % 7}}))
        (folder / str(job // 250)).mkdir(parents=True)
        (folder / str(job // 250) / "results.jsonl").write_text("\n".join(lines) + "\n")
    return failed


def test_connect_hands_a_duckdb_database_over_the_records_of_many_runs(runs, tmp_path):
    """Issue 31: `mlagility.report.connect(paths)` hands a user SQL over every record of many
    runs, merged as the report merges them, without loading them into memory."""
    from mlagility.report import connect, load

    rerun = tmp_path / "rerun"
    rerun.mkdir()
    first = [json.loads(line) for line in (runs / "sweep" / "0" / "results.jsonl").read_text().splitlines()]
    (rerun / "results.jsonl").write_text("".join(json.dumps({**r, "run_id": "later", "timestamp": r["timestamp"] + 1000})
                                                 + "\n" for r in first))
    database = connect(runs / "sweep", rerun)
    assert database.sql("SELECT count(*) FROM report").fetchall() == [(len(load(runs / "sweep", rerun)),)]
    assert database.sql("SELECT count(*) FROM all_records WHERE superseded").fetchall() == [(len(first),)]
    by_runtime = dict(database.sql("SELECT runtime, count(*) FROM report WHERE run_id = 'later' GROUP BY ALL").fetchall())
    assert by_runtime == dict(pd.Series([r["runtime"] for r in first]).value_counts())
    assert list(database.table("report").columns) == list(load(runs / "sweep").columns)


def test_a_torn_line_is_left_out_with_a_warning_that_names_its_file(runs, tmp_path):
    from mlagility.report import load

    lines = (runs / "sweep" / "0" / "results.jsonl").read_text().splitlines()
    (tmp_path / "results.jsonl").write_text(lines[0] + "\n" + lines[1][:40] + "\n" + lines[2] + "\n")
    with pytest.warns(UserWarning, match=f"{tmp_path / 'results.jsonl'}: skipped 1 torn line"):
        report = load(tmp_path)
    assert len(report) == 2


@needs_chromium
def test_a_report_of_100000_records_opens_in_chromium_and_says_where_every_record_is(runs, tmp_path):
    """Issue 31: report.html inlined every record (57 MB at 100,000) and headless Chromium could
    not render it in 300 s. The table now holds at most 5,000 rows, the failed first, and says
    where the rest are; the figures draw aggregates."""
    failed = cloned_sweep(runs, 100_000, tmp_path / "sweep")
    files = write_report([tmp_path / "sweep"], tmp_path / "report")
    assert files.records == 100_000 and len(pd.read_parquet(files.parquet, columns=["script"])) == 100_000
    page = files.html.read_text()
    assert files.html.stat().st_size < 15_000_000
    assert "5,000 of 100,000 records, the failed ones first; every record is in report.csv and report.parquet" in page
    assert page.count('<tr class="failed">') == min(failed, 5_000)
    flags = [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(["chromium", *flags, "--dump-dom", files.html.as_uri()], capture_output=True, text=True,
                         timeout=120)
    assert 'data-ready="yes"' in dom.stdout  # the page's script ran to its end
    shot = subprocess.run(["chromium", *flags, f"--screenshot={tmp_path / 'page.png'}", "--window-size=1400,2000",
                           files.html.as_uri()], capture_output=True, text=True, timeout=120)
    assert (tmp_path / "page.png").stat().st_size > 20_000, shot.stderr[-2000:]


def test_the_scratch_folders_of_a_killed_report_are_removed_by_the_next(runs, tmp_path):
    """A report killed with SIGKILL cannot remove its temporary Parquet files (a million records'
    worth); the next report removes those of processes that are gone, and leaves a live one's."""
    import tempfile

    from mlagility.report import load

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = Path(tempfile.gettempdir()) / f"mlagility-records-{gone.stdout.strip()}-killed"
    live = Path(tempfile.gettempdir()) / f"mlagility-records-{os.getpid()}-alive"
    for folder in (dead, live):
        folder.mkdir()
        (folder / "records.parquet").write_bytes(b"left behind")
    try:
        assert len(load(runs / "sweep" / "0")) > 0
        assert not dead.exists() and live.exists()
    finally:
        shutil.rmtree(dead, ignore_errors=True)
        shutil.rmtree(live, ignore_errors=True)


def test_one_model_s_page_says_why_it_draws_no_histogram_or_funnel(runs, tmp_path):
    """A run of one script (`benchit benchmark linear.py`) drew a histogram of one parameter count,
    a funnel of one invocation and, on one runtime, a chart of one latency bar: figures the records
    table already says in words, 0.2 s and 0.15 s of the report written after every run, a tenth
    of a warm run of a small model. Two runtimes' bars are a comparison, and are drawn."""
    lines = (runs / "sweep" / "0" / "results.jsonl").read_text().splitlines()
    linear = {json.loads(line)["runtime"]: line for line in lines if json.loads(line)["script"] == "linear.py"}
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "results.jsonl").write_text(linear["ort"] + "\n")
    page = write_report([tmp_path / "run"], tmp_path / "one").html.read_text()
    bars = figure_html(page, "Median latency by model and runtime")
    median_ms = json.loads(linear["ort"])["median_ms"]
    assert "<svg" not in bars and f"one model on one runtime (cpu/ort, {median_ms:.3g} ms): bars need several" in bars
    histogram, funnel = figure_html(page, "Parameter count"), figure_html(page, "Status funnel")
    assert "<svg" not in histogram and "one model (110 parameters): a histogram needs several" in histogram
    assert "<svg" not in funnel and "one invocation, ok: a funnel needs several" in funnel

    (tmp_path / "run" / "results.jsonl").write_text(linear["ort"] + "\n" + linear["torch-eager"] + "\n")
    page = write_report([tmp_path / "run"], tmp_path / "two").html.read_text()
    assert "<svg" in figure_html(page, "Median latency by model and runtime")

    page = write_report([runs / "sweep"], tmp_path / "all").html.read_text()
    assert "<svg" in figure_html(page, "Parameter count") and "<svg" in figure_html(page, "Status funnel")
