# labels: name::mobilenetv3_large_150d author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mobilenetv3_large_150d: MobileNetV3-family network (MobileNetV3, MobileNetV4, LCNet, FBNetV3), built by timm with random weights.

Source: https://huggingface.co/timm/mobilenetv3_large_150d.ra4_e3600_r256_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mobilenetv3_large_150d", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
