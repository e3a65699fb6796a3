# labels: name::fasternet_l author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
fasternet_l: FasterNet (partial convolutions), built by timm with random weights.

Source: https://huggingface.co/timm/fasternet_l.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("fasternet_l", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
