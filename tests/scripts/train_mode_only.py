# labels: name::train_mode_only test_group::broken
"""A model called by its script in training mode whose inference path fails: the eager
reference (eval mode) fails, and each runtime must still get its record."""
import torch

from mlagility.parser import parse


class TrainModeOnly(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4, 4)

    def forward(self, x):
        if not self.training:
            raise NotImplementedError("this model has no inference path")
        return self.fc(x)


batch_size = parse(["batch_size"])[0]
model = TrainModeOnly()
model(torch.rand(batch_size, 4))
