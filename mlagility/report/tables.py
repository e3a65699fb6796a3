"""The two CSV tables: every record (report.csv) and runtimes side by side (comparison.csv)."""

from __future__ import annotations

import pandas as pd

from mlagility import parser, records

# report.csv's columns, in order. The seed tool's columns come first.
SEED_COLUMNS = ["model_name", "author", "model_class", "params", "hash", "license", "task"]
IDENTITY_COLUMNS = ["script", "corpus", "variable", "built_at", "input_shapes", "input_dtypes",
                    "device", "runtime", "build_dtype"]
PARAMETER_COLUMNS = list(parser.DEFAULTS)
OUTCOME_COLUMNS = ["status", "reason"]
LATENCY_COLUMNS = ["mean_ms", "median_ms", "p90_ms", "p99_ms", "min_ms", "max_ms", "std_ms", "cv", "median_ci",
                   "stable", "iterations", "warmup_calls", "throughput"]
COLD_START_COLUMNS = ["build_cached", "exporter", "onnx_opset", "export_s", "optimize_s", "fp16_s", "build_s",
                      "prepare_s", "first_call_ms"]
MEMORY_COLUMNS = ["peak_rss_mb", "peak_gpu_mb", "transfers_included"]
WORK_COLUMNS = ["flops", "gflops_per_s"]
ACCURACY_COLUMNS = ["max_abs_error", "max_rel_error", "tolerance"]
ENVIRONMENT_COLUMNS = ["torch_version", "onnxruntime_version", "mlagility_version", "python_version", "host", "cpu",
                       "physical_cores", "threads", "gpu_name", "gpu_driver", "cuda_version", "launcher"]
BOOKKEEPING_COLUMNS = ["model_hash", "invocation_hash", "call_count", "depth", "build_name", "labels", "log_path",
                       "job_dir", "slurm_job_id", "measure_start", "measure_end", "measure_wait_s", "timestamp"]
REPORT_COLUMNS = (SEED_COLUMNS + IDENTITY_COLUMNS + PARAMETER_COLUMNS + OUTCOME_COLUMNS + LATENCY_COLUMNS
                  + COLD_START_COLUMNS + MEMORY_COLUMNS + WORK_COLUMNS + ACCURACY_COLUMNS + ENVIRONMENT_COLUMNS
                  + BOOKKEEPING_COLUMNS)

# What identifies one row of comparison.csv.
COMPARISON_INDEX = ["model_name", "script", "variable", "hash", "input_shapes"]


def _label(labels: object, key: str) -> str:
    values = labels.get(key, []) if isinstance(labels, dict) else []
    return ",".join(values)


def report_table(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per record with REPORT_COLUMNS in order: labels and parameters spread into columns."""
    table = frame.copy()
    for key in ("author", "license", "task"):
        table[key] = table["labels"].map(lambda labels, key=key: _label(labels, key))
    table["hash"] = table["invocation_hash"]
    for name in PARAMETER_COLUMNS:
        table[name] = table["parameters"].map(lambda p, name=name: (p or {}).get(name))
    table["labels"] = table["labels"].map(
        lambda labels: " ".join(f"{k}::{','.join(v)}" for k, v in labels.items()) if isinstance(labels, dict) else "")
    return table[REPORT_COLUMNS]


def comparison_table(report: pd.DataFrame, baseline: str = "torch-eager") -> pd.DataFrame:
    """One row per (model, invocation, parameters): median latency per device/runtime
    (``cpu/ort_ms``) and the speedup of each runtime over ``baseline`` on the same device
    (``cpu/ort_speedup``). Only accurate measurements (status ok) are compared."""
    index = COMPARISON_INDEX + PARAMETER_COLUMNS
    measured = report[report["status"] == records.OK].assign(target=lambda t: t["device"] + "/" + t["runtime"])
    if measured.empty:
        return pd.DataFrame(columns=index)
    latency = measured.pivot_table(index=index, columns="target", values="median_ms", aggfunc="min", dropna=False)
    latency = latency.dropna(how="all")
    table = latency.rename(columns=lambda target: f"{target}_ms")
    for target in latency.columns:
        device, runtime = target.split("/", 1)
        reference = f"{device}/{baseline}"
        if runtime != baseline and reference in latency.columns:
            table[f"{target}_speedup"] = latency[reference] / latency[target]
    table.columns.name = None
    return table.reset_index()
