# labels: name::lcnet_050 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
lcnet_050: MobileNetV3-family network (MobileNetV3, MobileNetV4, LCNet, FBNetV3), built by timm with random weights.

Source: https://huggingface.co/timm/lcnet_050.ra2_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("lcnet_050", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
