# labels: name::hangs test_group::broken
"""A script that never finishes."""
import time

import torch

model = torch.nn.Linear(4, 4)
while True:
    time.sleep(1)
