# labels: name::dla60_res2next author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
dla60_res2next: DLA (deep layer aggregation), built by timm with random weights.

Source: https://huggingface.co/timm/dla60_res2next.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("dla60_res2next", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
