# labels: name::many_shapes test_group::many_invocations
"""One Linear called with 30 sequence lengths: 30 invocations of one script."""
import torch

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]
model = torch.nn.Linear(8, 8)
for length in range(1, 31):
    model(torch.rand(batch_size, length, 8))
