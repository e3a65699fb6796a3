"""Build variants side by side: float32 ort, fused, int8 dynamic, int8 static (and int4 weights for a
language model), each model's variants built and timed together in one job (interleaved rounds),
with each variant's median latency, its speedup over the float32 build with the 95% interval of
the paired rounds, and its accuracy figures against eager torch (cosine similarity, top-1
agreement where the model has logits).

    python benchmarks/variants.py [--models bert resnet50 smollm2]

BERT-base at sequence length 128 (transformers/bert.py), ResNet-50 at 224x224
(torch_hub/resnet50.py), and SmolLM2-135M (llm/smollm2_135m.py, its prefill at 128 tokens and one
decode step). Random weights, as everywhere in this project: a trained model may quantize better
or worse.
"""

from __future__ import annotations

import argparse
import math
import tempfile
from pathlib import Path

import pandas as pd
from harness import load_average, run_tool

from mlagility.records import PLAIN_VARIANTS

# The median each variant is timed to (the default is 0.01): six to eight variants of one model
# share the rounds, and a speedup's interval is given only between two stable measurements.
PRECISION = 0.03
MODELS = {
    "bert": (["corpus=transformers", "corpus.include=[bert.py]", "max_seq_length=128"], "none,int8_dynamic,int8_static"),
    "resnet50": (["corpus=torch_hub", "corpus.include=[resnet50.py]"], "none,int8_dynamic,int8_static"),
    "smollm2": (["corpus=llm", "corpus.include=[smollm2_135m.py]", "max_seq_length=128", "max_new_tokens=2"],
                "none,int8_dynamic,int8_static,int4_weights"),
}


def interval(row: pd.Series, target: str, point: float) -> str:
    """``1.42x (1.38-1.46)``: the ratio of the medians, and the 95% interval of the paired rounds
    from comparison.csv; where it has none, why (``unstable``: the comparison gives a speedup only
    between two stable measurements)."""
    low, high = row.get(f"{target}_speedup_low"), row.get(f"{target}_speedup_high")
    if isinstance(low, float) and not math.isnan(low):
        return f"{point:.2f}x ({low:.2f}-{high:.2f})"
    return f"{point:.2f}x (no interval: {row.get(f'{target}_speedup_note', '')})"


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--models", nargs="+", choices=list(MODELS), default=list(MODELS))
    args = cli.parse_args()
    # Each variant is a build of its own: lean_cache drops their ONNX files once measured (a
    # language model's eight builds took 20 GB).
    work = Path(tempfile.mkdtemp(prefix="variants-"))
    print(f"build variants on ort, float32 beside each, measure.precision={PRECISION}; {load_average()}")
    for name in args.models:
        overrides, quantize = MODELS[name]
        out = work / name
        wall, found = run_tool(*overrides, "runtime=ort", f"build.quantize=[{quantize}]", "build.fusions=[false,true]",
                               f"measure.precision={PRECISION}", "lean_cache=true", out=out, cache=work / "cache",
                               failures_ok=True)  # a variant below its accuracy bar is a figure too
        from mlagility.report import write_report

        comparison = pd.read_csv(write_report([out], work / f"{name}-report").comparison)
        print(f"\n{name}: {len(found)} records in {wall:.0f} s; {load_average()}")
        print(f"  {'invocation':20} {'variant':20} {'status':8} {'median ms':>10} {'speedup over fp32':>40} "
              f"{'cosine':>9} {'top-1':>7}")
        for record in sorted(found, key=lambda r: (r["variable"], r.get("phase", ""), r["build_variant"])):
            invocation = f"{record['variable']} {record.get('phase') or ''}".strip()
            phase = record.get("phase") or ""
            rows = comparison[(comparison["variable"] == record["variable"])
                              & (comparison["phase"].astype("string").fillna("") == phase)]
            float_build = next(r for r in found if r["variable"] == record["variable"] and (r.get("phase") or "") == phase
                               and r["build_variant"] in PLAIN_VARIANTS and r["build_variant"])
            plain = record is float_build
            target = f"cpu/ort[{record['build_variant']}]"
            point = (float_build["median_ms"] / record["median_ms"]) if record.get("median_ms") and float_build.get("median_ms") else math.nan
            speedup = "1 (the float build)" if plain else (interval(rows.iloc[0], target, point) if len(rows) else "-")
            median = f"{record['median_ms']:.3f}" if record.get("median_ms") else "-"
            cosine = f"{record['cosine_similarity']:.5f}" if record.get("cosine_similarity") is not None else "-"
            top1 = f"{record['top1_agreement']:.1%}" if record.get("top1_agreement") is not None else "-"
            print(f"  {invocation:20} {record['build_variant']:20} {record['status']:8} {median:>10} {speedup:>40} "
                  f"{cosine:>9} {top1:>7}")


if __name__ == "__main__":
    main()
