# labels: name::naps test_group::faults
"""A script that naps as long as its own --nap flag says (0 s by default) before it calls its model."""
import argparse
import time

import torch

from mlagility.parser import parse

arguments = argparse.ArgumentParser()
arguments.add_argument("--nap", type=float, default=0.0)
time.sleep(arguments.parse_known_args()[0].nap)

batch_size = parse(["batch_size"])[0]
model = torch.nn.Linear(4, 4)
model(torch.rand(batch_size, 4))
