# labels: name::gcvit_xtiny author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
gcvit_xtiny: GC ViT (global context vision transformer), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/gcvit.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

# Its position embeddings (or attention windows) are made for one input size when it is built:
# it is built for the size it is called at.
model = timm.create_model("gcvit_xtiny", pretrained=False, img_size=(height, width))
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
