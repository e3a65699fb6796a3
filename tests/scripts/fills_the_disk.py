# labels: name::fills_the_disk test_group::broken
"""A script that calls its model, then fills the disk that holds the file FILL_DISK names (as a
model writing checkpoints or a dataset cache would) and carries on."""
import os

import torch

model = torch.nn.Linear(4, 4)
model(torch.rand(1, 4))
with open(os.environ["FILL_DISK"], "wb", buffering=0) as filler:
    try:
        while True:
            filler.write(b"\0" * 65536)
    except OSError:
        pass
