"""A language model's report, on a real sweep of a generating script: decode tokens/s and prefill
latency against batch size and context length, time to first token and per token (checked in the
page's SVG), the LM columns of the records table, and comparison.csv's rows per phase."""

from html import unescape
from pathlib import Path

import pandas as pd
import pytest

from conftest import QUICK, SCRIPTS, SvgGroups, figure_html, run_cli
from mlagility import records
from mlagility.report import write_report

BATCH_SIZES, SEQ_LENGTHS = [1, 2], [8, 16]
MODEL = "tiny_llama_generate-model"
LM_COLUMNS = ["phase", "context_length", "tokens_per_s", "ttft_ms", "tpot_ms"]


@pytest.fixture(scope="module")
def sweep(tmp_path_factory) -> Path:
    """tiny_llama_generate at batch_size=1,2 x max_seq_length=8,16 on ort and torch-eager, generating 2
    tokens: each point a prefill and a decode record per runtime and a generate record on torch-eager."""
    root = tmp_path_factory.mktemp("lm")
    done = run_cli("-m", "mlagility", "-m", *QUICK, f"cache_dir={root / 'cache'}", f"corpus.folder={SCRIPTS}",
                   "corpus.name=scripts", "corpus.include=[tiny_llama_generate.py]", "max_new_tokens=2",
                   "runtime=[ort,torch-eager]", f"batch_size={','.join(map(str, BATCH_SIZES))}",
                   f"max_seq_length={','.join(map(str, SEQ_LENGTHS))}", f"hydra.sweep.dir={root / 'sweep'}")
    assert done.returncode == 0, done.stderr
    return root / "sweep"


def lines(groups: SvgGroups, prefix: str) -> dict[str, int]:
    """{gid: its points} of the lines whose gid starts with ``prefix``."""
    return {gid: groups.points[gid] for gid in groups.ids if gid.startswith(prefix)}


def outcomes(sweep: Path) -> str:
    """What the sweep wrote, to say on a failure (a failed point is a missing point)."""
    report = pd.read_csv(sweep / "report.csv")
    return report[["phase", "runtime", "parameters.batch_size", "parameters.max_seq_length", "status",
                   "median_ms"]].to_string()


def test_decode_tokens_per_s_and_prefill_latency_against_batch_size_and_context_length(sweep):
    page = (sweep / "report.html").read_text()
    groups = SvgGroups(page)
    for title, metric, phase in (("Decode tokens/s", "tokens_per_s", "decode"),
                                 ("Prefill latency", "median_ms", "prefill")):
        for axis, parameter, fixed in (("batch size", "batch_size", "max_seq_length=8"),
                                       ("context length", "context_length", "batch_size=1")):
            assert "<svg" in figure_html(page, f"{title} against {axis} (at {fixed})")
            # A line per runtime through every point of the axis, in a panel of the phase's own.
            assert lines(groups, f"lm-{parameter}-{metric}-") == {
                f"lm-{parameter}-{metric}-{MODEL}-{phase}-cpu-ort": 2,
                f"lm-{parameter}-{metric}-{MODEL}-{phase}-cpu-torch-eager": 2}, outcomes(sweep)


def test_time_to_first_token_and_per_token_latency_of_the_generate_call(sweep):
    page = (sweep / "report.html").read_text()
    groups = SvgGroups(page)
    for axis, parameter, fixed in (("batch size", "batch_size", "max_seq_length=8"),
                                   ("context length", "context_length", "batch_size=1")):
        assert "<svg" in figure_html(page, f"Time to first token and per-token latency against {axis} (at {fixed})")
        # generate is timed on torch-eager only: a panel for the first token, one for each after it.
        assert lines(groups, f"lm-{parameter}-token_latency_ms-") == {
            f"lm-{parameter}-token_latency_ms-{MODEL}.generate-first-token-cpu-torch-eager": 2,
            f"lm-{parameter}-token_latency_ms-{MODEL}.generate-per-token-cpu-torch-eager": 2,
        }, outcomes(sweep)


def test_the_generic_scaling_lines_keep_the_phases_apart(sweep):
    """Prefill and decode call the same variable: each phase is a line (a panel) of its own."""
    groups = SvgGroups((sweep / "report.html").read_text())
    expected = {f"scaling-batch_size-median_ms-{MODEL}-{phase}-cpu-{runtime}": 2
                for phase in ("prefill", "decode") for runtime in ("ort", "torch-eager")}
    expected[f"scaling-batch_size-median_ms-{MODEL}.generate-cpu-torch-eager"] = 2
    assert lines(groups, "scaling-batch_size-median_ms-") == expected, outcomes(sweep)


def test_the_records_table_shows_the_language_model_columns(sweep):
    page = (sweep / "report.html").read_text()
    records_table = page[page.index('<table id="records"'):]
    headers = records_table[:records_table.index("</thead>")]
    assert all(f"<th>{column}</th>" in headers for column in LM_COLUMNS)
    assert headers.index("<th>variable</th>") < headers.index("<th>phase</th>")


def test_comparison_csv_has_a_row_per_phase_with_its_tokens_per_s(sweep):
    comparison = pd.read_csv(sweep / "comparison.csv")
    report = pd.read_csv(sweep / "report.csv")
    points = comparison.groupby(["parameters.batch_size", "parameters.max_seq_length"])["phase"].agg(sorted)
    assert points.to_dict() == {(b, s): ["decode", "generate", "prefill"] for b in BATCH_SIZES for s in SEQ_LENGTHS}
    for runtime in ("ort", "torch-eager"):
        measured = report[report["runtime"] == runtime].set_index("hash")["tokens_per_s"]
        column = comparison.set_index("hash")[f"cpu/{runtime}_tokens_per_s"].dropna()
        assert len(column) == len(measured) and column.to_dict() == pytest.approx(measured.to_dict())


def test_an_axis_the_sweep_did_not_vary_says_how_to_sweep_it(sweep, tmp_path):
    """At batch_size=1 only, the context-length figures draw and the batch-size ones say what to sweep."""
    (tmp_path / "run").mkdir()
    for record in (r for job in sorted(sweep.glob("*/results.jsonl")) for r in records.read(job)):
        if record.parameters["batch_size"] == 1:
            records.append(tmp_path / "run" / records.RESULTS_FILE, record)
    page = write_report([tmp_path / "run"], tmp_path / "report").html.read_text()
    assert "<svg" in figure_html(page, "Decode tokens/s against context length")
    empty = figure_html(page, "Decode tokens/s against batch size")
    assert "<svg" not in empty and "every decode record has batch_size=1: sweep it (-m batch_size=1,4,16)" in empty


def test_without_a_torch_runtime_the_generate_figures_say_which_runtime_times_generate(sweep, tmp_path):
    (tmp_path / "run").mkdir()
    for record in (r for job in sorted(sweep.glob("*/results.jsonl")) for r in records.read(job)):
        if record.runtime == "ort":
            records.append(tmp_path / "run" / records.RESULTS_FILE, record)
    page = write_report([tmp_path / "run"], tmp_path / "report").html.read_text()
    assert "<svg" in figure_html(page, "Decode tokens/s against batch size")
    empty = figure_html(page, "Time to first token and per-token latency against batch size")
    assert "<svg" not in empty
    # As a reader sees it: an apostrophe may be written &#39; or &#x27;.
    assert "no generate record: a torch runtime times the script's generate call" in unescape(empty)


def test_a_report_without_language_models_has_no_language_model_figures_or_columns(sweep, tmp_path):
    """The same records with no phase, as a model that does not generate has none."""
    (tmp_path / "run").mkdir()
    for record in (r for job in sorted(sweep.glob("*/results.jsonl")) for r in records.read(job)):
        record.phase = ""
        records.append(tmp_path / "run" / records.RESULTS_FILE, record)
    page = write_report([tmp_path / "run"], tmp_path / "report").html.read_text()
    assert "Latency against batch_size" in page
    for absent in ("Decode tokens/s", "Prefill latency", "Time to first token", "<th>phase</th>",
                   "<th>tokens_per_s</th>", "<th>ttft_ms</th>"):
        assert absent not in page
