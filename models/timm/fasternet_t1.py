# labels: name::fasternet_t1 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
fasternet_t1: FasterNet (partial convolutions), built by timm with random weights.

Source: https://huggingface.co/timm/fasternet_t1.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("fasternet_t1", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
