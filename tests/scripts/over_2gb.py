# labels: name::over_2gb test_group::big
"""Nine 8192x8192 float32 linear layers: 604M parameters, 2.4 GB, above protobuf's 2 GB limit."""
import torch

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]
model = torch.nn.Sequential(*[torch.nn.Linear(8192, 8192) for _ in range(9)])
model(torch.rand(batch_size, 8192))
