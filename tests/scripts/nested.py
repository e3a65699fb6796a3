# labels: name::nested test_group::nested
"""A model whose forward calls two sub-models: one invocation at max_depth=0, its two blocks as well at max_depth=1."""
import torch

from mlagility.parser import parse


class Block(torch.nn.Module):
    def __init__(self, features):
        super().__init__()
        self.fc = torch.nn.Linear(features, features)

    def forward(self, x):
        return torch.relu(self.fc(x))


class Outer(torch.nn.Module):
    def __init__(self, features):
        super().__init__()
        self.first = Block(features)
        self.second = Block(features)
        self.act = torch.nn.GELU()

    def forward(self, x):
        return self.act(self.second(self.first(x)))


batch_size = parse(["batch_size"])[0]
outer = Outer(8)
outer(torch.rand(batch_size, 8))
