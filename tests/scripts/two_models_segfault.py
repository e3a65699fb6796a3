# labels: name::two_models_segfault test_group::broken
"""A script that calls two models, then dies of a segfault before either is measured."""
import os
import signal

import torch

encoder = torch.nn.Linear(4, 8)
head = torch.nn.Linear(8, 2)
head(encoder(torch.rand(1, 4)))
os.kill(os.getpid(), signal.SIGSEGV)
