# labels: name::fasternet_s author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
fasternet_s: FasterNet (partial convolutions), built by timm with random weights.

Source: https://huggingface.co/timm/fasternet_s.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("fasternet_s", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
