# labels: name::eats_memory test_group::broken
"""A script that allocates memory without end."""
import torch

hoard = []
while True:
    hoard.append(torch.ones(64, 2**20, dtype=torch.uint8))  # 64 MiB more per step
