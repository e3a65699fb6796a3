# labels: name::unexportable test_group::broken
"""A model that runs in torch but that no ONNX exporter can convert (complex eigenvalues)."""
import torch

from mlagility.parser import parse


class Eigen(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4, 4)

    def forward(self, x):
        return torch.linalg.eigvals(self.fc(x).reshape(-1, 2, 2)).abs()


batch_size = parse(["batch_size"])[0]
model = Eigen()
model(torch.rand(batch_size, 4))
