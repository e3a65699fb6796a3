# labels: name::twolayer author::mlagility task::Test test_group::selftest,daily license::mit
"""
Two fully connected layers with a ReLU between them.

Source: mlagility's own selftest corpus (the seed's twolayer.py).
"""
import torch

from mlagility.parser import parse


class TwoLayerModel(torch.nn.Module):
    def __init__(self, input_features, hidden_features, output_features):
        super().__init__()
        self.fc1 = torch.nn.Linear(input_features, hidden_features)
        self.relu = torch.nn.ReLU()
        self.fc2 = torch.nn.Linear(hidden_features, output_features)

    def forward(self, x):
        return self.fc2(self.relu(self.fc1(x)))


batch_size = parse(["batch_size"])[0]
input_features, hidden_features, output_features = 10, 64, 10

model = TwoLayerModel(input_features, hidden_features, output_features)
inputs = {"x": torch.rand(batch_size, input_features)}

model(**inputs)
