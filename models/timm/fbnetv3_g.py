# labels: name::fbnetv3_g author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
fbnetv3_g: MobileNetV3-family network (MobileNetV3, MobileNetV4, LCNet, FBNetV3), built by timm with random weights.

Source: https://huggingface.co/timm/fbnetv3_g.ra2_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("fbnetv3_g", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
