# labels: name::efficientnet_es_pruned author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
efficientnet_es_pruned: EfficientNet-family network (EfficientNet, MobileNet V2, MixNet, MnasNet, FBNet and similar), built by timm with random weights.

Source: https://huggingface.co/timm/efficientnet_es_pruned.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("efficientnet_es_pruned", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
