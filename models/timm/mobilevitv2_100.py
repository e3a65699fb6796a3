# labels: name::mobilevitv2_100 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mobilevitv2_100: MobileViT (mobile vision transformer), built by timm with random weights.

Source: https://huggingface.co/timm/mobilevitv2_100.cvnets_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mobilevitv2_100", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
