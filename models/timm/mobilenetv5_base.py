# labels: name::mobilenetv5_base author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mobilenetv5_base: MobileNetV5 (the Gemma 3n image encoder), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/mobilenetv5.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mobilenetv5_base", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
