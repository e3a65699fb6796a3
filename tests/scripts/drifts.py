# labels: name::drifts test_group::broken
"""A model that counts its calls in a buffer and scales its output by ten to the power of the
count: eager torch differs from itself on the same inputs by far more than its outputs' size."""
import torch

from mlagility.parser import parse


class Drifts(torch.nn.Module):
    def __init__(self, features):
        super().__init__()
        self.fc = torch.nn.Linear(features, features)
        self.register_buffer("calls", torch.zeros(()))

    def forward(self, x):
        self.calls.add_(1)
        return self.fc(x) * 10 ** self.calls


batch_size = parse(["batch_size"])[0]
model = Drifts(8)
model(torch.rand(batch_size, 8))
