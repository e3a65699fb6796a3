# labels: name::fasternet_m author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
fasternet_m: FasterNet (partial convolutions), built by timm with random weights.

Source: https://huggingface.co/timm/fasternet_m.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("fasternet_m", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
