# labels: name::mixer_s16_224 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mixer_s16_224: MLP-Mixer-family network (MLP-Mixer, ResMLP, gMLP), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/mlp_mixer.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mixer_s16_224", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
