# labels: name::leaves_children test_group::faults
"""A script that starts two children and leaves them running: `sleep 300`, which inherits the
script's open files as a shell's child does, and a forked copy of itself that naps. It writes its
own pid and theirs to the file its --pid_file flag names, calls its model, then ends as its --end
flag says: it finishes, crashes (os._exit(3)) or hangs."""
import argparse
import os
import subprocess
import time
from pathlib import Path

import torch

from mlagility.parser import parse

arguments = argparse.ArgumentParser()
arguments.add_argument("--pid_file", required=True)
arguments.add_argument("--end", choices=["finish", "crash", "hang"], default="finish")
flags = arguments.parse_known_args()[0]

sleeper = subprocess.Popen(["sleep", "300"], close_fds=False)
napper = os.fork()
if napper == 0:
    time.sleep(300)
    os._exit(0)
Path(flags.pid_file).write_text(f"{os.getpid()} {sleeper.pid} {napper}")

batch_size = parse(["batch_size"])[0]
model = torch.nn.Linear(4, 4)
model(torch.rand(batch_size, 4))
if flags.end == "crash":
    os._exit(3)
while flags.end == "hang":
    time.sleep(1)
