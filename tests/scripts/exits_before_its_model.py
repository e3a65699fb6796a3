# labels: name::exits_before_its_model test_group::faults
"""A script that ends its own process with exit code 0 before it reaches its model."""
import os

import torch

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]
model = torch.nn.Linear(4, 4)
os._exit(0)
model(torch.rand(batch_size, 4))
