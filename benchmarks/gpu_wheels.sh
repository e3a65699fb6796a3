#!/usr/bin/env bash
# Fetch, on a machine with PyPI, the wheels that gpu_check.sh installs on a GPU machine that has
# no network but already has torch (Python 3.12, x86_64): onnxruntime-gpu and the Hydra stack.
# Usage: bash benchmarks/gpu_wheels.sh [.whl]
set -euo pipefail
dest=${1:-.whl}
mkdir -p "$dest"
platforms=(--platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64
           --platform manylinux2014_x86_64 --platform manylinux1_x86_64)
for wheel in onnxruntime-gpu==1.32.0 hydra-core==1.3.8 omegaconf==2.3.1 antlr4-python3-runtime==4.9.3 \
             hydra-joblib-launcher==1.2.0; do
  python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    "${platforms[@]}" -d "$dest" "$wheel" || python3 -m pip download -q --no-deps -d "$dest" "$wheel"
done
ls -la "$dest"
