# labels: name::two_models author::mlagility task::Test test_group::selftest,daily license::mit
"""
Two different models in one script: an encoder feeding a classifier head.
The tool finds and benchmarks each of them separately.

Source: mlagility's own selftest corpus.
"""
import torch

from mlagility.parser import parse


class Encoder(torch.nn.Module):
    def __init__(self, input_features, hidden_features):
        super().__init__()
        self.fc = torch.nn.Linear(input_features, hidden_features)

    def forward(self, x):
        return torch.tanh(self.fc(x))


class Classifier(torch.nn.Module):
    def __init__(self, hidden_features, classes):
        super().__init__()
        self.fc = torch.nn.Linear(hidden_features, classes)

    def forward(self, features):
        return torch.softmax(self.fc(features), dim=-1)


batch_size = parse(["batch_size"])[0]
input_features, hidden_features, classes = 32, 16, 4

encoder = Encoder(input_features, hidden_features)
classifier = Classifier(hidden_features, classes)
inputs = torch.rand(batch_size, input_features)

classifier(encoder(inputs))
