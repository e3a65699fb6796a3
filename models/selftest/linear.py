# labels: name::linear author::mlagility task::Test test_group::selftest,daily license::mit
"""
A single fully connected layer: the smallest model the tool can benchmark.

Source: mlagility's own selftest corpus (the seed's linear.py).
"""
import torch

from mlagility.parser import parse


class LinearTestModel(torch.nn.Module):
    def __init__(self, input_features, output_features):
        super().__init__()
        self.fc = torch.nn.Linear(input_features, output_features)

    def forward(self, x):
        return self.fc(x)


batch_size = parse(["batch_size"])[0]
input_features, output_features = 10, 10

model = LinearTestModel(input_features, output_features)
inputs = {"x": torch.rand(batch_size, input_features)}

model(**inputs)
