# labels: name::edgenext_base author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
edgenext_base: EdgeNeXt (convolution and transposed attention for mobile devices), built by timm with random weights.

Source: https://huggingface.co/timm/edgenext_base.usi_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("edgenext_base", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
