# labels: name::visformer_tiny author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
visformer_tiny: Visformer (vision-friendly transformer), built by timm with random weights.

Source: https://huggingface.co/timm/visformer_tiny.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("visformer_tiny", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
