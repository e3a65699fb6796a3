# labels: name::xcit_tiny_24_p16_224 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
xcit_tiny_24_p16_224: XCiT (cross-covariance image transformer), built by timm with random weights.

Source: https://huggingface.co/timm/xcit_tiny_24_p16_224.fb_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("xcit_tiny_24_p16_224", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
