# labels: name::mobilenetv5_300m author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mobilenetv5_300m: MobileNetV5 (the Gemma 3n image encoder), built by timm with random weights.

Source: https://huggingface.co/timm/mobilenetv5_300m.gemma3n
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mobilenetv5_300m", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
