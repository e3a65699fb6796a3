# labels: name::nextvit_small author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
nextvit_small: Next-ViT (next-generation vision transformer for deployment), built by timm with random weights.

Source: https://huggingface.co/timm/nextvit_small.bd_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("nextvit_small", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
