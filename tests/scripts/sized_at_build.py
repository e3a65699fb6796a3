# labels: name::sized_at_build test_group::construction
"""A CNN that sizes its head with a dry run of its feature extractor while it is built: that call
is part of building the model, not an invocation."""
import torch

from mlagility.parser import parse


class SizedAtBuild(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.features = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 3), torch.nn.ReLU())
        features = self.features(torch.zeros(1, 3, 16, 16)).numel()
        self.head = torch.nn.Linear(features, 2)

    def forward(self, x):
        return self.head(self.features(x).flatten(1))


batch_size = parse(["batch_size"])[0]
model = SizedAtBuild()
model(torch.rand(batch_size, 3, 16, 16))
