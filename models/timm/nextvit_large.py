# labels: name::nextvit_large author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
nextvit_large: Next-ViT (next-generation vision transformer for deployment), built by timm with random weights.

Source: https://huggingface.co/timm/nextvit_large.bd_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("nextvit_large", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
