# labels: name::dla60x_c author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
dla60x_c: DLA (deep layer aggregation), built by timm with random weights.

Source: https://huggingface.co/timm/dla60x_c.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("dla60x_c", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
