"""report.html: one self-contained page (inline SVG plots, inline script, no network) with the
plots a sweep is run for and a sortable, filterable table of every record; and compare.html.

This module computes what a page shows (the figures, the tables' cells, the lines of text); the
Jinja2 templates in templates/ lay it out, escaping every value but the code's own SVG.
"""

from __future__ import annotations

import io
import itertools
import math
import re
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional

import jinja2
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import colors as mcolors  # noqa: E402
from matplotlib import ticker  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from mlagility import records  # noqa: E402
from mlagility.report import REPORT_CSV as REPORT_CSV_NAME, REPORT_PARQUET as REPORT_PARQUET_NAME, store  # noqa: E402
from mlagility.report.store import Attached  # noqa: E402

if TYPE_CHECKING:
    import duckdb
from mlagility.report.tables import LABELS_PREFIX, PARAMETER_COLUMNS, PARAMETERS_PREFIX, left_out_summary  # noqa: E402

# Models shown in the latency-by-model plot (the slowest first would hide the rest: sorted by name).
MAX_MODELS_PLOTTED = 40
# Small multiples: panels (a model, or a model and runtime) in one figure, and per row.
MAX_PANELS = 24
PANELS_PER_ROW = 3
# A panel's title wraps past this many characters (a longer line runs past its panel).
PANEL_TITLE_WIDTH = 50
# Tick every value of a parameter when it takes at most this many.
MAX_LABELLED_VALUES = 12
TABLE_COLUMNS = ["model_name", "script", "variable", "input_shapes", "device", "runtime", "build_variant", "build_dtype",
                 "params",
                 "status", "reason", "median_ms", "median_ci", "stable", "contended", "host_busy", "throughput", "cv",
                 "max_rel_error", "load_s", "first_call_ms", "model_class", "built_at", "hash", "run_id"]
# A language model's columns, shown when a record has a phase: the phase after the variable, the
# rest after the throughput.
PHASE_COLUMN, LANGUAGE_MODEL_TABLE_COLUMNS = "phase", ["context_length", "tokens_per_s", "ttft_ms", "tpot_ms"]

def plain_number(value: float) -> str:
    """A tick value written plainly: 0.01, 2.5, 300, 40k, 1M (never 1e-02 or 1e+06)."""
    for size, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


class PlainLogFormatter(ticker.LogFormatter):
    """LogFormatter's choice of which ticks get a label, each label a plain_number: its own
    labels mix styles on one axis (1e-01, 1, 1e4, 1000)."""

    def __call__(self, x: float, pos: Optional[int] = None) -> str:
        return plain_number(x) if super().__call__(x, pos) else ""


def _svg(draw: Callable[[plt.Axes], bool], height: float = 4.0) -> Optional[str]:
    """Run ``draw`` on fresh axes and return the figure as inline SVG (None if it drew nothing)."""
    figure, axes = plt.subplots(figsize=(7.5, height))
    try:
        return _figure_svg(figure) if draw(axes) else None
    finally:
        plt.close(figure)


def _figure_svg(figure: plt.Figure, top_inches: float = 0.0, tight: bool = True) -> str:
    """A drawn figure as inline SVG, log axes with plain tick labels, laid out tight below
    ``top_inches`` left free (for a figure legend); ``tight=False`` keeps the figure's own layout."""
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            if axis.get_scale() == "log" and isinstance(axis.get_major_formatter(), ticker.LogFormatterSciNotation):
                # Plain tick labels: matplotlib's default 10^n labels go through mathtext, which
                # made up most of a report's rendering time. Minor ticks are labelled only when
                # the axis spans few decades, as by default.
                axis.set_major_formatter(PlainLogFormatter(axis.get_transform().base))
                axis.set_minor_formatter(PlainLogFormatter(axis.get_transform().base, labelOnlyBase=False))
    if tight:
        figure.tight_layout(rect=(0, 0, 1, 1 - top_inches / figure.get_figheight()))
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg")
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def latency_bars(measured: pd.DataFrame) -> pd.DataFrame:
    """The bars of latency_by_model: each model's measurements at its smallest parameters, one per
    runtime."""
    return measured.sort_values(PARAMETER_COLUMNS).drop_duplicates(["model_label", "target"])


def latency_by_model(bars: pd.DataFrame) -> Optional[str]:
    """Grouped bars (latency_bars' rows): median latency of each model (at its smallest
    parameters) per runtime; None for fewer than two bars (bars_left_out says why)."""
    if len(bars) < 2:
        return None

    def draw(axes):
        pivot = bars.pivot_table(index="model_label", columns="target", values="median_ms", aggfunc="min")
        pivot = pivot.sort_index().head(MAX_MODELS_PLOTTED)
        pivot.plot.barh(ax=axes, logx=True, width=0.8)
        axes.set_xlabel("median latency (ms, log scale)")
        axes.set_ylabel("")
        axes.invert_yaxis()
        axes.legend(fontsize=8)
        return True

    rows = bars["model_label"].nunique()
    return _svg(draw, height=max(3.0, min(MAX_MODELS_PLOTTED, rows) * 0.35 + 1))


def bars_left_out(merged: "Attached", bars: pd.DataFrame) -> str:
    """Why the page has no latency bars (latency_bars' rows): no measurement, or one model on one
    runtime (whose latency the records table gives)."""
    if bars.empty:
        return f"no record was measured ({all_status_counts(merged)})"
    if len(bars) >= 2:
        return ""
    [bar] = bars.to_dict("records")
    return f"one model on one runtime ({bar['target']}, {bar['median_ms']:.3g} ms): bars need several"


def speedup_outliers(values: pd.Series) -> pd.Series:
    """The speedups far from the rest (beyond 1.5 interquartile ranges of the log speedups), or
    the lowest and highest when there are too few to speak of a spread."""
    logs = np.log(values)
    if len(values) < 8:
        return values[(logs == logs.min()) | (logs == logs.max())]
    low, high = logs.quantile(0.25), logs.quantile(0.75)
    reach = 1.5 * (high - low)
    return values[(logs < low - reach) | (logs > high + reach)]


# A runtime's speedups drawn as dots up to this many; past it, as a box.
MAX_DOTS = 2_000


def speedup_distribution(comparison: pd.DataFrame) -> Optional[str]:
    """Each invocation's speedup over the baseline, a row of dots per runtime on a log axis,
    with its 95% interval where the runtimes were timed together; outliers are named. Past
    MAX_DOTS, a box from the slowest to the fastest (both named) with the quartiles."""
    columns = [c for c in comparison.columns if c.endswith("_speedup")]

    def draw(axes):
        drawn = False
        for row, column in enumerate(columns):
            rows = comparison[comparison[column].notna()]
            if rows.empty:
                continue
            values = rows[column].astype(float)
            if len(values) > MAX_DOTS:
                # Past that many, a dot each is a blot (and megabytes of SVG): their quartiles, and
                # the fastest and slowest named.
                axes.boxplot(values, positions=[row], orientation="horizontal", widths=0.5, showfliers=False,
                             whis=(0, 100), label=column.removesuffix("_speedup"))
                for index in (values.idxmin(), values.idxmax()):
                    axes.annotate(f"{rows.at[index, 'model_name']} {values[index]:.2g}x", (values[index], row),
                                  fontsize=7, xytext=(4, 4), textcoords="offset points")
                drawn = True
                continue
            jitter = np.linspace(-0.25, 0.25, len(values)) if len(values) > 1 else np.zeros(1)
            low, high = rows.get(f"{column}_low"), rows.get(f"{column}_high")
            if low is not None and high is not None:
                # The interval comes from the round ratios, the dot from the pooled medians: the
                # dot may sit outside its interval, so the interval is drawn on its own.
                axes.hlines(row + jitter, low.astype(float), high.astype(float), linewidth=1, alpha=0.7)
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


def speedups_left_out(comparison: pd.DataFrame, baseline: str) -> str:
    """Why the speedup figure is empty: every pair was left out (and why), or no runtime was
    measured beside the baseline."""
    notes = [note for column in comparison.columns if column.endswith("_speedup_note")
             for note, value in zip(comparison[column], comparison[column.removesuffix("_note")])
             if pd.isna(value) and isinstance(note, str)]
    return left_out_summary(notes, "pairs") or (
        f"no runtime measured beside {baseline} on the same invocations: a speedup needs both "
        f"(runtime=[ort,{baseline}], or --baseline another runtime)")


def all_status_counts(merged: "Attached") -> str:
    """The records' statuses with their counts: ``3 export_error, 1 script_error``."""
    counts = merged.connection.execute(f"SELECT status, count(*) AS n FROM {merged.table('report')} "
                                       "GROUP BY status ORDER BY n DESC, status").fetchall()
    return ", ".join(f"{count} {status}" for status, count in counts) or "no records"


def swept_parameters(measured: pd.DataFrame) -> list[str]:
    """The parse() parameter columns that take more than one value in these records."""
    return [p for p in PARAMETER_COLUMNS if measured[p].nunique(dropna=True) > 1]


def parameter_name(column: str) -> str:
    """``batch_size`` for the column ``parameters.batch_size``."""
    return column.removeprefix(PARAMETERS_PREFIX)


def slug(text: str) -> str:
    """``text`` as part of an SVG id: lower case, each run of other characters one '-'."""
    return re.sub(r"[^a-z0-9_.]+", "-", str(text).lower()).strip("-")


def held_fixed(measured: pd.DataFrame, swept: list[str], varied: tuple[str, ...]) -> tuple[pd.DataFrame, str]:
    """The records at the smallest value of every swept parameter not in ``varied``, and a note
    naming those values (so that each line or cell is one measurement)."""
    fixed = {p: measured[p].min() for p in swept if p not in varied}
    for column, value in fixed.items():
        measured = measured[measured[column] == value]
    return measured, ", ".join(f"{parameter_name(c)}={_format(v)}" for c, v in fixed.items())


def set_by(measured: pd.DataFrame, swept: list[str], column: str) -> tuple[str, ...]:
    """The swept parameters that set a record's ``column`` (``max_seq_length`` sets a language
    model's ``context_length``): those at whose values the column takes different values."""
    return tuple(p for p in swept if measured.groupby(p)[column].agg(frozenset).nunique() > 1)


def _spans_decades(values: np.ndarray) -> bool:
    values = values[np.isfinite(values)]
    return len(values) > 1 and values.min() > 0 and values.max() / values.min() >= 10


def _parameter_axis(axes: plt.Axes, values: list[float]) -> None:
    """A parameter's (x) axis: log where its values span a decade (base 2 for powers of two),
    and a tick on each value, written plainly, when there are few."""
    values = np.asarray(values, dtype=float)
    if _spans_decades(values):
        powers_of_two = np.all(np.log2(values) == np.round(np.log2(values)))
        axes.set_xscale("log", base=2 if powers_of_two else 10)
    if len(values) <= MAX_LABELLED_VALUES:
        axis = axes.xaxis
        axis.set_major_locator(ticker.FixedLocator(values))
        axis.set_major_formatter(ticker.FixedFormatter([_format(v) for v in values]))
        axis.set_minor_locator(ticker.NullLocator())


# Values per second at the median latency: inversely proportional to it.
RATES = frozenset({"throughput", "tokens_per_s"})


def _band(rows: pd.DataFrame, value: str) -> tuple[pd.Series, pd.Series]:
    """The 95% band of ``value`` from its interval (a relative half-width): ``ttft_ms``'s is
    ``ttft_ci``, and a value without one of its own has the median's (median_ci), the latency's
    bounds, or a rate's (RATES), which is inversely proportional to it."""
    own = value.removesuffix("_ms") + "_ci"
    ci = rows[own if own in rows else "median_ci"].astype(float).clip(upper=0.99)
    level = rows[value].astype(float)
    if value in RATES:
        return level / (1 + ci), level / (1 - ci)
    return level * (1 - ci), level * (1 + ci)


def _panels(count: int, panel_height: float = 2.8) -> tuple[plt.Figure, list[plt.Axes]]:
    """A figure of ``count`` small multiples, PANELS_PER_ROW to a row, the unused ones hidden."""
    columns = min(PANELS_PER_ROW, count)
    rows = math.ceil(count / columns)
    figure, grid = plt.subplots(rows, columns, figsize=(4.4 * columns, panel_height * rows + 0.7), squeeze=False)
    for axes in grid.flat[count:]:
        axes.set_visible(False)
    return figure, list(grid.flat[:count])


def scaling(measured: pd.DataFrame, parameter: str, value: str, label: str, kind: str = "scaling") -> Optional[str]:
    """``value`` against a swept ``parameter`` (or a column it sets): a panel per model (small
    multiples), a line per runtime with the value's 95% interval as a band. Each line's points
    are an SVG group whose id is ``<kind>-<parameter>-<value>-<model>-<device/runtime>``."""
    rows = measured[measured[value].notna()]
    models = sorted(rows["line_model"].unique())[:MAX_PANELS]
    if not models:
        return None
    colors = {target: f"C{i}" for i, target in enumerate(sorted(rows["target"].unique()))}
    figure, panels = _panels(len(models))
    try:
        for axes, model in zip(panels, models):
            for target, line in rows[rows["line_model"] == model].groupby("target"):
                line = line.drop_duplicates(parameter, keep="last").sort_values(parameter)  # newest per point
                low, high = _band(line, value)
                axes.fill_between(line[parameter], low, high, color=colors[target], alpha=0.2, linewidth=0)
                points, = axes.plot(line[parameter], line[value], marker="o", markersize=4, color=colors[target],
                                    label=target)
                points.set_gid(f"{kind}-{slug(parameter_name(parameter))}-{slug(value)}-{slug(model)}-{slug(target)}")
            _parameter_axis(axes, sorted(rows[parameter].dropna().unique()))
            if _spans_decades(rows.loc[rows["line_model"] == model, value].to_numpy(float)):
                axes.set_yscale("log")
            else:
                axes.yaxis.set_major_formatter(ticker.FuncFormatter(lambda y, _: plain_number(y)))
            axes.set_title(textwrap.fill(model, PANEL_TITLE_WIDTH), fontsize=9)
            axes.tick_params(labelsize=8)
            axes.grid(True, which="major", alpha=0.3)
        handles = [plt.Line2D([], [], color=color, marker="o", label=target) for target, color in colors.items()]
        figure.legend(handles=handles, loc="upper center", ncols=min(len(handles), 6), fontsize=9, frameon=False)
        figure.supxlabel(parameter_name(parameter), fontsize=10)
        # On two lines: on one, a long label ran past a single row of panels, both ends cut off.
        figure.supylabel(f"{label}\n(band: 95% interval)", fontsize=10)
        return _figure_svg(figure, top_inches=0.35)
    finally:
        plt.close(figure)


# A latency distribution is drawn through this many of its quantiles: a measurement of a fast
# model holds hundreds of thousands of calls, and its curve looks the same through 200 points.
DISTRIBUTION_POINTS = 200


def distribution_quantiles(merged: "Attached", measurement_ids: list[str]) -> pd.DataFrame:
    """The latency quantiles (DISTRIBUTION_POINTS of them, ``latency_ms`` at ``share``) of each
    measurement in ``measurement_ids``, from the samples kept beside the records' results files."""
    from mlagility import samples as kept_samples

    shares = [i / (DISTRIBUTION_POINTS - 1) for i in range(DISTRIBUTION_POINTS)]
    kept = kept_samples.read_sql(sorted({path.parent for path in merged.files}))
    listed = ", ".join(map(store.literal, measurement_ids)) or "NULL"
    return merged.connection.sql(f"""
        SELECT measurement_id, unnest({shares}) AS share, unnest(quantile_disc(latency_ms, {shares})) AS latency_ms,
               count(*) AS calls
        FROM ({kept}) WHERE measurement_id IN ({listed}) GROUP BY measurement_id""").df()


def latency_distributions(merged: "Attached", measured: pd.DataFrame) -> Optional[str]:
    """Each model's latency distribution per runtime (small multiples of empirical CDFs, every timed
    call of its first point), so that a bimodal or drifting measurement shows: a step where
    calls split into two speeds, a long tail where some ran slow."""
    first = (measured.sort_values(PARAMETER_COLUMNS).drop_duplicates(["line_model", "target"])
             .query("line_model in @models", local_dict={"models": sorted(measured["line_model"].unique())[:MAX_PANELS]}))
    curves = distribution_quantiles(merged, first["measurement_id"].dropna().tolist())
    if curves.empty:
        return None
    rows = first.merge(curves, on="measurement_id")
    models = sorted(rows["line_model"].unique())
    colors = {target: f"C{i}" for i, target in enumerate(sorted(rows["target"].unique()))}
    figure, panels = _panels(len(models))
    try:
        for axes, model in zip(panels, models):
            for target, curve in rows[rows["line_model"] == model].groupby("target"):
                curve = curve.sort_values("share")
                axes.step(curve["latency_ms"], curve["share"], where="post", color=colors[target])
            if _spans_decades(rows.loc[rows["line_model"] == model, "latency_ms"].to_numpy(float)):
                axes.set_xscale("log")
                axes.xaxis.set_minor_locator(ticker.NullLocator())  # placing log minor ticks took most of the figure's time
            axes.set_title(textwrap.fill(model, PANEL_TITLE_WIDTH), fontsize=9)
            axes.tick_params(labelsize=8)
            axes.grid(True, which="major", alpha=0.3)
        handles = [plt.Line2D([], [], color=color, label=target) for target, color in colors.items()]
        # Two legend entries fit beside each other over one panel.
        columns = min(len(handles), 2 * min(PANELS_PER_ROW, len(models)))
        figure.legend(handles=handles, loc="upper center", ncols=columns, fontsize=9, frameon=False)
        figure.supxlabel("latency of one call (ms)", fontsize=10)
        figure.supylabel("share of timed calls\nat or below it", fontsize=10)
        # Fixed margins, in inches: every panel's labels are alike, and a tight layout took half the figure's time.
        width, height = figure.get_size_inches()
        legend_rows = math.ceil(len(handles) / columns)
        height += 0.22 * (legend_rows - 1)
        figure.set_size_inches(width, height)
        figure.subplots_adjust(left=0.95 / width, right=1 - 0.2 / width, bottom=0.75 / height,
                               top=1 - (0.55 + 0.22 * legend_rows) / height,
                               hspace=0.45 * (len(panels) > PANELS_PER_ROW), wspace=0.2)
        return _figure_svg(figure, tight=False)
    finally:
        plt.close(figure)


def heatmap(measured: pd.DataFrame, across: str, down: str) -> Optional[str]:
    """Median latency over the grid of two swept parameters: a panel per model and runtime, a
    cell per point with its value written in (SVG group id
    ``heatmap-<across>-<down>-<model>-<device/runtime>-<row>-<column>``)."""
    rows = measured[measured["median_ms"].notna()]
    panels = list(rows.groupby(["line_model", "target"]))[:MAX_PANELS]
    if not panels:
        return None
    across_values, down_values = sorted(rows[across].dropna().unique()), sorted(rows[down].dropna().unique())
    figure, axes_list = _panels(len(panels), panel_height=0.45 * len(down_values) + 1.6)
    try:
        for axes, ((model, target), cells) in zip(axes_list, panels):
            grid = (cells.drop_duplicates([across, down], keep="last")
                    .pivot(index=down, columns=across, values="median_ms")
                    .reindex(index=down_values, columns=across_values))
            values = grid.to_numpy(float)
            norm = (mcolors.LogNorm if _spans_decades(values.ravel()) else mcolors.Normalize)(
                np.nanmin(values), np.nanmax(values))
            axes.imshow(values, cmap="viridis", norm=norm, aspect="auto")
            for (row, column), cell in np.ndenumerate(values):
                if np.isfinite(cell):
                    text = axes.text(column, row, _format(float(cell)), ha="center", va="center", fontsize=8,
                                     color="white" if norm(cell) < 0.6 else "black")
                    text.set_gid(f"heatmap-{slug(parameter_name(across))}-{slug(parameter_name(down))}-"
                                 f"{slug(model)}-{slug(target)}-{row}-{column}")
            axes.set_xticks(range(len(across_values)), [_format(v) for v in across_values], fontsize=8)
            axes.set_yticks(range(len(down_values)), [_format(v) for v in down_values], fontsize=8)
            axes.set_title(textwrap.fill(f"{model} {target}", PANEL_TITLE_WIDTH), fontsize=9)
        figure.supxlabel(parameter_name(across), fontsize=10)
        figure.supylabel(parameter_name(down), fontsize=10)
        return _figure_svg(figure)
    finally:
        plt.close(figure)


FUNNEL = ["discovered", "exported", "optimized", "measured", "accurate"]


def funnel_counts(merged: "Attached") -> dict[str, int]:
    """How many invocations reached each stage (an invocation counts once, over its runtimes)."""
    invocation = ", ".join(map(store.quoted, ["script", "invocation_hash", *PARAMETER_COLUMNS, "device"]))
    reached = {
        "discovered": "true",
        "exported": f"export_s IS NOT NULL AND status <> {store.literal(records.EXPORT_ERROR)}",
        "optimized": f"optimize_s IS NOT NULL AND status NOT IN ({store.literal(records.EXPORT_ERROR)}, "
                     f"{store.literal(records.OPTIMIZE_ERROR)})",
        "measured": "median_ms IS NOT NULL",
        "accurate": f"status = {store.literal(records.OK)}",
    }
    counts = merged.connection.execute(
        f"SELECT {', '.join(f'count(DISTINCT ({invocation})) FILTER (WHERE {when})' for when in reached.values())} "
        f"FROM {merged.table('report')} WHERE invocation_hash <> ''").fetchall()[0]
    return dict(zip(reached, map(int, counts)))


def status_funnel(counts: dict[str, int]) -> Optional[str]:
    """Bars: how many invocations reached each stage (funnel_counts); None for fewer than two,
    whose status the records table says."""
    if counts["discovered"] < 2:
        return None

    def draw(axes):
        axes.barh(list(counts), list(counts.values()), color="#4c72b0")
        for y, count in enumerate(counts.values()):
            axes.text(count, y, f" {count}", va="center")
        axes.invert_yaxis()
        axes.set_xlabel("invocations")
        return True

    return _svg(draw, height=3.0)


def funnel_left_out(merged: "Attached", counts: dict[str, int]) -> str:
    """Why the page has no status funnel: no invocation, or one (and its statuses); "" when it
    has one, asking nothing more of the records."""
    if counts["discovered"] >= 2:
        return ""
    if counts["discovered"] == 0:
        return f"no invocation was discovered ({all_status_counts(merged)})"
    statuses = merged.connection.sql(f"SELECT DISTINCT status FROM {merged.table('report')} "
                                     "WHERE invocation_hash <> '' ORDER BY status").fetchall()
    return f"one invocation, {', '.join(status for status, in statuses)}: a funnel needs several"


def model_parameters(merged: "Attached") -> pd.Series:
    """Each model's parameter count, once per model (models with none left out)."""
    return merged.connection.sql(f"SELECT any_value(params) AS params FROM {merged.table('report')} "
                                 "WHERE params > 0 GROUP BY model_hash").df()["params"]


def parameters_left_out(params: pd.Series) -> str:
    """Why the page has no parameter histogram: no model's count, or one."""
    if params.empty:
        return "no record has a model's parameter count"
    return f"one model ({int(params.iloc[0]):,} parameters): a histogram needs several"


def parameter_histogram(params: pd.Series) -> Optional[str]:
    """A histogram of the models' parameter counts (model_parameters), on a log axis; None for
    fewer than two models."""
    if len(params) < 2:
        return None

    def draw(axes):
        bins = np.geomspace(params.min() * 0.9, params.max() * 1.1, 25)
        axes.hist(params, bins=bins, color="#55a868")
        axes.set_xscale("log")
        axes.set_xlabel("parameters (log scale)")
        axes.set_ylabel("models")
        axes.yaxis.set_major_locator(ticker.MaxNLocator(integer=True))  # a count of models: no 0.2
        return True

    return _svg(draw, height=3.0)


# Table columns of free text (wrapped at words, in a wide column) and of long values that may
# wrap (shapes, identifiers); every other cell stays on one line.
TEXT_COLUMNS = frozenset({"reason", "why", "profile_top"})
WRAPPED_COLUMNS = frozenset({"input_shapes", "input_dtypes", "script", "run_id", "profile_path"})


def cell_class(column: str) -> str:
    """The class of a table column's cells: how they wrap (see templates/report.css)."""
    return "text" if column in TEXT_COLUMNS else "wrap" if column in WRAPPED_COLUMNS else ""


@dataclass
class Cell:
    """A table cell: its text, as the table shows it, and its class (how it wraps)."""

    text: str
    css_class: str


@dataclass
class Row:
    """A table row: its class (``failed``; a comparison's verdict) and its cells."""

    css_class: str
    cells: list[Cell]


@dataclass
class Table:
    """A sortable, filterable table of a page: its id, its columns' names, its rows and a line
    on what it holds ("" to say nothing)."""

    id: str
    columns: list[str]
    rows: list[Row]
    holds: str = ""


def table_of(frame: pd.DataFrame, columns: list[str], table_id: str, row_classes: list[str]) -> Table:
    """The table of ``frame``'s ``columns``, each row with its class from ``row_classes``, each
    cell's value written as the page shows it."""
    classes = [cell_class(c) for c in columns]
    rows = [Row(row_class, [Cell(_format(value), kind) for kind, value in zip(classes, row)])
            for row_class, row in zip(row_classes, frame[columns].itertuples(index=False))]
    return Table(table_id, columns, rows)


# The records table holds at most this many rows (failures first): past it, a page would take
# minutes to open (100,000 rows made 57 MB that headless Chromium could not render in 300 s).
MAX_TABLE_ROWS = 5_000


def records_table(merged: "Attached") -> Table:
    """The table of the records (all of them up to MAX_TABLE_ROWS, else that many, failures
    first): of the parameters, batch_size and those that vary; of the labels, those that any
    record has (but the name, which model_name shows); a language model's columns where a record
    has a phase."""
    labels = [c for c in merged.relation("report").columns if c.startswith(LABELS_PREFIX) and c != LABELS_PREFIX + "name"]
    # Whether any record has a phase, each parameter's distinct values, whether any record has each label.
    asked = ", ".join(["bool_or(phase <> '')", *(f"count(DISTINCT {store.quoted(p)})" for p in PARAMETER_COLUMNS),
                       *(f"bool_or({store.quoted(label)} <> '')" for label in labels)])
    counts = merged.connection.execute(f"SELECT {asked} FROM {merged.table('report')}").fetchall()[0]
    phases, distinct, used = counts[0], counts[1:1 + len(PARAMETER_COLUMNS)], counts[1 + len(PARAMETER_COLUMNS):]
    varying = [p for p, values in zip(PARAMETER_COLUMNS, distinct) if parameter_name(p) == "batch_size" or values > 1]
    labels = [label for label, any_value in zip(labels, used) if any_value]
    columns = TABLE_COLUMNS[:4] + varying + TABLE_COLUMNS[4:] + labels
    if phases:
        after_throughput = columns.index("throughput") + 1
        columns[after_throughput:after_throughput] = LANGUAGE_MODEL_TABLE_COLUMNS
        columns.insert(columns.index("variable") + 1, PHASE_COLUMN)
    success = ", ".join(store.literal(status) for status in sorted(records.SUCCESS_STATUSES))
    # As report.csv has them; past MAX_TABLE_ROWS, the failed first.
    failed_first = "" if merged.records <= MAX_TABLE_ROWS else f"ORDER BY status IN ({success}), made_order"
    shown = merged.connection.sql(
        f"SELECT {', '.join(store.quoted(c) for c in columns)}, status NOT IN ({success}) AS failed "
        f"FROM {merged.table('report_with_order')} {failed_first} LIMIT {MAX_TABLE_ROWS}").df()
    table = table_of(shown, columns, "records", ["failed" if f else "" for f in shown["failed"]])
    files = f"{REPORT_CSV_NAME} and {REPORT_PARQUET_NAME} beside this page"
    table.holds = (f"All {merged.records:,} records (also in {files})." if len(shown) == merged.records else
                   f"{len(shown):,} of {merged.records:,} records, the failed ones first; every record is in {files}.")
    return table


# The profiles table's columns (measure.profile=true): what was profiled, and where its time went.
PROFILE_COLUMNS = ["model_name", "variable", "input_shapes", "device", "runtime", "median_ms", "profile_top",
                   "profile_calls", "profile_path"]


def profiles_table(merged: "Attached") -> Optional[Table]:
    """The table of the profiles (measure.profile=true): one row per model, input shapes and
    runtime, of its newest profiled record, the failed profiles' rows marked; None when no record
    has a profile."""
    key = ", ".join(map(store.quoted, ["model_name", "variable", "input_shapes", "device", "runtime"]))
    shown = merged.connection.sql(
        f"SELECT {', '.join(map(store.quoted, PROFILE_COLUMNS))}, profile_path = '' AS failed "
        f"FROM {merged.table('report_with_order')} WHERE profile_top <> '' "
        f"QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY made_order DESC) = 1 "
        f"ORDER BY {key} LIMIT {MAX_TABLE_ROWS}").df()
    if shown.empty:
        return None
    table = table_of(shown, PROFILE_COLUMNS, "profiles", ["failed" if f else "" for f in shown["failed"]])
    table.holds = ("Where a call's time went, from calls made under each runtime's profiler after timing: the "
                   "top operators by self time with their share. Open a trace in Perfetto (ui.perfetto.dev) or "
                   "chrome://tracing.")
    return table


VARIANT_COLUMNS = ["model_name", "variable", "input_shapes", "device", "runtime", "build_variant", "status", "median_ms",
                   "speedup_over_float", "cosine_similarity", "top1_agreement", "fused_operators", "reason"]


def variants_table(merged: "Attached") -> Optional[Table]:
    """The build variants (build.fusions, build.quantize), when some record has one: each variant's
    newest record beside its runtime's float build, with its speedup over that build and the 95%
    interval of their paired rounds (comparison.csv's), and its accuracy figures; the failed rows
    marked. None when no record has a variant other than a plain float build."""
    plain = ", ".join(map(store.literal, records.PLAIN_VARIANTS))
    report, measured, speedups = (merged.table(name) for name in
                                  ("report_with_order", "comparison_measured", "comparison_speedups"))
    key = ", ".join(map(store.quoted, ["model_name", "variable", "input_shapes", "device", "runtime", "build_variant"]))
    shown = merged.connection.sql(f"""
        WITH varied AS (SELECT DISTINCT hash FROM {report} WHERE build_variant NOT IN ({plain}))
        SELECT r.* EXCLUDE (made_order),
               CASE WHEN s.speedup IS NOT NULL THEN printf('%.2fx', s.speedup)
                        || CASE WHEN s.speedup_low IS NOT NULL
                                THEN printf(' (%.2f-%.2f)', s.speedup_low, s.speedup_high) ELSE '' END
                    WHEN r.build_variant IN ({plain}) THEN 'the float build'
                    ELSE coalesce(nullif(s.speedup_note, ''), '') END AS speedup_over_float
        FROM (SELECT {', '.join(map(store.quoted, [c for c in VARIANT_COLUMNS if c != 'speedup_over_float']))},
                     made_order FROM {report}
              WHERE runtime <> '' AND build_variant <> '' AND hash IN (FROM varied)
              QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY made_order DESC) = 1) r
        LEFT JOIN {measured} m ON m.made_order = r.made_order
        LEFT JOIN {speedups} s ON s.row_group = m.row_group AND s.target = m.target
        ORDER BY {key} LIMIT {MAX_TABLE_ROWS}""").df()
    if shown.empty:
        return None
    table = table_of(shown, VARIANT_COLUMNS, "variants", ["failed" if s != records.OK else "" for s in shown["status"]])
    table.holds = ("Each build variant beside its runtime's float build, timed together in interleaved rounds: its "
                   "speedup over the float build (95% interval of the paired rounds), and how close its outputs stay "
                   "to eager torch's (cosine similarity; top-1 agreement where the model has logits).")
    return table


def _format(value: object) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


@dataclass
class Figure:
    """A figure of a page: its title, its SVG (None when there was nothing to draw), whether it
    spans the page's width, and what to say instead of an empty figure."""

    title: str
    svg: Optional[str]
    wide: bool = False
    empty_because: str = "nothing to plot in these records"


# The pages' templates (package data beside this module), loaded once. Every value is escaped
# but what the templates mark safe (the code's own SVG); an undefined name is an error, not blank.
TEMPLATES = jinja2.Environment(loader=jinja2.PackageLoader("mlagility.report", "templates"),
                               autoescape=jinja2.select_autoescape(["html.j2"]), undefined=jinja2.StrictUndefined,
                               trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def render_page(template: str, title: str, meta: str, **parts: object) -> str:
    """A whole self-contained page from ``template``: its title, a line about its sources
    (``meta``) and the ``parts`` the template lays out."""
    return TEMPLATES.get_template(template).render(title=title, meta=meta, **parts)


def several_panels(measured: pd.DataFrame) -> bool:
    """Whether the small multiples of ``measured`` have more than one panel (a model each): such
    a figure spans the page, one panel sits beside another figure."""
    return measured["line_model"].nunique() > 1


def scaling_figures(measured: pd.DataFrame) -> list[Figure]:
    """For every swept parameter, latency and throughput against it; for every two, a heatmap.
    Other swept parameters are held at their smallest value (the title says which). ``measured``
    has its lines' models (figure_rows)."""
    swept = swept_parameters(measured)
    figures = []
    for parameter in swept:
        rows, fixed = held_fixed(measured, swept, (parameter,))
        at = f" (at {fixed})" if fixed else ""
        figures.append(Figure(f"Latency against {parameter_name(parameter)}{at}",
                              scaling(rows, parameter, "median_ms", "median latency (ms)"), several_panels(rows)))
        figures.append(Figure(f"Throughput against {parameter_name(parameter)}{at}",
                              scaling(rows, parameter, "throughput", "inputs per second (batch / median)"),
                              several_panels(rows)))
    for across, down in itertools.combinations(swept, 2):
        rows, fixed = held_fixed(measured, swept, (across, down))
        at = f" (at {fixed})" if fixed else ""
        figures.append(Figure(f"Median latency (ms) over {parameter_name(across)} x {parameter_name(down)}{at}",
                              heatmap(rows, across, down), wide=True))
    return figures


# A language model's figures: a value of one phase's records against each of these axes, and
# what to sweep when the records hold one value of it.
LANGUAGE_MODEL_AXES = {PARAMETERS_PREFIX + "batch_size": ("batch size", "sweep it (-m batch_size=1,4,16)"),
                       "context_length": ("context length", "sweep max_seq_length (-m max_seq_length=128,512,2048)")}


def token_latencies(generate: pd.DataFrame) -> pd.DataFrame:
    """The generate records' time to first token and time per output token after it, as
    ``token_latency_ms`` with its interval ``token_latency_ci``: a panel each (their scales differ)."""
    return pd.concat([generate.assign(line_model=generate["line_model"] + f": {part}",
                                      token_latency_ms=generate[f"{name}_ms"], token_latency_ci=generate[f"{name}_ci"])
                      for name, part in (("ttft", "first token"), ("tpot", "per token"))])


def language_model_figures(phase_statuses: dict[str, str], measured: pd.DataFrame) -> list[Figure]:
    """For a report with language models' records (``phase_statuses``: each phase's records'
    statuses with their counts, see phase_status_counts): decode tokens/s, prefill latency, and
    the generate call's time to first token and per output token, each against batch size and
    context length (other swept parameters held at their smallest value, as the title says);
    none for a report without."""
    if not set(phase_statuses) - {""}:
        return []
    charts = [("Decode tokens/s", "decode", "tokens_per_s", "tokens per second (new tokens / median)"),
              ("Prefill latency", "prefill", "median_ms", "median latency (ms)"),
              ("Time to first token and per-token latency", "generate", "token_latency_ms", "median latency (ms)")]
    figures = []
    for title, phase, value, label in charts:
        rows = measured[measured["phase"] == phase]
        rows = token_latencies(rows) if phase == "generate" else rows
        swept = swept_parameters(rows)
        for column, (axis, sweep) in LANGUAGE_MODEL_AXES.items():
            values = rows[column].dropna().unique()
            if len(values) < 2:
                figures.append(Figure(f"{title} against {axis}", None, empty_because=(
                    f"every {phase} record has {parameter_name(column)}={_format(values[0])}: {sweep}" if len(values)
                    else unmeasured_phase(phase_statuses.get(phase, ""), phase))))
                continue
            held, fixed = held_fixed(rows, swept, (column, *set_by(rows, swept, column)))
            at = f" (at {fixed})" if fixed else ""
            figures.append(Figure(f"{title} against {axis}{at}", scaling(held, column, value, label, kind="lm"),
                                  several_panels(held)))
    return figures


def unmeasured_phase(statuses: str, phase: str) -> str:
    """Why no record of a language model's ``phase`` was measured: their ``statuses`` (with
    their counts; "" when there is none), or for a generate call, that only the torch runtimes
    time it."""
    if statuses:
        return f"no {phase} record was measured ({statuses})"
    if phase == "generate":
        return "no generate record: a torch runtime times the script's generate call (runtime=[ort,torch-eager])"
    return f"no {phase} record"


# What the figures read of a measured record (the table reads its own rows: records_table).
FIGURE_COLUMNS = ["model_name", "script", "variable", "phase", "input_shapes", "device", "runtime", "measurement_id", "median_ms",
                  "median_ci", "throughput", "tokens_per_s", "context_length", "ttft_ms", "ttft_ci", "tpot_ms", "tpot_ci",
                  *PARAMETER_COLUMNS]


def figure_rows(merged: "Attached") -> pd.DataFrame:
    """The measured records that the figures of models draw, with ``target`` (device/runtime)
    and ``line_model``, the model a scaling line follows from one parameter value to the next:
    of the first MAX_MODELS_PLOTTED models (name and variable) by name, as the figures pick them,
    the newest record at each point of each line (a million records took 2.6 GB as a DataFrame,
    for figures that draw 40 models at most, one point each).

    Input shapes change with the parameters, so they cannot say which record continues a line:
    the model's name, variable and a language model's phase do (its prefill and decode call one
    variable: ``model (decode)``; ``model.generate`` names its phase), and for a variable called
    on several inputs in one run, which call it was (#1, #2 in call order)."""
    parameters = ", ".join(map(store.quoted, PARAMETER_COLUMNS))
    report = merged.table("report_with_order")
    return merged.connection.sql(f"""
        WITH plotted AS (
            SELECT DISTINCT model_name, variable FROM {report} ORDER BY ALL LIMIT {MAX_MODELS_PLOTTED}
        ), calls AS (
            SELECT {', '.join(map(store.quoted, FIGURE_COLUMNS))}, device || '/' || {store.runtime_variant_sql()} AS target,
                   made_order,
                   row_number() OVER (PARTITION BY script, variable, phase, target, {parameters}
                                      ORDER BY made_order) AS call
            FROM {report} WHERE median_ms IS NOT NULL AND (model_name, variable) IN (FROM plotted)
        ), named AS (
            SELECT *, max(call) OVER (PARTITION BY script, variable, phase) AS calls,
                   model_name || ' ' || variable || CASE WHEN phase = '' OR string_split(variable, '.')[-1] = phase
                                                         THEN '' ELSE ' (' || phase || ')' END AS model
            FROM calls
        )
        SELECT * EXCLUDE (call, calls, model, made_order),
               CASE WHEN calls = 1 THEN model ELSE model || ' #' || call END AS line_model
        FROM named
        QUALIFY row_number() OVER (PARTITION BY line_model, target, {parameters} ORDER BY made_order DESC) = 1
        ORDER BY made_order""").df()


def phase_status_counts(merged: "Attached") -> dict[str, str]:
    """Each phase of the records ("" for a record of no language model) with its records'
    statuses and their counts, as all_status_counts writes them."""
    counts = merged.connection.execute(f"SELECT phase, status, count(*) AS n FROM {merged.table('report')} "
                                       "GROUP BY ALL ORDER BY phase, n DESC, status").fetchall()
    statuses: dict[str, list[str]] = {}
    for phase, status, count in counts:
        statuses.setdefault(phase, []).append(f"{count} {status}")
    return {phase: ", ".join(each) for phase, each in statuses.items()}


def render(merged: "Attached", comparison: str, baseline: str) -> str:
    """The whole page as a string, of the records ``merged`` holds; ``comparison`` is the query
    of comparison.csv's rows."""
    connection = merged.connection
    speedup_columns = [c for c in connection.sql(comparison).columns if re.search("_speedup(_low|_high|_note)?$", c)]
    speedups = connection.sql(f"SELECT {', '.join(map(store.quoted, ['model_name', *speedup_columns]))} "
                              f"FROM ({comparison})").df()
    measured, funnel, params = figure_rows(merged), funnel_counts(merged), model_parameters(merged)
    measured["model_label"] = measured["model_name"] + " " + measured["variable"] + " " + measured["input_shapes"].str.slice(0, 40)
    bars = latency_bars(measured)
    figures = [
        Figure("Median latency by model and runtime", latency_by_model(bars), empty_because=bars_left_out(merged, bars)),
        Figure(f"Speedup over {baseline}" + (" (a build variant: over its runtime's float build)"
                                             if any("[" in c for c in speedup_columns) else ""),
               speedup_distribution(speedups),
               empty_because=speedups_left_out(speedups, baseline)),
        Figure("Latency distribution of every timed call, by model and runtime", latency_distributions(merged, measured),
               several_panels(measured), empty_because="no timed call's latency was kept beside these records (samples.parquet)"),
        Figure("Status funnel", status_funnel(funnel), empty_because=funnel_left_out(merged, funnel)),
        Figure("Parameter count", parameter_histogram(params), empty_because=parameters_left_out(params)),
        *language_model_figures(phase_status_counts(merged), measured),
        *scaling_figures(measured),
    ]
    sources = len(merged.files)
    meta = (f"{merged.records} records ({merged.failed} failed) of {merged.runs} run(s), from {sources} results "
            f"file(s); {merged.superseded} older record(s) superseded by a later run of the same script and parameters.")
    return render_page("report.html.j2", "mlagility report", meta, figures=figures,
                       variants=variants_table(merged), profiles=profiles_table(merged), records=records_table(merged))


def ratio_plot(rows: pd.DataFrame, varying: list[str]) -> Optional[str]:
    """The ratios (candidate / baseline) of comparable ``rows`` (compare.csv's, regressions
    first) with their 95% intervals on a log axis, coloured by verdict; rows are named with the
    ``varying`` parameter columns."""
    colors = {"slower": "#c44e52", "faster": "#55a868", "same": "#8c8c8c"}

    def draw(axes):
        if rows.empty:
            return False
        labels = [comparison_label(row, varying) for row in rows.to_dict("records")]
        positions = np.arange(len(rows))
        ratio = rows["ratio"].astype(float)
        errors = np.vstack([ratio - rows["ratio_low"].astype(float), rows["ratio_high"].astype(float) - ratio])
        for verdict, color in colors.items():
            chosen = (rows["verdict"] == verdict).to_numpy()
            if chosen.any():
                axes.errorbar(ratio[chosen], positions[chosen], xerr=errors[:, chosen], fmt="o", color=color,
                              markersize=4, elinewidth=1.5, label=verdict)
        axes.axvline(1.0, color="black", linewidth=1)
        axes.set_xscale("log")
        axes.set_yticks(positions, labels, fontsize=7)
        axes.invert_yaxis()
        # Two lines: on one, tight_layout cannot fit it beside long row labels (it was cut off).
        axes.set_xlabel("candidate / baseline median latency\n(x, log scale; above 1 is slower)")
        axes.legend(fontsize=8)
        return True

    return _svg(draw, height=max(2.5, 0.28 * len(rows) + 1.2))


def comparison_label(row: dict, varying: list[str]) -> str:
    """A compared measurement in a few words: model, variable, shapes, runtime and the values
    of the ``varying`` parameter columns."""
    parameters = " ".join(f"{parameter_name(c)}={_format(row[c])}" for c in varying)
    return f"{row['model_name']} {row['variable']} {row['input_shapes'][:30]} {row['runtime']} {parameters}".strip()


def render_comparison(connection: "duckdb.DuckDBPyConnection", compare: str, baseline: str, candidate: str,
                      min_change: float) -> str:
    """compare.html of the query ``compare``'s rows: the verdicts' counts, the ratios plot and
    the table, regressions first (at most MAX_TABLE_ROWS of them)."""
    from mlagility.report.compare import NOT_COMPARABLE, verdict_counts

    distinct = connection.execute(f"SELECT {', '.join(f'count(DISTINCT {store.quoted(c)})' for c in PARAMETER_COLUMNS)} "
                                  f"FROM ({compare})").fetchall()[0]
    varying = [column for column, values in zip(PARAMETER_COLUMNS, distinct) if values > 1]
    versions = [f"{side}_{name}_version" for name in ("torch", "onnxruntime") for side in ("baseline", "candidate")]
    columns = (["verdict", "ratio", "ratio_low", "ratio_high", "why", "model_name", "variable", "input_shapes",
                "device", "runtime"] + varying + ["baseline_median_ms", "candidate_median_ms"] + versions)
    counts = verdict_counts(connection, compare)
    meta = f"baseline: {baseline}; candidate: {candidate}"
    plotted = connection.sql(f"SELECT * FROM ({compare}) WHERE verdict <> {store.literal(NOT_COMPARABLE)} "
                             f"LIMIT {MAX_MODELS_PLOTTED}").df()
    notes = connection.execute(f"SELECT why, count(*) FROM ({compare}) GROUP BY why").fetchall()
    left_out = left_out_summary(itertools.chain.from_iterable(itertools.repeat(why, n) for why, n in notes),
                                "measurements")
    ratios = Figure("Ratio of medians, candidate / baseline (95% interval)", ratio_plot(plotted, varying), wide=True,
                    empty_because=left_out or "no measurement in either run")
    shown = connection.sql(f"SELECT * FROM ({compare}) LIMIT {MAX_TABLE_ROWS}").df()
    table = table_of(shown, columns, "comparison", list(shown["verdict"].str.replace(" ", "-")))
    total = sum(counts.values())
    table.holds = ("" if len(shown) == total else
                   f"The first {len(shown):,} of {total:,} measurements; every one is in compare.csv beside this page.")
    return render_page("compare.html.j2", "mlagility comparison", meta,
                       counts=", ".join(f"{count} {verdict}" for verdict, count in counts.items()),
                       min_change=f"{min_change:.0%}", ratios=ratios, comparison=table)
