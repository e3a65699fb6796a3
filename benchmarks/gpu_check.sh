#!/usr/bin/env bash
# The nvidia device check, in one run on a fresh GPU machine (about 5 minutes on an H200):
# selftest and BERT-base on every nvidia runtime, records and the merged report under $OUT.
#   bash benchmarks/gpu_wheels.sh .whl    # here, with PyPI: the wheels the GPU machine lacks
#   bash benchmarks/gpu_check.sh          # there: installs .whl/*.whl, runs, reports
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-$PWD/gpu_check_out}
mkdir -p "$OUT"
if compgen -G ".whl/*.whl" >/dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-compile --upgrade --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site
fi
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH} HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1
export MLAGILITY_CACHE_DIR=/tmp/mlagility_cache
{
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv
  python3 -c "import torch, onnxruntime as ort; print('torch', torch.__version__, 'cuda', torch.version.cuda, torch.cuda.is_available()); print('onnxruntime', ort.__version__, ort.get_available_providers())"
} 2>&1 | tee "$OUT/environment.txt"

runtimes="runtime=[ort,trt,torch-eager,torch-compiled]"
quick="+experiment=quick"
timeout 240 python3 -m mlagility device=nvidia corpus=selftest "$runtimes" $quick \
  hydra.run.dir="$OUT/selftest" 2>&1 | tee "$OUT/selftest.log"
timeout 300 python3 -m mlagility device=nvidia corpus=transformers 'corpus.include=[bert.py]' "$runtimes" \
  measure.max_duration_s=10 hydra.run.dir="$OUT/bert" 2>&1 | tee "$OUT/bert.log"
python3 -m mlagility.report "$OUT/selftest" "$OUT/bert" --out "$OUT" 2>&1 | tail -2
python3 - "$OUT/report.csv" <<'PY'
import sys, pandas as pd
table = pd.read_csv(sys.argv[1])
print(table[["model_name", "variable", "runtime", "build_dtype", "status", "median_ms", "cv", "max_rel_error",
             "peak_gpu_mb", "gpu_used_mb", "prepare_s", "gpu_name"]].to_string())
PY
