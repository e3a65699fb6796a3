# labels: name::dla102x author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
dla102x: DLA (deep layer aggregation), built by timm with random weights.

Source: https://huggingface.co/timm/dla102x.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("dla102x", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
