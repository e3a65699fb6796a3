# labels: name::two_shapes author::mlagility task::Test test_group::selftest,daily license::mit
"""
One convolutional model called on images of two sizes: two invocations, two records.

Source: mlagility's own selftest corpus.
"""
import torch

from mlagility.parser import parse


class SmallConvNet(torch.nn.Module):
    def __init__(self, num_channels, classes):
        super().__init__()
        self.conv = torch.nn.Conv2d(num_channels, 8, kernel_size=3, padding=1)
        self.pool = torch.nn.AdaptiveAvgPool2d(1)
        self.fc = torch.nn.Linear(8, classes)

    def forward(self, images):
        return self.fc(self.pool(torch.relu(self.conv(images))).flatten(1))


batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = SmallConvNet(num_channels, classes=10)

model(torch.rand(batch_size, num_channels, height // 4, width // 4))
model(torch.rand(batch_size, num_channels, height // 2, width // 2))
