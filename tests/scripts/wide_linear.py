# labels: name::wide_linear test_group::big
"""Eight 4096x4096 float32 linear layers: 134M parameters, 537 MB. onnxruntime's dynamic int8
quantization takes its build process about 4 GB; the worker stays near 1.2 GB."""
import torch

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]
model = torch.nn.Sequential(*[torch.nn.Linear(4096, 4096) for _ in range(8)])
model(torch.rand(batch_size, 4096))
