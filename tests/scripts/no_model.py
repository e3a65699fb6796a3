# labels: name::no_model test_group::broken
"""A script that computes with torch but calls no module with parameters."""
import torch

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]
activation = torch.nn.ReLU()
activation(torch.rand(batch_size, 4))
