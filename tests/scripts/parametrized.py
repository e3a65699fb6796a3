# labels: name::parametrized test_group::parametrized
"""Plain torch modules under each kind of parametrization: weight_norm, spectral_norm and a
custom one registered with torch.nn.utils.parametrize."""
import torch
from torch.nn.utils import parametrize
from torch.nn.utils.parametrizations import spectral_norm, weight_norm

from mlagility.parser import parse


class Symmetric(torch.nn.Module):
    def forward(self, weight):
        return weight.triu() + weight.triu(1).transpose(0, 1)


class Parametrized(torch.nn.Module):
    def __init__(self, features):
        super().__init__()
        self.normed = weight_norm(torch.nn.Conv1d(features, features, 3, padding=1))
        self.spectral = spectral_norm(torch.nn.Linear(features, features))
        self.symmetric = torch.nn.Linear(features, features)
        parametrize.register_parametrization(self.symmetric, "weight", Symmetric())

    def forward(self, x):
        x = self.normed(x).transpose(1, 2)
        return self.symmetric(torch.relu(self.spectral(x)))


batch_size = parse(["batch_size"])[0]
model = Parametrized(8)
model(torch.rand(batch_size, 8, 16))
