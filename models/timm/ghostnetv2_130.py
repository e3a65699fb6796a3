# labels: name::ghostnetv2_130 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
ghostnetv2_130: GhostNet (cheap ghost feature maps), built by timm with random weights.

Source: https://huggingface.co/timm/ghostnetv2_130.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("ghostnetv2_130", pretrained=False)
# A batch norm sees one value per channel at batch size 1 on small images (a 1x1 map), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
