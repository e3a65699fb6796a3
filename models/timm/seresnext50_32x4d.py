# labels: name::seresnext50_32x4d author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
seresnext50_32x4d: ResNet-family network (ResNet, ResNeXt, SE-ResNet, ECA-ResNet and variants), built by timm with random weights.

Source: https://huggingface.co/timm/seresnext50_32x4d.racm_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("seresnext50_32x4d", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
