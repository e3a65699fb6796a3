"""report.html: one self-contained page (inline SVG plots, inline script, no network) with the
plots a sweep is run for and a sortable, filterable table of every record."""

from __future__ import annotations

import html
import io
from typing import Callable, Optional

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import ticker  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from mlagility import records  # noqa: E402
from mlagility.report.tables import PARAMETER_COLUMNS  # noqa: E402

# Models shown in the latency-by-model plot (the slowest first would hide the rest: sorted by name).
MAX_MODELS_PLOTTED = 40
TABLE_COLUMNS = ["model_name", "script", "variable", "input_shapes", "device", "runtime", "build_dtype", "params",
                 "status", "reason", "median_ms", "median_ci", "stable", "contended", "host_busy", "throughput", "cv",
                 "max_rel_error", "prepare_s", "labels"]

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
h1 { margin-bottom: 0.2em; } .meta { color: #666; margin-bottom: 1.5em; }
.plots { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 1.5em; }
figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: 0.4em; }
figure svg { width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 0.85em; margin-top: 1em; }
th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; }
th { background: #f3f3f3; cursor: pointer; position: sticky; top: 0; }
tr.failed td { background: #fff1f0; }
#filter { padding: 4px; width: 24em; }
.empty { color: #888; font-style: italic; }
"""

SCRIPT = """
const table = document.getElementById('records');
const rows = () => Array.from(table.tBodies[0].rows);
document.getElementById('filter').addEventListener('input', (event) => {
  const needle = event.target.value.toLowerCase();
  rows().forEach((row) => { row.hidden = !row.textContent.toLowerCase().includes(needle); });
});
table.tHead.rows[0].querySelectorAll('th').forEach((header, column) => {
  header.addEventListener('click', () => {
    const ascending = header.dataset.order !== 'asc';
    header.dataset.order = ascending ? 'asc' : 'desc';
    const value = (row) => row.cells[column].textContent;
    const sorted = rows().sort((a, b) => {
      const x = parseFloat(value(a)), y = parseFloat(value(b));
      const order = (isNaN(x) || isNaN(y)) ? value(a).localeCompare(value(b)) : x - y;
      return ascending ? order : -order;
    });
    sorted.forEach((row) => table.tBodies[0].appendChild(row));
  });
});
document.body.dataset.ready = 'yes';
"""


def _svg(draw: Callable[[plt.Axes], bool], height: float = 4.0) -> Optional[str]:
    """Run ``draw`` on fresh axes and return the figure as inline SVG (None if it drew nothing)."""
    figure, axes = plt.subplots(figsize=(7.5, height))
    try:
        if not draw(axes):
            return None
        for axis in (axes.xaxis, axes.yaxis):
            if axis.get_scale() == "log":
                # Plain tick labels: matplotlib's default 10^n labels go through mathtext, which
                # made up most of a report's rendering time. Minor ticks are labelled only when
                # the axis spans few decades, as by default.
                axis.set_major_formatter(ticker.LogFormatter(axis.get_transform().base))
                axis.set_minor_formatter(ticker.LogFormatter(axis.get_transform().base, labelOnlyBase=False))
        figure.tight_layout()
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg")
        text = buffer.getvalue()
        return text[text.index("<svg"):]
    finally:
        plt.close(figure)


def latency_by_model(measured: pd.DataFrame) -> Optional[str]:
    """Grouped bars: median latency of each model (at its smallest parameters) per runtime."""
    def draw(axes):
        if measured.empty:
            return False
        first_point = measured.sort_values(PARAMETER_COLUMNS).drop_duplicates(["model_label", "target"])
        pivot = first_point.pivot_table(index="model_label", columns="target", values="median_ms", aggfunc="min")
        pivot = pivot.sort_index().head(MAX_MODELS_PLOTTED)
        pivot.plot.barh(ax=axes, logx=True, width=0.8)
        axes.set_xlabel("median latency (ms, log scale)")
        axes.set_ylabel("")
        axes.invert_yaxis()
        axes.legend(fontsize=8)
        return True

    rows = measured.drop_duplicates(["model_label"]).shape[0]
    return _svg(draw, height=max(3.0, min(MAX_MODELS_PLOTTED, rows) * 0.35 + 1))


def speedup_outliers(values: pd.Series) -> pd.Series:
    """The speedups far from the rest (beyond 1.5 interquartile ranges of the log speedups), or
    the lowest and highest when there are too few to speak of a spread."""
    logs = np.log(values)
    if len(values) < 8:
        return values[(logs == logs.min()) | (logs == logs.max())]
    low, high = logs.quantile(0.25), logs.quantile(0.75)
    reach = 1.5 * (high - low)
    return values[(logs < low - reach) | (logs > high + reach)]


def speedup_distribution(comparison: pd.DataFrame) -> Optional[str]:
    """Each invocation's speedup over the baseline, a row of dots per runtime on a log axis,
    with its 95% interval where the runtimes were timed together; outliers are named."""
    columns = [c for c in comparison.columns if c.endswith("_speedup")]

    def draw(axes):
        drawn = False
        for row, column in enumerate(columns):
            rows = comparison[comparison[column].notna()]
            if rows.empty:
                continue
            values = rows[column].astype(float)
            jitter = np.linspace(-0.25, 0.25, len(values)) if len(values) > 1 else np.zeros(1)
            low, high = rows.get(f"{column}_low"), rows.get(f"{column}_high")
            if low is not None and high is not None and low.notna().any():
                errors = np.vstack([values - low.astype(float), high.astype(float) - values])
                axes.errorbar(values, row + jitter, xerr=np.nan_to_num(errors), fmt="o", markersize=4, alpha=0.7,
                              elinewidth=1, label=column.removesuffix("_speedup"))
            else:
                axes.plot(values, row + jitter, "o", markersize=4, alpha=0.7, label=column.removesuffix("_speedup"))
            for index, value in speedup_outliers(values).items():
                position = row + jitter[list(values.index).index(index)]
                axes.annotate(f"{rows.at[index, 'model_name']} {value:.2g}x", (value, position), fontsize=7,
                              xytext=(4, 4), textcoords="offset points")
            drawn = True
        if not drawn:
            return False
        axes.set_xscale("log")
        axes.axvline(1.0, color="black", linewidth=1)
        axes.set_yticks(range(len(columns)), [c.removesuffix("_speedup") for c in columns])
        axes.set_ylim(-0.6, len(columns) - 0.4)
        axes.set_xlabel("speedup over the baseline (x, log scale; stable, uncontended pairs only)")
        return True

    return _svg(draw, height=max(2.5, 1.2 * len(columns) + 1.2))


def swept_parameters(measured: pd.DataFrame) -> list[str]:
    """The parse() parameters that take more than one value in these records."""
    return [p for p in PARAMETER_COLUMNS if measured[p].nunique(dropna=True) > 1]


def scaling(measured: pd.DataFrame, parameter: str, value: str, label: str) -> Optional[str]:
    """Lines of ``value`` against a swept ``parameter``, one per model and runtime."""
    def draw(axes):
        drawn = False
        for (model, target), group in measured.groupby(["model_label", "target"]):
            series = group.groupby(parameter)[value].min().sort_index()
            if len(series) > 1:
                axes.plot(series.index, series.values, marker="o", label=f"{model} {target}")
                drawn = True
        if not drawn:
            return False
        axes.set_xscale("log", base=2)
        axes.set_yscale("log")
        axes.set_xlabel(parameter)
        axes.set_ylabel(label)
        axes.legend(fontsize=7)
        return True

    return _svg(draw)


FUNNEL = ["discovered", "exported", "optimized", "measured", "accurate"]


def funnel_counts(report: pd.DataFrame) -> dict[str, int]:
    """How many invocations reached each stage (an invocation counts once, over its runtimes)."""
    invocations = report[report["invocation_hash"] != ""]
    if invocations.empty:
        return dict.fromkeys(FUNNEL, 0)
    keys = ["script", "invocation_hash", *PARAMETER_COLUMNS, "device"]
    grouped = invocations.groupby(keys, dropna=False)
    exported = invocations["export_s"].notna() & (invocations["status"] != records.EXPORT_ERROR)
    optimized = invocations["optimize_s"].notna() & ~invocations["status"].isin(
        [records.EXPORT_ERROR, records.OPTIMIZE_ERROR])
    return {
        "discovered": grouped.ngroups,
        "exported": invocations[exported].groupby(keys, dropna=False).ngroups,
        "optimized": invocations[optimized].groupby(keys, dropna=False).ngroups,
        "measured": invocations[invocations["median_ms"].notna()].groupby(keys, dropna=False).ngroups,
        "accurate": invocations[invocations["status"] == records.OK].groupby(keys, dropna=False).ngroups,
    }


def status_funnel(report: pd.DataFrame) -> Optional[str]:
    counts = funnel_counts(report)

    def draw(axes):
        axes.barh(list(counts), list(counts.values()), color="#4c72b0")
        for y, count in enumerate(counts.values()):
            axes.text(count, y, f" {count}", va="center")
        axes.invert_yaxis()
        axes.set_xlabel("invocations")
        return True

    return _svg(draw, height=3.0)


def parameter_histogram(report: pd.DataFrame) -> Optional[str]:
    params = report.drop_duplicates(["model_hash"])["params"].dropna()
    params = params[params > 0]

    def draw(axes):
        if params.empty:
            return False
        bins = np.geomspace(params.min() * 0.9, params.max() * 1.1, 25)
        axes.hist(params, bins=bins, color="#55a868")
        axes.set_xscale("log")
        axes.set_xlabel("parameters (log scale)")
        axes.set_ylabel("models")
        return True

    return _svg(draw, height=3.0)


def records_table(report: pd.DataFrame) -> str:
    """The sortable, filterable table (every cell escaped); of the parameters, batch_size and
    those that vary."""
    varying = [p for p in PARAMETER_COLUMNS if p == "batch_size" or report[p].nunique(dropna=True) > 1]
    columns = TABLE_COLUMNS[:4] + varying + TABLE_COLUMNS[4:]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for row in report[columns].itertuples(index=False):
        failed = row.status not in records.SUCCESS_STATUSES
        cells = "".join(f"<td>{html.escape(_format(v))}</td>" for v in row)
        body.append(f'<tr class="{"failed" if failed else ""}">{cells}</tr>')
    return f'<table id="records"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _format(value: object) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def render(report: pd.DataFrame, comparison: pd.DataFrame, sources: list[str], superseded: int,
           baseline: str) -> str:
    """The whole page as a string."""
    measured = report[report["median_ms"].notna()].assign(
        target=lambda t: t["device"] + "/" + t["runtime"],
        model_label=lambda t: t["model_name"] + " " + t["variable"] + " " + t["input_shapes"].str.slice(0, 40),
    )
    figures = [
        ("Median latency by model and runtime", latency_by_model(measured)),
        (f"Speedup over {baseline}", speedup_distribution(comparison)),
        ("Status funnel", status_funnel(report)),
        ("Parameter count", parameter_histogram(report)),
    ]
    for parameter in swept_parameters(measured):
        figures.append((f"Latency against {parameter}", scaling(measured, parameter, "median_ms", "median latency (ms)")))
        figures.append((f"Throughput against {parameter}", scaling(measured, parameter, "throughput", "inputs per second")))
    plots = "".join(
        f"<figure><figcaption>{html.escape(title)}</figcaption>"
        + (svg if svg else '<p class="empty">nothing to plot in these records</p>') + "</figure>"
        for title, svg in figures
    )
    failed = int((~report["status"].isin(records.SUCCESS_STATUSES)).sum())
    meta = (f"{len(report)} records ({failed} failed) from {len(sources)} results file(s); "
            f"{superseded} older record(s) superseded by newer runs of the same job.")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>mlagility report</title><style>{STYLE}</style></head>
<body>
<h1>mlagility report</h1>
<div class="meta">{html.escape(meta)}</div>
<div class="plots">{plots}</div>
<h2>Records</h2>
<input id="filter" type="search" placeholder="Filter rows (model, runtime, status...)">
{records_table(report)}
<script>{SCRIPT}</script>
</body></html>
"""
