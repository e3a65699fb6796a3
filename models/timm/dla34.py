# labels: name::dla34 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
dla34: DLA (deep layer aggregation), built by timm with random weights.

Source: https://huggingface.co/timm/dla34.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("dla34", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
