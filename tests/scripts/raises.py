# labels: name::raises test_group::broken
"""A script that fails before it calls any model."""
import torch

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]
model = torch.nn.Linear(4, 4)
raise ValueError("this script is broken on purpose")
