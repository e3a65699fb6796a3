# labels: name::pit_ti_distilled_224 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
pit_ti_distilled_224: PiT (pooling-based vision transformer), built by timm with random weights.

Source: https://huggingface.co/timm/pit_ti_distilled_224.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("pit_ti_distilled_224", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
