# labels: name::tf_mobilenetv3_large_minimal_100 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
tf_mobilenetv3_large_minimal_100: MobileNetV3-family network (MobileNetV3, MobileNetV4, LCNet, FBNetV3), built by timm with random weights.

Source: https://huggingface.co/timm/tf_mobilenetv3_large_minimal_100.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("tf_mobilenetv3_large_minimal_100", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
