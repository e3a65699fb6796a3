# labels: name::nextvit_base author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
nextvit_base: Next-ViT (next-generation vision transformer for deployment), built by timm with random weights.

Source: https://huggingface.co/timm/nextvit_base.bd_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("nextvit_base", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
