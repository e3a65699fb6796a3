# labels: name::resnet200d author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
resnet200d: ResNet-family network (ResNet, ResNeXt, SE-ResNet, ECA-ResNet and variants), built by timm with random weights.

Source: https://huggingface.co/timm/resnet200d.ra2_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("resnet200d", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
