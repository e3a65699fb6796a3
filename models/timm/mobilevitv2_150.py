# labels: name::mobilevitv2_150 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mobilevitv2_150: MobileViT (mobile vision transformer), built by timm with random weights.

Source: https://huggingface.co/timm/mobilevitv2_150.cvnets_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mobilevitv2_150", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
