# labels: name::legacy_seresnext26_32x4d author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
legacy_seresnext26_32x4d: SENet (squeeze-and-excitation network, the original Caffe ports), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/senet.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("legacy_seresnext26_32x4d", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
