# labels: name::mvitv2_huge_cls author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mvitv2_huge_cls: MViTv2 (multiscale vision transformer), built by timm with random weights.

Source: https://huggingface.co/timm/mvitv2_huge_cls.fb_inw21k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mvitv2_huge_cls", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
