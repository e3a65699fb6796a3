# labels: name::tiny_vit_11m_224 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
tiny_vit_11m_224: TinyViT (small vision transformer trained by distillation), built by timm with random weights.

Source: https://huggingface.co/timm/tiny_vit_11m_224.dist_in22k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("tiny_vit_11m_224", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
