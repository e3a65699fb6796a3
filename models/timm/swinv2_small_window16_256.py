# labels: name::swinv2_small_window16_256 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
swinv2_small_window16_256: Swin Transformer V2, built by timm with random weights.

Source: https://huggingface.co/timm/swinv2_small_window16_256.ms_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("swinv2_small_window16_256", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 256x256.
inputs = {"x": torch.rand(batch_size, num_channels, 256, 256)}

model(**inputs)
