# labels: name::xcit_large_24_p8_384 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
xcit_large_24_p8_384: XCiT (cross-covariance image transformer), built by timm with random weights.

Source: https://huggingface.co/timm/xcit_large_24_p8_384.fb_dist_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("xcit_large_24_p8_384", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
