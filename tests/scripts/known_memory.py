# labels: name::known_memory test_group::phases
"""A model whose memory is known: 64 MiB of float32 weights (a 4096x4096 Linear), and a forward
that holds a 256 MiB temporary for a moment before it returns a small result."""
import torch


class BriefPeak(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4096, 4096, bias=False)

    def forward(self, x):
        temporary = torch.ones(64, 2**20)  # 256 MiB, freed when the call returns
        return self.fc(x) + temporary[0, :4096]


model = BriefPeak()
inputs = {"x": torch.rand(1, 4096)}
model(**inputs)
