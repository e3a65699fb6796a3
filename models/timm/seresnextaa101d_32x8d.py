# labels: name::seresnextaa101d_32x8d author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
seresnextaa101d_32x8d: ResNet-family network (ResNet, ResNeXt, SE-ResNet, ECA-ResNet and variants), built by timm with random weights.

Source: https://huggingface.co/timm/seresnextaa101d_32x8d.sw_in12k_ft_in1k_288
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("seresnextaa101d_32x8d", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
