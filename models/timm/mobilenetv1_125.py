# labels: name::mobilenetv1_125 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mobilenetv1_125: EfficientNet-family network (EfficientNet, MobileNet V2, MixNet, MnasNet, FBNet and similar), built by timm with random weights.

Source: https://huggingface.co/timm/mobilenetv1_125.ra4_e3600_r224_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mobilenetv1_125", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
