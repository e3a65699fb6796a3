"""Cold vs warm: BERT-base (seq 128) on ort, a fresh cache against the same run again.
Target: warm <= 0.3x cold. Also prints where the cold run's time went (the record's columns).

    python benchmarks/cold_warm.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from harness import MODELS, load_average, run_tool

BERT = [f"corpus.folder={MODELS / 'transformers'}", "corpus.include=[bert.py]", "runtime=ort", "max_seq_length=128"]


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="coldwarm-"))
    print(f"cold vs warm, BERT-base seq 128 on ort; {load_average()}")
    cold, [cold_record] = run_tool(*BERT, out=work / "cold", cache=work / "cache")
    warm, [warm_record] = run_tool(*BERT, out=work / "warm", cache=work / "cache")
    assert warm_record["build_cached"] and not cold_record["build_cached"]
    print(f"cold {cold:.1f} s (export {cold_record['export_s']:.1f} s, optimize {cold_record['optimize_s']:.1f} s, "
          f"session {cold_record['prepare_s']:.2f} s)")
    print(f"warm {warm:.1f} s (session {warm_record['prepare_s']:.2f} s)")
    for name, record in (("cold", cold_record), ("warm", warm_record)):
        timed = record["measure_end"] - record["measure_start"]
        print(f"  {name}: {record['warmup_calls']} warm-up calls, then {record['iterations']} timed calls in "
              f"{timed:.1f} s (median {record['median_ms']:.1f} ms)")
    print(f"warm/cold = {warm / cold:.2f}")


if __name__ == "__main__":
    main()
