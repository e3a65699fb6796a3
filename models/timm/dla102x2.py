# labels: name::dla102x2 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
dla102x2: DLA (deep layer aggregation), built by timm with random weights.

Source: https://huggingface.co/timm/dla102x2.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("dla102x2", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
