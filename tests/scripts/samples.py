# labels: name::samples test_group::nondeterministic
"""A model that samples (torch.multinomial, as ViLT picks image patches): two eager calls on the
same inputs differ."""
import torch

from mlagility.parser import parse


class Sampler(torch.nn.Module):
    def __init__(self, features):
        super().__init__()
        self.fc = torch.nn.Linear(features, features)

    def forward(self, x):
        picked = torch.multinomial(torch.ones(x.shape[1]), 4)
        return self.fc(x[:, picked])


batch_size = parse(["batch_size"])[0]
model = Sampler(8)
model(torch.rand(batch_size, 16, 8))
