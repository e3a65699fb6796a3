# labels: name::sequencer2d_m author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
sequencer2d_m: Sequencer (LSTM-based image model), built by timm with random weights.

Source: https://huggingface.co/timm/sequencer2d_m.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("sequencer2d_m", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
