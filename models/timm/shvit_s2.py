# labels: name::shvit_s2 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
shvit_s2: SHViT (single-head vision transformer), built by timm with random weights.

Source: https://huggingface.co/timm/shvit_s2.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("shvit_s2", pretrained=False)
# A batch norm sees one value per channel at batch size 1 (a 1x1 map or a pooled vector), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
