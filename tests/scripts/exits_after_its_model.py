# labels: name::exits_after_its_model test_group::faults
"""A script that calls its model, then ends its own process with exit code 0: os._exit skips
everything after it, the tool's measurement of the model included."""
import os

import torch

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]
model = torch.nn.Linear(4, 4)
model(torch.rand(batch_size, 4))
os._exit(0)
