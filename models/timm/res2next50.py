# labels: name::res2next50 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
res2next50: Res2Net (multi-scale residual network), built by timm with random weights.

Source: https://huggingface.co/timm/res2next50.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("res2next50", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
