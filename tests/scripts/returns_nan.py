# labels: name::returns_nan test_group::broken
"""A model whose outputs are NaN: there is nothing to check them by."""
import torch

from mlagility.parser import parse


class ReturnsNan(torch.nn.Module):
    def __init__(self, features):
        super().__init__()
        self.fc = torch.nn.Linear(features, features)

    def forward(self, x):
        return self.fc(x) * float("nan")


batch_size = parse(["batch_size"])[0]
model = ReturnsNan(8)
model(torch.rand(batch_size, 8))
