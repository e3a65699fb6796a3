# labels: name::gemma4_vit_167m author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
gemma4_vit_167m: Gemma 4 vision transformer (the image encoder of Gemma 4), built by timm with random weights.

Source: https://huggingface.co/timm/gemma4_vit_167m.gemma4_e4b_it
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("gemma4_vit_167m", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
