# labels: name::res2net50_26w_8s author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
res2net50_26w_8s: Res2Net (multi-scale residual network), built by timm with random weights.

Source: https://huggingface.co/timm/res2net50_26w_8s.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("res2net50_26w_8s", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
