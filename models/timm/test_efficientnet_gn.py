# labels: name::test_efficientnet_gn author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
test_efficientnet_gn: EfficientNet-family network (EfficientNet, MobileNet V2, MixNet, MnasNet, FBNet and similar), built by timm with random weights.

Source: https://huggingface.co/timm/test_efficientnet_gn.r160_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("test_efficientnet_gn", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
