# labels: name::hardcorenas_a author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
hardcorenas_a: HardCoRe-NAS network (latency-constrained architecture search), built by timm with random weights.

Source: https://huggingface.co/timm/hardcorenas_a.miil_green_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("hardcorenas_a", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
