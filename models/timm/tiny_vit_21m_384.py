# labels: name::tiny_vit_21m_384 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
tiny_vit_21m_384: TinyViT (small vision transformer trained by distillation), built by timm with random weights.

Source: https://huggingface.co/timm/tiny_vit_21m_384.dist_in22k_ft_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("tiny_vit_21m_384", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
